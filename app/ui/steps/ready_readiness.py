"""準備完了: "n / m 件 準備完了", the filing period with days left, and each certificate's readiness in
マイナポータル's words, recorded in one click (unlisted items read 未記載 and are checked on their sites)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app import i18n
from app.domain.deadlines import (
    availability_hint,
    current_tax_year,
    days_left,
    filing_period,
    refund_return_start,
)
from app.domain.model import CertificateSelection, Readiness
from app.domain.plan import CertificateStatus, UnitState, WaitingFor
from app.domain.received import find_received
from app.domain.status import Status
from app.i18n.labels import channel_label, readiness_label
from app.i18n.plan import type_name
from app.i18n.status import status_text
from app.session import HouseholdSession
from app.ui.steps.ready_received_files import (
    ReceivedDetailsDialog,
    ReceivedSection,
    ReceivedStatus,
)
from app.ui.steps.received_import import ImportJob
from app.ui.widgets import accessible, icons
from app.ui.widgets.plain import PlainLabel
from app.ui.widgets.plan_common import (
    ChoiceGroup,
    FollowUpEdit,
    KeyedRows,
    RowCard,
    StateLabel,
    bold,
    hint_label,
    last_changed_text,
    section_title,
)


def filing_text(today: date) -> str:
    """「令和7年分の確定申告期間: 2026年2月16日（月） 〜 2026年3月16日（月）」 and how long is left."""
    year = current_tax_year(today)
    period = filing_period(year)
    left = days_left(today, year)
    span = QCoreApplication.translate("Plan", "{era}の確定申告期間: {start} 〜 {end}").format(
        era=i18n.tax_year_label(year), start=i18n.format_date(period.start), end=i18n.format_date(period.end)
    )
    if today < period.start:
        opens_in = (period.start - today).days
        status = (
            QCoreApplication.translate("Plan", "申告期間は明日から始まります。終わりまで あと {days} 日")
            if opens_in == 1
            else QCoreApplication.translate(
                "Plan", "申告期間の始まりまで あと {start} 日、終わりまで あと {days} 日"
            )
        ).format(days=left, start=opens_in)
        refund = refund_return_start(year)
        if today < refund:
            status += "\n" + QCoreApplication.translate(
                "Plan", "税金が戻る還付申告は、申告期間を待たずに {date} から提出できます"
            ).format(date=i18n.format_date(refund))
        else:
            status += "\n" + QCoreApplication.translate(
                "Plan", "税金が戻る還付申告は、申告期間を待たずに今から提出できます"
            )
    elif left == 1:
        status = QCoreApplication.translate("Plan", "申告期間中です。締切は明日です")
    elif left > 0:
        status = QCoreApplication.translate("Plan", "申告期間中です。締切まで あと {days} 日").format(
            days=left
        )
    elif left == 0:
        status = QCoreApplication.translate("Plan", "今日が申告期限です")
    else:
        status = QCoreApplication.translate("Plan", "申告期間は終わりました")
    return f"{span}\n{status}"


def unlisted_state_text(status: CertificateStatus) -> str:
    """The state word of a 未記載 item: what is known, never more; the app's own word (マイナポータル's
    「未記載」 is named in the sentence below it, not worn as a state)."""
    if status.ready:
        return QCoreApplication.translate("Plan", "データ確認済み")
    if status.waiting_for is WaitingFor.DATA:
        return QCoreApplication.translate("Plan", "連携済み・データ待ち")
    return status_text(Status.NOT_STARTED)


def unlisted_text(status: CertificateStatus, channel: str) -> str:
    """What a 未記載 item waits for, and when its data usually arrives."""
    sentences = [
        QCoreApplication.translate(
            "Plan", "{channel}から届く証明書等は「証明書の準備状況」では「未記載」と表示されます。"
        ).format(channel=channel)
    ]
    if not status.prerequisites_done:
        sentences.append(QCoreApplication.translate("Plan", "事前準備がまだ残っています。"))
    elif status.ready and status.data_confirmed_on is not None:
        sentences.append(
            QCoreApplication.translate(
                "Plan", "{date}に{channel}でデータが届いていることを確かめました。"
            ).format(date=i18n.format_date(status.data_confirmed_on), channel=channel)
        )
    else:
        sentences.append(QCoreApplication.translate("Plan", "連携は済んでいます。"))
        sentences.append(
            QCoreApplication.translate(
                "Plan", "{channel}でデータが届いていることを確かめてから、下のボタンで記録してください。"
            ).format(channel=channel)
        )
    # Japanese sentences run on; English ones need a space between them
    return (" " if i18n.current_language() == "en" else "").join(sentences)


class CertificateReadinessRow(RowCard):
    def __init__(self, session: HouseholdSession, certificate_id: int) -> None:
        super().__init__(f"readiness_{certificate_id}")
        self.session = session
        self.certificate_id = certificate_id
        grid = self.grid
        self.title = PlainLabel()
        self.title.setObjectName("certificateTitle")
        bold(self.title)
        self.state = StateLabel()
        self.choice: ChoiceGroup[Readiness] = ChoiceGroup(
            QCoreApplication.translate("Plan", "証明書の準備状況"),
            [(r, readiness_label(r)) for r in Readiness],
        )
        self.choice.chosen.connect(self._chosen)
        self.unlisted = hint_label()
        self.unlisted.setObjectName("unlistedText")
        self.data_button = QPushButton(QCoreApplication.translate("Plan", "データが届いていることを確かめた"))
        self.data_button.setObjectName("confirmDataButton")
        self.data_button.setCheckable(True)
        self.data_button.setAutoDefault(False)
        self.data_button.clicked.connect(
            lambda checked: self.session.confirm_data(self.certificate_id, bool(checked))
        )
        self.changed_at = PlainLabel()
        self.changed_at.setObjectName("hintText")
        self.hint = hint_label()
        self.follow_up = FollowUpEdit(QCoreApplication.translate("Plan", "準備状況"), session.today)
        self.follow_up.follow_up_changed.connect(
            lambda d: self.session.set_certificate_follow_up(self.certificate_id, d)
        )
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.state, 0, 1)
        grid.addWidget(self.choice, 1, 0, 1, 2)  # its own line: four segments fit at 200 % too
        grid.addWidget(self.changed_at, 7, 0, 1, 2)
        grid.addWidget(self.unlisted, 2, 0, 1, 2)
        grid.addWidget(self.data_button, 5, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.follow_up, 3, 0, 1, 2)
        grid.addWidget(self.hint, 4, 0, 1, 2)
        self.received = ReceivedStatus()
        self.received.details_requested.connect(self._show_details)
        self.received.portal_toggled.connect(self._show_portal)
        grid.addWidget(self.received, 6, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.title.setWordWrap(True)

    def _show_details(self, record: object) -> None:
        from app.domain.received import ReceivedFile

        if isinstance(record, ReceivedFile):
            ReceivedDetailsDialog(self.session, record, self.window()).open()

    def _show_portal(self, shown: bool) -> None:
        """With the data in hand the portal's buttons are secondary: shown on request."""
        self.choice.setVisible(shown)
        self.changed_at.setVisible(shown)

    def _chosen(self, value: object) -> None:
        assert isinstance(value, Readiness)
        self.session.set_readiness(self.certificate_id, value)

    def update_from(self, selection: CertificateSelection, status: CertificateStatus) -> None:
        c = self.session
        name = type_name(selection.type_id, c.catalog, c.lang)
        channel = channel_label(selection.channel)
        self.title.setText(
            QCoreApplication.translate("Plan", "{type}（{issuer}・{channel}）").format(
                type=name, issuer=selection.issuer, channel=channel
            )
        )
        self.choice.setAccessibleName(
            QCoreApplication.translate("Plan", "{type}（{issuer}）の準備状況").format(
                type=name, issuer=selection.issuer
            )
        )
        for button, readiness in zip(self.choice.buttons, Readiness, strict=True):
            which = QCoreApplication.translate("Plan", "{type}（{issuer}）").format(
                type=name, issuer=selection.issuer
            )
            button.setAccessibleName(f"{which}: {readiness_label(readiness)}")
        # a verified file in hand says it all: the site's words only if the person asks for them
        portal = status.listed and (status.received is None or self.received.portal_shown())
        self.choice.setVisible(portal)
        self.changed_at.setVisible(portal)
        if status.listed:
            self.choice.set_value(selection.readiness)
            self.changed_at.setText(last_changed_text(selection.readiness_changed_at))
            state_text = None if selection.readiness is None else readiness_label(selection.readiness)
            if selection.readiness is None:
                state_text = QCoreApplication.translate("Plan", "まだ記録していません")
            self.state.set_state(status.state, state_text)
            self.unlisted.setVisible(False)
        else:
            self.state.set_state(status.state, unlisted_state_text(status))
            self.unlisted.setText(unlisted_text(status, channel))
            self.unlisted.setVisible(True)
        # with a verified file in hand there is nothing left to confirm on the site
        self.data_button.setVisible(
            status.received is None and not status.listed and status.prerequisites_done
        )
        self.data_button.setChecked(status.ready and not status.listed)
        self.data_button.setAccessibleName(
            QCoreApplication.translate("Plan", "{type}: データが届いていることを確かめた").format(type=name)
        )
        record_only = None
        if status.received is None and c.member is not None:
            year = current_tax_year(c.today())
            record_only = find_received(
                selection.type_id, selection.issuer, c.member.received, year, verified=False
            )
        self.received.set_record(status.received, record_only, status.listed)
        accessible.mark_group(self, self.title.text())  # each certificate's controls, told apart
        for part in (self.follow_up, self.received):
            accessible.qualify(part, which, as_group=False)
        # one state per row: the received line says it (once), else the selected segment, else the pill
        shown_by_choice = status.listed and self.choice.value() is not None
        self.state.setVisible(status.received is None and not shown_by_choice)
        waiting = status.state is UnitState.WAITING or selection.readiness is Readiness.PROCESSING
        # With the data in hand there is nothing left to check again.
        self.follow_up.setVisible(
            status.received is None and status.listed and (waiting or selection.follow_up is not None)
        )
        self.follow_up.set_value(selection.follow_up)
        entry = c.catalog.get(selection.type_id)
        if entry is not None:
            year = current_tax_year(c.today())
            hint = availability_hint(entry, year)
            text = QCoreApplication.translate("Plan", "例年の時期: {hint}").format(hint=hint.hint(c.lang))
            if not hint.supported:
                text += QCoreApplication.translate("Plan", "（{era}は対象外です）").format(
                    era=i18n.tax_year_label(year)
                )
            elif hint.usual_from is not None:
                if c.today() >= hint.usual_from:
                    text += QCoreApplication.translate("Plan", "（例年なら取得できる時期です）")
                else:
                    text += QCoreApplication.translate("Plan", "（例年は {date} 頃から）").format(
                        date=i18n.format_date(hint.usual_from)
                    )
            self.hint.setText(text)
        self.hint.setVisible(status.received is None)  # data in hand: when it usually comes is noise


