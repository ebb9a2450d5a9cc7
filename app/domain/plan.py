"""A household member's preparation plan, computed from what was recorded. Pure functions only.

Entry point for the GUI and the CLI: :func:`build_plan` (``member`` + ``catalog`` + ``today``) returns a
:class:`Plan` with

- ``linkages``: the STEP3 rows (e-Tax first, then each 民間送達サービス in use, ねんきんネット), each with
  the recorded :class:`LinkageStatus`;
- ``issuer_tasks``: per selected issuer on a 民間送達サービス, STEP4 ① registration/consent and ② linkage;
- ``step5_needed``;
- ``certificates``: each selection's readiness in マイナポータル's words (未記載 when not listed);
- ``badges``: a :class:`Badge` for every :class:`StepId`; ``summary``: "n of m ready";
- ``next_action``: the single next thing to do (or to wait for), ``None`` only when all is done.

Every step is reduced to *units* (one checklist item, one linkage, one STEP4 task, one certificate)
with a :class:`UnitState`; badges and the next action are both derived from the same units in the
guide's order, so they always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from app.domain import deadlines
from app.domain.calendar_jp import add_business_days
from app.domain.catalog import Catalog, CatalogEntry
from app.domain.channels import (
    SERVICE_ORDER,
    listed_in_readiness,
    needs_issuer_tasks,
    services_for,
)
from app.domain.delegation_rules import delegates_only
from app.domain.model import (
    CertificateSelection,
    Channel,
    Delegation,
    DelegationOperation,
    Household,
    LinkageRecord,
    LinkageStatus,
    MemberState,
    Readiness,
    Service,
    TaskState,
)
from app.domain.received import ReceivedFile, find_received
from app.domain.steps import CHECKLIST_ITEMS, StepId, items_of

FOLLOW_UP_BUSINESS_DAYS = 3


class UnitState(StrEnum):
    """The state of one unit of work, from the user's point of view."""

    TODO = "todo"  # the user can act now
    WAITING = "waiting"  # the user acted; waiting for someone else (approval, delivery)
    DONE = "done"
    NOT_NEEDED = "not_needed"


class Badge(StrEnum):
    """A step's badge in the sidebar."""

    DONE = "done"
    IN_PROGRESS = "in_progress"  # nothing to do right now, something is being waited for
    NEEDS_ACTION = "needs_action"
    NOT_NEEDED = "not_needed"
    UNDECIDED = "undecided"  # STEP3–5 before anything is chosen in STEP2: their need is not known yet


# Steps whose need depends on the STEP2 choice.
DECIDED_BY_STEP2: frozenset[StepId] = frozenset({StepId.STEP3, StepId.STEP4, StepId.STEP5})


class ActionKind(StrEnum):
    DO_ITEM = "do_item"  # a fixed checklist item (steps.CHECKLIST_ITEMS): item_id
    SELECT_CERTIFICATES = "select_certificates"  # STEP2: choose what to obtain
    LINK_SERVICE = "link_service"  # STEP3: link マイナポータル with service
    CONFIRM_LINKAGE = "confirm_linkage"  # STEP3: the list shows 確認: check on the service's site
    REGISTER_WITH_ISSUER = "register_with_issuer"  # STEP4 ①: certificate_id, issuer, type_id
    LINK_ISSUER = "link_issuer"  # STEP4 ②: channel + issuer
    CHECK_READINESS = "check_readiness"  # 準備完了: check 証明書の準備状況 for certificate_id
    CONFIRM_DATA = (
        "confirm_data"  # 準備完了, 未記載 items: confirm on the delivering site that the data is there
    )
    DELEGATION_STEP = "delegation_step"  # 代理人設定: delegation_id, operation


class WaitingFor(StrEnum):
    """What a certificate that is not ready yet is waiting for."""

    DATA = "data"  # linked; the data is not confirmed on the delivering site yet (未記載 items)


class IssuerTaskKind(StrEnum):
    REGISTRATION = "registration"  # ① 電子交付サービスの利用者登録・電子交付への同意
    LINK = "link"  # ② 民間送達サービスと発行企業の連携


@dataclass(frozen=True, slots=True)
class NextAction:
    """What to do next, as codes. ``waiting``: the action is done and its result is awaited."""

    kind: ActionKind
    step: StepId
    subject: str  # the timeline subject: "item:step1.app", "linkage:etax", "certificate:12", ...
    waiting: bool = False
    follow_up: date | None = None
    item_id: str | None = None
    service: Service | None = None
    channel: Channel | None = None
    certificate_id: int | None = None
    type_id: str | None = None
    issuer: str | None = None
    delegation_id: int | None = None
    operation: DelegationOperation | None = None


