"""Contrast, computed from the theme's own colours (light and dark): the selected member stands out
from the others (≥ 3:1), the diagram's subtitles read on every box tint (≥ 4.5:1), and the 家族の管理
arrow keeps off its text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from app.domain.status import Status
from app.ui.shell.overview import _fill, _palette_colors
from app.ui.widgets import theme
from tests.ui.test_accessibility import _over, contrast

_R = QPalette.ColorRole


@pytest.mark.parametrize("scheme", list(theme.Scheme))
def test_the_selected_member_stands_out_from_the_others(scheme: theme.Scheme) -> None:
    pal = theme.palette(scheme)
    selected, other = pal.color(_R.Highlight), pal.color(_R.Button)
    assert contrast(selected, other) >= 3.0  # was #d7d9db vs #eaecee: 1.2:1
    assert contrast(pal.color(_R.HighlightedText), selected) >= 4.5
    assert contrast(pal.color(_R.ButtonText), other) >= 4.5
    sheet = theme.style_sheet(10, scheme)
    assert "#memberButtons QToolButton:checked" in sheet and "background: palette(highlight)" in sheet


@pytest.mark.parametrize("scheme", list(theme.Scheme))
def test_diagram_subtitles_read_on_every_box(scheme: theme.Scheme) -> None:
    colors = _palette_colors(theme.palette(scheme))
    base = colors["base"]
    for status in Status:
        tint = _fill(status, colors)
        box = _over(QColor(tint.red(), tint.green(), tint.blue()), tint.alpha(), base)
        assert contrast(colors["muted"], box) >= 4.5, (status, contrast(colors["muted"], box))


def _ink_columns(a: QImage, b: QImage) -> list[int]:
    """The x of every column where two renderings of the same button differ."""
    return [x for x in range(a.width()) if any(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()))]


@pytest.mark.parametrize("scheme", list(theme.Scheme))
def test_the_manage_members_arrow_keeps_off_its_text(
    qtbot: QtBot, qapp: QApplication, scheme: theme.Scheme
) -> None:
    """Rendered three times at one size (text and arrow, arrow only, neither): the text's columns
    all lie left of the arrow's, with a gap."""
    theme.apply_scheme(qapp, scheme)
    try:
        button = QToolButton()
        button.setObjectName("manageMembersButton")
        button.setText("家族の管理")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(QMenu(button))
        qtbot.addWidget(button)
        button.setFixedSize(button.sizeHint())
        button.show()
        both = button.grab().toImage()
        button.setText("")
        arrow_only = button.grab().toImage()
        button.setMenu(None)
        neither = button.grab().toImage()
        text = _ink_columns(both, arrow_only)
        arrow = _ink_columns(arrow_only, neither)
        assert text and arrow
        assert min(arrow) - max(text) >= 4, (max(text), min(arrow))  # a clear gap, not touching
    finally:
        theme.apply_scheme(qapp, theme.Scheme.LIGHT)
