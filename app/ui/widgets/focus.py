"""Keyboard focus order for windows whose widgets come and go (lazily built pages, feature bars).

Qt's focus chain follows creation order, so a page built later, or rows a view rebuilds, would be
reached only after the window's Back/Next buttons. A window instead states its order as groups
(sidebar, header bars, the current page, navigation), each in reading order, and lets
:func:`move_focus` walk it; widgets in no group (docks, the status bar) follow at the end, so every
control stays reachable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cmp_to_key

from PySide6.QtCore import QPoint, QRect, Qt
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


def _reading_order(window: QWidget) -> Callable[[QWidget, QWidget], int]:
    """Top to bottom; widgets side by side (their rows overlap) left to right."""

    def compare(a: QWidget, b: QWidget) -> int:
        ra = QRect(a.mapTo(window, QPoint(0, 0)), a.size())
        rb = QRect(b.mapTo(window, QPoint(0, 0)), b.size())
        if ra.bottom() < rb.top():
            return -1
        if rb.bottom() < ra.top():
            return 1
        return _sign(ra.left() - rb.left()) or _sign(ra.top() - rb.top())

    return compare


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every widget Tab may stop at in ``window``, in reading order.

    Found with ``findChildren``, never by walking ``nextInFocusChain()``: PySide6 makes each widget
    that call returns a wrapper-child of the widget it was called on, so once a widget on the chain
    was deleted (a page's placeholder), shiboken invalidated the wrappers it thought it owned — the
    menu bar and its menus — while Qt kept them; the next language switch then raised inside
    ``changeEvent`` and shiboken crashed reporting it (issue 27, tests/ui/shell/test_language_crash.py).
    """
    stops: list[QWidget] = []
    seen: set[int] = set()
    for widget in window.findChildren(QWidget):
        target = _resolved(widget)
        if id(target) not in seen and _is_tab_stop(target) and target.window() is window:
            seen.add(id(target))
            stops.append(target)
    return sorted(stops, key=cmp_to_key(_reading_order(window)))


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
