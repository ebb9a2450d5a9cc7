"""STEP3: the linkages the plan requires, e-Tax first, with what the 連携状況リスト shows.

Each row records 完了 / 未完了 / 確認 in one click, shows when it last changed, a follow-up date and a
note. 確認 means "look on that site": the row then asks what the user found there ("checked on the site:
linked" finishes the linkage; "not linked yet" turns it into linking with that site). No follow-up loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout

from app import i18n
from app.domain.model import LinkageStatus, Service
from app.domain.plan import LinkageRow
from app.i18n.labels import linkage_status_label, service_label
from app.i18n.plan import type_name
from app.session import HouseholdSession
from app.ui.steps.section import SessionSection
from app.ui.widgets import accessible
from app.ui.widgets.plain import PlainLabel
from app.ui.widgets.plan_common import (
    ChoiceGroup,
    FollowUpEdit,
    KeyedRows,
    NoteEdit,
    RowCard,
    StateLabel,
    bold,
    last_changed_text,
)


class LinkageRowWidget(RowCard):
    def __init__(self, session: HouseholdSession, service: Service) -> None:
        super().__init__(f"linkage_{service.value}")
        self.session = session
        self.service = service
        label = service_label(service)
        grid = self.grid
        self.title = PlainLabel(label)
        accessible.mark_group(self, label)  # one service's controls, together
        self.title.setObjectName("linkageTitle")
        self.title.setWordWrap(True)
        bold(self.title)
        self.state = StateLabel()
        self.needed_by = PlainLabel()
        self.needed_by.setObjectName("hintText")
        self.needed_by.setWordWrap(True)
        self.choice: ChoiceGroup[LinkageStatus] = ChoiceGroup(
            QCoreApplication.translate("Plan", "{service}の連携状況").format(service=label),
            [(s, linkage_status_label(s)) for s in LinkageStatus],
        )
        self.choice.chosen.connect(self._status_chosen)
        self.site_label = PlainLabel(QCoreApplication.translate("Plan", "サイトで確かめた結果:"))
        self.site_check: ChoiceGroup[bool] = ChoiceGroup(
            QCoreApplication.translate("Plan", "{service}のサイトで確かめた結果").format(service=label),
            [
                (True, QCoreApplication.translate("Plan", "サイトで確かめた：連携済み")),
                (False, QCoreApplication.translate("Plan", "まだ連携していない")),
            ],
        )
        self.site_check.setObjectName("siteCheck")
        self.site_check.chosen.connect(self._site_checked)
        self.site_hint = PlainLabel()
        self.site_hint.setObjectName("hintText")
        self.site_hint.setWordWrap(True)
        self.changed_at = PlainLabel()
        self.changed_at.setObjectName("hintText")
        self.follow_up = FollowUpEdit(label, session.today)
        self.follow_up.follow_up_changed.connect(
            lambda d: self.session.set_linkage_follow_up(self.service, d)
        )
        self.note = NoteEdit(label)
        self.note.committed.connect(lambda text: self.session.set_linkage_note(self.service, text))
        head = QHBoxLayout()  # the name and, while nothing is recorded, its one state
        head.addWidget(self.title)
        head.addWidget(self.state)
        head.addStretch(1)
        grid.addLayout(head, 0, 0, 1, 2)
        grid.addWidget(self.needed_by, 1, 0, 1, 2)
        shown = PlainLabel(QCoreApplication.translate("Plan", "連携状況リストの表示:"))
        shown.setWordWrap(True)
        # one column of lines: the segments never push the page wider (200 %, 1024×700)
        grid.addWidget(shown, 2, 0, 1, 2)
        grid.addWidget(self.choice, 3, 0, 1, 2)
        grid.addWidget(self.changed_at, 4, 0, 1, 2)
        # 確認: what the user found on the site (own rows, so the buttons fit at large text sizes)
        grid.addWidget(self.site_label, 5, 0, 1, 2)
        grid.addWidget(self.site_check, 6, 0, 1, 2)
        grid.addWidget(self.site_hint, 7, 0, 1, 2)
        grid.addWidget(self.follow_up, 8, 0)
        grid.addWidget(self.note, 8, 1)
        grid.setColumnStretch(1, 1)
        # rows line up (the follow-up date is the widest thing in the first column)
        grid.setColumnMinimumWidth(0, self.follow_up.sizeHint().width())

    def _status_chosen(self, status: object) -> None:
        assert isinstance(status, LinkageStatus)
        self.session.set_linkage_status(self.service, status)

    def _site_checked(self, linked: object) -> None:
        assert isinstance(linked, bool)
        self.session.set_linkage_site_check(self.service, linked)

    def update_from(self, row: LinkageRow) -> None:
        c = self.session
        member = c.member
        record = None if member is None else member.linkages.get(self.service)
        self.state.set_state(row.state)
        self.choice.set_value(row.status)
        self.state.setVisible(row.status is None)  # one state per row: else the selected segment says it
        self.changed_at.setText(last_changed_text(None if record is None else record.changed_at))
        checking = row.status is LinkageStatus.CHECK
        for widget in (self.site_label, self.site_check, self.site_hint):
            widget.setVisible(checking)
        self.site_check.set_value(row.site_linked if checking else None)
        label = service_label(self.service)
        if row.site_linked is None:
            hint = QCoreApplication.translate(
                "Plan", "{service}のサイトを開いて連携できているか確かめ、結果をボタンで記録してください。"
            )
        elif row.site_linked:
            hint = QCoreApplication.translate(
                "Plan", "{service}のサイトで連携を確かめました。この連携は完了です。"
            )
        else:
            hint = QCoreApplication.translate(
                "Plan", "{service}との連携を行ってから、もう一度サイトで確かめて記録してください。"
            )
        self.site_hint.setText(hint.format(service=label))
        self.follow_up.set_value(row.follow_up)
        self.follow_up.setVisible(row.status not in (LinkageStatus.COMPLETE, LinkageStatus.CHECK))
        self.note.set_note("" if record is None else record.note)
        names = []
        if member is not None:
            by_id = {cert.id: cert for cert in member.certificates}
            for cid in row.certificate_ids:
                cert = by_id.get(cid)
                if cert is not None:
                    name = type_name(cert.type_id, c.catalog, c.lang)
                    names.append(
                        QCoreApplication.translate("Plan", "{type}（{issuer}）").format(
                            type=name, issuer=cert.issuer
                        )
                    )
        self.needed_by.setText(
            QCoreApplication.translate("Plan", "必要な証明書等: {names}").format(
                names=i18n.join_list(names, ja_separator="、")
            )
        )


class LinkageTracker(SessionSection):
    """The STEP3 rows of the current member's plan, in the guide's order."""

    def __init__(self, session: HouseholdSession) -> None:
        super().__init__(session, "linkageTracker", QCoreApplication.translate("Plan", "あなたに必要な連携"))
        self.intro = self.add_hint(
            QCoreApplication.translate(
                "Plan",
                "マイナポータルの「連携状況リスト」に表示されている言葉を、ボタンで記録します。"
                "「確認」のときは、そのサイトで連携できているか確かめて、結果を記録してください。",
            )
        )
        self.empty = self.add_hint(
            QCoreApplication.translate(
                "Plan", "STEP2 で証明書等を選ぶと、連携が必要なサイトがここに表示されます。"
            ),
            "linkageEmpty",
        )
        self.rows: KeyedRows[Service, LinkageRowWidget] = self.add_rows(
            lambda s: LinkageRowWidget(session, s)
        )
        self.follow_session(self.refresh)

    def row(self, service: Service) -> LinkageRowWidget:
        return self.rows.rows[service]

    def refresh(self) -> None:
        plan = self.session.plan
        rows = () if plan is None else plan.linkages
        self.setEnabled(plan is not None and not self.session.read_only)
        for (_service, widget), row in zip(self.rows.sync([r.service for r in rows]), rows, strict=True):
            widget.update_from(row)
        self.empty.setVisible(not rows)