@dataclass(frozen=True, slots=True)
class LinkageRow:
    """A STEP3 row: one service to link with マイナポータル."""

    service: Service
    status: LinkageStatus | None  # as recorded from the 連携状況リスト; None: not recorded
    state: UnitState
    follow_up: date | None
    certificate_ids: tuple[int, ...]  # the selections that need this linkage
    site_linked: bool | None = None  # for 確認: what the user found on the site (None: not checked)


@dataclass(frozen=True, slots=True)
class IssuerTask:
    """A STEP4 task for one selected issuer."""

    certificate_id: int
    type_id: str
    issuer: str
    channel: Channel
    kind: IssuerTaskKind
    state: TaskState  # as recorded
    unit_state: UnitState  # ② waits while ① is awaited
    follow_up: date | None


@dataclass(frozen=True, slots=True)
class CertificateStatus:
    certificate_id: int
    type_id: str
    issuer: str
    channel: Channel
    listed: bool  # whether 証明書の準備状況 shows it
    readiness: Readiness | None  # 未記載 when not listed; else as recorded (None: not recorded yet)
    prerequisites_done: bool  # STEP3 linkages, STEP4 tasks and STEP5 (if needed) are done
    ready: bool  # counted as ready in the summary
    state: UnitState
    waiting_for: WaitingFor | None = None  # set while linked but not ready
    expected: date | None = None  # when the data usually arrives for the tax year (catalog), if known
    data_confirmed_on: date | None = None  # when the user confirmed the data on the delivering site
    # A verified electronic certificate for the target tax year: the data itself, which makes the
    # certificate ready whatever the portal shows (None: no such file imported).
    received: ReceivedFile | None = None


@dataclass(frozen=True, slots=True)
class ReadinessDecision:
    ready: bool
    state: UnitState
    readiness: Readiness | None
    waiting_for: WaitingFor | None
    expected: date | None


@dataclass(frozen=True, slots=True)
class ReadySummary:
    ready: int
    total: int
    received: int = 0  # of the ready ones, how many are proven by a verified file

    @property
    def all_ready(self) -> bool:
        return self.total > 0 and self.ready == self.total


@dataclass(frozen=True, slots=True)
class Unit:
    step: StepId
    state: UnitState
    action: NextAction


@dataclass(frozen=True, slots=True)
class Plan:
    profile_id: int
    linkages: tuple[LinkageRow, ...]
    issuer_tasks: tuple[IssuerTask, ...]
    step5_needed: bool
    certificates: tuple[CertificateStatus, ...]
    badges: Mapping[StepId, Badge]
    summary: ReadySummary
    next_action: NextAction | None
    units: tuple[Unit, ...]
    delegates_only: bool = False  # only hands over 医療費通知情報 (delegation_rules.delegates_only)

    def tasks_of(self, certificate_id: int) -> tuple[IssuerTask, ...]:
        return tuple(t for t in self.issuer_tasks if t.certificate_id == certificate_id)


# --- small pieces ------------------------------------------------------------------------------


def _entry(catalog: Catalog, selection: CertificateSelection) -> CatalogEntry | None:
    return catalog.get(selection.type_id)


def _listed(catalog: Catalog, selection: CertificateSelection) -> bool:
    entry = _entry(catalog, selection)
    if entry is not None and selection.channel in entry.channels:
        return entry.listed_in_readiness(selection.channel)
    return listed_in_readiness(selection.channel)


def _task_unit(state: TaskState) -> UnitState:
    return {
        TaskState.TODO: UnitState.TODO,
        TaskState.WAITING: UnitState.WAITING,
        TaskState.DONE: UnitState.DONE,
        TaskState.NOT_NEEDED: UnitState.NOT_NEEDED,
    }[state]


def _is_done(state: UnitState) -> bool:
    return state in (UnitState.DONE, UnitState.NOT_NEEDED)


def item_state(member: MemberState, item_id: str) -> TaskState:
    item = member.progress.get(item_id)
    return TaskState.TODO if item is None else item.state


def _item_follow_up(member: MemberState, item_id: str) -> date | None:
    item = member.progress.get(item_id)
    return None if item is None else item.follow_up


# --- (a) STEP3 ---------------------------------------------------------------------------------


