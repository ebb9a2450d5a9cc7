"""Keyboard focus order for windows whose widgets come and go (lazily built pages, feature bars).

Qt's focus chain follows creation order, so a page built later, or rows a view rebuilds, would be
reached only after the window's Back/Next buttons. A window instead states its order as groups
(sidebar, header bars, the current page, navigation) and lets :func:`move_focus` walk it; widgets
in no group (docks, the status bar) follow at the end, so every control stays reachable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGridLayout, QLayout, QWidget


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


def _layout_path(layout: QLayout, child: QWidget) -> list[tuple[int, int]] | None:
    """Where ``child`` sits in ``layout`` (nested layouts included): a grid by (row, column), a box
    by its index; None if it is not there."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if isinstance(layout, QGridLayout):
            position: tuple[int, int, int, int] = layout.getItemPosition(index)  # type: ignore[assignment]
            here = (position[0], position[1])
        else:
            here = (index, 0)
        if item.widget() is child:
            return [here]
        inner = item.layout()
        if inner is not None:
            found = _layout_path(inner, child)
            if found is not None:
                return [here, *found]
    return None


def reading_key(widget: QWidget, root: QWidget) -> list[tuple[int, int]]:
    """``widget``'s place in reading order under ``root``: the layout positions from the root down
    (a layout lists its items top to bottom, left to right, whatever order they were made in)."""
    path: list[tuple[int, int]] = []
    node = widget
    while node is not root:
        parent = node.parentWidget()
        if parent is None:
            break
        layout = parent.layout()
        found = _layout_path(layout, node) if layout is not None else None
        path[:0] = found if found is not None else [(0, 0)]
        node = parent
    return path


def tab_sequence(window: QWidget, groups: Sequence[QWidget | None]) -> list[QWidget]:
    """The tab stops of ``window``: those inside each group in turn, in reading order, then all
    others."""
    stops = tab_stops(window)
    ordered: list[QWidget] = []
    taken: set[int] = set()
    for group in groups:
        if group is None:
            continue
        inside = [
            widget
            for widget in stops
            if id(widget) not in taken and (widget is group or group.isAncestorOf(widget))
        ]
        inside.sort(key=lambda widget: reading_key(widget, group))  # stable: chain order breaks ties
        ordered += inside
        taken.update(id(widget) for widget in inside)
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
