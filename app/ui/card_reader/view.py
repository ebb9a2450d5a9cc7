"""What the card panel shows: a friendly empty state, or one line per fact of a readable card.

Pure presentation of a :class:`~app.card.diagnosis.CardSnapshot`; it sends nothing to the card.
Without a readable card the panel is one large sentence and what to do (no greyed rows of 「不明」).
With a card: the reader, the card, the certificate and one line per password; a real problem
(a lock, one try left, an expired certificate) carries the one loud status, 要対応, and what to do
about it is said once, below.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.card.diagnosis import CardSnapshot
from app.card.pins import PinKind
from app.domain.status import Status
from app.i18n import translate
from app.i18n.status import status_text
from app.ui.card_reader.states import (
    CardState,
    card_state,
    pin_needs_attention,
    shown_pins,
)
from app.ui.card_reader.texts import (
    card_notes,
    certificate_text,
    empty_detail,
    empty_title,
    kind_text,
    pin_text,
    readers_line,
)
from app.ui.widgets import theme
from app.ui.widgets.plain import PlainLabel


def attention_style() -> str:
    """The 要対応 pill: orange text on a pale (or, in dark mode, deep) orange, ≥ 4.5:1 either way."""
    if theme.current_scheme() is theme.Scheme.DARK:
        return "color: #ffc48a; background: #4a2e12; border-radius: 8px; padding: 1px 8px; font-weight: 600;"
    return "color: #8a3d00; background: #ffe7cc; border-radius: 8px; padding: 1px 8px; font-weight: 600;"


class StatusRow(QWidget):
    """One fact in words, with the 要対応 pill in front when it is a real problem."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pill = PlainLabel(self)
        self.pill.setObjectName(f"{name}Pill")
        self.label = PlainLabel(self)
        self.label.setObjectName(name)
        self.label.setWordWrap(True)
        layout.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.set(" ", attention=False)

    def set(self, text: str, *, attention: bool) -> None:
        self.label.setText(text)
        self.pill.setVisible(attention)
        self.pill.setText(status_text(Status.ATTENTION))
        self.pill.setStyleSheet(attention_style())
        self.setProperty("attention", attention)
        self.setAccessibleName(f"{status_text(Status.ATTENTION)} {text}" if attention else text)

    @property
    def attention(self) -> bool:
        return bool(self.property("attention"))

    def text(self) -> str:
        return self.label.text()


