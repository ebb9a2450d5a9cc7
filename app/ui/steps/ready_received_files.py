"""Electronic certificates on the 準備完了 page: import (drop or choose), the per-file result in one
sentence, 「データ受領済（署名確認済 / 署名者未確認）」 on each planned certificate, and the file shown
as a readable form (``received_details``). Verification runs off the window's thread
(``received_import``).

The verifier (``app.certificates``, lxml) is imported on use: this module loads with the 準備完了 page.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.plan import UnitState
from app.domain.received import (
    Reason,
    ReceivedFile,
    SignerTrust,
    organisation_of,
    unmatched,
)
from app.i18n.labels import unit_state_label
from app.i18n.received import received_label, verdict_text, verdict_word
from app.ui.steps.received_details import ReceivedDetailsDialog, form_title
from app.ui.steps.received_import import ImportJob, ImportOutcome, ImportProgress, expand
from app.ui.widgets.plan_common import (
    hint_label,
    section_title,
    unit_state_icon,
)

if TYPE_CHECKING:
    from app.session import HouseholdSession

__all__ = [
    "ImportOutcome",
    "OutcomeRow",
    "ReceivedDetailsDialog",
    "ReceivedSection",
    "ReceivedStatus",
    "expand",
    "form_title",
]

log = logging.getLogger(__name__)


def signer_words(record: ReceivedFile) -> str:
    """「署名: 日本生命保険相互会社」: the organisation of the signing certificate, in words."""
    who = organisation_of("", record.signer_organisation)
    return (
        QCoreApplication.translate("Received", "署名: {organisation}").format(organisation=who) if who else ""
    )


class ReceivedStatus(QWidget):
    """On a 準備完了 row, in one line: 「データ受領済（署名確認済）・署名: 〇〇」 with 内容を見る, a record
    kept without its file (記録のみ), or what is missing; and a way to show the portal's buttons, which
    are secondary once the data is in hand."""

    details_requested = Signal(object)
    portal_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedStatus")
        outer = QVBoxLayout(self)  # the one line that says it, then its buttons under it
        outer.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("receivedText")
        self.text.setWordWrap(True)
        self.details = QPushButton()
        self.details.setObjectName("receivedDetailsButton")
        self.details.clicked.connect(lambda: self.details_requested.emit(self._record))
        self.details.setAccessibleName(QCoreApplication.translate("Received", "受領した証明書の内容を見る"))
        self.portal = QPushButton()
        self.portal.setObjectName("showPortalButton")
        self.portal.setFlat(True)
        self.portal.setCheckable(True)
        self.portal.toggled.connect(self._portal_toggled)
        line.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.text, 1)
        outer.addLayout(line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details)
        buttons.addWidget(self.portal)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self._record: ReceivedFile | None = None
        self._portal_text()

    def _portal_text(self) -> None:
        self.portal.setText(
            QCoreApplication.translate("Received", "マイナポータルの表示を隠す")
            if self.portal.isChecked()
            else QCoreApplication.translate("Received", "マイナポータルの表示も記録する")
        )
        self.portal.setAccessibleName(self.portal.text())

    def _portal_toggled(self, shown: bool) -> None:
        self._portal_text()
        self.portal_toggled.emit(shown)

    def portal_shown(self) -> bool:
        return self.portal.isChecked()

    def set_record(
        self, record: ReceivedFile | None, record_only: ReceivedFile | None = None, listed: bool = False
    ) -> None:
        """``record``: the verified file; ``record_only``: a backup's record without its file."""
        self._record = record if record is not None else record_only
        if record is not None:
            done = record.signer_trust is SignerTrust.KNOWN
            state = UnitState.DONE if done else UnitState.WAITING
            self.icon.setPixmap(unit_state_icon(state).pixmap(QSize(16, 16)))
            self.icon.setAccessibleName(unit_state_label(state))
            parts = [received_label(record.signer_trust), signer_words(record)]
            self.text.setText("・".join(p for p in parts if p))
        elif record_only is not None:
            self.icon.setPixmap(unit_state_icon(UnitState.TODO).pixmap(QSize(16, 16)))
            self.icon.setAccessibleName(unit_state_label(UnitState.TODO))
            self.text.setText(QCoreApplication.translate("Received", "記録のみ（ファイルなし）"))
        else:
            self.icon.setPixmap(unit_state_icon(UnitState.TODO).pixmap(QSize(16, 16)))
            self.icon.setAccessibleName(unit_state_label(UnitState.TODO))
            self.text.setText(
                QCoreApplication.translate(
                    "Received",
                    "電子データ: まだ取り込んでいません（受け取ったファイルをこのページにドロップできます）",
                )
            )
        self.details.setText(QCoreApplication.translate("Received", "内容を見る"))
        self.details.setVisible(self._record is not None)
        self.portal.setVisible(record is not None and listed)
        self.setAccessibleName(self.text.text())

    def record(self) -> ReceivedFile | None:
        return self._record


