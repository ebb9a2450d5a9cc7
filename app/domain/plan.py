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

The pieces live beside it: the vocabulary in :mod:`app.domain.plan_types`, the STEP3–5 and readiness
rows in :mod:`app.domain.plan_steps`, follow-up dates in :mod:`app.domain.follow_ups`. Import them from
here: this module re-exports every public name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from app.domain.catalog import Catalog
from app.domain.delegation_rules import delegates_only
from app.domain.follow_ups import (
    FOLLOW_UP_BUSINESS_DAYS,
    FollowUp,
    default_follow_up,
    due_follow_ups,
    follow_ups,
)
from app.domain.model import (
    CertificateSelection,
    Delegation,
    DelegationOperation,
    Household,
    LinkageStatus,
    MemberState,
    TaskState,
)
from app.domain.plan_steps import (
    certificate_statuses,
    confirmed_this_season,
    decide_readiness,
    expected_date,
    is_done,
    issuer_tasks,
    item_follow_up,
    item_state,
    linkage_rows,
    linkage_state,
    ready_summary,
    required_services,
    step5_needed,
    task_unit,
)
from app.domain.plan_types import (
    DECIDED_BY_STEP2,
    ActionKind,
    Badge,
    CertificateStatus,
    IssuerTask,
    IssuerTaskKind,
    LinkageRow,
    NextAction,
    Plan,
    ReadinessDecision,
    ReadySummary,
    Unit,
    UnitState,
    WaitingFor,
)
from app.domain.steps import StepId, items_of

__all__ = [
    "DECIDED_BY_STEP2",
    "FOLLOW_UP_BUSINESS_DAYS",
    "ActionKind",
    "Badge",
    "CertificateStatus",
    "FollowUp",
    "IssuerTask",
    "IssuerTaskKind",
    "LinkageRow",
    "NextAction",
    "Plan",
    "ReadinessDecision",
    "ReadySummary",
    "Unit",
    "UnitState",
    "WaitingFor",
    "badge_of",
    "build_plan",
    "certificate_statuses",
    "confirmed_this_season",
    "decide_readiness",
    "default_follow_up",
    "due_follow_ups",
    "expected_date",
    "follow_ups",
    "household_plans",
    "issuer_tasks",
    "item_state",
    "linkage_rows",
    "linkage_state",
    "next_action",
    "plan_units",
    "ready_summary",
    "required_services",
    "step5_needed",
    "step_badges",
]


# --- units, badges, next action -------------------------------------------------------------------


def _item_units(member: MemberState, step: StepId, *, needed: bool = True) -> list[Unit]:
    units: list[Unit] = []
    for item in items_of(step):
        state = task_unit(item_state(member, item.id)) if needed else UnitState.NOT_NEEDED
        action = NextAction(
            ActionKind.DO_ITEM,
            step,
            f"item:{item.id}",
            item_id=item.id,
            follow_up=item_follow_up(member, item.id),
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
            state = task_unit(d.operations.get(op, TaskState.TODO))
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
    if all(is_done(s) for s in states):
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


def household_plans(household: Household, catalog: Catalog, today: date) -> dict[int, Plan]:
    """One plan per member (keyed by profile id), with the household's delegations."""
    return {m.profile.id: build_plan(m, catalog, today, household.delegations) for m in household.members}
