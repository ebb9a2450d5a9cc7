"""Where the window first goes: a pure rule on the screen's free area, testable without a window."""

from __future__ import annotations

from PySide6.QtCore import QSize

DEFAULT_SIZE = QSize(1100, 760)
FRAME = 40  # the window manager's title bar and borders, not known before the first show


def fitted_size(free: QSize) -> QSize:
    """The window's first size on a screen whose free area is ``free``: 1100×760 where it fits."""
    return QSize(
        min(DEFAULT_SIZE.width(), free.width() - 16), min(DEFAULT_SIZE.height(), free.height() - FRAME)
    )
