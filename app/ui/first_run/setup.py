"""A short, skippable first-run setup (issue 13 ④), reachable again from Help ▸ はじめの設定をやり直す….

Three questions: who is in the household (name and relation), which device reads the card (an IC card
reader or a smartphone), and, if the card panel is there, a card check that opens it. Members are
created through the session (the store's own rules: names, duplicates); nothing is asked twice.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Relation
from app.i18n.labels import relation_label
from app.session import HouseholdSession
from app.ui.widgets import accessible, focus
from app.ui.widgets.plan_common import ChoiceGroup, error_label, hint_label, section_title, show_error

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

SETTING_DONE = "setup/done"  # set once the setup was finished or skipped: never shown again by itself
SETTING_DEVICE = "setup/device"
MAX_MEMBERS = 8
_OTHER_RELATIONS = (Relation.SPOUSE, Relation.CHILD, Relation.PARENT, Relation.OTHER)


class Device(StrEnum):
    READER = "reader"  # an IC card reader on this computer
    PHONE = "phone"  # a smartphone that reads the card


@dataclass(frozen=True, slots=True)
class NewMember:
    name: str
    relation: Relation


def device_text(device: Device) -> str:
    return {
        Device.READER: QCoreApplication.translate("FirstRun", "ICカードリーダー"),
        Device.PHONE: QCoreApplication.translate("FirstRun", "スマートフォン"),
    }[device]


def apply_members(session: HouseholdSession, members: Sequence[NewMember]) -> str | None:
    """Create ``members`` through the session. The first one, the person filing (本人), names the
    member the store made on first start; names already in the household are not added again.
    Returns None, or the first error's sentence (what was saved before it stays saved)."""
    wanted = [m for m in members if m.name.strip()]
    if not wanted:
        return None
    shown = session.profile_id
    existing = {m.profile.display_name for m in session.members}
    selves = [m.profile for m in session.members if m.profile.relation is Relation.SELF]
    first = wanted[0]
    if first.relation is Relation.SELF and selves:
        own = selves[0]
        if own.display_name != first.name.strip():
            error = session.rename_profile(own.id, first.name.strip())
            if error is not None:
                return error
        existing.add(first.name.strip())
        shown = own.id
        wanted = wanted[1:]
    for member in wanted:
        name = member.name.strip()
        if name in existing:
            continue
        error = session.add_profile(name, member.relation)
        if error is not None:
            return error
        existing.add(name)
    if shown is not None:
        session.set_current_profile(shown)  # adding switched to the new member; show the filer
    return None


class MemberLine(QWidget):
    """One member: name and relation (the first line is the person filing: 本人, fixed)."""

    def __init__(self, filer: bool, name: str = "") -> None:
        super().__init__()
        self.setObjectName("setupMember")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(name)
        self.name.setObjectName("setupMemberName")
        self.name.setPlaceholderText(QCoreApplication.translate("FirstRun", "名前（例: 山田 花子）"))
        self.name.setMaxLength(40)
        self.relation = QComboBox()
        self.relation.setObjectName("setupMemberRelation")
        for relation in (Relation.SELF,) if filer else _OTHER_RELATIONS:
            self.relation.addItem(relation_label(relation), relation.value)
        self.relation.setEnabled(not filer)
        self.relation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.relation.setMinimumContentsLength(4)  # every line's relation the same width
        self.name.setAccessibleName(
            QCoreApplication.translate("FirstRun", "ご本人の名前")
            if filer
            else QCoreApplication.translate("FirstRun", "家族の名前")
        )
        self.relation.setAccessibleName(QCoreApplication.translate("FirstRun", "続柄"))
        layout.addWidget(self.name, 1)
        layout.addWidget(self.relation)
        accessible.name_combo(self.relation)  # on Linux Qt would name it by its entry (本人, 子)

    def member(self) -> NewMember:
        return NewMember(self.name.text().strip(), Relation(self.relation.currentData()))


