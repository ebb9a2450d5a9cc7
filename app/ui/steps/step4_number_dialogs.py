"""STEP4 ①: the dialogs that record and show an issuer's number (masked until asked)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import words
from app.ui.steps.step4_issuer_numbers import IssuerNumbers
from app.ui.widgets.plan_common import error_label, hint_label, show_error


def _masked_line(accessible_name: str, parent: QWidget) -> tuple[QLineEdit, QCheckBox]:
    """A password-style line edit and the 「番号を表示する」 toggle that unmasks it."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    toggle = QCheckBox(QCoreApplication.translate("NumberField", "番号を表示する(&S)"), parent)
    toggle.setAccessibleName(QCoreApplication.translate("NumberField", "番号を伏せずに表示する"))
    toggle.toggled.connect(
        lambda on: edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
    )
    return edit, toggle


class RememberNumberDialog(QDialog):
    """Enter (or replace) the number of one issuer; stored only in the keychain (or opted-in file)."""

    def __init__(self, numbers: IssuerNumbers, certificate_id: int, issuer: str, parent: QWidget) -> None:
        super().__init__(parent)
        from app.store.secrets import SecretBackendKind

        self.setObjectName("rememberNumberDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{issuer}の番号を記録").format(issuer=issuer))
        self.setAccessibleName(self.windowTitle())
        self.numbers = numbers
        self.certificate_id = certificate_id
        layout = QVBoxLayout(self)
        choice = numbers.choice()
        self.no_keychain = choice.kind is SecretBackendKind.NONE
        what = self.tr("証券番号・口座番号・寄附番号など、{issuer}の手続で使う番号を記録します。").format(
            issuer=issuer
        )
        if choice.kind is SecretBackendKind.SECURE:
            where = self.tr(
                "番号は OS のキーチェーンにだけ保存され、保存データやバックアップには入りません。"
            )
        else:
            where = self.tr("番号は保存データやバックアップには入りません。")
        intro = hint_label(what + where)
        layout.addWidget(intro)
        self.field, self.show_toggle = _masked_line(self.tr("{issuer}の番号").format(issuer=issuer), self)
        self.field.setObjectName("numberField")
        self.show_toggle.setObjectName("showNumberToggle")
        label = QLabel(self.tr("番号(&N):"), self)
        label.setBuddy(self.field)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.field, 1)
        layout.addLayout(row)
        layout.addWidget(self.show_toggle)

        note = "" if choice.message is None else words(choice.message)
        self.backend_note = hint_label(note)
        self.backend_note.setObjectName("backendNote")
        self.backend_note.setAccessibleName(note)
        self.backend_note.setVisible(bool(choice.message))
        layout.addWidget(self.backend_note)
        self.opt_in = QCheckBox(self.tr("暗号化されないファイルに保存することに同意する(&A)"), self)
        self.opt_in.setObjectName("plaintextOptIn")
        self.opt_in.setAccessibleName(self.tr("暗号化されないファイルに保存することに同意する"))
        self.opt_in.setAccessibleDescription(
            self.tr("同意すると、番号はデータフォルダ内のファイルに暗号化せずに保存されます")
        )
        self.opt_in.setVisible(self.no_keychain)
        layout.addWidget(self.opt_in)
        self.error = error_label()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("記録する"))
        self.save_button.setObjectName("saveNumberButton")
        self.save_button.setAccessibleName(self.tr("番号をキーチェーンに記録する"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("キャンセル"))
        cancel.setAccessibleName(self.tr("記録せずに閉じる"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._update_save)
        self.opt_in.toggled.connect(self._update_save)
        self._update_save()
        self.finished.connect(lambda _r: self.field.clear())

    def _update_save(self) -> None:
        allowed = not self.no_keychain or self.opt_in.isChecked()
        self.save_button.setEnabled(allowed and bool(self.field.text().strip()))

    def accept(self) -> None:
        if self.no_keychain and not self.opt_in.isChecked():
            said = self.numbers.choice().message
            show_error(self.error, None if said is None else words(said))
            return
        error = self.numbers.remember(
            self.certificate_id, self.field.text(), allow_plaintext=self.opt_in.isChecked()
        )
        if error is not None:
            show_error(self.error, error)
            return
        self.field.clear()
        super().accept()  # the row that opened it says 「番号を記録しました」


class ShowNumberDialog(QDialog):
    """Shows a remembered number, masked until 「番号を表示する」 is ticked; the field forgets it on close."""

    def __init__(self, issuer: str, number: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("showNumberDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{issuer}の番号").format(issuer=issuer))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.field, self.show_toggle = _masked_line(self.tr("{issuer}の番号").format(issuer=issuer), self)
        self.field.setObjectName("numberField")
        self.field.setReadOnly(True)
        self.field.setText(number)
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance("0") * 28)
        self.show_toggle.setObjectName("showNumberToggle")
        layout.addWidget(self.field)
        layout.addWidget(self.show_toggle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("閉じる"))
        close.setAccessibleName(self.tr("番号の表示を閉じる"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(lambda _r: self.field.clear())
