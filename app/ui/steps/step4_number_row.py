"""STEP4 ①: one issuer row's number line: 「番号を記録…」, or 記録済み with 表示… / コピー / 記録を消す."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from app.session import HouseholdSession
from app.ui.shell.view_bus import ViewBus
from app.ui.steps.secret_clipboard import copy_secret
from app.ui.steps.step4_issuer_numbers import IssuerNumbers, numbers_for
from app.ui.steps.step4_number_dialogs import RememberNumberDialog, ShowNumberDialog
from app.ui.widgets.message_box import Button, Icon, message_box
from app.ui.widgets.plain import PlainLabel


class NumberRow(QWidget):
    """The number line of one STEP4 issuer row."""

    def __init__(self, session: HouseholdSession, bus: ViewBus, certificate_id: int) -> None:
        super().__init__()
        self.setObjectName(f"issuerNumber_{certificate_id}")
        self.session = session
        self.bus = bus
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
        numbers_for(session)  # watches the window's close (cheap: keyring loads on first use)
        self._apply()

    @property
    def numbers(self) -> IssuerNumbers:
        return numbers_for(self.session)

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
        dialog.accepted.connect(lambda: self.bus.status.emit(self.tr("番号を記録しました"), 6000))
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
        self.bus.status.emit(
            self.tr("番号をクリップボードにコピーしました（しばらくすると消えます）"), 8000
        )
        return True

    def ask_forget(self) -> QMessageBox:
        box = message_box(
            self.window(),
            Icon.Question,
            self.tr("番号の記録を消す"),
            self.tr("{issuer}の番号の記録を消しますか？キーチェーンからも削除されます。").format(
                issuer=self.issuer
            ),
            name="forgetNumberBox",
            buttons=Button.Yes | Button.Cancel,
            labels={Button.Yes: self.tr("記録を消す"), Button.Cancel: self.tr("キャンセル")},
            default=Button.Cancel,
            accessible_name=self.tr("番号の記録を消す"),
        )
        yes = box.button(Button.Yes)
        box.finished.connect(lambda _r: self.forget() if box.clickedButton() is yes else None)
        self.confirm_box = box
        box.open()
        return box

    def forget(self) -> bool:
        error = self.numbers.forget(self.certificate_id)
        if error is not None:
            self._tell(error)
            return False
        self.bus.status.emit(self.tr("番号の記録を消しました"), 6000)
        return True

    def _keep(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.destroyed.connect(lambda: self._forget_dialog(dialog))

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _tell(self, text: str) -> None:
        self.bus.status.emit(text, 10000)
        box = message_box(self.window(), Icon.Warning, self.tr("番号"), text, name="numberMessageBox")
        self.confirm_box = box
        box.open()
