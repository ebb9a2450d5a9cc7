"""The card chip in the window's header: the reader, the card and its tries left, in one short line.

Clicking it shows the card reader in the page being read. It is quiet for every ordinary situation (no reader,
no card); only a real problem (a lock, one try left, an expired certificate) makes it 要対応.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from app.card.diagnosis import CardSnapshot
from app.domain.status import Status
from app.i18n import translate
from app.i18n.status import status_text
from app.ui.card_reader.states import attention_problems, card_state
from app.ui.card_reader.texts import chip_details, chip_text
from app.ui.widgets import accessible, theme

if TYPE_CHECKING:
    from app.ui.card_reader.panel import CardPanel


def _style(attention: bool) -> str:
    dark = theme.current_scheme() is theme.Scheme.DARK
    if attention:
        colours = ("#ffc48a", "#4a2e12", "#ffc48a") if dark else ("#8a3d00", "#ffe7cc", "#c25e00")
    else:
        colours = ("palette(button-text)", "palette(base)", "palette(mid)")
    text, background, border = colours
    return (
        f"QToolButton#cardChip {{ color: {text}; background: {background}; border: 1px solid {border};"
        " border-radius: 14px; padding: 4px 14px; }"
        " QToolButton#cardChip:checked { font-weight: 600; }"
        # the style sheet replaces the style's focus frame: a 2 px ring in the highlight colour instead
        " QToolButton#cardChip:focus { border: 2px solid palette(highlight); padding: 3px 13px; }"
    )


def chip_name(text: str) -> str:
    """The chip's name: its text, after 「カードリーダー:」 unless the text already says it."""
    pattern = translate("CardPanel", "カードリーダー: %1")
    prefix = pattern.split("%1")[0]
    return text if prefix.strip(" :：") in text else pattern.replace("%1", text)


class CardChip(QToolButton):
    """A pill: the card reader's state in one line; a click shows the reader in the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardChip")
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.attention = False
        self._panel: CardPanel | None = None
        accessible.mark_button(self)  # it shows the reader: a button, not a check box
        self.show_snapshot(None)

    def follow(self, panel: CardPanel) -> None:
        """Show each new diagnosis of ``panel`` (a bound slot: Qt drops it when the chip goes)."""
        self._panel = panel
        panel.snapshot_changed.connect(self._on_snapshot_changed)

    def _on_snapshot_changed(self) -> None:
        if self._panel is not None:
            self.show_snapshot(self._panel.snapshot)

    def show_snapshot(self, snapshot: CardSnapshot | None) -> None:
        state = card_state(snapshot)
        problems = attention_problems(snapshot)
        self.attention = bool(problems)
        line = chip_text(state, snapshot)
        prefix = f"{status_text(Status.ATTENTION)}: " if self.attention else ""
        self.setText(f"{prefix}{line}")
        details = chip_details(state, snapshot)
        hint = translate("CardPanel", "クリックすると、このページにカードリーダーを表示します")
        self.setToolTip("\n".join(part for part in (details, hint) if part))
        self.setAccessibleName(chip_name(self.text()))
        self.setAccessibleDescription(details)
        self.setStyleSheet(_style(self.attention))
