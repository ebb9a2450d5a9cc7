"""Keyboard focus order for windows whose widgets come and go (lazily built pages, feature bars).

Qt's focus chain follows creation order, so a page built later, or rows a view rebuilds, would be
reached only after the window's Back/Next buttons. A window instead states its order as groups
(sidebar, header bars, the current page, navigation) and lets :func:`move_focus` walk it; widgets
in no group (docks, the status bar) follow at the end, so every control stays reachable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _resolved(widget: QWidget) -> QWidget:
    seen = {id(widget)}
    while (proxy := widget.focusProxy()) is not None and id(proxy) not in seen:
        seen.add(id(proxy))
        widget = proxy
    return widget


def _is_tab_stop(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
        and widget.isVisible()
        and widget.isEnabled()
    )


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every widget Tab may stop at in ``window``, in Qt's focus-chain order."""
    stops: list[QWidget] = []
    seen: set[int] = set()
    widget: QWidget | None = window.nextInFocusChain()
    for _ in range(10_000):  # the chain is a ring; the bound only guards against a broken one
        if widget is None or widget is window:
            break
        target = _resolved(widget)
        if id(target) not in seen and _is_tab_stop(target) and target.window() is window:
            seen.add(id(target))
            stops.append(target)
        widget = widget.nextInFocusChain()
    return stops


def tab_sequence(window: QWidget, groups: Sequence[QWidget | None]) -> list[QWidget]:
    """The tab stops of ``window``: those inside each group in turn, then all others."""
    stops = tab_stops(window)
    ordered: list[QWidget] = []
    taken: set[int] = set()
    for group in groups:
        if group is None:
            continue
        for widget in stops:
            if id(widget) not in taken and (widget is group or group.isAncestorOf(widget)):
                ordered.append(widget)
                taken.add(id(widget))
    return ordered + [w for w in stops if id(w) not in taken]


def move_focus(order: Sequence[QWidget], forward: bool) -> bool:
    """Focus the stop after (or before) the focused widget; False if focus is outside ``order``."""
    current = QApplication.focusWidget()
    while current is not None and current not in order:
        current = current.parentWidget()
    if current is None or not order:
        return False
    index = order.index(current)
    target = order[(index + (1 if forward else -1)) % len(order)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    return True