def required_services(member: MemberState) -> tuple[Service, ...]:
    """The STEP3 linkages the selections need, e-Tax first (empty when none is needed)."""
    needed: set[Service] = set()
    for selection in member.certificates:
        needed.update(services_for(selection.channel))
    return tuple(s for s in SERVICE_ORDER if s in needed)


def linkage_state(record: LinkageRecord | None, today: date) -> UnitState:
    """完了 is done, and so is 確認 once the user found the linkage on that site. 確認 otherwise asks
    the user to look on the site now (no follow-up wait: it is the user's own check). Else waiting while
    a follow-up date lies ahead, else to do."""
    if record is not None and record.status is LinkageStatus.COMPLETE:
        return UnitState.DONE
    if record is not None and record.status is LinkageStatus.CHECK:
        return UnitState.DONE if record.site_linked else UnitState.TODO
    if record is not None and record.follow_up is not None and record.follow_up > today:
        return UnitState.WAITING
    return UnitState.TODO


def linkage_rows(member: MemberState, today: date) -> tuple[LinkageRow, ...]:
    rows: list[LinkageRow] = []
    for service in required_services(member):
        record = member.linkages.get(service)
        ids = tuple(c.id for c in member.certificates if service in services_for(c.channel))
        rows.append(
            LinkageRow(
                service=service,
                status=None if record is None else record.status,
                state=linkage_state(record, today),
                follow_up=None if record is None else record.follow_up,
                certificate_ids=ids,
                site_linked=None if record is None else record.site_linked,
            )
        )
    return tuple(rows)


# --- (b) STEP4 ---------------------------------------------------------------------------------


def issuer_tasks(member: MemberState, catalog: Catalog | None = None) -> tuple[IssuerTask, ...]:
    """① and ② for every selected issuer on a 民間送達サービス; ① alone for an item whose catalog entry
    has a registration task of its own (e.g. ねんきんネット「電子送付を希望する」); none otherwise."""
    tasks: list[IssuerTask] = []
    for c in member.certificates:
        if not needs_issuer_tasks(c.channel):
            entry = None if catalog is None else catalog.get(c.type_id)
            if entry is not None and entry.registration_task:
                tasks.append(
                    IssuerTask(
                        certificate_id=c.id,
                        type_id=c.type_id,
                        issuer=c.issuer,
                        channel=c.channel,
                        kind=IssuerTaskKind.REGISTRATION,
                        state=c.registration,
                        unit_state=_task_unit(c.registration),
                        follow_up=c.follow_up,
                    )
                )
            continue
        reg_unit = _task_unit(c.registration)
        link_unit = _task_unit(c.issuer_link)
        if link_unit is UnitState.TODO and reg_unit is UnitState.WAITING:
            link_unit = UnitState.WAITING  # ② can only start once ① is approved
        for kind, state, unit in (
            (IssuerTaskKind.REGISTRATION, c.registration, reg_unit),
            (IssuerTaskKind.LINK, c.issuer_link, link_unit),
        ):
            tasks.append(
                IssuerTask(
                    certificate_id=c.id,
                    type_id=c.type_id,
                    issuer=c.issuer,
                    channel=c.channel,
                    kind=kind,
                    state=state,
                    unit_state=unit,
                    follow_up=c.follow_up,
                )
            )
    return tuple(tasks)


# --- (c) STEP5 ---------------------------------------------------------------------------------


def step5_needed(member: MemberState, catalog: Catalog) -> bool:
    """True when a selection needs e-Taxマイページ's 情報取得希望 (給与所得の源泉徴収票, 年末残高情報)."""
    for selection in member.certificates:
        entry = _entry(catalog, selection)
        if entry is not None and entry.needs_step5:
            return True
    return False


# --- (d) readiness ------------------------------------------------------------------------------


def _combine(states: Iterable[UnitState]) -> UnitState:
    """All done → done; any to-do → to do; else waiting."""
    states = tuple(states)
    if all(_is_done(s) for s in states):
        return UnitState.DONE
    if any(s is UnitState.TODO for s in states):
        return UnitState.TODO
    return UnitState.WAITING


def expected_date(entry: CatalogEntry | None, today: date) -> date | None:
    """When the item's data usually arrives for the tax year being prepared on ``today`` (catalog)."""
    if entry is None:
        return None
    return deadlines.availability_hint(entry, deadlines.current_tax_year(today)).usual_from


