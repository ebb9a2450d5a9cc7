"""Labels for user data: never interpreted as HTML.

A QLabel in its default AutoText mode renders text that looks like HTML: an issuer named
``<a href=…>…</a><img src=…>`` would become a link and an image (issue 12). Every label outside the
guide pages (``pages.py``, rich text we write) and the About box (escaped) is a ``PlainLabel``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class PlainLabel(QLabel):
    """A QLabel whose text is always plain text."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)
