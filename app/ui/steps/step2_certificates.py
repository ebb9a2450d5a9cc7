"""STEP2: choose the certificate types from the catalog and add one or more issuers per type.

A compact list: one line per type (a check box and 「詳しく」 for its explanation on demand), and a
search field above that narrows the list as the user types. Types whose issuer is fixed (国税庁,
日本年金機構 …) are chosen and unchosen with their one check box, so their row has no 削除. For the
others the user types each issuer (suggestions: names typed before, then the catalog's examples) and picks the
民間送達サービス it delivers through. Removing asks no question: it can be undone (the status bar's
「元に戻す」, or Edit ▸ 元に戻す). An empty or duplicate issuer gets one sentence inline; nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.catalog import CatalogEntry
from app.domain.links import LINK_BY_ID
from app.domain.model import CertificateSelection, Channel
from app.i18n.labels import channel_label
from app.session import HouseholdSession
from app.ui.shell.view_bus import ViewBus
from app.ui.steps.section import SessionSection
from app.ui.widgets import accessible, domain_texts
from app.ui.widgets.plain import PlainLabel
from app.ui.widgets.plan_common import (
    KeyedRows,
    WrapCheckBox,
    bold,
    error_label,
    hint_label,
    show_error,
)


def narrow_combo(combo: QComboBox) -> None:
    """A combo box that may be narrower than its longest service name (large fonts, small windows)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)


def explanation(entry: CatalogEntry, lang: str) -> str:
    """What the user needs to know to choose: where it arrives, what the issuer needs, when."""
    parts = [
        QCoreApplication.translate("Plan", "受け取り: {channels}").format(
            channels=i18n.join_list(channel_label(c) for c in entry.channels)
        )
    ]
    if entry.issuer_needs.registration_ja:
        needs = entry.issuer_needs.registration_en if lang == "en" else entry.issuer_needs.registration_ja
        parts.append(QCoreApplication.translate("Plan", "発行元での手続: {needs}").format(needs=needs))
    if entry.issuer_needs.numbers:
        parts.append(
            QCoreApplication.translate("Plan", "手元に用意する番号: {numbers}").format(
                numbers=i18n.join_list(domain_texts.number_text(num) for num in entry.issuer_needs.numbers)
            )
        )
    hint = entry.availability.hint_en if lang == "en" else entry.availability.hint_ja
    parts.append(QCoreApplication.translate("Plan", "例年の時期: {hint}").format(hint=hint))
    if entry.needs_step5:
        parts.append(QCoreApplication.translate("Plan", "STEP5（e-Taxでの情報取得希望の登録）も必要です"))
    note = entry.note_en if lang == "en" else entry.note_ja
    if note:
        parts.append(note)
    return "\n".join(parts)


class IssuerRow(QFrame):
    """One chosen issuer of a type: its name, the service it delivers through, and 削除."""

    def __init__(self, picker: CertificatePicker, entry: CatalogEntry, certificate_id: int) -> None:
        super().__init__()
        self.setObjectName(f"issuerRow_{certificate_id}")
        self.picker = picker
        self.entry = entry
        self.certificate_id = certificate_id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 0, 0, 0)
        self.icon = PlainLabel("✓")
        self.icon.setAccessibleName(QCoreApplication.translate("Plan", "選択済み"))  # not 「✓」
        self.name = PlainLabel()
        self.name.setObjectName("issuerName")
        self.channel = QComboBox()
        self.channel.setObjectName("issuerChannel")
        narrow_combo(self.channel)
        for ch in entry.channels:
            self.channel.addItem(channel_label(ch), ch.value)
        self.channel.setVisible(len(entry.channels) > 1)
        self.channel.setAccessibleDescription(
            QCoreApplication.translate("Plan", "発行企業が証明書等を届ける民間送達サービス")
        )
        self.channel.activated.connect(self._channel_chosen)
        self.remove_button = QPushButton(QCoreApplication.translate("Plan", "削除"))
        self.remove_button.setObjectName("removeIssuerButton")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove)
        # a fixed issuer (日本年金機構 …) is unchosen with the type's check box: no second way
        self.remove_button.setVisible(entry.issuer.typed)
        layout.addWidget(self.icon)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.channel, 1)  # as wide as there is room for, never wider than the page
        layout.addWidget(self.remove_button)
        self.selection: CertificateSelection | None = None

    def update_from(self, selection: CertificateSelection) -> None:
        self.selection = selection
        type_name = self.entry.name(self.picker.lang)
        self.name.setText(selection.issuer)
        with QSignalBlocker(self.channel):
            self.channel.setCurrentIndex(max(self.channel.findData(selection.channel.value), 0))
        self.channel.setAccessibleName(
            QCoreApplication.translate("Plan", "{issuer}の受け取り方").format(issuer=selection.issuer)
        )
        accessible.name_combo(self.channel)  # on Linux Qt would name it by its entry (e-私書箱)
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("Plan", "{issuer}の{type}を削除").format(
                issuer=selection.issuer, type=type_name
            )
        )

    def _channel_chosen(self, index: int) -> None:
        self.picker.session.set_channel(self.certificate_id, Channel(self.channel.itemData(index)))

    def _remove(self) -> None:
        if self.selection is None:
            return
        type_name = self.entry.name(self.picker.lang)
        self.picker.session.remove_certificates(
            [self.certificate_id],
            QCoreApplication.translate("Plan", "「{type}（{issuer}）」").format(
                type=type_name, issuer=self.selection.issuer
            ),
        )


