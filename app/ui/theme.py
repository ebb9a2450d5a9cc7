"""Fonts and a light stylesheet that follows the palette (light or dark, as the system says)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import resource

# Japanese UI fonts by platform, best first; Qt falls back along this list per glyph.
_FAMILIES = ("Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "Noto Sans CJK JP", "IPAexGothic", "IPAGothic")

STYLE = """
#pageKicker { font-weight: 600; color: palette(highlight); }
#pageTitle { font-size: 17pt; font-weight: 700; }
#pageContent { font-size: 11pt; }
#stepSidebar { font-size: 11pt; }
#stepSidebar::item { padding: 6px 4px; }
QPushButton { padding: 5px 14px; }
*:focus { outline: 2px solid palette(highlight); }
"""


def register_bundled_fonts() -> None:
    fonts = resource("fonts")
    if not fonts.is_dir():
        return
    for file in fonts.iterdir():
        if file.name.endswith((".ttf", ".otf")):
            QFontDatabase.addApplicationFontFromData(file.read_bytes())


def apply(app: QApplication) -> None:
    register_bundled_fonts()
    font = QFont(app.font())
    available = set(QFontDatabase.families())
    families = [f for f in _FAMILIES if f in available]
    if families:
        font.setFamilies([*families, *font.families()])
    app.setFont(font)
    app.setStyleSheet(STYLE)
