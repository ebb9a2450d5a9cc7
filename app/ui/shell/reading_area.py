"""How much of the window the page being read gets (issue 22's goal, measured one way everywhere).

The page is the largest visible scroll area that is not a list view. Its viewport, in window
coordinates and clipped to the window, minus every other visible widget that lies over it (not the
page's own children, not its ancestors), divided by the window's area. The test in tests/ui and
``benchmarks/reading_area.py`` both use :func:`reading_share`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QWidget

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def reading_page(window: QWidget) -> QAbstractScrollArea | None:
    """The scroll area the person reads: the largest visible one that is not a list view."""
    areas = [
        area
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisible() and not isinstance(area, QAbstractItemView)
    ]
    return max(areas, key=lambda a: a.viewport().width() * a.viewport().height(), default=None)


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _related(widget: QWidget, page: QWidget) -> bool:
    """The page itself, inside the page, or one of the page's ancestors (they do not cover it)."""
    return widget is page or page.isAncestorOf(widget) or widget.isAncestorOf(page)


def uncovered_region(window: QWidget) -> QRegion:
    """The part of the page's viewport that nothing else lies over, in window coordinates."""
    page = reading_page(window)
    if page is None:
        return QRegion()
    region = QRegion(_window_rect(page.viewport(), window).intersected(window.rect()))
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow() and not _related(widget, page):
            region = region.subtracted(QRegion(_window_rect(widget, window)))
    return region


def _area(region: QRegion) -> int:
    return sum(rect.width() * rect.height() for rect in region)  # type: ignore[attr-defined]  # iterable at run time


def reading_share(window: QWidget) -> float:
    """The uncovered reading area as a share of the window (0 … 1)."""
    QApplication.processEvents()
    total = window.width() * window.height()
    return _area(uncovered_region(window)) / total if total else 0.0


def measure_pages(window: MainWindow) -> dict[str, float]:
    """Show each page of ``window`` in turn and measure its reading share (keyed by the step id)."""
    shares: dict[str, float] = {}
    for index, page in enumerate(window.build_all_pages()):
        window.show_page(index)
        for _ in range(3):  # wrapped labels re-layout in a cascade of posted LayoutRequests
            QApplication.processEvents()
        shares[page.step.id.value] = reading_share(window)
    return shares
