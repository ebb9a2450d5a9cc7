"""The household member switcher above the pages: choose a member, add one, rename one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from app import i18n
from app.domain.model import Relation
from app.session import HouseholdSession
from app.ui.widgets.plain import PlainLabel


def relation_text(relation: Relation) -> str:
    return {
        Relation.SELF: QCoreApplication.translate("Plan", "本人"),
        Relation.SPOUSE: QCoreApplication.translate("Plan", "配偶者"),
        Relation.CHILD: QCoreApplication.translate("Plan", "子"),
        Relation.PARENT: QCoreApplication.translate("Plan", "親"),
        Relation.OTHER: QCoreApplication.translate("Plan", "家族"),
    }[relation]


class ProfileBar(QFrame):
    """「表示中の人: [本人 ▾] [追加…] [名前を変更…]」. Every page shows the chosen member's plan."""

    def __init__(self, controller: HouseholdSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileBar")
        self.controller = controller
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 4)
        self.label = QLabel(QCoreApplication.translate("Plan", "表示中の人(&M):"))
        self.combo = QComboBox()
        self.combo.setObjectName("profileCombo")
        self.combo.setAccessibleName(QCoreApplication.translate("Plan", "表示する家族"))
        self.combo.setAccessibleDescription(
            QCoreApplication.translate("Plan", "選んだ人の事前準備が、すべてのページに表示されます")
        )
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label.setBuddy(self.combo)
        self.add_button = QPushButton(QCoreApplication.translate("Plan", "家族を追加(&A)…"))
        self.add_button.setObjectName("addProfileButton")
        self.add_button.setAccessibleName(QCoreApplication.translate("Plan", "家族を追加する"))
        self.rename_button = QPushButton(QCoreApplication.translate("Plan", "名前を変更(&R)…"))
        self.rename_button.setObjectName("renameProfileButton")
        self.rename_button.setAccessibleName(QCoreApplication.translate("Plan", "表示中の人の名前を変更する"))
        self.message = PlainLabel()
        self.message.setObjectName("profileMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.add_button)
        layout.addWidget(self.rename_button)
        layout.addWidget(self.message, 1)

        self.combo.activated.connect(self._activated)
        self.add_button.clicked.connect(self.ask_new_member)
        self.rename_button.clicked.connect(self.ask_rename)
        controller.changed.connect(self.refresh)
        self.dialog: QInputDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for member in c.members:
                p = member.profile
                relation = relation_text(p.relation)
                # English takes ASCII brackets (no full-width brackets in English text)
                bracketed = f" ({relation})" if i18n.current_language() == "en" else f"（{relation}）"
                label = p.display_name if p.display_name == relation else p.display_name + bracketed
                self.combo.addItem(label, p.id)
            index = self.combo.findData(c.profile_id)
            self.combo.setCurrentIndex(max(index, 0))
        writable = c.is_loaded and not c.read_only
        self.combo.setEnabled(bool(c.members))
        self.add_button.setEnabled(writable)
        self.rename_button.setEnabled(writable and c.profile_id is not None)

    def _activated(self, index: int) -> None:
        pid = self.combo.itemData(index)
        if isinstance(pid, int):
            self.controller.set_current_profile(pid)

    # --- add / rename, through non-blocking input dialogs -------------------------------------------

    def _dialog(self, title: str, label: str, text: str) -> QInputDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = QInputDialog(self.window())
        dialog.setObjectName("profileNameDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        return dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    def ask_new_member(self) -> None:
        dialog = self._dialog(
            QCoreApplication.translate("Plan", "家族を追加"),
            QCoreApplication.translate("Plan", "名前（表示名）:"),
            "",
        )
        dialog.textValueSelected.connect(self.add_member)
        dialog.open()

    def ask_rename(self) -> None:
        profile = self.controller.profile
        if profile is None:
            return
        dialog = self._dialog(
            QCoreApplication.translate("Plan", "名前を変更"),
            QCoreApplication.translate("Plan", "新しい名前（表示名）:"),
            profile.display_name,
        )
        dialog.textValueSelected.connect(self.rename_member)
        dialog.open()

    def add_member(self, name: str) -> None:
        error = self.controller.add_profile(name, Relation.OTHER)
        self._say(
            error, QCoreApplication.translate("Plan", "「{name}」を追加しました").format(name=name.strip())
        )

    def rename_member(self, name: str) -> None:
        pid = self.controller.profile_id
        if pid is None:
            return
        error = self.controller.rename_profile(pid, name)
        self._say(
            error,
            QCoreApplication.translate("Plan", "名前を「{name}」に変更しました").format(name=name.strip()),
        )

    def _say(self, error: str | None, success: str) -> None:
        if error is None:
            self.message.setText("")
            self.controller.status.emit(success, 5000)
        else:
            self.message.setText(f"⚠ {error}")
        self.message.setAccessibleName(self.message.text())
