"""STEP4 ①: remembering an issuer's number (policy, securities-account, donation number) in the OS keychain.

Each STEP4 issuer row carries a :class:`NumberRow`: 「番号を記録…」 while nothing is remembered, else
「番号: 記録済み」 with 表示… / コピー / 記録を消す. The number itself goes to ``keyring`` through
``app.store.secrets.SecretStore``; the database only gets the opaque reference
(``Store.set_certificate_secret``). The number is never logged, put in an exception, exported or shown
unmasked unless the person asks (every field starts masked, so screenshots never show it).

Where numbers may be stored is decided by ``choose_backend`` the first time a number is needed (it
imports ``keyring``, which may talk to D-Bus: never at start-up). When it finds no OS keychain (a
headless Linux, say) the dialog says so in one sentence and offers an explicit opt-in to the data
directory's plaintext file; without the tick nothing is stored.

:func:`numbers_for` gives the one :class:`IssuerNumbers` of a household controller; ``choose`` on it
decides the backend (tests put a real ``keyrings.alt`` backend in a temporary directory there).
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import words
from app.session import HouseholdSession
from app.store.errors import SecretsUnavailableError
from app.ui.widgets.plain import PlainLabel
from app.ui.widgets.plan_common import error_label, hint_label, show_error

if TYPE_CHECKING:
    from app.store.secrets import BackendChoice, SecretStore

log = logging.getLogger(__name__)

# How long a copied number stays on the clipboard (if nothing else was copied meanwhile).
CLIPBOARD_CLEAR_MS = 45_000

ChooseBackend = Callable[[bool], "BackendChoice"]


class IssuerNumbers(QObject):
    """Remember, read and forget issuer numbers for one household controller."""

    def __init__(self, controller: HouseholdSession) -> None:
        super().__init__(controller)
        self.setObjectName("issuerNumbers")
        self.controller = controller
        # Decides where numbers go: (allow_plaintext) -> BackendChoice. Replaceable (tests).
        self.choose: ChooseBackend = self._default_choose
        self._choices: dict[bool, BackendChoice] = {}
        # The end of the session ends undo: numbers of removed selections are deleted then.
        controller.closing.connect(self.forget_removed)

    def _default_choose(self, allow_plaintext: bool) -> BackendChoice:
        from app.store.secrets import choose_backend

        return choose_backend(self.controller.data_dir, allow_plaintext=allow_plaintext)

    def _opted_in(self) -> bool:
        from app.store.secrets import PLAINTEXT_FILE

        return (self.controller.data_dir / PLAINTEXT_FILE).exists()

    def choice(self, *, allow_plaintext: bool = False) -> BackendChoice:
        """Where a number would be stored now (an earlier opt-in counts as given)."""
        allow = allow_plaintext or self._opted_in()
        choice = self._choices.get(allow)
        if choice is None:
            choice = self.choose(allow)
            self._choices[allow] = choice
        return choice

    def secret_store(self, *, allow_plaintext: bool = False) -> SecretStore:
        from app.store.secrets import SecretStore

        return SecretStore(self.choice(allow_plaintext=allow_plaintext))

    def _stores_for_reading(self) -> list[SecretStore]:
        """The chosen store, and the opted-in file too when a keychain appeared after the opt-in."""
        from app.store.secrets import SecretBackendKind, SecretStore

        stores = [self.secret_store()]
        if stores[0].choice.kind is SecretBackendKind.SECURE and self._opted_in():
            plaintext = SecretStore(self.choose(True))
            if plaintext.choice.kind is SecretBackendKind.PLAINTEXT:
                stores.append(plaintext)
        return [s for s in stores if s.usable]

    # --- the three operations -------------------------------------------------------------------

    def remember(self, certificate_id: int, number: str, *, allow_plaintext: bool = False) -> str | None:
        """Store ``number`` for the selection; returns None when stored, else the sentence to show."""
        number = number.strip()
        if not number:
            return self.tr("番号を入力してください。")
        secrets = self.secret_store(allow_plaintext=allow_plaintext)
        if not secrets.usable:
            return secrets.choice.message or self.tr("番号は保存されませんでした。")
        current = self._ref(certificate_id)
        try:
            if current is not None:
                secrets.replace(current, number)
                return None
            ref = secrets.put(number)
        except SecretsUnavailableError as exc:
            log.warning("An issuer number was not stored: %s", exc.detail)
            return words(exc.text())
        error = self.controller.call(lambda s: s.set_certificate_secret(certificate_id, ref))
        if error is not None:
            self._delete_quietly(secrets, ref)  # no keyring entry without its reference
            return error
        return None

    def read(self, certificate_id: int) -> tuple[str | None, str | None]:
        """(number, None), or (None, the sentence saying why it cannot be shown)."""
        ref = self._ref(certificate_id)
        if ref is None:
            return None, self.tr("この発行企業の番号は記録されていません。")
        stores = self._stores_for_reading()
        if not stores:
            return None, self.secret_store().choice.message or self.tr("番号を読み出せませんでした。")
        try:
            for secrets in stores:
                number = secrets.get(ref)
                if number is not None:
                    return number, None
        except SecretsUnavailableError as exc:
            log.warning("An issuer number could not be read: %s", exc.detail)
            return None, words(exc.text())
        return None, self.tr(
            "キーチェーンにこの番号が見つかりませんでした（必要ならもう一度記録してください）。"
        )

    def forget(self, certificate_id: int) -> str | None:
        """Remove the reference from the database, then the keyring entry."""
        ref = self._ref(certificate_id)
        if ref is None:
            return None
        error = self.controller.call(lambda s: s.set_certificate_secret(certificate_id, None))
        if error is not None:
            return error
        return self.delete_refs((ref,))

    def delete_refs(self, refs: tuple[str, ...]) -> str | None:
        """Delete keyring entries no longer referenced (after forgetting, or a backup import)."""
        if not refs:
            return None
        stores = self._stores_for_reading()
        try:
            for secrets in stores:
                for ref in refs:
                    secrets.delete(ref)
        except SecretsUnavailableError as exc:
            log.warning("Keyring entries could not be deleted: %s", exc.detail)
            return words(exc.text())
        return None

    def removed_refs(self) -> tuple[str, ...]:
        """References of selections removed by steps still done on the undo stack (only an undo
        could bring them back; the database no longer holds them)."""
        from app.session import RemoveCertificates, RemoveMember

        stack = self.controller.undo_stack
        refs: list[str] = []
        for index in range(stack.index()):
            command = stack.command(index)
            if isinstance(command, RemoveCertificates):
                refs += [r.selection.secret_ref for r in command._removed if r.selection.secret_ref]
            elif isinstance(command, RemoveMember):  # a removed member's numbers go too
                refs += command.secret_refs()
        return tuple(refs)

    def forget_removed(self) -> str | None:
        """Delete the keyring entries of removed selections, once undo is no longer offered."""
        return self.delete_refs(self.removed_refs())

    def _ref(self, certificate_id: int) -> str | None:
        for member in self.controller.members:
            for selection in member.certificates:
                if selection.id == certificate_id:
                    return selection.secret_ref
        return None

    @staticmethod
    def _delete_quietly(secrets: SecretStore, ref: str) -> None:
        try:
            secrets.delete(ref)
        except SecretsUnavailableError as exc:
            log.warning("An unreferenced keyring entry could not be deleted: %s", exc.detail)


_NUMBERS: WeakKeyDictionary[HouseholdSession, IssuerNumbers] = WeakKeyDictionary()


def numbers_for(session: HouseholdSession) -> IssuerNumbers:
    """The session's :class:`IssuerNumbers` (one per session, created on first use)."""
    numbers = _NUMBERS.get(session)
    if numbers is None:
        numbers = _NUMBERS[session] = IssuerNumbers(session)
    return numbers


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

        self.backend_note = hint_label(choice.message or "")
        self.backend_note.setObjectName("backendNote")
        self.backend_note.setAccessibleName(choice.message or "")
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
            show_error(self.error, self.numbers.choice().message)
            return
        error = self.numbers.remember(
            self.certificate_id, self.field.text(), allow_plaintext=self.opt_in.isChecked()
        )
        if error is not None:
            show_error(self.error, error)
            return
        self.field.clear()
        self.numbers.controller.status.emit(self.tr("番号を記録しました"), 6000)
        super().accept()


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