class FirstRunDialog(QDialog):
    """The setup; ``accepted`` has created the members, a skip changes nothing but the 'done' flag."""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab in reading order, also through lines added later (家族を追加 comes after them)."""
        return focus.move_focus(focus.tab_sequence(self, [self]), next) or super().focusNextPrevChild(next)

    def __init__(
        self,
        session: HouseholdSession,
        settings: QSettings,
        parent: QWidget | None = None,
        open_card_panel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(QCoreApplication.translate("FirstRun", "はじめの設定"))
        self.session = session
        self.settings = settings
        # The questions scroll (a small screen at 200 %); the error and the buttons stay in view.
        outer = QVBoxLayout(self)
        body = QWidget()
        body.setObjectName("firstRunBody")
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop: focus starts at the name
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop: Tab goes to the fields
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        about = hint_label(
            QCoreApplication.translate(
                "FirstRun",
                "このアプリは、確定申告の前にマイナポータルで済ませておく準備を、"
                "ご家族一人ずつ順番に案内して記録します。",
            )
        )
        about.setObjectName("setupAbout")
        layout.addWidget(about)
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "FirstRun",
                    "3つだけ確認します。どれも後から変えられます。"
                    "この設定はヘルプメニューからもう一度開けます。",
                )
            )
        )
        layout.addWidget(section_title(QCoreApplication.translate("FirstRun", "1. ご家族")))
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "FirstRun", "事前準備をする人を入力してください（ご本人だけでもかまいません）。"
                )
            )
        )
        known = [m.profile for m in session.members]
        others = [p for p in known if p.relation is not Relation.SELF]
        self.registered = hint_label(
            QCoreApplication.translate("FirstRun", "登録済み: {names}").format(
                names="、".join(p.display_name for p in others)
            )
            if others
            else ""
        )
        self.registered.setVisible(bool(others))
        layout.addWidget(self.registered)
        self.members_layout = QVBoxLayout()
        layout.addLayout(self.members_layout)
        self.add_button = QPushButton(QCoreApplication.translate("FirstRun", "家族を追加(&A)"))
        self.add_button.setObjectName("setupAddMember")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_line(filer=False).name.setFocus())
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        own = next((p for p in known if p.relation is Relation.SELF), None)
        self.lines: list[MemberLine] = []
        # The member the store made on first start is called by the relation (本人), not a name:
        # the field starts empty with its example, never 「本人」 (later 「本人が花子の代理人」).
        named = own is not None and own.display_name != relation_label(Relation.SELF)
        self.add_line(filer=True, name=own.display_name if own is not None and named else "")

        layout.addWidget(section_title(QCoreApplication.translate("FirstRun", "2. カードを読み取る機器")))
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "FirstRun",
                    "パソコンにつないだICカードリーダーか、カードを読み取れるスマートフォンを使います。",
                )
            )
        )
        self.device: ChoiceGroup[Device] = ChoiceGroup(
            QCoreApplication.translate("FirstRun", "カードを読み取る機器"),
            [(d, device_text(d)) for d in Device],
        )
        self.device.setObjectName("setupDevice")
        saved = str(settings.value(SETTING_DEVICE, ""))
        self.device.set_value(Device(saved) if saved in {d.value for d in Device} else None)
        layout.addWidget(self.device)

        layout.addWidget(section_title(QCoreApplication.translate("FirstRun", "3. カードの確認（任意）")))
        self.card_button = QPushButton(QCoreApplication.translate("FirstRun", "カードを確認する(&C)…"))
        self.card_button.setObjectName("setupCardCheck")
        self.card_button.setAutoDefault(False)
        self.card_button.setEnabled(open_card_panel is not None)
        card_hint = hint_label(
            QCoreApplication.translate(
                "FirstRun", "リーダーにカードを置くと、暗証番号を使わずに読み取れるか確かめます。"
            )
            if open_card_panel is not None
            else QCoreApplication.translate(
                "FirstRun", "カードの確認は、カードリーダーの画面が用意できてから行えます。"
            )
        )
        self.open_card_panel = open_card_panel
        if open_card_panel is not None:
            self.card_button.clicked.connect(self.check_card)
        row = QGridLayout()
        row.addWidget(self.card_button, 0, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(card_hint, 1, 0)
        layout.addLayout(row)

        layout.addStretch(1)
        self.error = error_label()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton(QCoreApplication.translate("FirstRun", "あとで(&L)"))
        self.skip_button.setObjectName("setupSkip")
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.skip)
        self.done_button = QPushButton(QCoreApplication.translate("FirstRun", "設定する(&S)"))
        self.done_button.setObjectName("setupDone")
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        outer.addLayout(buttons)
        self.chain_tabs()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("あ") * 34)  # i18n: measured only
        body.setMinimumWidth(body.sizeHint().width())
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        wanted = body.sizeHint().height() + 120
        self.resize(self.minimumWidth(), wanted if screen is None else min(wanted, screen.height() - 40))

    def add_line(self, filer: bool = False, name: str = "") -> MemberLine:
        line = MemberLine(filer, name)
        self.members_layout.addWidget(line)
        self.lines.append(line)
        self.add_button.setEnabled(len(self.lines) < MAX_MEMBERS)
        if hasattr(self, "done_button"):
            self.chain_tabs()
        return line

    def chain_tabs(self) -> None:
        """Tab in reading order: each member's name and relation, 家族を追加, the device, the card
        check, あとで, 設定する (creation order put 家族を追加 last and left a stop on the scroll area)."""
        order: list[QWidget] = []
        for line in self.lines:
            order += [line.name, line.relation]
        order += [self.add_button, *self.device.findChildren(QPushButton), self.card_button]
        order += [self.skip_button, self.done_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def members(self) -> list[NewMember]:
        return [line.member() for line in self.lines]

    def check_card(self) -> None:
        """Save the answers, then open the card reader in the page (the setup would cover it)."""
        self.accept()
        if self.result() == QDialog.DialogCode.Accepted and self.open_card_panel is not None:
            self.open_card_panel()

    def skip(self) -> None:
        self.settings.setValue(SETTING_DONE, True)
        self.reject()

    def accept(self) -> None:
        error = apply_members(self.session, self.members())
        if error is not None:
            show_error(self.error, error)  # what was saved stays saved; the form keeps its text
            return
        device = self.device.value()
        if device is not None:
            self.settings.setValue(SETTING_DEVICE, device.value)
        self.settings.setValue(SETTING_DONE, True)
        super().accept()


def needs_first_run(settings: QSettings) -> bool:
    return not bool(settings.value(SETTING_DONE, False, type=bool))


class CardCheck:
    """The first-run card check's way to the card reader, filled in by the composition root once
    the card reader is there (None before)."""

    def __init__(self) -> None:
        self.open: Callable[[], None] | None = None


def uses_phone(settings: QSettings) -> bool:
    """The person answered 「スマートフォン」: the card steps show the smartphone path first."""
    return str(settings.value(SETTING_DEVICE, "")) == Device.PHONE.value


class DeviceMenu(QMenu):
    """View ▸ カードを読み取る機器: the first-run answer, changed later (``changed`` follows)."""

    def __init__(
        self, settings: QSettings, changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deviceMenu")
        self.settings = settings
        self.changed = changed
        group = QActionGroup(self)
        self.device_actions: dict[Device, QAction] = {}
        for device in Device:
            action = self.addAction(device_text(device))
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, d=device: self.choose(d))
            group.addAction(action)
            self.device_actions[device] = action
        self.aboutToShow.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRun", "カードを読み取る機器(&D)"))
        for device, action in self.device_actions.items():
            action.setText(device_text(device))

    def refresh(self) -> None:
        phone = uses_phone(self.settings)
        self.device_actions[Device.PHONE].setChecked(phone)
        self.device_actions[Device.READER].setChecked(not phone)

    def choose(self, device: Device) -> None:
        self.settings.setValue(SETTING_DEVICE, device.value)
        self.changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window: MainWindow, session: HouseholdSession, card_check: CardCheck | None = None) -> None:
    """Help ▸ はじめの設定をやり直す… opens the setup (enabled once the household is there)."""
    check = card_check or CardCheck()
    action = window.help.setup_action
    action.triggered.connect(lambda: open_setup(window, session, check))
    action.setEnabled(True)


def offer(
    window: MainWindow, session: HouseholdSession, card_check: CardCheck | None = None
) -> FirstRunDialog | None:
    """On the very first start (the setup never finished nor skipped), open it once."""
    if not needs_first_run(window.settings) or session.read_only or not window.isVisible():
        return None
    return open_setup(window, session, card_check)


def open_setup(
    window: MainWindow, session: HouseholdSession, card_check: CardCheck | None = None
) -> FirstRunDialog:
    """Open the setup window-modally; the card check saves the answers, then opens the card reader
    in the page being read (when the reader is there)."""
    opener = None if card_check is None else card_check.open
    dialog = FirstRunDialog(session, window.settings, window, opener)
    saved = QCoreApplication.translate("FirstRun", "はじめの設定を保存しました")
    dialog.accepted.connect(lambda: window.bus.status.emit(saved, 5000))  # the answers were saved
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
