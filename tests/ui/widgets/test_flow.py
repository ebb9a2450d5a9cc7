"""The flow layout keeps every button whole: it wraps onto another row instead of cutting labels."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.ui.widgets.flow import FlowLayout


def _bar(qtbot: QtBot, width: int) -> tuple[QWidget, list[QPushButton]]:
    bar = QWidget()
    qtbot.addWidget(bar)
    layout = FlowLayout(bar, spacing=6)
    layout.setContentsMargins(0, 0, 0, 0)
    labels = ("表示中の人", "家族を追加(&A)…", "名前を変更(&R)…", "家族の管理")
    buttons = [QPushButton(text) for text in labels]
    for button in buttons:
        layout.addWidget(button)
    bar.resize(width, layout.heightForWidth(width))
    bar.show()
    qtbot.waitExposed(bar)
    return bar, buttons


def test_wide_enough_one_row_narrow_wraps_and_no_label_is_cut(qtbot: QtBot) -> None:
    wide, buttons = _bar(qtbot, 2000)
    assert len({b.geometry().center().y() for b in buttons}) == 1
    widest = max(b.sizeHint().width() for b in buttons)
    narrow, buttons = _bar(qtbot, widest + 10)
    rows = {b.geometry().center().y() for b in buttons}
    assert len(rows) == len(buttons)  # one per row
    for button in buttons:
        assert button.width() >= button.sizeHint().width()  # never squeezed below its label
        assert narrow.rect().contains(button.geometry())  # and inside the bar's height
    assert narrow.height() > wide.height()
