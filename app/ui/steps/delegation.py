"""代理人設定（参考）: record the household's delegations — who acts for whom (委任者 → 代理人), the
代理関係名, the 有効期間, the two delegated services and the guide's five operations."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.delegation_rules import Finding, FindingCode, findings
from app.domain.model import DelegatedService, Delegation, DelegationOperation, TaskState
from app.domain.status import delegation_status
from app.domain.steps import StepId
from app.i18n.delegation import delegates_only_text, finding_mark, finding_text
from app.i18n.labels import delegated_service_label, delegation_step_label
from app.i18n.plan import type_name
from app.session import HouseholdSession
from app.ui.shell.view_bus import ViewBus
from app.ui.steps.section import SessionSection
from app.ui.widgets import accessible
from app.ui.widgets.plain import PlainLabel
from app.ui.widgets.plan_common import (
    DateEdit,
    KeyedRows,
    WrapCheckBox,
    bold,
    error_label,
    show_error,
)
from app.ui.widgets.status_pill import StatusPill

_NO_DATE = QDate(2000, 1, 1)  # shown as 「未設定」


def _date_edit(name: str) -> QDateEdit:
    edit = DateEdit()
    edit.setAccessibleDescription(
        QCoreApplication.translate("Plan", "マイナポータルで入力した日付。未設定のときは「未設定」")
    )
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("Plan", "未設定"))
    edit.setAccessibleName(name)
    return edit


def _get_date(edit: QDateEdit) -> date | None:
    d = edit.date()
    if d == _NO_DATE:
        return None
    return date(d.year(), d.month(), d.day())


def _set_date(edit: QDateEdit, value: date | None) -> None:
    with QSignalBlocker(edit):
        edit.setDate(_NO_DATE if value is None else QDate(value.year, value.month, value.day))


def _fill_members(combo: QComboBox, session: HouseholdSession, selected: int | None) -> None:
    with QSignalBlocker(combo):
        combo.clear()
        for member in session.members:
            combo.addItem(member.profile.display_name, member.profile.id)
        combo.setCurrentIndex(max(combo.findData(selected), 0))


class DelegationCard(QFrame):
    """One delegation; every change is saved at once (refused input: a sentence inline, nothing saved)."""

    def __init__(self, session: HouseholdSession, bus: ViewBus, delegation_id: int) -> None:
        super().__init__()
        self.setObjectName(f"delegation_{delegation_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.bus = bus
        self.delegation_id = delegation_id
        layout = QVBoxLayout(self)
        self.title = PlainLabel()
        self.title.setObjectName("delegationTitle")
        self.title.setWordWrap(True)
        bold(self.title)
        # the delegation's one word, the same as the sidebar's and the diagram's (status.delegation_status)
        self.state = StatusPill()
        self.state.setObjectName("delegationState")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.delegator = QComboBox()
        self.delegator.setAccessibleName(QCoreApplication.translate("Plan", "委任者"))
        self.delegator.setAccessibleDescription(QCoreApplication.translate("Plan", "データを取得される家族"))
        self.delegate = QComboBox()
        self.delegate.setAccessibleName(QCoreApplication.translate("Plan", "代理人"))
        self.delegate.setAccessibleDescription(QCoreApplication.translate("Plan", "代わりに申告する人"))
        self.relation = QLineEdit()
        self.relation.setAccessibleName(QCoreApplication.translate("Plan", "代理関係名"))
        self.relation.setAccessibleDescription(
            QCoreApplication.translate(
                "Plan", "マイナポータルで入力した代理関係名。変更は欄を離れると保存されます"
            )
        )
        self.valid_from = _date_edit(QCoreApplication.translate("Plan", "代理権限の有効期間（開始日）"))
        self.valid_to = _date_edit(QCoreApplication.translate("Plan", "代理権限の有効期間（終了日）"))
        period = QHBoxLayout()
        period.addWidget(self.valid_from)
        period.addWidget(PlainLabel("〜"))
        period.addWidget(self.valid_to)
        period.addStretch(1)
        form.addRow(QCoreApplication.translate("Plan", "委任者（データを取得される家族）:"), self.delegator)
        form.addRow(QCoreApplication.translate("Plan", "代理人（申告する方）:"), self.delegate)
        form.addRow(QCoreApplication.translate("Plan", "代理関係名:"), self.relation)
        form.addRow(QCoreApplication.translate("Plan", "代理権限の有効期間:"), period)
        layout.addLayout(form)
        layout.addWidget(PlainLabel(QCoreApplication.translate("Plan", "委任を受けるサービス:")))
        self.services: dict[DelegatedService, QCheckBox] = {}
        for service in DelegatedService:
            row = WrapCheckBox(delegated_service_label(service))
            row.box.setAccessibleName(
                QCoreApplication.translate("Plan", "委任を受けるサービス: {s}").format(
                    s=delegated_service_label(service)
                )
            )
            row.clicked.connect(self._services_changed)
            layout.addWidget(row)
            self.services[service] = row.box
        layout.addWidget(PlainLabel(QCoreApplication.translate("Plan", "マイナポータルでの操作:")))
        self.operations: dict[DelegationOperation, QCheckBox] = {}
        for op in DelegationOperation:
            row = WrapCheckBox(delegation_step_label(op))
            row.clicked.connect(lambda checked, o=op: self._operation_changed(o, checked))
            layout.addWidget(row)
            self.operations[op] = row.box
        self.error = error_label()
        layout.addWidget(self.error)
        self.findings_box = QFrame()
        self.findings_box.setObjectName("delegationFindings")
        self.findings_box.setAccessibleName(QCoreApplication.translate("Plan", "見直すこと"))
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.findings_layout.setContentsMargins(0, 4, 0, 4)
        layout.insertWidget(1, self.findings_box)  # right under the title: what to look at first
        self.finding_rows: list[QWidget] = []
        self.shown_findings: tuple[Finding, ...] = ()
        self.delete_button = QPushButton(QCoreApplication.translate("Plan", "この代理人設定の記録を削除"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setAccessibleName(QCoreApplication.translate("Plan", "この代理人設定の記録を削除"))
        self.delete_button.clicked.connect(lambda: self.session.delete_delegation(self.delegation_id))
        layout.addWidget(self.delete_button)

        self.delegator.activated.connect(
            lambda _i: self._save(delegator_profile_id=self.delegator.currentData())
        )
        self.delegate.activated.connect(
            lambda _i: self._save(delegate_profile_id=self.delegate.currentData())
        )
        self.relation.editingFinished.connect(self._relation_changed)
        self.valid_from.editingFinished.connect(lambda: self._save(valid_from=_get_date(self.valid_from)))
        self.valid_to.editingFinished.connect(lambda: self._save(valid_to=_get_date(self.valid_to)))

    def _save(self, **changes: object) -> None:
        current = self.session.delegation(self.delegation_id)
        if current is None or all(getattr(current, k) == v for k, v in changes.items()):
            return
        error = self.session.update_delegation(self.delegation_id, **changes)
        show_error(self.error, error)
        if error is not None:
            self.update_from(current, keep_error=True)

    def _relation_changed(self) -> None:
        self._save(relation_name=self.relation.text())

    def _services_changed(self) -> None:
        chosen = frozenset(s for s, box in self.services.items() if box.isChecked())
        self._save(services=chosen)

    def _operation_changed(self, op: DelegationOperation, checked: bool) -> None:
        current = self.session.delegation(self.delegation_id)
        if current is None:
            return
        operations = dict(current.operations)
        operations[op] = TaskState.DONE if checked else TaskState.TODO
        self._save(operations={o: operations.get(o, TaskState.TODO) for o in DelegationOperation})

    def update_from(self, d: Delegation, *, keep_error: bool = False) -> None:
        self.title.setText(
            QCoreApplication.translate("Plan", "{delegate}が{delegator}の代理人（{relation}）").format(
                delegate=self.session.profile_name(d.delegate_profile_id),
                delegator=self.session.profile_name(d.delegator_profile_id),
                relation=d.relation_name,
            )
        )
        _fill_members(self.delegator, self.session, d.delegator_profile_id)
        _fill_members(self.delegate, self.session, d.delegate_profile_id)
        if not self.relation.hasFocus():
            self.relation.setText(d.relation_name)
        _set_date(self.valid_from, d.valid_from)
        _set_date(self.valid_to, d.valid_to)
        for service, box in self.services.items():
            box.setChecked(service in d.services)
        for op, box in self.operations.items():
            box.setChecked(d.operations.get(op) is TaskState.DONE)
        if not keep_error:
            show_error(self.error, None)
        self._show_findings(findings(d, self.session.household, self.session.today()))
        self.state.set_status(delegation_status(d, self.session.household, self.session.today()))
        accessible.qualify(self, self.title.text())  # two delegations' controls are told apart

    # --- the rules' findings, each with its fix in place ------------------------------------------

    def _show_findings(self, found: tuple[Finding, ...]) -> None:
        if found == self.shown_findings:
            return
        self.shown_findings = found
        for row in self.finding_rows:
            row.deleteLater()
        self.finding_rows = []
        lang = self.session.lang
        for f in found:
            row = QWidget()
            row.setObjectName(f"finding_{f.code.value}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = f"{finding_mark(f)} " + finding_text(
                f, lambda t: type_name(t, self.session.catalog, lang)
            )
            label = PlainLabel(text)
            label.setObjectName("findingText")
            label.setWordWrap(True)
            label.setAccessibleName(text)
            if f.is_warning:
                bold(label)
            line.addWidget(label, 1)
            fix = self._fix_button(f)
            if fix is not None:
                line.addWidget(fix, 0, Qt.AlignmentFlag.AlignTop)
            self.findings_layout.addWidget(row)
            self.finding_rows.append(row)
        self.findings_box.setVisible(bool(found))

    def _fix_button(self, f: Finding) -> QPushButton | None:
        if f.code in (FindingCode.MISSES_FILING_PERIOD, FindingCode.ENDS_SOON, FindingCode.EXPIRED):
            button = QPushButton(QCoreApplication.translate("Plan", "終了日を直す"))
            button.clicked.connect(lambda: self._focus(self.valid_to))
        elif f.code is FindingCode.NO_VALIDITY:
            button = QPushButton(QCoreApplication.translate("Plan", "有効期間を入れる"))
            button.clicked.connect(lambda: self._focus(self.valid_from))
        elif f.code is FindingCode.NO_MEDICAL_SERVICE:
            button = QPushButton(QCoreApplication.translate("Plan", "医療費通知情報の委任を受けた"))
            button.clicked.connect(self._add_medical)
        elif f.code is FindingCode.OWN_PREPARATION:
            name = self.session.profile_name(f.delegator_profile_id)
            button = QPushButton(
                QCoreApplication.translate("Plan", "{name}の事前準備を開く").format(name=name)
            )
            button.clicked.connect(lambda: self._open_preparation(f.delegator_profile_id))
        else:
            return None
        button.setObjectName(f"fix_{f.code.value}")
        button.setAccessibleName(button.text())
        button.setAutoDefault(False)
        return button

    def _focus(self, edit: QDateEdit) -> None:
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.setSelectedSection(QDateEdit.Section.YearSection)

    def _add_medical(self) -> None:
        current = self.session.delegation(self.delegation_id)
        if current is not None:
            self._save(services=current.services | {DelegatedService.MEDICAL_NOTICES})

    def _open_preparation(self, profile_id: int) -> None:
        self.session.set_current_profile(profile_id)
        self.bus.show_step.emit(StepId.STEP1)


class DelegationEditor(SessionSection):
    def __init__(self, session: HouseholdSession, bus: ViewBus) -> None:
        super().__init__(session, "delegationEditor", QCoreApplication.translate("Plan", "代理人設定の記録"))
        self.only_one = self.add_hint(
            QCoreApplication.translate(
                "Plan", "代理人設定を記録するには、上の「家族を追加」でご家族を登録してください。"
            )
        )
        self.delegates_only = self.add_hint("", "delegatesOnly")

        self.add_box = QGroupBox(QCoreApplication.translate("Plan", "新しい代理人設定を記録"))
        form = QFormLayout(self.add_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.new_delegator = QComboBox()
        self.new_delegator.setAccessibleName(QCoreApplication.translate("Plan", "新しい代理人設定の委任者"))
        self.new_delegator.setAccessibleDescription(
            QCoreApplication.translate("Plan", "データを取得される家族")
        )
        self.new_delegate = QComboBox()
        self.new_delegate.setAccessibleName(QCoreApplication.translate("Plan", "新しい代理人設定の代理人"))
        self.new_delegate.setAccessibleDescription(QCoreApplication.translate("Plan", "代わりに申告する人"))
        self.new_relation = QLineEdit()
        self.new_relation.setPlaceholderText(QCoreApplication.translate("Plan", "例: 妻、長男、母"))
        self.new_relation.setAccessibleName(
            QCoreApplication.translate("Plan", "新しい代理人設定の代理関係名")
        )
        self.new_relation.setAccessibleDescription(
            QCoreApplication.translate("Plan", "マイナポータルで入力する代理関係名")
        )
        self.add_button = QPushButton(QCoreApplication.translate("Plan", "記録する(&D)"))
        self.add_button.setAutoDefault(False)
        self.add_button.setAccessibleName(QCoreApplication.translate("Plan", "代理人設定を記録する"))
        self.add_error = error_label()
        form.addRow(QCoreApplication.translate("Plan", "委任者:"), self.new_delegator)
        form.addRow(QCoreApplication.translate("Plan", "代理人:"), self.new_delegate)
        form.addRow(QCoreApplication.translate("Plan", "代理関係名:"), self.new_relation)
        form.addRow(self.add_button)
        form.addRow(self.add_error)
        self.add_button.clicked.connect(self.add)
        self.new_relation.returnPressed.connect(self.add)

        # the recorded ones first, then the form for a new one
        self.cards: KeyedRows[int, DelegationCard] = self.add_rows(
            lambda did: DelegationCard(session, bus, did)
        )
        self.column.addWidget(self.add_box)
        self.follow_session(self.refresh)

    def card(self, delegation_id: int) -> DelegationCard:
        return self.cards.rows[delegation_id]

    def add(self) -> None:
        delegator = self.new_delegator.currentData()
        delegate = self.new_delegate.currentData()
        if not isinstance(delegator, int) or not isinstance(delegate, int):
            return
        draft = Delegation(
            id=0,
            delegator_profile_id=delegator,
            delegate_profile_id=delegate,
            relation_name=self.new_relation.text(),
        )
        error = self.session.save_delegation(draft)
        show_error(self.add_error, error)
        if error is None:
            self.new_relation.clear()

    def refresh(self) -> None:
        c = self.session
        members = c.members
        self.setEnabled(c.is_loaded and not c.read_only)
        self.only_one.setVisible(len(members) < 2)
        plan, profile = c.plan, c.profile
        only = plan is not None and profile is not None and plan.delegates_only
        self.delegates_only.setText(delegates_only_text(profile.display_name) if only and profile else "")
        self.delegates_only.setVisible(only)
        self.add_box.setVisible(len(members) >= 2)
        others = [m.profile.id for m in members if m.profile.id != c.profile_id]
        if self.new_delegator.findData(
            self.new_delegator.currentData()
        ) < 0 or self.new_delegator.count() != len(members):
            _fill_members(self.new_delegator, c, others[0] if others else None)
            _fill_members(self.new_delegate, c, c.profile_id)
        delegations = c.household.delegations
        for (_did, card), d in zip(self.cards.sync([d.id for d in delegations]), delegations, strict=True):
            card.update_from(d)