def confirmed_this_season(confirmed_on: date | None, today: date) -> bool:
    """A confirmation counts for the tax year being prepared when it was made, not for later years."""
    return confirmed_on is not None and (
        deadlines.current_tax_year(confirmed_on) == deadlines.current_tax_year(today)
    )


def decide_readiness(
    selection: CertificateSelection,
    *,
    listed: bool,
    prerequisites: UnitState,
    expected: date | None,
    today: date,
    received: ReceivedFile | None = None,
) -> ReadinessDecision:
    """THE rule for whether a certificate counts as ready (the one place; the summary counts it).

    - Listed items (e-私書箱, マイナポータル): ready when the user recorded 準備完了 from 証明書の準備状況.
    - Unlisted items (未記載: ねんきんネット, MyPost, 民間送達・e-Tax連携サービス, e-Tax, which includes the
      STEP5 salary slip): a recorded linkage is not enough, since the data arrives only when it is issued.
      Ready only once the user confirmed on the delivering site, this season, that the data is there;
      until then "linked, waiting for the data", with the catalog's expected date.
    - A verified electronic certificate file for the tax year (``received``) is the data itself:
      ready whatever the portal shows.
    """
    if received is not None:  # the data is in hand: nothing left to wait for
        shown = selection.readiness if listed else Readiness.NOT_LISTED
        return ReadinessDecision(True, UnitState.DONE, shown, None, expected)
    if listed:
        readiness = selection.readiness
        if readiness is Readiness.READY:
            return ReadinessDecision(True, UnitState.DONE, readiness, None, expected)
        waiting = readiness is Readiness.PROCESSING or prerequisites is UnitState.WAITING
        return ReadinessDecision(
            False, UnitState.WAITING if waiting else UnitState.TODO, readiness, None, expected
        )
    readiness = Readiness.NOT_LISTED
    if prerequisites is not UnitState.DONE:
        return ReadinessDecision(False, prerequisites, readiness, None, expected)
    if confirmed_this_season(selection.data_confirmed_on, today):
        return ReadinessDecision(True, UnitState.DONE, readiness, None, expected)
    state = UnitState.WAITING if expected is not None and expected > today else UnitState.TODO
    return ReadinessDecision(False, state, readiness, WaitingFor.DATA, expected)


def certificate_statuses(member: MemberState, catalog: Catalog, today: date) -> tuple[CertificateStatus, ...]:
    """Each selection's readiness in マイナポータル's words, and whether it counts as ready
    (:func:`decide_readiness`)."""
    need_step5 = step5_needed(member, catalog)
    tax_year = deadlines.current_tax_year(today)
    s5_state = _combine(_task_unit(item_state(member, i.id)) for i in items_of(StepId.STEP5))
    result: list[CertificateStatus] = []
    for c in member.certificates:
        entry = _entry(catalog, c)
        prereq: list[UnitState] = [
            linkage_state(member.linkages.get(s), today) for s in services_for(c.channel)
        ]
        for task in issuer_tasks(replace(member, certificates=(c,)), catalog):
            prereq.append(task.unit_state)
        if entry is not None and entry.needs_step5 and need_step5:
            prereq.append(s5_state)
        pre_state = _combine(prereq)
        listed = _listed(catalog, c)
        proof = find_received(c.type_id, c.issuer, member.received, tax_year)
        decision = decide_readiness(
            c,
            listed=listed,
            prerequisites=pre_state,
            expected=expected_date(entry, today),
            today=today,
            received=proof,
        )
        result.append(
            CertificateStatus(
                certificate_id=c.id,
                type_id=c.type_id,
                issuer=c.issuer,
                channel=c.channel,
                listed=listed,
                readiness=decision.readiness,
                prerequisites_done=pre_state is UnitState.DONE,
                ready=decision.ready,
                state=decision.state,
                waiting_for=decision.waiting_for,
                expected=decision.expected,
                data_confirmed_on=c.data_confirmed_on,
                received=proof,
            )
        )
    return tuple(result)


def ready_summary(certificates: Sequence[CertificateStatus]) -> ReadySummary:
    """The 準備完了 page's "n of m ready"."""
    return ReadySummary(
        sum(1 for c in certificates if c.ready),
        len(certificates),
        sum(1 for c in certificates if c.received is not None),
    )


# --- units, badges, next action -------------------------------------------------------------------


def _item_units(member: MemberState, step: StepId, *, needed: bool = True) -> list[Unit]:
    units: list[Unit] = []
    for item in items_of(step):
        state = _task_unit(item_state(member, item.id)) if needed else UnitState.NOT_NEEDED
        action = NextAction(
            ActionKind.DO_ITEM,
            step,
            f"item:{item.id}",
            item_id=item.id,
            follow_up=_item_follow_up(member, item.id),
        )
        units.append(Unit(step, state, action))
    return units


