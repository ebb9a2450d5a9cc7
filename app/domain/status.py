"""One status language for every place that shows progress: sidebar, pages, diagram, checklist.

Neutral states are quiet (これから, 次はここ, 待ち, 完了, 不要, STEP2次第); only :attr:`Status.ATTENTION`
(要対応) is loud, and it is reserved for real problems the caller knows of: a locked PIN, an
expired certificate, a missed follow-up date, a deadline close by. A step the user simply has not
reached yet is これから, never a warning; only the first of them is 次はここ.

The words live in :mod:`app.i18n.status`; this module decides which state, never how it reads.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.delegation_rules import findings
from app.domain.model import Delegation, DelegationOperation, Household, TaskState
from app.domain.plan import Badge, FollowUp, Plan, Unit, UnitState
from app.domain.plan_steps import task_unit
from app.domain.rules import combined_state
from app.domain.steps import STEPS, StepId


class Status(StrEnum):
    NOT_STARTED = "not_started"  # これから: nothing done yet, nothing wrong
    NEXT = "next"  # 次はここ: the one place to go now
    IN_PROGRESS = "in_progress"  # 途中: partly done, more to do later (never "not started")
    WAITING = "waiting"  # 待ち: the user acted, someone else is working
    DONE = "done"  # 完了
    NOT_NEEDED = "not_needed"  # 不要: the plan does not need it
    UNDECIDED = "undecided"  # 未定: not known until STEP2 is chosen
    ATTENTION = "attention"  # 要対応: a real problem (see the module docstring)


# 代理人設定 is for reference: it is never "the next step" of the guide's path.
OPTIONAL_STEPS: frozenset[StepId] = frozenset({StepId.DELEGATION})

BADGE_STATUS: dict[Badge, Status] = {
    Badge.DONE: Status.DONE,
    Badge.IN_PROGRESS: Status.WAITING,
    Badge.NEEDS_ACTION: Status.NOT_STARTED,
    Badge.NOT_NEEDED: Status.NOT_NEEDED,
    Badge.UNDECIDED: Status.UNDECIDED,
}


def step_statuses(
    badges: Mapping[StepId, Badge],
    problems: Collection[StepId] = (),
    started: Collection[StepId] = (),
) -> dict[StepId, Status]:
    """A status per step: the first step in the guide's order with something to do is 次はここ,
    later ones 途中 when part of them is done (``started``), else これから; a step with a known problem
    is 要対応 whatever its badge."""
    statuses: dict[StepId, Status] = {}
    next_found = False
    for step in STEPS:
        status = BADGE_STATUS[badges[step.id]]
        if status is Status.NOT_STARTED and not next_found and step.id not in OPTIONAL_STEPS:
            status, next_found = Status.NEXT, True
        elif status is Status.NOT_STARTED and step.id in started:
            status = Status.IN_PROGRESS
        statuses[step.id] = Status.ATTENTION if step.id in problems else status
    return statuses


def started_steps(units: Iterable[Unit]) -> frozenset[StepId]:
    """The steps with at least one unit done or waiting on someone else: they are under way."""
    return frozenset(u.step for u in units if u.state in (UnitState.DONE, UnitState.WAITING))


def units_status(states: Iterable[UnitState]) -> Status:
    """The one rule for several units of work (a step, a delegation, a member's whole plan):
    不要 when none is needed, 完了 when all are done, 待ち when only others' work is left, and with
    something left to do 途中 once part is done or awaited, else これから."""
    states = tuple(states)
    combined = combined_state(states)
    if combined is UnitState.NOT_NEEDED:
        return Status.NOT_NEEDED
    if combined is UnitState.DONE:
        return Status.DONE
    if combined is UnitState.WAITING:
        return Status.WAITING
    started = any(s in (UnitState.DONE, UnitState.WAITING) for s in states)
    return Status.IN_PROGRESS if started else Status.NOT_STARTED


def delegation_status(delegation: Delegation, household: Household, today: date) -> Status:
    """A delegation's one word, the same in the sidebar, on its page, in the diagram and on paper:
    要対応 when a rule warns (its validity misses the filing period, ends soon or has ended), else
    what its operations say."""
    if any(f.is_warning for f in findings(delegation, household, today)):
        return Status.ATTENTION
    return units_status(
        task_unit(delegation.operations.get(op, TaskState.TODO)) for op in DelegationOperation
    )


def combined_status(statuses: Iterable[Status]) -> Status:
    """One word for several delegations (or members): 要対応 if any has a problem, else the rule of
    :func:`units_status` read on their words."""
    statuses = tuple(statuses)
    if Status.ATTENTION in statuses:
        return Status.ATTENTION
    as_units = {
        Status.DONE: (UnitState.DONE,),
        Status.NOT_NEEDED: (UnitState.NOT_NEEDED,),
        Status.WAITING: (UnitState.WAITING,),
        Status.IN_PROGRESS: (UnitState.DONE, UnitState.TODO),
        Status.UNDECIDED: (UnitState.TODO,),
        Status.NOT_STARTED: (UnitState.TODO,),
        Status.NEXT: (UnitState.TODO,),
    }
    return units_status(u for s in statuses for u in as_units[s])


@dataclass(frozen=True, slots=True)
class StatusBoard:
    """Every state the household shows, decided once: the shown member's steps, each member's
    plan, each delegation. The sidebar, the pages, the diagram and the checklist read this."""

    steps: Mapping[StepId, Status]  # the shown member's (empty without one)
    members: Mapping[int, Status]  # by profile id
    delegations: Mapping[int, Status]  # by delegation id


def delegations_of(household: Household, profile_id: int) -> list[Delegation]:
    """The delegations a member is part of, as 委任者 or as 代理人."""
    return [d for d in household.delegations if profile_id in (d.delegator_profile_id, d.delegate_profile_id)]


def member_problems(
    household: Household, profile_id: int, today: date, due: Iterable[FollowUp] = ()
) -> frozenset[StepId]:
    """The steps of one member with a known problem: a follow-up date that has passed, or a
    delegation of theirs that a rule warns about."""
    missed = {f.step for f in due if f.profile_id == profile_id and f.due < today}
    if any(
        delegation_status(d, household, today) is Status.ATTENTION
        for d in delegations_of(household, profile_id)
    ):
        missed.add(StepId.DELEGATION)
    return frozenset(missed)


def member_status(plan: Plan, problems: Collection[StepId] = ()) -> Status:
    """A member's plan in one word (their box in the diagram, their line on paper): 要対応 with a
    known problem, else the rule of :func:`units_status` over every unit of their plan."""
    if problems:
        return Status.ATTENTION
    return units_status(u.state for u in plan.units)


def status_board(
    household: Household,
    plans: Mapping[int, Plan],
    profile_id: int | None,
    today: date,
    due: Iterable[FollowUp] = (),
) -> StatusBoard:
    due = tuple(due)
    problems = {pid: member_problems(household, pid, today, due) for pid in plans}
    plan = None if profile_id is None else plans.get(profile_id)
    delegations = {d.id: delegation_status(d, household, today) for d in household.delegations}
    steps: dict[StepId, Status] = {}
    if plan is not None and profile_id is not None:
        steps = step_statuses(plan.badges, problems[profile_id], started_steps(plan.units))
        theirs = [delegations[d.id] for d in delegations_of(household, profile_id)]
        if theirs:  # 代理人設定 says what its delegations say, in the same words
            steps[StepId.DELEGATION] = combined_status(theirs)
    return StatusBoard(
        steps=steps,
        members={pid: member_status(p, problems[pid]) for pid, p in plans.items()},
        delegations=delegations,
    )


class Headline(StrEnum):
    """Which headline a readiness summary earns (on screen and on paper alike)."""

    ALL_READY = "all_ready"  # the guide's 「事前準備が完了！確定申告書の作成開始！」, only now
    SOME_LEFT = "some_left"  # say what is left
    NOTHING_CHOSEN = "nothing_chosen"  # nothing chosen in STEP2 yet
    DELEGATES_ONLY = "delegates_only"  # nothing to choose: the member only hands over 医療費通知情報


def readiness_headline(ready: int, total: int, *, delegates_only: bool = False) -> Headline:
    if total == 0:
        return Headline.DELEGATES_ONLY if delegates_only else Headline.NOTHING_CHOSEN
    return Headline.ALL_READY if ready >= total else Headline.SOME_LEFT
