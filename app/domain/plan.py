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

from app.domain.calendar_jp import add_business_days
from app.domain.catalog import Catalog, CatalogEntry
from app.domain.channels import (
    SERVICE_ORDER,
    listed_in_readiness,
    needs_issuer_tasks,
    services_for,
)
from app.domain.deadlines import current_tax_year
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


class ActionKind(StrEnum):
    DO_ITEM = "do_item"  # a fixed checklist item (steps.CHECKLIST_ITEMS): item_id
    SELECT_CERTIFICATES = "select_certificates"  # STEP2: choose what to obtain
    LINK_SERVICE = "link_service"  # STEP3: link マイナポータル with service
    CONFIRM_LINKAGE = "confirm_linkage"  # STEP3: the list shows 確認: check on the service's site
    REGISTER_WITH_ISSUER = "register_with_issuer"  # STEP4 ①: certificate_id, issuer, type_id
    LINK_ISSUER = "link_issuer"  # STEP4 ②: channel + issuer
    CHECK_READINESS = "check_readiness"  # 準備完了: check 証明書の準備状況 for certificate_id
    DELEGATION_STEP = "delegation_step"  # 代理人設定: delegation_id, operation


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
    # A verified electronic certificate for the target tax year: the data itself, which makes the
    # certificate ready whatever the portal shows (None: no such file imported).
    received: ReceivedFile | None = None


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
    """完了 is done; otherwise waiting while a follow-up date lies ahead, else to do."""
    if record is not None and record.status is LinkageStatus.COMPLETE:
        return UnitState.DONE
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
            )
        )
    return tuple(rows)


# --- (b) STEP4 ---------------------------------------------------------------------------------


def issuer_tasks(member: MemberState) -> tuple[IssuerTask, ...]:
    """① and ② for every selected issuer on a 民間送達サービス; none for other channels."""
    tasks: list[IssuerTask] = []
    for c in member.certificates:
        if not needs_issuer_tasks(c.channel):
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


def certificate_statuses(member: MemberState, catalog: Catalog, today: date) -> tuple[CertificateStatus, ...]:
    """Each selection's readiness in マイナポータル's words, and whether it counts as ready.

    Listed items (e-私書箱, マイナポータル) are ready when the user recorded 準備完了. Unlisted items
    (民間送達・e-Tax連携サービス, MyPost, ねんきんネット, e-Tax) always read 未記載 and count as ready once
    their prerequisites are done (their own sites are where they are checked). A verified file for the
    current tax year (``member.received``) makes any of them ready.
    """
    need_step5 = step5_needed(member, catalog)
    tax_year = current_tax_year(today)
    s5_state = _combine(_task_unit(item_state(member, i.id)) for i in items_of(StepId.STEP5))
    result: list[CertificateStatus] = []
    for c in member.certificates:
        entry = _entry(catalog, c)
        prereq: list[UnitState] = [
            linkage_state(member.linkages.get(s), today) for s in services_for(c.channel)
        ]
        for task in issuer_tasks(replace(member, certificates=(c,))):
            prereq.append(task.unit_state)
        if entry is not None and entry.needs_step5 and need_step5:
            prereq.append(s5_state)
        pre_state = _combine(prereq)
        listed = _listed(catalog, c)
        proof = find_received(c.type_id, c.issuer, member.received, tax_year)
        if listed:
            readiness = c.readiness
            ready = readiness is Readiness.READY
            if ready:
                state = UnitState.DONE
            elif readiness is Readiness.PROCESSING or pre_state is UnitState.WAITING:
                state = UnitState.WAITING
            else:
                state = UnitState.TODO
        else:
            readiness = Readiness.NOT_LISTED
            ready = pre_state is UnitState.DONE
            state = pre_state
        if proof is not None:  # the data is in hand: nothing left to wait for
            ready, state = True, UnitState.DONE
        result.append(
            CertificateStatus(
                certificate_id=c.id,
                type_id=c.type_id,
                issuer=c.issuer,
                channel=c.channel,
                listed=listed,
                readiness=readiness,
                prerequisites_done=pre_state is UnitState.DONE,
                ready=ready,
                state=state,
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
            UnitState.DONE if has_selection else UnitState.TODO,
            NextAction(ActionKind.SELECT_CERTIFICATES, StepId.STEP2, "selection"),
        )
    )
    rows = linkage_rows(member, today)
    units += _item_units(member, StepId.STEP3, needed=bool(rows))
    for row in rows:
        kind = ActionKind.CONFIRM_LINKAGE if row.status is LinkageStatus.CHECK else ActionKind.LINK_SERVICE
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
    for task in issuer_tasks(member):
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


def step_badges(units: Sequence[Unit]) -> dict[StepId, Badge]:
    """A badge for every StepId (a step without units is not needed)."""
    return {step: badge_of(u.state for u in units if u.step is step) for step in StepId}


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
    return Plan(
        profile_id=member.profile.id,
        linkages=linkage_rows(member, today),
        issuer_tasks=issuer_tasks(member),
        step5_needed=step5_needed(member, catalog),
        certificates=certificates,
        badges=step_badges(units),
        summary=ready_summary(certificates),
        next_action=next_action(units),
        units=units,
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