class TypeRow(QFrame):
    """One catalog type: a check box, the explanation, its issuers and (for typed issuers) an add line."""

    def __init__(self, picker: CertificatePicker, entry: CatalogEntry) -> None:
        super().__init__()
        self.setObjectName(f"type_{entry.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.picker = picker
        self.entry = entry
        self._open = False
        lang = picker.lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)  # compact: the action above is what the page is for
        layout.setSpacing(2)
        self.type_check = WrapCheckBox(entry.name(lang), "typeCheck")
        bold(self.type_check.label)
        self.check = self.type_check.box
        self.check.setAccessibleName(
            QCoreApplication.translate("Plan", "{type}を取得する").format(type=entry.name(lang))
        )
        self.check.clicked.connect(self._checked)
        self.details_button = QPushButton(QCoreApplication.translate("Plan", "詳しく"))
        self.details_button.setObjectName("typeDetailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.setAccessibleName(
            QCoreApplication.translate("Plan", "{type}の説明を表示する").format(type=entry.name(lang))
        )
        self.details_button.toggled.connect(self._show_details)
        head = QHBoxLayout()
        head.addWidget(self.type_check, 1, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(head)
        fixed = (
            ""
            if entry.issuer.typed
            else QCoreApplication.translate("Plan", "発行元: {issuer}").format(
                issuer=entry.issuer.name_en if lang == "en" else entry.issuer.name_ja
            )
        )
        self.explain = hint_label("\n".join(p for p in (fixed, explanation(entry, lang)) if p))
        self.explain.setContentsMargins(24, 0, 0, 0)
        self.explain.setAccessibleName(
            QCoreApplication.translate("Plan", "{type}の説明").format(type=entry.name(lang))
        )
        layout.addWidget(self.explain)
        self.explain.setVisible(False)  # details on demand: 「詳しく」

        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        layout.addLayout(self.rows_layout)
        self.rows: KeyedRows[int, IssuerRow] = KeyedRows(
            self.rows_layout, lambda cid: IssuerRow(picker, entry, cid)
        )

        self.editor = QWidget()
        self.editor.setObjectName("issuerEditor")
        edit_layout = QHBoxLayout(self.editor)
        edit_layout.setContentsMargins(24, 0, 0, 0)
        self.issuer_edit = QLineEdit()
        self.issuer_edit.setObjectName("issuerEdit")
        self.issuer_edit.setPlaceholderText(
            QCoreApplication.translate("Plan", "発行する企業の名前（例: 保険会社名）")
        )
        self.issuer_edit.setAccessibleName(
            QCoreApplication.translate("Plan", "{type}を発行する企業の名前").format(type=entry.name(lang))
        )
        self.issuer_edit.setAccessibleDescription(
            QCoreApplication.translate(
                "Plan", "名前を入力して Enter キーか「追加」で登録します。以前に入力した名前が候補に出ます"
            )
        )
        self.model = QStringListModel(self)
        completer = QCompleter(self.model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.issuer_edit.setCompleter(completer)
        self.channel = QComboBox()
        self.channel.setObjectName("newIssuerChannel")
        narrow_combo(self.channel)
        self.channel.setAccessibleName(
            QCoreApplication.translate("Plan", "{type}の受け取りに使う民間送達サービス").format(
                type=entry.name(lang)
            )
        )
        self.channel.setToolTip(
            QCoreApplication.translate(
                "Plan", "発行企業が証明書等を届ける民間送達サービスを選びます（発行企業の案内で確認できます）"
            )
        )
        for ch in entry.channels:
            self.channel.addItem(channel_label(ch), ch.value)
        self.channel.setVisible(len(entry.channels) > 1)
        self.add_button = QPushButton(QCoreApplication.translate("Plan", "追加"))
        self.add_button.setObjectName("addIssuerButton")
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(
            QCoreApplication.translate("Plan", "{type}の発行企業を追加").format(type=entry.name(lang))
        )
        self.issuer_edit.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        edit_layout.addWidget(self.issuer_edit, 1)
        edit_layout.addWidget(self.channel, 1)
        edit_layout.addWidget(self.add_button)
        accessible.name_combo(self.channel)
        layout.addWidget(self.editor)
        self.error = error_label()
        self.error.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.error)
        self.editor.setVisible(False)

    def _show_details(self, shown: bool) -> None:
        self.explain.setVisible(shown)
        if shown:
            self.details_button.setText(QCoreApplication.translate("Plan", "閉じる"))
        else:
            self.details_button.setText(QCoreApplication.translate("Plan", "詳しく"))

    def matches(self, query: str) -> bool:
        """Whether the type's name, explanation or a chosen issuer contains ``query``."""
        needle = query.strip().casefold()
        if not needle:
            return True
        haystack = [self.entry.name(self.picker.lang), self.entry.name("ja"), self.explain.text()]
        haystack += [c.issuer for c in self.selections()]
        return any(needle in text.casefold() for text in haystack)

    def selections(self) -> list[CertificateSelection]:
        member = self.picker.session.member
        if member is None:
            return []
        return [c for c in member.certificates if c.type_id == self.entry.id]

    def refresh(self) -> None:
        chosen = self.selections()
        for (_cid, row), selection in zip(self.rows.sync([c.id for c in chosen]), chosen, strict=True):
            row.update_from(selection)
        with QSignalBlocker(self.check):
            self.check.setChecked(bool(chosen) or self._open)
        # a frame only around what is chosen: the unchosen types read as one compact list
        self.setFrameShape(QFrame.Shape.StyledPanel if self.check.isChecked() else QFrame.Shape.NoFrame)
        editing = self.entry.issuer.typed and (bool(chosen) or self._open)
        if editing and self.editor.isHidden():
            self.model.setStringList(self.picker.session.issuer_suggestions(self.entry.id))
        self.editor.setVisible(editing)

    def _checked(self, checked: bool) -> None:
        show_error(self.error, None)
        chosen = self.selections()
        if checked:
            if self.entry.issuer.typed:
                self._open = True
                self.refresh()
                self.issuer_edit.setFocus()
            else:
                name = self.entry.issuer.name_ja or ""
                error = self.picker.session.add_certificate(self.entry.id, name, self.entry.channels[0])
                show_error(self.error, error)
            return
        self._open = False
        if chosen:
            what = QCoreApplication.translate("Plan", "「{type}」").format(
                type=self.entry.name(self.picker.lang)
            )
            self.picker.session.remove_certificates([c.id for c in chosen], what)
        self.refresh()

    def add(self) -> None:
        channel = Channel(self.channel.currentData())
        error = self.picker.session.add_certificate(self.entry.id, self.issuer_edit.text(), channel)
        show_error(self.error, error)
        if error is None:
            self.issuer_edit.clear()
            self.model.setStringList(self.picker.session.issuer_suggestions(self.entry.id))
            self.picker.bus.status.emit(QCoreApplication.translate("Plan", "追加しました"), 3000)
        else:
            self.issuer_edit.setFocus()


def _open_via_page(widget: QWidget, url: str) -> None:
    """Hand ``url`` to the page holding ``widget``: its links go through the window's allow-list
    (``MainWindow.open_link``), never straight to the browser."""
    holder: QObject | None = widget
    while holder is not None:
        signal = getattr(holder, "link_activated", None)
        if signal is not None:
            signal.emit(url)
            return
        holder = holder.parent()


class Step2Action(QWidget):
    """STEP2's action first: open マイナポータル's 「確定申告の事前準備」 (the link), choose there;
    the list below records the same choice here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step2Action")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        link = LINK_BY_ID["tax_return_prep"]
        self.button = QPushButton(QCoreApplication.translate("Plan", "「確定申告の事前準備」ページを開く"))
        self.button.setObjectName("openTaxReturnPrep")
        self.button.setAutoDefault(False)
        self.button.setToolTip(link.url)
        self.button.setAccessibleName(
            QCoreApplication.translate("Plan", "マイナポータルの「確定申告の事前準備」ページを開く")
        )
        self.button.setAccessibleDescription(
            QCoreApplication.translate("Plan", "マイナポータルのページをブラウザで開きます")
        )
        self.button.clicked.connect(lambda: _open_via_page(self, link.url))
        self.url = link.url
        text = hint_label(
            QCoreApplication.translate(
                "Plan",
                "マイナポータルにログインして「確定申告の事前準備」ページを開き、取得したい証明書等の種類と"
                "発行する企業を選びます。選んだものを下の一覧にも記録すると、STEP3以降の連携が決まります。",
            )
        )
        text.setObjectName("step2ActionText")
        layout.addWidget(text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


class CertificatePicker(SessionSection):
    """The STEP2 picker: every catalog type, in two groups (fixed issuer, issuer to type)."""

    def __init__(self, session: HouseholdSession, bus: ViewBus) -> None:
        super().__init__(
            session, "certificatePicker", QCoreApplication.translate("Plan", "取得したい証明書等")
        )
        self.bus = bus
        self.lang = session.lang
        layout = self.column
        self.summary = self.add_hint("", "pickerSummary")
        self.search = QLineEdit()
        self.search.setObjectName("certificateSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate("Plan", "証明書等を探す（例: 生命保険、寄附）")
        )
        self.search.setAccessibleName(QCoreApplication.translate("Plan", "証明書等を名前で探す"))
        self.search.setAccessibleDescription(
            QCoreApplication.translate("Plan", "入力すると、名前や発行元に当てはまる証明書等だけを表示します")
        )
        self.search.setClearButtonEnabled(True)
        accessible.name_clear_button(self.search)
        self.search.textChanged.connect(self.filter)
        layout.addWidget(self.search)
        self.no_match = self.add_hint(
            QCoreApplication.translate("Plan", "当てはまる証明書等はありません。"), "noMatch"
        )
        self.no_match.setVisible(False)
        self.boxes: list[tuple[QGroupBox, list[TypeRow]]] = []
        self.type_rows: dict[str, TypeRow] = {}
        groups = (
            (
                QCoreApplication.translate("Plan", "発行する企業を入力する証明書等"),
                QCoreApplication.translate(
                    "Plan", "保険会社・証券会社・寄附先などから届くもの。発行する企業ごとに追加します。"
                ),
                [e for e in session.catalog if e.issuer.typed],
            ),
            (
                QCoreApplication.translate("Plan", "発行元が決まっている証明書等"),
                QCoreApplication.translate(
                    "Plan",
                    "国税庁・日本年金機構・医療保険者などから届くもの。チェックを入れるだけで選べます。",
                ),
                [e for e in session.catalog if not e.issuer.typed],
            ),
        )
        for title_text, about, entries in groups:
            box = QGroupBox(title_text)  # a group box title never wraps: keep it short
            box_layout = QVBoxLayout(box)
            box_layout.setSpacing(4)
            box_layout.addWidget(hint_label(about))
            rows: list[TypeRow] = []
            for entry in entries:
                row = TypeRow(self, entry)
                box_layout.addWidget(row)
                self.type_rows[entry.id] = row
                rows.append(row)
            layout.addWidget(box)
            self.boxes.append((box, rows))
        self.follow_session(self.refresh)

    def refresh(self) -> None:
        c = self.session
        self.setEnabled(c.member is not None and not c.read_only)
        member = c.member
        count = 0 if member is None else len(member.certificates)
        self.summary.setText(
            QCoreApplication.translate("Plan", "選んだ証明書等: {count} 件").format(count=count)
        )
        for row in self.type_rows.values():
            row.refresh()

    def filter(self, query: str) -> None:
        """Show the types that match ``query`` (all when it is empty); a group with none is hidden."""
        shown = 0
        for box, rows in self.boxes:
            visible = 0
            for row in rows:
                match = row.matches(query)
                row.setVisible(match)
                visible += match
            box.setVisible(visible > 0)
            shown += visible
        self.no_match.setVisible(shown == 0)