class NumberRow(QWidget):
    """The number line of one STEP4 issuer row."""

    def __init__(self, controller: HouseholdSession, certificate_id: int) -> None:
        super().__init__()
        self.setObjectName(f"issuerNumber_{certificate_id}")
        self.controller = controller
        self.certificate_id = certificate_id
        self.issuer = ""
        self.remembered = False
        self.dialog: QDialog | None = None
        self.confirm_box: QMessageBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = PlainLabel()
        self.status.setObjectName("numberStatus")
        self.remember_button = QPushButton()
        self.remember_button.setObjectName("rememberNumberButton")
        self.show_button = QPushButton()
        self.show_button.setObjectName("showNumberButton")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyNumberButton")
        self.forget_button = QPushButton()
        self.forget_button.setObjectName("forgetNumberButton")
        self.remember_button.clicked.connect(self.open_remember)
        self.show_button.clicked.connect(self.open_show)
        self.copy_button.clicked.connect(self.copy)
        self.forget_button.clicked.connect(self.ask_forget)
        layout.addWidget(self.status)
        for button in (self.remember_button, self.show_button, self.copy_button, self.forget_button):
            layout.addWidget(button)
        layout.addStretch(1)
        numbers_for(controller)  # watches the window's close (cheap: keyring loads on first use)
        self._apply()

    @property
    def numbers(self) -> IssuerNumbers:
        return numbers_for(self.controller)

    def update_from(self, issuer: str, remembered: bool) -> None:
        self.issuer = issuer
        self.remembered = remembered
        self._apply()

    def _apply(self) -> None:
        issuer = self.issuer
        self.status.setText(self.tr("番号: 記録済み") if self.remembered else "")
        self.status.setVisible(self.remembered)
        self.status.setAccessibleName(self.tr("{issuer}の番号は記録済みです").format(issuer=issuer))
        self.remember_button.setText(self.tr("番号を記録…"))
        self.remember_button.setAccessibleName(self.tr("{issuer}の番号を記録する").format(issuer=issuer))
        self.remember_button.setToolTip(
            self.tr("手続で使う番号を OS のキーチェーンに記録します（保存データには入りません）")
        )
        self.show_button.setText(self.tr("表示…"))
        self.show_button.setAccessibleName(self.tr("{issuer}の番号を表示する").format(issuer=issuer))
        self.copy_button.setText(self.tr("コピー"))
        self.copy_button.setAccessibleName(
            self.tr("{issuer}の番号をクリップボードにコピーする").format(issuer=issuer)
        )
        self.forget_button.setText(self.tr("記録を消す…"))
        self.forget_button.setAccessibleName(self.tr("{issuer}の番号の記録を消す").format(issuer=issuer))
        self.remember_button.setVisible(not self.remembered)
        for button in (self.show_button, self.copy_button, self.forget_button):
            button.setVisible(self.remembered)

    # --- actions ----------------------------------------------------------------------------------

    def open_remember(self) -> RememberNumberDialog:
        dialog = RememberNumberDialog(self.numbers, self.certificate_id, self.issuer, self.window())
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_show(self) -> ShowNumberDialog | None:
        number, error = self.numbers.read(self.certificate_id)
        if number is None:
            self._tell(error or "")
            return None
        dialog = ShowNumberDialog(self.issuer, number, self.window())
        self._keep(dialog)
        dialog.open()
        return dialog

    def copy(self) -> bool:
        number, error = self.numbers.read(self.certificate_id)
        if number is None:
            self._tell(error or "")
            return False
        copy_secret(number)
        self.controller.status.emit(
            self.tr("番号をクリップボードにコピーしました（しばらくすると消えます）"), 8000
        )
        return True

    def ask_forget(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("番号の記録を消す"),
            self.tr("{issuer}の番号の記録を消しますか？キーチェーンからも削除されます。").format(
                issuer=self.issuer
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are user data
        box.setObjectName("forgetNumberBox")
        box.setAccessibleName(self.tr("番号の記録を消す"))
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("記録を消す"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.forget() if box.clickedButton() is yes else None)
        self.confirm_box = box
        box.open()
        return box

    def forget(self) -> bool:
        error = self.numbers.forget(self.certificate_id)
        if error is not None:
            self._tell(error)
            return False
        self.controller.status.emit(self.tr("番号の記録を消しました"), 6000)
        return True

    def _keep(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.destroyed.connect(lambda: self._forget_dialog(dialog))

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _tell(self, text: str) -> None:
        self.controller.status.emit(text, 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("番号"), text, QMessageBox.StandardButton.Ok, self.window()
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are user data
        box.setObjectName("numberMessageBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()


def secret_clipboard_formats(platform: str) -> dict[str, bytes]:
    """The formats that tell ``platform``'s clipboard history and sync to leave a secret alone.

    Linux: KDE's hint, honoured by Klipper and CopyQ. Windows: the three formats of Microsoft's
    "Clipboard Formats" page (Cloud Clipboard and Clipboard History Formats; a DWORD 0 opts out).
    macOS: nspasteboard.org's concealed type, written by Qt as ``application/x-nspasteboard-concealed-
    type`` as KeePassXC does (PR 1202) and as CopyQ reads it (PR 2500). Sources checked 2026-11-29.
    """
    if platform == "win32":
        return {
            "ExcludeClipboardContentFromMonitorProcessing": b"\x01",
            "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
            "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
        }
    if platform == "darwin":
        return {"application/x-nspasteboard-concealed-type": b"secret"}
    return {"x-kde-passwordManagerHint": b"secret"}


class _CopiedSecret:
    """Which secret we put on the clipboard, by digest only, to clear it later and on quit."""

    digest: bytes | None = None
    quit_hook_installed = False


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def copy_secret(number: str) -> None:
    """Put ``number`` on the clipboard marked as a secret; it is cleared after
    ``CLIPBOARD_CLEAR_MS`` and when the app quits, unless something else was copied meanwhile."""
    data = QMimeData()
    data.setText(number)
    for mime, value in secret_clipboard_formats(sys.platform).items():
        data.setData(mime, value)
    QApplication.clipboard().setMimeData(data)
    _CopiedSecret.digest = _digest(number)
    app = QApplication.instance()
    if app is not None and not _CopiedSecret.quit_hook_installed:
        app.aboutToQuit.connect(clear_copied_secret)
        _CopiedSecret.quit_hook_installed = True
    QTimer.singleShot(CLIPBOARD_CLEAR_MS, clear_copied_secret)


def clear_copied_secret() -> None:
    """Clear the clipboard if it still holds the secret we copied."""
    if _CopiedSecret.digest is None:
        return
    clipboard = QApplication.clipboard()
    if _digest(clipboard.text()) == _CopiedSecret.digest:
        clipboard.clear()
    _CopiedSecret.digest = None
