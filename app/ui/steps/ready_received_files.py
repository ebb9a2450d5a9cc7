"""Electronic certificates on the 準備完了 page: import (drop or choose), the per-file result in one
sentence, 「データ受領済（署名確認済）」 on each planned certificate, and the file shown as a readable form.

The verifier (``app.certificates``, lxml) is imported on use: this module loads with the 準備完了 page.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.plan import UnitState
from app.domain.received import ReceivedFile, Verification, unmatched
from app.i18n.received import verdict_text, verdict_word
from app.ui.widgets.plan_common import (
    bold,
    format_date,
    format_moment,
    hint_label,
    section_title,
    unit_state_icon,
    unit_state_text,
)

if TYPE_CHECKING:
    from app.session import HouseholdSession
    from app.store.repository import Store

log = logging.getLogger(__name__)

MAX_FILES_PER_DROP = 200  # a folder of certificates is a few dozen files; refuse to walk a whole disk


def form_title(form: str, lang: str) -> str:
    from app.certificates.fields import english_form_name
    from app.certificates.schema import form_schema

    try:
        return english_form_name(form) if lang == "en" else form_schema(form).form_name
    except (OSError, KeyError):
        return form


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    path: Path
    verification: Verification
    record: ReceivedFile | None = None
    new: bool = False
    error: str | None = None  # a store error, as shown


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder gives its *.xml files (sorted, at most ``MAX_FILES_PER_DROP``)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".xml"))
        else:
            found.append(path)
    return found[:MAX_FILES_PER_DROP]


@dataclass(slots=True)
class _Keep:
    """One store call (through the controller, which reports store errors) keeping one verified file."""

    profile_id: int
    data: bytes
    verification: Verification
    name: str
    result: tuple[ReceivedFile, bool] | None = None

    def __call__(self, store: Store) -> None:
        self.result = store.keep_received(self.profile_id, self.data, self.verification, self.name)


def import_paths(controller: HouseholdSession, paths: Sequence[Path]) -> tuple[ImportOutcome, ...]:
    """Verify each file and keep the valid ones for the current member (never a non-valid one)."""
    from app.certificates.verify import read_for_import

    pid = controller.profile_id
    outcomes: list[ImportOutcome] = []
    for path in expand(paths):
        read = read_for_import(path)
        if not isinstance(read, tuple):
            outcomes.append(ImportOutcome(path, read))
            continue
        data, verification = read
        if not verification.valid or pid is None:
            outcomes.append(ImportOutcome(path, verification))
            continue
        kept = _Keep(pid, data, verification, path.name)
        error = controller.call(kept, refresh=False)
        record, new = kept.result if kept.result is not None else (None, False)
        outcomes.append(ImportOutcome(path, verification, record, new, error))
    controller.changed.emit()
    return tuple(outcomes)


class ReceivedDetailsDialog(QDialog):
    """A kept file as a readable form: what it says, labelled from the NTA's schema, and who signed it."""

    def __init__(self, controller: HouseholdSession, record: ReceivedFile, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedDetailsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        lang = controller.lang
        self.setWindowTitle(form_title(record.form, lang))
        layout = QVBoxLayout(self)
        head = QLabel(form_title(record.form, lang))
        head.setObjectName("receivedDetailsTitle")
        bold(head, 1.3)
        layout.addWidget(head)
        path = controller.store.received_path(record) if controller.store is not None else None
        verification = None
        if path is not None and path.exists():
            from app.certificates.verify import verify_file

            verification = verify_file(path)
        status = QLabel()
        status.setObjectName("receivedDetailsStatus")
        status.setWordWrap(True)
        if verification is not None:
            status.setText(verdict_text(verification.reason))
        else:
            status.setText(
                QCoreApplication.translate(
                    "Received",
                    "署名は取り込んだときに確認済みです。ファイル本体はこのパソコンにはありません"
                    "（バックアップで移した記録です）。元のファイルをもう一度取り込むと、内容を表示できます。",
                )
            )
        layout.addWidget(status)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Received", "年分"), QLabel(self._year(record)))
        form.addRow(QCoreApplication.translate("Received", "発行者"), QLabel(record.issuer))
        form.addRow(QCoreApplication.translate("Received", "対象者"), QLabel(record.person))
        if record.created_on is not None:
            form.addRow(
                QCoreApplication.translate("Received", "作成日"), QLabel(format_date(record.created_on))
            )
        form.addRow(
            QCoreApplication.translate("Received", "取り込んだ日時"),
            QLabel(format_moment(record.imported_at)),
        )
        for amount in record.amounts:
            label = amount.label_en if lang == "en" else amount.label_ja
            value = QLabel(
                QCoreApplication.translate("Received", "{value} 円").format(value=f"{amount.value:,}")
            )
            value.setObjectName("receivedAmount")
            form.addRow(label, value)
        layout.addLayout(form)
        if verification is not None and verification.facts is not None and verification.valid:
            layout.addWidget(section_title(QCoreApplication.translate("Received", "証明書の内容")))
            fields = QFormLayout()
            for f in verification.facts.fields:
                value = QLabel(f.value)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                fields.addRow(f.label_en if lang == "en" else f.label_ja, value)
            box = QWidget()
            box.setLayout(fields)
            scroll = QScrollArea()
            scroll.setObjectName("receivedFields")
            scroll.setWidgetResizable(True)
            scroll.setWidget(box)
            scroll.setMinimumHeight(180)
            layout.addWidget(scroll, 1)
        if verification is not None and verification.signer is not None:
            signer = verification.signer
            trusted = {
                None: QCoreApplication.translate(
                    "Received",
                    "発行元の認証局: 確認していません（このアプリは認証局の証明書を同梱していません）",
                ),
                True: QCoreApplication.translate("Received", "発行元の認証局: 信頼できる認証局です"),
                False: QCoreApplication.translate("Received", "発行元の認証局: 同梱の認証局とつながりません"),
            }[signer.trusted]
            valid = (
                QCoreApplication.translate("Received", "作成日に有効な証明書で署名されています")
                if signer.valid_on_creation
                else QCoreApplication.translate("Received", "作成日に有効な証明書かどうか確認できません")
            )
            info = hint_label(
                QCoreApplication.translate("Received", "署名者: {subject}").format(subject=signer.subject)
                + "\n"
                + valid
                + "\n"
                + trusted
            )
            info.setObjectName("receivedSigner")
            layout.addWidget(info)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 560)

    @staticmethod
    def _year(record: ReceivedFile) -> str:
        return "-" if record.tax_year is None else i18n.tax_year_label(record.tax_year)


