"""Fonts, colours and the stylesheet: light or dark as the system says, or as forced for screenshots.

We use the Fusion style with our own light and dark palettes on every platform, so the colours
are ours to check: ``tests/ui/test_accessibility.py`` computes the WCAG contrast of every text/
background pair below (at least 4.5:1) and of the icons' colours (at least 3:1).

The scheme follows ``QStyleHints.colorScheme()`` and its ``colorSchemeChanged`` signal; ``--theme``
or ``MYNA_PREP_THEME=light|dark`` force one.
"""

from __future__ import annotations

import os
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyleFactory,
)

from app.resources import resource, resource_path

THEME_ENV = "MYNA_PREP_THEME"

# Japanese UI fonts by platform, best first; Qt falls back along this list per glyph.
_FAMILIES = (
    "Yu Gothic UI",
    "Meiryo UI",
    "Hiragino Sans",
    "Noto Sans CJK JP",
    "MynaPrep Gothic",
    "IPAexGothic",
    "IPAGothic",
)


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


_R = QPalette.ColorRole

# Role → colour for the Active and Inactive groups; Disabled overrides follow.
PALETTES: dict[Scheme, dict[QPalette.ColorRole, str]] = {
    Scheme.LIGHT: {
        _R.Window: "#f6f7f9",
        _R.WindowText: "#1b1f24",
        _R.Base: "#ffffff",
        _R.AlternateBase: "#eef1f5",
        _R.Text: "#1b1f24",
        _R.Button: "#e8ebef",
        _R.ButtonText: "#1b1f24",
        _R.BrightText: "#ffffff",
        _R.Highlight: "#0b57d0",
        _R.HighlightedText: "#ffffff",
        _R.Link: "#0b57d0",
        _R.LinkVisited: "#6a1b9a",
        _R.ToolTipBase: "#ffffff",
        _R.ToolTipText: "#1b1f24",
        _R.PlaceholderText: "#5f6368",
        _R.Light: "#ffffff",
        _R.Midlight: "#e3e6ea",
        _R.Mid: "#b8bec6",
        _R.Dark: "#8a9099",
        _R.Shadow: "#5a5f66",
        _R.Accent: "#0b57d0",
    },
    Scheme.DARK: {
        _R.Window: "#1e1f22",
        _R.WindowText: "#e8eaed",
        _R.Base: "#141517",
        _R.AlternateBase: "#25272b",
        _R.Text: "#e8eaed",
        _R.Button: "#2d2f33",
        _R.ButtonText: "#e8eaed",
        _R.BrightText: "#ffffff",
        _R.Highlight: "#8ab4f8",
        _R.HighlightedText: "#0b1a33",
        _R.Link: "#8ab4f8",
        _R.LinkVisited: "#d7aefb",
        _R.ToolTipBase: "#2d2f33",
        _R.ToolTipText: "#e8eaed",
        _R.PlaceholderText: "#a8adb4",
        _R.Light: "#3c3f44",
        _R.Midlight: "#33363a",
        _R.Mid: "#4a4d52",
        _R.Dark: "#0f1012",
        _R.Shadow: "#000000",
        _R.Accent: "#8ab4f8",
    },
}

# Disabled texts: WCAG exempts inactive controls, we still keep them readable (≥ 3:1).
DISABLED: dict[Scheme, dict[QPalette.ColorRole, str]] = {
    Scheme.LIGHT: {_R.WindowText: "#6f757d", _R.Text: "#6f757d", _R.ButtonText: "#6f757d"},
    Scheme.DARK: {_R.WindowText: "#8d9198", _R.Text: "#8d9198", _R.ButtonText: "#8d9198"},
}

# Text on background pairs the UI draws: (foreground role, background role). Checked at ≥ 4.5:1.
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (_R.WindowText, _R.Window),
    (_R.Text, _R.Base),
    (_R.Text, _R.AlternateBase),
    (_R.ButtonText, _R.Button),
    (_R.HighlightedText, _R.Highlight),
    (_R.Link, _R.Window),
    (_R.Link, _R.Base),
    (_R.LinkVisited, _R.Base),
    (_R.ToolTipText, _R.ToolTipBase),
    (_R.PlaceholderText, _R.Base),
    (_R.Highlight, _R.Window),  # the page kicker is drawn in the accent colour
)