class ReadinessPanel(QWidget):
    def __init__(self, session: HouseholdSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        head = QFrame()
        head.setObjectName("readinessSummaryFrame")
        head.setFrameShape(QFrame.Shape.StyledPanel)
        head_layout = QVBoxLayout(head)  # the count above the period: both stay readable at 200 %
        summary_row = QHBoxLayout()
        self.summary_icon = PlainLabel()
        self.summary = PlainLabel()
        self.summary.setObjectName("readinessSummary")
        self.summary.setWordWrap(True)
        bold(self.summary, 1.3)
        self.filing = PlainLabel()
        self.filing.setObjectName("filingPeriod")
        self.filing.setWordWrap(True)
        summary_row.addWidget(self.summary_icon)
        summary_row.addWidget(self.summary, 1)
        head_layout.addLayout(summary_row)
        head_layout.addWidget(self.filing)
        layout.addWidget(head)

        title = section_title(QCoreApplication.translate("Plan", "証明書等ごとの準備状況"))
        layout.addWidget(title)
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "Plan",
                    "マイナポータルの「証明書の準備状況」に表示されている言葉を、ボタンで記録します。"
                    "「処理中」のときは3営業日後に再確認するようお知らせします。",
                )
            )
        )
        self.empty = hint_label(
            QCoreApplication.translate("Plan", "STEP2 で証明書等を選ぶと、ここに表示されます。")
        )
        layout.addWidget(self.empty)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.rows: KeyedRows[int, CertificateReadinessRow] = KeyedRows(
            self.rows_layout, lambda cid: CertificateReadinessRow(session, cid)
        )
        self.received_section = ReceivedSection(session)
        self.received_section.import_button.clicked.connect(self.choose_files)
        layout.addWidget(self.received_section)
        self.setAcceptDrops(True)  # files or a folder dropped anywhere on the page's panel
        self.file_dialog: QFileDialog | None = None
        session.changed.connect(self.refresh)
        self.refresh()

    # --- importing received files -----------------------------------------------------------------

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(
            self.window(), QCoreApplication.translate("Received", "証明書ファイルを取り込む")
        )
        dialog.setObjectName("importCertificatesDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(QCoreApplication.translate("Received", "電子的控除証明書等 (*.xml)"))
        dialog.filesSelected.connect(lambda files: self.import_paths([Path(f) for f in files]))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def import_paths(self, paths: list[Path]) -> ImportJob:
        return self.received_section.start_import(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def row(self, certificate_id: int) -> CertificateReadinessRow:
        return self.rows.rows[certificate_id]

    def summary_text(self) -> str:
        return self.summary.text()

    def refresh(self) -> None:
        c = self.session
        plan, member = c.plan, c.member
        self.filing.setText(filing_text(c.today()))
        self.setEnabled(plan is not None and not c.read_only)
        if plan is None or member is None:
            self.summary.setText("")
            self.rows.sync([])
            return
        s = plan.summary
        text = QCoreApplication.translate("Plan", "{ready} / {total} 件 準備完了").format(
            ready=s.ready, total=s.total
        )
        unconfirmed = s.received - s.received_signer_known
        if s.received and not unconfirmed:
            text += QCoreApplication.translate("Received", "（うち {count} 件はデータ受領済）").format(
                count=s.received
            )
        elif s.received and not s.received_signer_known:
            text += QCoreApplication.translate(
                "Received", "（うち {count} 件はデータ受領済・署名者未確認）"
            ).format(count=s.received)
        elif s.received:  # the two counted apart: 署名確認済 only for a known signer
            text += QCoreApplication.translate(
                "Received",
                "（うち {count} 件はデータ受領済: 署名確認済 {known} 件・署名者未確認 {unknown} 件）",
            ).format(count=s.received, known=s.received_signer_known, unknown=unconfirmed)
        self.summary.setText(text)
        kind = Status.DONE if s.all_ready else (Status.NOT_STARTED if s.total == 0 else Status.WAITING)
        self.summary_icon.setPixmap(icons.status_icon(kind.value).pixmap(QSize(22, 22)))
        self.summary.setAccessibleName(self.summary.text())
        by_id = {sel.id: sel for sel in member.certificates}
        statuses = [st for st in plan.certificates if st.certificate_id in by_id]
        for (_cid, row), status in zip(
            self.rows.sync([st.certificate_id for st in statuses]), statuses, strict=True
        ):
            row.update_from(by_id[status.certificate_id], status)
        self.empty.setVisible(not statuses)