class ReceivedStatus(QWidget):
    """On a 準備完了 row: 「データ受領済（署名確認済）」 with 内容を見る, or what is missing."""

    details_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("receivedText")
        self.text.setWordWrap(True)
        self.details = QPushButton()
        self.details.setObjectName("receivedDetailsButton")
        self.details.clicked.connect(lambda: self.details_requested.emit(self._record))
        self.details.setAccessibleName(QCoreApplication.translate("Received", "受領した証明書の内容を見る"))
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.details)
        self._record: ReceivedFile | None = None

    def set_record(self, record: ReceivedFile | None) -> None:
        self._record = record
        if record is not None:
            self.icon.setPixmap(unit_state_icon(UnitState.DONE).pixmap(QSize(16, 16)))
            self.icon.setAccessibleName(unit_state_text(UnitState.DONE))
            self.text.setText(QCoreApplication.translate("Received", "データ受領済（署名確認済）"))
            self.details.setText(QCoreApplication.translate("Received", "内容を見る"))
            self.details.setAccessibleName(
                QCoreApplication.translate("Received", "受領した証明書の内容を見る")
            )
        else:
            self.icon.setPixmap(unit_state_icon(UnitState.TODO).pixmap(QSize(16, 16)))
            self.icon.setAccessibleName(unit_state_text(UnitState.TODO))
            self.text.setText(
                QCoreApplication.translate(
                    "Received",
                    "電子データ: まだ取り込んでいません（受け取ったファイルをこのページにドロップできます）",
                )
            )
        self.details.setVisible(record is not None)
        self.setAccessibleName(self.text.text())

    def record(self) -> ReceivedFile | None:
        return self._record


class OutcomeRow(QFrame):
    """One imported file: what it is and its one sentence; an unplanned valid file offers 「プランに追加」."""

    def __init__(self, controller: HouseholdSession, outcome: ImportOutcome, planned: bool) -> None:
        super().__init__()
        self.setObjectName("importOutcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller = controller
        self.outcome = outcome
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        v = outcome.verification
        icon = QLabel()
        state = UnitState.DONE if v.valid and outcome.error is None else UnitState.TODO
        icon.setPixmap(unit_state_icon(state).pixmap(QSize(16, 16)))
        icon.setAccessibleName(unit_state_text(state))
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
        o, v, lang = self.outcome, self.outcome.verification, self.controller.lang
        what = o.path.name
        if v.facts is not None:
            what = QCoreApplication.translate("Received", "{file}（{form}）").format(
                file=o.path.name, form=form_title(v.facts.form, lang)
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
        if not planned:
            head += "\n" + QCoreApplication.translate(
                "Received", "プランにない証明書等です。プランに追加すると、準備完了として数えます。"
            )
        return head

    def _add_to_plan(self) -> None:
        record = self.outcome.record
        if record is None or record.type_id is None:
            return
        entry = self.controller.catalog.get(record.type_id)
        if entry is None or not entry.channels:
            return
        error = self.controller.add_certificate(record.type_id, record.issuer, entry.channels[0])
        if error is None and self.add_button is not None:
            self.add_button.setEnabled(False)
            self.text.setText(self._text(planned=True))


class ReceivedSection(QWidget):
    """The import area of the 準備完了 page: a button, the drop hint, and the last import's results."""

    def __init__(self, controller: HouseholdSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedSection")
        self.controller = controller
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

    def show_outcomes(self, outcomes: tuple[ImportOutcome, ...]) -> None:
        self.outcomes = outcomes
        while self.results.count():
            item = self.results.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        member = self.controller.member
        pairs = [] if member is None else [(c.type_id, c.issuer) for c in member.certificates]
        for outcome in outcomes:
            record = outcome.record
            planned = (
                record is None or record.tax_year is None or not unmatched([record], pairs, record.tax_year)
            )
            self.results.addWidget(OutcomeRow(self.controller, outcome, planned))

    def rows(self) -> list[OutcomeRow]:
        found = (self.results.itemAt(i) for i in range(self.results.count()))
        return [w for item in found if item is not None and isinstance(w := item.widget(), OutcomeRow)]