class OutcomeRow(QFrame):
    """One imported file: what it is and its one sentence; an unplanned valid file offers 「プランに追加」."""

    def __init__(self, session: HouseholdSession, outcome: ImportOutcome, planned: bool) -> None:
        super().__init__()
        self.setObjectName("importOutcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.outcome = outcome
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        v = outcome.verification
        icon = QLabel()
        known = outcome.record is not None and outcome.record.signer_trust is SignerTrust.KNOWN
        state = UnitState.DONE if known and outcome.error is None else UnitState.TODO
        if v.valid and outcome.error is None and not known:
            state = UnitState.WAITING
        icon.setPixmap(unit_state_icon(state).pixmap(QSize(16, 16)))
        icon.setAccessibleName(unit_state_label(state))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self._text(planned))
        self.text.setObjectName("importOutcomeText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self.add_button: QPushButton | None = None
        record = outcome.record
        if record is not None and not planned and record.type_id is not None:
            self.add_button = QPushButton(QCoreApplication.translate("Received", "プランに追加"))
            self.add_button.setObjectName("addToPlanButton")
            self.add_button.setAccessibleName(
                QCoreApplication.translate("Received", "{file} をプランに追加").format(file=outcome.path.name)
            )
            self.add_button.clicked.connect(self._add_to_plan)
            layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)

    def _text(self, planned: bool) -> str:
        o, v = self.outcome, self.outcome.verification
        what = o.path.name
        if v.facts is not None:
            what = QCoreApplication.translate("Received", "{file}（{form}）").format(
                file=o.path.name, form=form_title(v.facts.form)
            )
        if o.error is not None:
            return f"{what}\n{o.error}"
        if not v.valid:
            return QCoreApplication.translate("Received", "{file}: {word}\n{sentence}").format(
                file=what, word=verdict_word(v.verdict), sentence=verdict_text(v.reason)
            )
        record = o.record
        assert record is not None
        year = "-" if record.tax_year is None else i18n.tax_year_label(record.tax_year)
        head = (
            QCoreApplication.translate("Received", "{file}: 取り込みました（{issuer}・{year}）")
            if o.new
            else QCoreApplication.translate("Received", "{file}: 取り込み済みです（{issuer}・{year}）")
        ).format(file=what, issuer=record.issuer, year=year)
        head += "\n" + verdict_text(Reason.VALID, record.signer_trust, record.signer_organisation)
        if not planned:
            head += "\n" + QCoreApplication.translate(
                "Received", "プランにない証明書等です。プランに追加すると、準備完了として数えます。"
            )
        return head

    def _add_to_plan(self) -> None:
        record = self.outcome.record
        if record is None or record.type_id is None:
            return
        entry = self.session.catalog.get(record.type_id)
        if entry is None or not entry.channels:
            return
        error = self.session.add_certificate(record.type_id, record.issuer, entry.channels[0])
        if error is None and self.add_button is not None:
            self.add_button.setEnabled(False)
            self.text.setText(self._text(planned=True))


class ReceivedSection(QWidget):
    """The import area of the 準備完了 page: a button, the drop hint, and the last import's results."""

    def __init__(self, session: HouseholdSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedSection")
        self.session = session
        self.outcomes: tuple[ImportOutcome, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(QCoreApplication.translate("Received", "受け取った電子データ")))
        layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "Received",
                    "保険会社やねんきんネットなどからダウンロードした電子的控除証明書等（XML ファイル）を、"
                    "このページにドロップするか、ボタンから選んでください。署名を確認し、確認できたものを"
                    "このパソコンに保存します（ファイルの中身は変えません）。",
                )
            )
        )
        row = QHBoxLayout()
        self.import_button = QPushButton(QCoreApplication.translate("Received", "証明書ファイルを取り込む…"))
        self.import_button.setObjectName("importCertificatesButton")
        self.import_button.setAccessibleName(
            QCoreApplication.translate("Received", "受け取った証明書ファイルを選んで取り込む")
        )
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.results = QVBoxLayout()
        layout.addLayout(self.results)
        self.cancelled_note = hint_label()
        self.cancelled_note.setObjectName("importCancelledNote")
        self.cancelled_note.setVisible(False)
        layout.addWidget(self.cancelled_note)
        self.job: ImportJob | None = None
        self.progress: ImportProgress | None = None

    def start_import(self, paths: list[Path]) -> ImportJob:
        """Verify ``paths`` off the window's thread (progress and 中止), then show each file's result."""
        if self.job is not None and not self.job.done:
            self.job.cancel()
        job = ImportJob(self.session, paths, self)
        self.job = job
        self.import_button.setEnabled(False)
        job.finished.connect(lambda outcomes: self._finished(job, outcomes))
        self.progress = ImportProgress(job, self.window())
        return job.start()

    def _finished(self, job: ImportJob, outcomes: tuple[ImportOutcome, ...]) -> None:
        self.import_button.setEnabled(True)
        self.show_outcomes(outcomes)
        self.cancelled_note.setVisible(job.cancelled and job.skipped > 0)
        self.cancelled_note.setText(
            QCoreApplication.translate(
                "Received", "取り込みを中止しました。残りの {count} 件は確認していません。"
            ).format(count=job.skipped)
        )

    def show_outcomes(self, outcomes: tuple[ImportOutcome, ...]) -> None:
        self.outcomes = outcomes
        while self.results.count():
            item = self.results.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        member = self.session.member
        pairs = [] if member is None else [(c.type_id, c.issuer) for c in member.certificates]
        for outcome in outcomes:
            record = outcome.record
            planned = (
                record is None or record.tax_year is None or not unmatched([record], pairs, record.tax_year)
            )
            self.results.addWidget(OutcomeRow(self.session, outcome, planned))

    def rows(self) -> list[OutcomeRow]:
        found = (self.results.itemAt(i) for i in range(self.results.count()))
        return [w for item in found if item is not None and isinstance(w := item.widget(), OutcomeRow)]
