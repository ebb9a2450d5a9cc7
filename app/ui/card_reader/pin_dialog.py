"""The password dialog of the card panel: masked entry, format check, and the two confirmations
asked before the last try (nothing is sent until the user presses OK)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.card.errors import InvalidPinFormat
from app.card.pins import MAX_TRIES, Attempt, Pin, PinKind, TryPolicy, is_valid, normalise
from app.i18n.card import pin_label
from app.i18n.passwords import recovery_text
from app.ui.widgets.plain import PlainLabel


def std_icon(widget: QWidget, which: QStyle.StandardPixmap) -> QIcon:
    return widget.style().standardIcon(which)


class PinDialog(QDialog):
    """Asks for one password. Shows the tries left first; validates before anything is sent; with one
    try left (or an unknown count) the field stays locked until the user confirms twice."""

    def __init__(self, kind: PinKind, remaining: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.kind = kind
        self._pin: Pin | None = None
        self.setWindowTitle(pin_label(kind))
        self.setModal(True)
        layout = QVBoxLayout(self)
        # The password's name in the dialog itself, whole and bold: the title bar cut it short.
        self.name_label = PlainLabel(pin_label(kind), self)
        self.name_label.setObjectName("pinName")
        self.name_label.setWordWrap(True)
        bold = QFont()  # only the weight: the size follows 文字の大きさ
        bold.setBold(True)
        self.name_label.setFont(bold)
        layout.addWidget(self.name_label)
        maximum = MAX_TRIES[kind]
        tries = (
            self.tr("残り回数: %1 / %2 回").replace("%1", str(remaining)).replace("%2", str(maximum))
            if remaining is not None
            else self.tr("残り回数: 不明")
        )
        self.tries_label = PlainLabel(tries, self)
        self.tries_label.setObjectName("triesLabel")
        layout.addWidget(self.tries_label)
        hint = (
            self.tr("6〜16文字の英大文字と数字です（小文字は大文字にして送ります）。")
            if kind is PinKind.SIGN
            else self.tr("4桁の数字です。")
        )
        self.hint_label = PlainLabel(hint, self)
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)

        self.needs_confirmation = TryPolicy().assess(remaining) is Attempt.NEEDS_CONFIRMATION
        self.confirm_boxes: list[QCheckBox] = []
        if self.needs_confirmation:
            warning = PlainLabel(
                self.tr(
                    "⚠ 次に間違えるとこのパスワードはロックされます。ロックはこのパソコンでは解除できません。"
                )
                + " "
                + recovery_text(kind.value),
                self,
            )
            warning.setObjectName("lockoutWarning")
            warning.setWordWrap(True)
            layout.addWidget(warning)
            for text in (
                self.tr("ロックされたときの再設定の方法を読みました"),
                self.tr("控えを確かめたうえで、最後の1回を使います"),
            ):
                box = QCheckBox(text, self)
                box.toggled.connect(self._update)
                self.confirm_boxes.append(box)
                layout.addWidget(box)

        self.edit = QLineEdit(self)
        self.edit.setObjectName("pinEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(16 if kind is PinKind.SIGN else 4)
        if kind is not PinKind.SIGN:
            self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.edit.setAccessibleName(pin_label(kind))
        self.edit.setAccessibleDescription(hint)
        self.edit.setToolTip(hint)
        self.edit.textEdited.connect(self._upper_case)
        self.edit.textChanged.connect(self._update)
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    @property
    def confirmations(self) -> int:
        return sum(1 for box in self.confirm_boxes if box.isChecked())

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _upper_case(self, text: str) -> None:
        if self.kind is PinKind.SIGN and text != text.upper():
            position = self.edit.cursorPosition()
            self.edit.setText(normalise(self.kind, text))
            self.edit.setCursorPosition(position)

    def _update(self) -> None:
        confirmed = not self.needs_confirmation or self.confirmations >= len(self.confirm_boxes)
        self.edit.setEnabled(confirmed)
        self.ok_button.setEnabled(confirmed and is_valid(self.kind, self.edit.text()))

    def accept(self) -> None:
        """Turn the text into a wipeable Pin and clear the field at once."""
        if not self.ok_button.isEnabled():
            return
        try:
            self._pin = Pin(self.kind, self.edit.text())
        finally:
            self.edit.clear()
        super().accept()

    def take_pin(self) -> Pin:
        """The validated Pin of an accepted dialog (once)."""
        pin, self._pin = self._pin, None
        if pin is None:
            raise InvalidPinFormat(self.kind.value, "no password was entered")
        return pin

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.edit.clear()
        super().done(result)