BASE_POINT_SIZE = 10.0  # the sizes below were designed at this application font size
# Body text of at least 15 px at 100 % (11.5 pt at 96 dpi): start-up raises a smaller system font.
MIN_POINT_SIZE = 11.5

# Colours the palette has no role for: field borders (visible in dark too, ≥ 3:1 against the
# window) and the one warm tone, for 要対応 only. Checked in tests/ui/test_accessibility.py.
EXTRA: dict[Scheme, dict[str, str]] = {
    Scheme.LIGHT: {
        "border": "#767c85",
        "card": "#ffffff",
        "attention_bg": "#fff1e0",
        "attention_fg": "#7a3300",
        "attention_border": "#c56a1a",
        "diagram_subtitle": "#4a4f57",  # the diagram's small grey lines: ≥ 4.5:1 on every box tint
        "check": "check_mark",
    },
    Scheme.DARK: {
        "border": "#8a9099",
        "card": "#25272b",
        "attention_bg": "#3a2812",
        "attention_fg": "#ffd3a1",
        "attention_border": "#d08a3c",
        "diagram_subtitle": "#b8bcc4",
        "check": "check_mark_dark",
    },
}


def style_sheet(base_point_size: float, scheme: Scheme | None = None) -> str:
    """The stylesheet, with font sizes relative to the application font (so enlarging it scales all)."""
    scale = base_point_size / BASE_POINT_SIZE
    extra = EXTRA[scheme or _state.current]
    border = extra["border"]
    check = resource_path(f"icons/{extra['check']}.svg").as_posix()
    return f"""
#pageKicker {{ font-weight: 600; color: palette(link); }}
#pageTitle {{ font-size: {15 * scale:.1f}pt; font-weight: 700; }}
#pageContent {{ font-size: {10.5 * scale:.1f}pt; }}
#stepSidebar {{ font-size: {10.5 * scale:.1f}pt; }}
#stepSidebar::item {{ padding: 8px 6px; border-radius: 6px; }}
#stepSidebar::item:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
#stepSidebar::item:hover:!selected {{ background: palette(alternate-base); }}
#sidebarProgress {{ font-weight: 600; padding: 10px 8px 4px 8px; }}
QPushButton {{ padding: 6px 16px; min-height: 1.4em; }}
QPushButton#choiceButton {{
    border: 1px solid {border}; border-radius: 0; padding: 6px 10px; min-height: 1.4em;
    background: palette(base); color: palette(text);
}}
QPushButton#choiceButton[segment="first"] {{ border-top-left-radius: 7px; border-bottom-left-radius: 7px; }}
QPushButton#choiceButton[segment="last"] {{ border-top-right-radius: 7px; border-bottom-right-radius: 7px; }}
QPushButton#choiceButton[segment="only"] {{ border-radius: 7px; }}
QPushButton#choiceButton:checked {{
    background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
    font-weight: 700;
}}
QPushButton#choiceButton:disabled {{ color: palette(mid); }}
QLineEdit, QDateEdit, QComboBox, QSpinBox {{
    border: 1px solid {border}; border-radius: 5px; padding: 4px 6px; min-height: 1.4em;
    background: palette(base); color: palette(text);
}}
QLineEdit:focus, QDateEdit:focus, QComboBox:focus, QSpinBox:focus {{
    border: 2px solid palette(highlight); padding: 3px 5px;
}}
QCheckBox {{ spacing: 8px; padding: 3px; }}
QCheckBox::indicator {{
    width: 18px; height: 18px; border: 2px solid {border}; border-radius: 4px; background: palette(base);
}}
QCheckBox::indicator:checked {{
    background: palette(highlight); border-color: palette(highlight); image: url({check});
}}
QCheckBox::indicator:disabled {{ border-color: palette(mid); }}
#statusPill {{ border: 1px solid palette(mid); border-radius: 8px; background: palette(alternate-base); }}
#statusPill[tone="attention"] {{
    border-color: {extra["attention_border"]}; background: {extra["attention_bg"]};
}}
#statusPill[tone="attention"] QLabel {{ color: {extra["attention_fg"]}; font-weight: 600; }}
#todoCard {{ border: 1px solid palette(mid); border-radius: 10px; background: {extra["card"]}; }}
#todoTitle {{ font-size: {12.5 * scale:.1f}pt; font-weight: 700; }}
#nextActionBanner {{
    border: none; border-bottom: 1px solid palette(mid); background: palette(alternate-base);
}}
#nextActionKicker {{ font-weight: 600; }}
QGroupBox:flat {{ border: none; margin: 0; padding: 0; }}
#memberButtons QToolButton {{
    border: 1px solid {border}; border-radius: 6px; padding: 4px 10px;
    background: palette(button); color: palette(button-text);
}}
#memberButtons QToolButton:checked {{
    background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
    font-weight: 700;
}}
#manageMembersButton {{ padding: 4px 24px 4px 10px; }}
#manageMembersButton::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: center right; right: 6px;
}}
"""


