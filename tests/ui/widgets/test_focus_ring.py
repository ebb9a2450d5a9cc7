"""The step list's focus ring: on the current step while the list has focus, and a window at rest
paints nothing (the ring once asked for a paint on every viewport paint, which painted forever:
a whole core busy while the window merely showed)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from app.ui.widgets.focus_style import ItemFocusRing
from tests.ui.conftest import OpenWindow

REST_MS = 300  # a window at rest this long: the loop painted thousands of times in it


class PaintCounter(QObject):
    """Counts paint events delivered anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched.objectName() or type(watched).__name__)
        return False


def paints_at_rest(qapp: QApplication, qtbot: QtBot) -> list[str]:
    """What was painted in the last of up to ten quiet spells of REST_MS (a window just built
    lays out and paints for a while; one that paints forever never has a quiet spell)."""
    painted: list[str] = []
    for _ in range(10):
        counter = PaintCounter()
        qapp.installEventFilter(counter)
        try:
            qtbot.wait(REST_MS)
        finally:
            qapp.removeEventFilter(counter)
        painted = counter.painted
        if not painted:
            break
    return painted


def ring_pixels(view: QListWidget, rect: QRect) -> int:
    image = view.viewport().grab().toImage()
    colour = view.palette().color(QPalette.ColorRole.Highlight).rgb()
    inside = rect.intersected(image.rect())
    return sum(
        1
        for y in range(inside.top(), inside.bottom() + 1)
        for x in range(inside.left(), inside.right() + 1)
        if image.pixel(x, y) == colour
    )


def focused_list(qtbot: QtBot, rows: int) -> QListWidget:
    view = QListWidget()
    qtbot.addWidget(view)
    view.addItems([f"STEP{row}" for row in range(rows)])
    view.setSelectionMode(QListWidget.SelectionMode.NoSelection)  # no highlight fill: only the ring
    ItemFocusRing(view)
    view.resize(240, 160)
    with qtbot.waitExposed(view):
        view.show()
    view.activateWindow()
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    view.setCurrentRow(0)
    return view


def test_the_ring_marks_the_current_row_and_follows_it(qtbot: QtBot) -> None:
    view = focused_list(qtbot, 3)
    first, second = (view.visualRect(view.model().index(row, 0)) for row in (0, 1))
    assert ring_pixels(view, first) >= 40 and ring_pixels(view, second) == 0
    view.setCurrentRow(1)
    assert ring_pixels(view, second) >= 40 and ring_pixels(view, first) == 0
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert ring_pixels(view, second) == 0  # no focus, no ring


def test_the_ring_stays_on_its_row_when_the_list_scrolls(qtbot: QtBot) -> None:
    view = focused_list(qtbot, 40)
    view.setCurrentRow(30)  # scrolls the list down to it
    assert view.verticalScrollBar().value() > 0
    current = view.visualRect(view.currentIndex())
    assert ring_pixels(view, current) >= 40


def test_a_list_with_its_ring_paints_nothing_at_rest(qapp: QApplication, qtbot: QtBot) -> None:
    focused_list(qtbot, 3)
    assert paints_at_rest(qapp, qtbot) == []


def test_the_main_window_paints_nothing_at_rest(
    qapp: QApplication, qtbot: QtBot, open_window: OpenWindow
) -> None:
    window, _session = open_window()
    window.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
    assert paints_at_rest(qapp, qtbot) == []
