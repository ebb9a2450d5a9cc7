"""The rows of STEP3 (linkages), STEP4 (issuer tasks), STEP5 and 準備完了 (each certificate's readiness,
with THE readiness rule :func:`decide_readiness`), from one member's records. Pure functions only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from app.domain import deadlines, seasons
from app.domain.catalog import Catalog, CatalogEntry
from app.domain.channels import SERVICE_ORDER, listed_in_readiness, needs_issuer_tasks, services_for
from app.domain.model import (
    CertificateSelection,
    LinkageRecord,
    LinkageStatus,
    MemberState,
    Readiness,
    Service,
    TaskState,
)
from app.domain.plan_types import (
    CertificateStatus,
    IssuerTask,
    IssuerTaskKind,
    LinkageRow,
    ReadinessDecision,
    ReadySummary,
    UnitState,
    WaitingFor,
)
from app.domain.received import ReceivedFile, find_received
from app.domain.steps import StepId, items_of

# --- small pieces ------------------------------------------------------------------------------


def _entry(catalog: Catalog, selection: CertificateSelection) -> CatalogEntry | None:
    return catalog.get(selection.type_id)


def _listed(catalog: Catalog, selection: CertificateSelection) -> bool:
    entry = _entry(catalog, selection)
    if entry is not None and selection.channel in entry.channels:
        return entry.listed_in_readiness(selection.channel)
    return listed_in_readiness(selection.channel)


def task_unit(state: TaskState) -> UnitState:
    return {
        TaskState.TODO: UnitState.TODO,
        TaskState.WAITING: UnitState.WAITING,
        TaskState.DONE: UnitState.DONE,
        TaskState.NOT_NEEDED: UnitState.NOT_NEEDED,
    }[state]


def is_done(state: UnitState) -> bool:
    return state in (UnitState.DONE, UnitState.NOT_NEEDED)


def item_state(member: MemberState, item_id: str) -> TaskState:
    item = member.progress.get(item_id)
    return TaskState.TODO if item is None else item.state


def item_follow_up(member: MemberState, item_id: str) -> date | None:
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
                        unit_state=task_unit(c.registration),
                        follow_up=c.follow_up,
                    )
                )
            continue
        reg_unit = task_unit(c.registration)
        link_unit = task_unit(c.issuer_link)
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


def combine(states: Iterable[UnitState]) -> UnitState:
    """All done → done; any to-do → to do; else waiting."""
    states = tuple(states)
    if all(is_done(s) for s in states):
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
    return seasons.confirmed_in_season(confirmed_on, today)


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

    - Listed items (e-私書箱, マイナポータル): ready when the user recorded 準備完了 from 証明書の準備状況
      this season (a readiness observed in an earlier season is not this season's: asked again).
    - Unlisted items (未記載: ねんきんネット, MyPost, 民間送達・e-Tax連携サービス, e-Tax, which includes the
      STEP5 salary slip): a recorded linkage is not enough, since the data arrives only when it is issued.
      Ready only once the user confirmed on the delivering site, this season, that the data is there;
      until then "linked, waiting for the data", with the catalog's expected date.
    - A verified electronic certificate file for the tax year (``received``) is the data itself:
      ready whatever the portal shows.
    """
    if received is not None:  # the data is in hand: nothing left to wait for
        shown = seasons.readiness_this_season(selection, today) if listed else Readiness.NOT_LISTED
        return ReadinessDecision(True, UnitState.DONE, shown, None, expected)
    if listed:
        readiness = seasons.readiness_this_season(selection, today)
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
    s5_state = combine(task_unit(item_state(member, i.id)) for i in items_of(StepId.STEP5))
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
        pre_state = combine(prereq)
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
        sum(1 for c in certificates if c.received is not None and c.received.signer_known),
    )