class CardStatusView(QWidget):
    """The state of the reader and the card, rendered from a snapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = CardState.CHECKING

        self.empty_title = PlainLabel(self)
        self.empty_title.setObjectName("cardEmptyTitle")
        self.empty_title.setWordWrap(True)
        self.empty_detail = PlainLabel(self)
        self.empty_detail.setObjectName("cardEmptyDetail")
        self.empty_detail.setWordWrap(True)
        self.empty_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # commands
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_detail)

        self.readers_label = PlainLabel(self)
        self.readers_label.setObjectName("readersLabel")
        self.readers_label.setWordWrap(True)
        self.kind_label = PlainLabel(self)
        self.kind_label.setObjectName("kindLabel")
        self.cert_row = StatusRow("certLabel", self)
        self._fit_title_fonts()
        layout.addWidget(self.kind_label)
        layout.addWidget(self.readers_label)
        layout.addWidget(self.cert_row)

        # A titled frame, not a QGroupBox: wrapped labels in a group box get one line's height.
        self.pins_title = PlainLabel(self)
        self.pins_title.setObjectName("pinsTitle")
        layout.addWidget(self.pins_title)
        self.pins_box = QFrame(self)
        self.pins_box.setObjectName("pinsBox")
        self.pins_box.setFrameShape(QFrame.Shape.StyledPanel)
        pins_layout = QVBoxLayout(self.pins_box)
        self.pin_rows: dict[PinKind, StatusRow] = {}
        for kind in PinKind:
            row = StatusRow(f"pinLabel_{kind.value}", self.pins_box)
            self.pin_rows[kind] = row
            pins_layout.addWidget(row)
        layout.addWidget(self.pins_box)

        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)

        self.basic_box = QGroupBox(self)
        form = QFormLayout(self.basic_box)
        self.basic_form = form
        self.name_value = PlainLabel(self.basic_box)
        self.address_value = PlainLabel(self.basic_box)
        self.address_value.setWordWrap(True)
        self.birth_value = PlainLabel(self.basic_box)
        self.sex_value = PlainLabel(self.basic_box)
        self.number_value = PlainLabel(self.basic_box)
        self.number_value.setObjectName("myNumberValue")
        for field in self.basic_fields():
            form.addRow(PlainLabel(self.basic_box), field)
        self.copy_name_button = QPushButton(self.basic_box)
        self.copy_name_button.setObjectName("copyNameButton")
        self.hide_basic_button = QPushButton(self.basic_box)
        form.addRow(self.copy_name_button, self.hide_basic_button)
        self.basic_box.setVisible(False)
        layout.addWidget(self.basic_box)
        self.retranslate_ui()
        self.show_snapshot(None)

    def basic_fields(self) -> tuple[QLabel, ...]:
        return (self.name_value, self.address_value, self.birth_value, self.sex_value, self.number_value)

    def _fit_title_fonts(self) -> None:
        """The titles 1.3 × the text around them, also after 文字の大きさ changes it."""
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.3)
        title_font.setBold(True)
        for label in (self.empty_title, self.kind_label):
            label.setFont(title_font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_title_fonts()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.pins_title.setText(translate("CardPanel", "パスワードの残り回数"))
        self.pins_box.setAccessibleName(translate("CardPanel", "パスワードの残り回数"))
        self.message_label.setAccessibleName(translate("CardPanel", "カードについてのお知らせ"))
        self.basic_box.setTitle(translate("CardPanel", "基本4情報（保存されません）"))
        names = (
            translate("CardPanel", "氏名"),
            translate("CardPanel", "住所"),
            translate("CardPanel", "生年月日"),
            translate("CardPanel", "性別"),
            translate("CardPanel", "個人番号"),
        )
        self.copy_name_button.setText(translate("CardPanel", "氏名をプロフィールにコピー"))
        self.hide_basic_button.setText(translate("CardPanel", "隠す"))
        for field, text in zip(self.basic_fields(), names, strict=True):
            label = self.basic_form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)

    def show_snapshot(self, snapshot: CardSnapshot | None) -> None:
        """Show ``snapshot`` (None: not diagnosed yet), keeping nothing of the previous one."""
        self.state = state = card_state(snapshot)
        card = snapshot.card if snapshot is not None else None
        has_card = state is CardState.CARD and card is not None
        self.empty_title.setText(empty_title(state))
        self.empty_detail.setText(empty_detail(state, snapshot))
        self.empty_title.setVisible(not has_card)
        self.empty_detail.setVisible(not has_card and bool(self.empty_detail.text()))
        self.readers_label.setText(readers_line(snapshot) if snapshot is not None else "")
        self.readers_label.setVisible(bool(self.readers_label.text()))
        for widget in (self.kind_label, self.cert_row, self.pins_title, self.pins_box):
            widget.setVisible(has_card)
        self.message_label.clear()
        if not has_card or snapshot is None or card is None:
            self.kind_label.clear()
            self.cert_row.set("", attention=False)
            for row in self.pin_rows.values():
                row.set("", attention=False)
            return
        self.kind_label.setText(kind_text(card.kind))
        cert_text = certificate_text(card, snapshot)
        self.cert_row.set(cert_text, attention=snapshot.expired())
        self.cert_row.setVisible(bool(cert_text))
        shown = shown_pins(card)
        for kind, row in self.pin_rows.items():
            status = card.pin(kind)
            row.set(pin_text(status), attention=pin_needs_attention(status))
            row.setVisible(kind in shown)
        self.message_label.setText(card_notes(snapshot))
