"""STEP4: per issuer on a 民間送達サービス, ① registration/consent and ② the linkage, each recorded as
待ち / 完了 in one click (nothing selected while it is not done yet; a second click takes it back),
with a follow-up date for the wait and a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel

from app import i18n
from app.domain.model import CertificateSelection, TaskState
from app.domain.plan import IssuerTask, IssuerTaskKind
from app.i18n.labels import channel_label, task_state_label
from app.i18n.plan import type_name
from app.session import HouseholdSession
from app.ui.shell.view_bus import ViewBus
from app.ui.steps.section import SessionSection
from app.ui.steps.step4_number_row import NumberRow
from app.ui.widgets import accessible, domain_texts
from app.ui.widgets.plain import PlainLabel
from app.ui.widgets.plan_common import (
    ChoiceGroup,
    FollowUpEdit,
    KeyedRows,
    NoteEdit,
    RowCard,
    bold,
    hint_label,
)

_STATES = (TaskState.WAITING, TaskState.DONE)  # TODO is no segment: an unanswered question


def task_title(kind: IssuerTaskKind, channel: str, issuer: str) -> str:
    if kind is IssuerTaskKind.REGISTRATION:
        return QCoreApplication.translate("Plan", "① 電子交付サービスの利用者登録・電子交付への同意")
    return QCoreApplication.translate("Plan", "② {channel}と{issuer}の連携").format(
        channel=channel, issuer=issuer
    )


class IssuerCard(RowCard):
    """One selected issuer and its two STEP4 tasks."""

    def __init__(self, session: HouseholdSession, bus: ViewBus, certificate_id: int) -> None:
        super().__init__(f"issuerTasks_{certificate_id}")
        self.session = session
        self.certificate_id = certificate_id
        grid = self.grid
        self.title = PlainLabel()
        self.title.setObjectName("issuerTitle")
        self.title.setWordWrap(True)
        bold(self.title)
        self.needs = hint_label()
        grid.addWidget(self.title, 0, 0, 1, 3)
        grid.addWidget(self.needs, 1, 0, 1, 3)
        self.task_labels: dict[IssuerTaskKind, QLabel] = {}
        self.choices: dict[IssuerTaskKind, ChoiceGroup[TaskState]] = {}
        for row, kind in enumerate(IssuerTaskKind, start=2):
            label = PlainLabel()
            label.setWordWrap(True)
            # one state per row: the selected segment (待ち / 完了) is the task's state; none: not yet
            choice: ChoiceGroup[TaskState] = ChoiceGroup(
                "", [(s, task_state_label(s)) for s in _STATES], unanswered=TaskState.TODO
            )
            choice.chosen.connect(lambda value, k=kind: self._chosen(k, value))
            grid.addWidget(label, row, 0)
            grid.addWidget(choice, row, 1)
            self.task_labels[kind] = label
            self.choices[kind] = choice
        self.follow_up = FollowUpEdit(QCoreApplication.translate("Plan", "発行企業"), session.today)
        self.follow_up.follow_up_changed.connect(
            lambda d: self.session.set_certificate_follow_up(self.certificate_id, d)
        )
        self.note = NoteEdit(QCoreApplication.translate("Plan", "発行企業"))
        self.note.committed.connect(lambda t: self.session.set_certificate_note(self.certificate_id, t))
        bottom = QHBoxLayout()  # its own row: the columns above stay as narrow as their buttons
        bottom.addWidget(self.follow_up)
        bottom.addWidget(self.note, 1)
        grid.addLayout(bottom, 4, 0, 1, 3)
        # ①'s number (policy, account, donation number), remembered in the OS keychain only.
        self.number = NumberRow(session, bus, certificate_id)
        grid.addWidget(self.number, 5, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    def _chosen(self, kind: IssuerTaskKind, value: object) -> None:
        assert isinstance(value, TaskState)
        self.session.set_issuer_task(self.certificate_id, kind, value)

    def update_from(self, selection: CertificateSelection, tasks: tuple[IssuerTask, ...]) -> None:
        c = self.session
        channel = channel_label(selection.channel)
        name = type_name(selection.type_id, c.catalog, c.lang)
        self.title.setText(
            QCoreApplication.translate("Plan", "{issuer} — {type}（{channel}）").format(
                issuer=selection.issuer, type=name, channel=channel
            )
        )
        entry = c.catalog.get(selection.type_id)
        needs: list[str] = []
        if entry is not None and entry.issuer_needs.registration_ja:
            reg = entry.issuer_needs.registration_en if c.lang == "en" else entry.issuer_needs.registration_ja
            needs.append(reg or "")
        if entry is not None and entry.issuer_needs.numbers:
            needs.append(
                QCoreApplication.translate("Plan", "手元に用意する番号: {n}").format(
                    n=i18n.join_list(domain_texts.number_text(num) for num in entry.issuer_needs.numbers)
                )
            )
        self.needs.setText("\n".join(needs))
        self.needs.setVisible(bool(needs))
        present = {task.kind for task in tasks}
        for kind in IssuerTaskKind:  # an item with a registration of its own has ① only
            for widget in (self.task_labels[kind], self.choices[kind]):
                widget.setVisible(kind in present)
        for task in tasks:
            title = task_title(task.kind, channel, selection.issuer)
            self.task_labels[task.kind].setText(title)
            self.choices[task.kind].setAccessibleName(f"{selection.issuer} {title}")
            for button, state in zip(self.choices[task.kind].buttons, _STATES, strict=True):
                button.setAccessibleName(f"{selection.issuer} {title}: {task_state_label(state)}")
            self.choices[task.kind].set_value(task.state)
        self.follow_up.set_value(selection.follow_up)
        accessible.mark_group(self, self.title.text())  # one issuer's controls, together
        self.follow_up.check.setAccessibleName(
            QCoreApplication.translate("Plan", "{issuer}の再確認日を設定する").format(issuer=selection.issuer)
        )
        self.follow_up.date.setAccessibleName(
            QCoreApplication.translate("Plan", "{issuer}の再確認日").format(issuer=selection.issuer)
        )
        self.note.setAccessibleName(
            QCoreApplication.translate("Plan", "{issuer}のメモ").format(issuer=selection.issuer)
        )
        self.note.set_note(selection.note)
        self.number.update_from(selection.issuer, selection.secret_ref is not None)


class IssuerTaskList(SessionSection):
    def __init__(self, session: HouseholdSession, bus: ViewBus) -> None:
        super().__init__(session, "issuerTaskList", QCoreApplication.translate("Plan", "発行企業ごとの手続"))
        self.add_hint(
            QCoreApplication.translate(
                "Plan",
                "①の承認には数日かかることがあります。申し込んだら「待ち」を記録すると、"
                "3営業日後に再確認するようお知らせします。",
            )
        )
        self.empty = self.add_hint(
            QCoreApplication.translate(
                "Plan",
                "STEP4 の手続が必要な発行企業はありません。e-私書箱・MyPost・"
                "民間送達・e-Tax連携サービスで受け取る証明書等を STEP2 で選ぶと、ここに表示されます。",
            ),
            "issuerTasksEmpty",
        )
        self.cards: KeyedRows[int, IssuerCard] = self.add_rows(lambda cid: IssuerCard(session, bus, cid))
        self.follow_session(self.refresh)

    def card(self, certificate_id: int) -> IssuerCard:
        return self.cards.rows[certificate_id]

    def refresh(self) -> None:
        c = self.session
        plan, member = c.plan, c.member
        self.setEnabled(plan is not None and not c.read_only)
        ids: list[int] = []
        if plan is not None:
            ids = list(dict.fromkeys(t.certificate_id for t in plan.issuer_tasks))
        by_id = {} if member is None else {s.id: s for s in member.certificates}
        ids = [i for i in ids if i in by_id]
        for cid, card in self.cards.sync(ids):
            assert plan is not None
            card.update_from(by_id[cid], plan.tasks_of(cid))
        self.empty.setVisible(not ids)
