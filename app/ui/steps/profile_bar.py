"""The household header above the pages: switch member with one click; add, rename, set the relation,
reorder and remove members (removal asks, says what goes with the member, and can be undone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.model import Relation
from app.i18n.labels import relation_label
from app.session import HouseholdSession
from app.ui.shell.view_bus import ViewBus
from app.ui.widgets import accessible
from app.ui.widgets.flow import FlowLayout
from app.ui.widgets.message_box import Button, Icon, Role, message_box
from app.ui.widgets.plain import PlainLabel

MAX_BUTTONS = 6  # more members than this: a drop-down list instead of one button each


class ProfileBar(QFrame):
    """「表示中の人: [太郎] [花子] [家族の管理 ▾]」, the member switcher at the start of the header's row.
    Every page shows the chosen member's plan; adding, renaming and the rest are in 家族の管理."""

    def __init__(self, session: HouseholdSession, bus: ViewBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileBar")
        self.session = session
        self.bus = bus
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        # The label, the members and the actions wrap onto a second row rather than cut their words
        # (200 % text, a narrow window, six members).
        layout = FlowLayout(spacing=6)
        outer.addLayout(layout)
        self.label = QLabel(QCoreApplication.translate("Plan", "表示中の人(&M):"))
        self.combo = QComboBox()
        self.combo.setObjectName("profileCombo")
        self.combo.setAccessibleName(QCoreApplication.translate("Plan", "表示する家族"))
        self.combo.setAccessibleDescription(
            QCoreApplication.translate("Plan", "選んだ人の事前準備が、すべてのページに表示されます")
        )
        # the longest name with its relation, whole: 「山田 太郎（本人）」 was cut to 「山田 太郎（本」
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.combo)
        self.buttons_box = QWidget()
        self.buttons_box.setObjectName("memberButtons")
        self.buttons_layout = QHBoxLayout(self.buttons_box)
        self.buttons_layout.setContentsMargins(0, 0, 0, 0)
        self.buttons_layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.switch_profile)
        self.member_buttons: dict[int, QToolButton] = {}
        self.manage_button = QToolButton()
        self.manage_button.setObjectName("manageMembersButton")
        self.manage_button.setText(QCoreApplication.translate("Plan", "家族の管理"))
        self.manage_button.setAccessibleName(self.manage_button.text())  # the name a person sees
        self.manage_button.setAccessibleDescription(
            QCoreApplication.translate("Plan", "表示中の人の続柄・順番・削除")
        )
        self.manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.manage_menu = QMenu(self.manage_button)
        self.manage_button.setMenu(self.manage_menu)
        self.add_action = self.manage_menu.addAction(QCoreApplication.translate("Plan", "家族を追加(&A)…"))
        self.add_action.setObjectName("addProfileAction")
        self.add_action.triggered.connect(self.ask_new_member)
        self.rename_action = self.manage_menu.addAction(QCoreApplication.translate("Plan", "名前を変更(&R)…"))
        self.rename_action.setObjectName("renameProfileAction")
        self.rename_action.triggered.connect(self.ask_rename)
        self.manage_menu.addSeparator()
        self.relation_menu = self.manage_menu.addMenu(QCoreApplication.translate("Plan", "続柄"))
        self.relation_group = QActionGroup(self)
        self.relation_actions: dict[Relation, QAction] = {}
        for relation in Relation:
            action = self.relation_menu.addAction(relation_label(relation))
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, r=relation: self.set_relation(r))
            self.relation_group.addAction(action)
            self.relation_actions[relation] = action
        self.move_up_action = self.manage_menu.addAction(QCoreApplication.translate("Plan", "前へ移動"))
        self.move_up_action.triggered.connect(lambda: self.move_member(-1))
        self.move_down_action = self.manage_menu.addAction(QCoreApplication.translate("Plan", "後ろへ移動"))
        self.move_down_action.triggered.connect(lambda: self.move_member(1))
        self.manage_menu.addSeparator()
        self.remove_action = self.manage_menu.addAction(QCoreApplication.translate("Plan", "この人を削除…"))
        self.remove_action.triggered.connect(self.ask_remove)
        self.confirm: QMessageBox | None = None
        self.message = PlainLabel()
        self.message.setObjectName("profileMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.buttons_box)
        layout.addWidget(self.manage_button)
        outer.addWidget(self.message)
        self.message.hide()  # until there is something to say

        self.combo.activated.connect(self._activated)
        session.changed.connect(self.refresh)
        self.dialog: QInputDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        c = self.session
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for member in c.members:
                p = member.profile
                relation = relation_label(p.relation)
                # English takes ASCII brackets (no full-width brackets in English text)
                bracketed = f" ({relation})" if i18n.current_language() == "en" else f"（{relation}）"
                label = p.display_name if p.display_name == relation else p.display_name + bracketed
                self.combo.addItem(label, p.id)
            index = self.combo.findData(c.profile_id)
            self.combo.setCurrentIndex(max(index, 0))
        self._refresh_buttons()
        writable = c.is_loaded and not c.read_only
        self.combo.setEnabled(bool(c.members))
        self.add_action.setEnabled(writable)
        self.rename_action.setEnabled(writable and c.profile_id is not None)
        self.manage_button.setEnabled(writable)
        profile = c.profile
        ids = [m.profile.id for m in c.members]
        here = ids.index(c.profile_id) if c.profile_id in ids else -1
        self.move_up_action.setEnabled(here > 0)
        self.move_down_action.setEnabled(0 <= here < len(ids) - 1)
        self.remove_action.setEnabled(len(ids) > 1)
        self.relation_menu.setEnabled(profile is not None)
        for relation, action in self.relation_actions.items():
            action.setChecked(profile is not None and profile.relation is relation)

    def _refresh_buttons(self) -> None:
        c = self.session
        as_buttons = 1 < len(c.members) <= MAX_BUTTONS
        self.combo.setVisible(not as_buttons)
        self.buttons_box.setVisible(as_buttons)
        for button in self.member_buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.member_buttons = {}
        if not as_buttons:
            self.label.setBuddy(self.combo)
            return
        for member in c.members:
            p = member.profile
            button = QToolButton()
            button.setObjectName(f"member_{p.id}")
            button.setText(p.display_name.replace("&", "&&"))
            button.setCheckable(True)
            button.setChecked(p.id == c.profile_id)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(
                QCoreApplication.translate("Plan", "{name}（{relation}）を表示").format(
                    name=p.display_name, relation=relation_label(p.relation)
                )
            )
            button.setToolTip(relation_label(p.relation))
            self.group.addButton(button, p.id)
            self.buttons_layout.addWidget(button)
            self.member_buttons[p.id] = button
            if p.id == c.profile_id:
                self.label.setBuddy(button)
        # one person at a time: read as a named radio group
        accessible.mark_group(self.buttons_box, accessible.plain(self.label.text()).rstrip(":："))
        for button in self.member_buttons.values():
            accessible.mark_radio(button)

    def switch_profile(self, profile_id: int) -> None:
        self.session.set_current_profile(profile_id)

    # --- relation, order, removal ----------------------------------------------------------------

    def set_relation(self, relation: Relation) -> None:
        pid = self.session.profile_id
        if pid is not None:
            self._say(self.session.set_relation(pid, relation), "")

    def move_member(self, step: int) -> None:
        c = self.session
        ids = [m.profile.id for m in c.members]
        if c.profile_id not in ids:
            return
        c.move_member(c.profile_id, ids.index(c.profile_id) + step)

    def removal_text(self, profile_id: int) -> str:
        progress, certificates, delegations = self.session.what_goes_with(profile_id)
        return QCoreApplication.translate(
            "Plan",
            "「{name}」を削除します。一緒に削除されるもの: 記録した進み具合 {progress} 件、"
            "選んだ証明書等 {certificates} 件、この人の代理人設定 {delegations} 件。"
            "ウィンドウを閉じるまでは「元に戻す」で戻せます。",
        ).format(
            name=self.session.profile_name(profile_id),
            progress=progress,
            certificates=certificates,
            delegations=delegations,
        )

    def ask_remove(self) -> None:
        pid = self.session.profile_id
        if pid is None:
            return
        box = message_box(
            self.window(),
            Icon.Question,
            QCoreApplication.translate("Plan", "家族を削除"),
            self.removal_text(pid),
            name="removeMemberDialog",
            buttons=Button.Cancel,
            default=Button.Cancel,
        )
        remove = box.addButton(QCoreApplication.translate("Plan", "削除する"), Role.DestructiveRole)
        box.buttonClicked.connect(lambda b: self.remove_member(pid) if b is remove else None)
        self.confirm = box
        box.open()

    def remove_member(self, profile_id: int) -> None:
        name = self.session.profile_name(profile_id)
        description = QCoreApplication.translate("Plan", "「{name}」の削除").format(name=name)
        self._say(self.session.remove_member(profile_id, description), "")

    def _activated(self, index: int) -> None:
        pid = self.combo.itemData(index)
        if isinstance(pid, int):
            self.session.set_current_profile(pid)

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
        profile = self.session.profile
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
        error = self.session.add_profile(name, Relation.OTHER)
        self._say(
            error, QCoreApplication.translate("Plan", "「{name}」を追加しました").format(name=name.strip())
        )

    def rename_member(self, name: str) -> None:
        pid = self.session.profile_id
        if pid is None:
            return
        error = self.session.rename_profile(pid, name)
        self._say(
            error,
            QCoreApplication.translate("Plan", "名前を「{name}」に変更しました").format(name=name.strip()),
        )

    def _say(self, error: str | None, success: str) -> None:
        if error is None:
            self.message.setText("")
            if success:
                self.bus.status.emit(success, 5000)
        else:
            self.message.setText(f"⚠ {error}")
        self.message.setAccessibleName(self.message.text())
        self.message.setHidden(not self.message.text())  # no empty row under the bar