def palette(scheme: Scheme) -> QPalette:
    pal = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in PALETTES[scheme].items():
            pal.setColor(group, role, QColor(colour))
    for role, colour in DISABLED[scheme].items():
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return pal


def forced_scheme(explicit: str | None = None) -> Scheme | None:
    """``--theme`` if given, else ``MYNA_PREP_THEME``; None means follow the system."""
    value = (explicit or os.environ.get(THEME_ENV, "")).strip().lower()
    return Scheme(value) if value in {s.value for s in Scheme} else None


def system_scheme() -> Scheme:
    hints = QGuiApplication.styleHints()
    return Scheme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else Scheme.LIGHT


def register_bundled_fonts() -> None:
    fonts = resource("fonts")
    if not fonts.is_dir():
        return
    for file in fonts.iterdir():
        if file.name.endswith((".ttf", ".otf")):
            QFontDatabase.addApplicationFontFromData(file.read_bytes())


class _Theme:
    """What is applied, so the colour-scheme signal can re-apply the palette."""

    forced: Scheme | None = None
    current: Scheme = Scheme.LIGHT
    following: bool = False
    base_point_size: float = BASE_POINT_SIZE
    font_scale: float = 1.0


_state = _Theme()


def current_scheme() -> Scheme:
    return _state.current


def apply_scheme(app: QApplication, scheme: Scheme) -> None:
    _state.current = scheme
    app.setPalette(palette(scheme))
    # Re-set the stylesheet so palette() references in it pick up the new colours.
    app.setStyleSheet(style_sheet(app.font().pointSizeF(), scheme))


def set_font_scale(app: QApplication, factor: float) -> None:
    """Scale the application font (and the stylesheet's sizes) to ``factor`` × the start-up size."""
    _state.font_scale = factor
    font = QFont(app.font())
    font.setPointSizeF(_state.base_point_size * factor)
    app.setFont(font)
    app.setStyleSheet(style_sheet(font.pointSizeF()))


def _on_system_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if _state.forced is None and isinstance(app, QApplication):
        apply_scheme(app, system_scheme())


def install_focus_style(app: QApplication) -> None:
    """Fusion with the visible focus ring. Its module subclasses QProxyStyle, which builds ~120
    Python enums of QStyle (~25 ms): run_gui installs it right after the first paint."""
    from app.ui.widgets.focus_style import FocusStyle

    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(FocusStyle(fusion))


def apply(app: QApplication, explicit: str | None = None, *, focus_ring: bool = True) -> Scheme:
    """Fonts, the Fusion style (with the focus ring unless ``focus_ring`` is False: then call
    ``install_focus_style`` later), the palette for the scheme, and following system changes."""
    available = set(QFontDatabase.families())
    families = [f for f in _FAMILIES if f in available]
    if not families:  # no Japanese system font: use ours (6 MB, so only when needed)
        register_bundled_fonts()
        available = set(QFontDatabase.families())
        families = [f for f in _FAMILIES if f in available]
    font = QFont(app.font())
    if families:
        font.setFamilies([*families, *font.families()])
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:  # 15–16 px body text for older eyes
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    if font.pointSizeF() > 0:
        _state.base_point_size = font.pointSizeF()
    if focus_ring:
        install_focus_style(app)
    else:
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
    _state.forced = forced_scheme(explicit)
    apply_scheme(app, _state.forced or system_scheme())
    if not _state.following:
        QGuiApplication.styleHints().colorSchemeChanged.connect(_on_system_scheme_changed)
        _state.following = True
    return _state.current
