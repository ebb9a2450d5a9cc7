"""A named widget and its one box layout: the panes of the window, the banners above the pages and
the card section all start this way (name for the style sheet and tests, margins, spacing)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QBoxLayout, QFrame, QWidget

L = TypeVar("L", bound=QBoxLayout)

Margins = tuple[int, int, int, int]


def lay_out(
    widget: QWidget, object_name: str, layout: L, margins: Margins = (0, 0, 0, 0), spacing: int = 0
) -> L:
    """Name ``widget`` and give it ``layout`` with ``margins`` and ``spacing`` (-1: the style's)."""
    widget.setObjectName(object_name)
    widget.setLayout(layout)
    layout.setContentsMargins(*margins)
    if spacing >= 0:
        layout.setSpacing(spacing)
    return layout


def panel(frame: QFrame, object_name: str, layout: L, margins: Margins, spacing: int = -1) -> L:
    """The same for a framed panel (the style's panel frame around it)."""
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return lay_out(frame, object_name, layout, margins, spacing)
