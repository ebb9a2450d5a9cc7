"""A kept file as a readable form: what it says, who signed it, and (after a look) accepting a signer.

The kept file is verified again off the window's thread (with 中止); the dialog opens at once with the
record and fills in the form's fields when the answer comes: the first ``MAX_SHOWN_FIELDS`` of them,
then 「ほか N 項目」, so a file with many fields never builds thousands of widgets.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.received import Reason, ReceivedFile, SignerTrust, Verification, organisation_of
from app.i18n.certificate_items import form_label, item_label
from app.i18n.received import trust_word, verdict_text
from app.ui.widgets.plan_common import bold, hint_label, section_title

if TYPE_CHECKING:
    from app.session import HouseholdSession

log = logging.getLogger(__name__)

MAX_SHOWN_FIELDS = 60  # a real form has 10–40 filled-in items


def form_title(form: str) -> str:
    from app.certificates.schema import form_schema

    try:
        return form_label(form_schema(form).form_name)
    except (OSError, KeyError):
        return form


def record_only_text() -> str:
    return QCoreApplication.translate(
        "Received",
        "記録のみ（ファイルなし）: このパソコンには証明書ファイルがないため、内容と署名を確認していません。"
        "受領済みとしては数えません。元のファイルをもう一度取り込むと確認できます。",
    )


def _verify_kept(data: bytes) -> Verification:
    from app.certificates.verify import verify_bytes

    try:
        return verify_bytes(data)
    except Exception:  # a last guard: the dialog must never fail on a file
        log.exception("verifying a kept file failed")
        return Verification(Reason.UNSUPPORTED_SIGNATURE, "", len(data))


class ReceivedDetailsDialog(QDialog):
    """A kept file as a readable form: what it says, labelled from the NTA's schema, and who signed it."""

    _answered = Signal(object)  # from the worker: Verification

    def __init__(self, session: HouseholdSession, record: ReceivedFile, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedDetailsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.record = record
        self.verification: Verification | None = None
        self.answered = False
        self._stop = threading.Event()
        self.setWindowTitle(form_title(record.form))
        outer = QVBoxLayout(self)
        content = QWidget()
        content.setObjectName("receivedDetailsContent")
        layout = QVBoxLayout(content)
        head = QLabel(form_title(record.form))
        head.setObjectName("receivedDetailsTitle")
        bold(head, 1.3)
        layout.addWidget(head)
        self.status = QLabel(self._status_text())
        self.status.setObjectName("receivedDetailsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self._signer_box())
        layout.addLayout(self._record_form())
        layout.addWidget(section_title(QCoreApplication.translate("Received", "証明書の内容")))
        self.progress_row = QHBoxLayout()
        self.progress = QLabel(QCoreApplication.translate("Received", "ファイルの署名を確認しています…"))
        self.progress.setObjectName("receivedDetailsProgress")
        self.progress.setWordWrap(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("Received", "中止"))
        self.cancel_button.setObjectName("receivedDetailsCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_row.addWidget(self.progress, 1)
        self.progress_row.addWidget(self.cancel_button)
        layout.addLayout(self.progress_row)
        self.fields_box = QWidget()
        self.fields = QFormLayout(self.fields_box)
        self.fields.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields_box)
        self.more = hint_label()
        self.more.setObjectName("receivedMoreFields")
        self.more.setVisible(False)
        layout.addWidget(self.more)
        layout.addWidget(self._accept_box())  # after the content: accept after a look
        layout.addStretch(1)
        scroll = QScrollArea()  # one scroll for everything: wrapped sentences never overlap
        scroll.setObjectName("receivedFields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(640, 640)
        self._answered.connect(self._show_answer, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(lambda _code: self._stop.set())
        self._start()

    # --- what the record says (shown at once) ------------------------------------------------------

    def _status_text(self) -> str:
        r = self.record
        if not r.verified:
            return record_only_text()
        return verdict_text(Reason.VALID, r.signer_trust, r.signer_organisation)

    def _record_form(self) -> QFormLayout:
        r = self.record
        form = QFormLayout()
        year = "-" if r.tax_year is None else i18n.tax_year_label(r.tax_year)
        form.addRow(QCoreApplication.translate("Received", "年分"), QLabel(year))
        form.addRow(QCoreApplication.translate("Received", "発行者"), QLabel(r.issuer))
        form.addRow(QCoreApplication.translate("Received", "対象者"), QLabel(r.person))
        if r.created_on is not None:
            created = i18n.format_date(r.created_on)
            form.addRow(QCoreApplication.translate("Received", "作成日"), QLabel(created))
        imported = i18n.format_moment(r.imported_at)
        form.addRow(QCoreApplication.translate("Received", "取り込んだ日時"), QLabel(imported))
        for amount in r.amounts:
            value = QLabel(
                QCoreApplication.translate("Received", "{value} 円").format(value=f"{amount.value:,}")
            )
            value.setObjectName("receivedAmount")
            form.addRow(item_label(amount.label_ja), value)
        return form

    def _signer_box(self) -> QWidget:
        r = self.record
        box = QWidget()
        box.setObjectName("receivedSignerBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        who = organisation_of("", r.signer_organisation) or "-"
        lines = [
            QCoreApplication.translate("Received", "署名者: {organisation}（{trust}）").format(
                organisation=who, trust=trust_word(r.signer_trust)
            )
        ]
        if r.signer_spki_sha256:
            key = " ".join(r.signer_spki_sha256[i : i + 4] for i in range(0, 16, 4))
            lines.append(QCoreApplication.translate("Received", "署名の鍵の指紋: {key} …").format(key=key))
        self.signer_text = hint_label("\n".join(lines))
        self.signer_text.setObjectName("receivedSigner")
        layout.addWidget(self.signer_text)
        return box

    def _accept_box(self) -> QWidget:
        r = self.record
        who = organisation_of("", r.signer_organisation) or "-"
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.accept_button: QPushButton | None = None
        if r.verified and r.signer_trust is not SignerTrust.KNOWN and r.signer_spki_sha256:
            text = (
                QCoreApplication.translate("Received", "新しい署名者として受け入れる")
                if r.signer_trust is SignerTrust.CHANGED
                else QCoreApplication.translate("Received", "この署名者を確認済みにする")
            )
            self.accept_button = QPushButton(text)
            self.accept_button.setObjectName("acceptSignerButton")
            self.accept_button.setAccessibleName(
                QCoreApplication.translate(
                    "Received", "{organisation} を {issuer} の署名者として受け入れる"
                ).format(organisation=who, issuer=r.issuer)
            )
            self.accept_button.clicked.connect(self._accept_signer)
            layout.addWidget(hint_label(self._accept_hint()))
            layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _accept_hint(self) -> str:
        return QCoreApplication.translate(
            "Received",
            "発行元から届いたファイルで、内容（金額や名前）が書面やサイトの表示と合っていることを確かめてから"
            "受け入れてください。以後、同じ鍵で署名されたこの発行元のファイルは「署名確認済」になります。",
        )

    def _accept_signer(self) -> None:
        r = self.record
        listed = self.session.catalog.signers
        error = self.session.call(lambda s: s.accept_signer(r.issuer, r.signer_spki_sha256, listed))
        if error is None and self.accept_button is not None:
            self.accept_button.setEnabled(False)
            self.status.setText(verdict_text(Reason.VALID, SignerTrust.KNOWN))

    # --- the kept file, verified again off the window's thread ---------------------------------------

    def _start(self) -> None:
        store = self.session.store
        data = None if store is None else store.read_kept(self.record.stored_name)
        if data is None:
            self._finish(
                QCoreApplication.translate("Received", "このパソコンには証明書ファイルがありません。")
            )
            return
        threading.Thread(target=self._work, args=(data,), name="certificate-details", daemon=True).start()

    def _work(self, data: bytes) -> None:
        answer = _verify_kept(data)
        if not self._stop.is_set():
            try:
                self._answered.emit(answer)
            except RuntimeError:  # the dialog was closed and deleted meanwhile
                return

    def cancel(self) -> None:
        self._stop.set()
        self._finish(QCoreApplication.translate("Received", "確認を中止しました。"))

    def _finish(self, text: str) -> None:
        self.answered = True
        self.progress.setText(text)
        self.cancel_button.setVisible(False)

    def _show_answer(self, answer: object) -> None:
        if self._stop.is_set() or not isinstance(answer, Verification):
            return
        self.verification = answer
        if not answer.valid or answer.facts is None or answer.sha256 != self.record.sha256:
            self._finish(verdict_text(answer.reason))
            return
        fields = answer.facts.fields
        for f in fields[:MAX_SHOWN_FIELDS]:
            value = QLabel(f.value)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(item_label(f.label_ja), value)
        hidden = max(answer.facts.field_total, len(fields)) - MAX_SHOWN_FIELDS
        if hidden > 0:
            self.more.setText(
                QCoreApplication.translate(
                    "Received", "ほか {count} 項目（ここには表示していません）"
                ).format(count=hidden)
            )
            self.more.setVisible(True)
        self._finish(
            QCoreApplication.translate("Received", "内容が署名されたときのままであることを確かめました。")
        )