def _cert_action(kind: ActionKind, step: StepId, c: CertificateSelection, subject: str) -> NextAction:
    return NextAction(
        kind,
        step,
        subject,
        channel=c.channel,
        certificate_id=c.id,
        type_id=c.type_id,
        issuer=c.issuer,
        follow_up=c.follow_up,
    )


def plan_units(
    member: MemberState,
    catalog: Catalog,
    today: date,
    delegations: Sequence[Delegation] = (),
) -> tuple[Unit, ...]:
    """Every unit of work in the guide's order (STEP0 … STEP5, 準備完了, 代理人設定)."""
    units: list[Unit] = []
    units += _item_units(member, StepId.STEP0)
    units += _item_units(member, StepId.STEP1)
    units += _item_units(member, StepId.STEP2)
    has_selection = bool(member.certificates)
    units.append(
        Unit(
            StepId.STEP2,
            UnitState.DONE
            if has_selection
            else UnitState.NOT_NEEDED
            if delegates_only(member, delegations)
            else UnitState.TODO,
            NextAction(ActionKind.SELECT_CERTIFICATES, StepId.STEP2, "selection"),
        )
    )
    rows = linkage_rows(member, today)
    units += _item_units(member, StepId.STEP3, needed=bool(rows))
    for row in rows:
        # 確認: look on the site; once found "not linked yet", the action is to link with the site.
        checking = row.status is LinkageStatus.CHECK and row.site_linked is not False
        kind = ActionKind.CONFIRM_LINKAGE if checking else ActionKind.LINK_SERVICE
        units.append(
            Unit(
                StepId.STEP3,
                row.state,
                NextAction(
                    kind,
                    StepId.STEP3,
                    f"linkage:{row.service.value}",
                    service=row.service,
                    follow_up=row.follow_up,
                ),
            )
        )
    by_id = {c.id: c for c in member.certificates}
    for task in issuer_tasks(member, catalog):
        c = by_id[task.certificate_id]
        if task.kind is IssuerTaskKind.REGISTRATION:
            action = _cert_action(
                ActionKind.REGISTER_WITH_ISSUER, StepId.STEP4, c, f"certificate:{c.id}:registration"
            )
        else:
            action = _cert_action(ActionKind.LINK_ISSUER, StepId.STEP4, c, f"certificate:{c.id}:issuer_link")
        units.append(Unit(StepId.STEP4, task.unit_state, action))
    units += _item_units(member, StepId.STEP5, needed=step5_needed(member, catalog))
    for status in certificate_statuses(member, catalog, today):
        c = by_id[status.certificate_id]
        if status.listed:
            units.append(
                Unit(
                    StepId.READY,
                    status.state,
                    _cert_action(ActionKind.CHECK_READINESS, StepId.READY, c, f"certificate:{c.id}"),
                )
            )
        elif status.prerequisites_done:
            # 未記載: the delivering site is where the data is checked; wait for its usual date.
            action = replace(
                _cert_action(ActionKind.CONFIRM_DATA, StepId.READY, c, f"certificate:{c.id}:data"),
                follow_up=status.expected if status.state is UnitState.WAITING else c.follow_up,
            )
            units.append(Unit(StepId.READY, status.state, action))
    units += _item_units(member, StepId.READY)
    pid = member.profile.id
    for d in delegations:
        if pid not in (d.delegator_profile_id, d.delegate_profile_id):
            continue
        for op in DelegationOperation:
            state = _task_unit(d.operations.get(op, TaskState.TODO))
            units.append(
                Unit(
                    StepId.DELEGATION,
                    state,
                    NextAction(
                        ActionKind.DELEGATION_STEP,
                        StepId.DELEGATION,
                        f"delegation:{d.id}:{op.value}",
                        delegation_id=d.id,
                        operation=op,
                    ),
                )
            )
    return tuple(units)


def badge_of(states: Iterable[UnitState]) -> Badge:
    states = tuple(states)
    if all(s is UnitState.NOT_NEEDED for s in states):
        return Badge.NOT_NEEDED
    if all(_is_done(s) for s in states):
        return Badge.DONE
    if any(s is UnitState.TODO for s in states):
        return Badge.NEEDS_ACTION
    return Badge.IN_PROGRESS


def step_badges(units: Sequence[Unit], *, decided: bool = True) -> dict[StepId, Badge]:
    """A badge for every StepId (a step without units is not needed). Before the STEP2 choice
    (``decided`` false) STEP3–5 are undecided, not "not needed"."""
    badges = {step: badge_of(u.state for u in units if u.step is step) for step in StepId}
    if not decided:
        for step in DECIDED_BY_STEP2:
            if badges[step] is Badge.NOT_NEEDED:
                badges[step] = Badge.UNDECIDED
    return badges


def next_action(units: Sequence[Unit]) -> NextAction | None:
    """The first thing to do in the guide's order; else the earliest awaited thing; else None."""
    for unit in units:
        if unit.state is UnitState.TODO:
            return unit.action
    waiting = [u for u in units if u.state is UnitState.WAITING]
    if not waiting:
        return None
    first = min(
        enumerate(waiting),
        key=lambda p: (p[1].action.follow_up is None, p[1].action.follow_up or date.min, p[0]),
    )[1]
    return replace(first.action, waiting=True)


def build_plan(
    member: MemberState,
    catalog: Catalog,
    today: date,
    delegations: Sequence[Delegation] = (),
) -> Plan:
    """The whole plan of one household member (see the module docstring)."""
    units = plan_units(member, catalog, today, delegations)
    certificates = certificate_statuses(member, catalog, today)
    only_delegates = delegates_only(member, delegations)
    return Plan(
        profile_id=member.profile.id,
        linkages=linkage_rows(member, today),
        issuer_tasks=issuer_tasks(member, catalog),
        step5_needed=step5_needed(member, catalog),
        certificates=certificates,
        badges=step_badges(units, decided=bool(member.certificates) or only_delegates),
        summary=ready_summary(certificates),
        next_action=next_action(units),
        units=units,
        delegates_only=only_delegates,
    )


# --- (h) follow-ups ---------------------------------------------------------------------------


def default_follow_up(day: date) -> date:
    """Three business days after ``day`` (weekends and national holidays skipped)."""
    return add_business_days(day, FOLLOW_UP_BUSINESS_DAYS)


@dataclass(frozen=True, slots=True)
class FollowUp:
    profile_id: int
    subject: str  # "item:<id>", "linkage:<service>", "certificate:<id>"
    due: date
    step: StepId


def follow_ups(member: MemberState, catalog: Catalog, today: date) -> tuple[FollowUp, ...]:
    """Every follow-up date recorded on something not yet done, earliest first."""
    result: list[FollowUp] = []
    pid = member.profile.id
    for item in CHECKLIST_ITEMS:
        progress = member.progress.get(item.id)
        if (
            progress is not None
            and progress.follow_up is not None
            and progress.state
            in (
                TaskState.TODO,
                TaskState.WAITING,
            )
        ):
            result.append(FollowUp(pid, f"item:{item.id}", progress.follow_up, item.step))
    for service, record in member.linkages.items():
        if (
            record.follow_up is not None
            and record.status is not LinkageStatus.COMPLETE
            and service in required_services(member)
        ):
            result.append(FollowUp(pid, f"linkage:{service.value}", record.follow_up, StepId.STEP3))
    statuses = {s.certificate_id: s for s in certificate_statuses(member, catalog, today)}
    for c in member.certificates:
        if c.follow_up is None or statuses[c.id].ready:
            continue
        open_tasks = needs_issuer_tasks(c.channel) and not (
            _is_done(_task_unit(c.registration)) and _is_done(_task_unit(c.issuer_link))
        )
        step = StepId.STEP4 if open_tasks else StepId.READY
        result.append(FollowUp(pid, f"certificate:{c.id}", c.follow_up, step))
    return tuple(sorted(result, key=lambda f: (f.due, f.subject)))


def due_follow_ups(members: Iterable[MemberState], catalog: Catalog, at: date) -> tuple[FollowUp, ...]:
    """The follow-ups due on or before ``at`` for all given members (shown at start-up)."""
    due: list[FollowUp] = []
    for member in members:
        due.extend(f for f in follow_ups(member, catalog, at) if f.due <= at)
    return tuple(sorted(due, key=lambda f: (f.due, f.profile_id, f.subject)))


def household_plans(household: Household, catalog: Catalog, today: date) -> dict[int, Plan]:
    """One plan per member (keyed by profile id), with the household's delegations."""
    return {m.profile.id: build_plan(m, catalog, today, household.delegations) for m in household.members}
