"""The one status language: one 次はここ, quiet 未着手 after it, 要対応 only for a known problem."""

from __future__ import annotations

from app.domain.plan import Badge
from app.domain.status import Headline, Status, readiness_headline, started_steps, step_statuses
from app.domain.steps import StepId


def _badges(**overrides: Badge) -> dict[StepId, Badge]:
    badges = {step: Badge.NEEDS_ACTION for step in StepId}
    badges.update({StepId(k): v for k, v in overrides.items()})
    return badges


def test_only_the_first_step_with_something_to_do_is_next_and_nothing_alarms() -> None:
    statuses = step_statuses(_badges(step0=Badge.DONE, step1=Badge.IN_PROGRESS))
    assert statuses[StepId.STEP0] is Status.DONE
    assert statuses[StepId.STEP1] is Status.WAITING
    assert statuses[StepId.STEP2] is Status.NEXT
    assert [s for s in statuses.values() if s is Status.NEXT] == [Status.NEXT]
    assert statuses[StepId.STEP3] is Status.NOT_STARTED
    assert Status.ATTENTION not in statuses.values()


def test_the_optional_delegation_step_is_never_next() -> None:
    statuses = step_statuses(_badges(**{s.value: Badge.DONE for s in StepId if s is not StepId.DELEGATION}))
    assert statuses[StepId.DELEGATION] is Status.NOT_STARTED


def test_undecided_and_not_needed_stay_what_they_are() -> None:
    statuses = step_statuses(_badges(step3=Badge.UNDECIDED, step5=Badge.NOT_NEEDED))
    assert statuses[StepId.STEP3] is Status.UNDECIDED
    assert statuses[StepId.STEP5] is Status.NOT_NEEDED


def test_a_known_problem_is_the_only_attention() -> None:
    statuses = step_statuses(_badges(step0=Badge.DONE), problems={StepId.STEP0})
    assert statuses[StepId.STEP0] is Status.ATTENTION
    assert statuses[StepId.STEP1] is Status.NEXT


def test_the_guides_ready_headline_only_when_everything_is_ready() -> None:
    assert readiness_headline(0, 0) is Headline.NOTHING_CHOSEN
    assert readiness_headline(1, 5) is Headline.SOME_LEFT
    assert readiness_headline(4, 5) is Headline.SOME_LEFT
    assert readiness_headline(5, 5) is Headline.ALL_READY


def test_a_member_who_only_delegates_is_not_asked_to_choose() -> None:
    assert readiness_headline(0, 0, delegates_only=True) is Headline.DELEGATES_ONLY
    assert readiness_headline(1, 2, delegates_only=True) is Headline.SOME_LEFT


def test_a_step_partly_done_is_under_way_not_not_started() -> None:
    statuses = step_statuses(_badges(step0=Badge.DONE), started={StepId.STEP2, StepId.READY})
    assert statuses[StepId.STEP1] is Status.NEXT  # the first with something to do stays 次はここ
    assert statuses[StepId.STEP2] is Status.IN_PROGRESS
    assert statuses[StepId.READY] is Status.IN_PROGRESS
    assert statuses[StepId.STEP3] is Status.NOT_STARTED


def test_started_steps_are_those_with_a_unit_done_or_waiting() -> None:
    from datetime import date

    from app.domain.catalog import default_catalog
    from app.domain.model import MemberState, Profile, ProgressItem, Relation, TaskState
    from app.domain.plan import build_plan

    fresh = MemberState(profile=Profile(id=1, display_name="本人", relation=Relation.SELF))
    assert started_steps(build_plan(fresh, default_catalog(), date(2026, 11, 30)).units) == frozenset()
    registered = MemberState(
        profile=fresh.profile,
        progress={"step1.register": ProgressItem("step1.register", TaskState.DONE)},
    )
    plan = build_plan(registered, default_catalog(), date(2026, 11, 30))
    assert started_steps(plan.units) == {StepId.STEP1}
    statuses = step_statuses(plan.badges, (), started_steps(plan.units))
    assert statuses[StepId.STEP0] is Status.NEXT  # the card and reader still to prepare
    assert statuses[StepId.STEP1] is Status.IN_PROGRESS


def test_one_rule_for_units_delegations_and_members() -> None:
    from datetime import date

    from app.domain.model import (
        DelegatedService,
        Delegation,
        DelegationOperation,
        Household,
        MemberState,
        Profile,
        Relation,
        TaskState,
    )
    from app.domain.plan import UnitState
    from app.domain.status import combined_status, delegation_status, units_status

    todo, done, waiting, no = UnitState.TODO, UnitState.DONE, UnitState.WAITING, UnitState.NOT_NEEDED
    assert units_status([todo, todo]) is Status.NOT_STARTED
    assert units_status([done, todo]) is Status.IN_PROGRESS  # ① ticked: under way, never 未着手
    assert units_status([waiting, todo]) is Status.IN_PROGRESS
    assert units_status([done, waiting]) is Status.WAITING
    assert units_status([done, no]) is Status.DONE
    assert units_status([no, no]) is Status.NOT_NEEDED
    assert combined_status([Status.DONE, Status.NOT_STARTED]) is Status.IN_PROGRESS
    assert combined_status([Status.DONE, Status.ATTENTION]) is Status.ATTENTION

    taro, hanako = Profile(1, "太郎", Relation.SELF), Profile(2, "花子", Relation.SPOUSE)
    people = (MemberState(taro), MemberState(hanako))
    household = Household(members=people)
    medical = frozenset({DelegatedService.MEDICAL_NOTICES})
    one_done = {DelegationOperation.LOGIN_AND_OPEN_MENU: TaskState.DONE}
    covers = Delegation(1, 2, 1, "妻", date(2026, 1, 1), date(2027, 12, 31), medical, one_done)
    misses = Delegation(2, 2, 1, "妻", date(2026, 1, 1), date(2027, 1, 31), medical, one_done)
    today = date(2026, 4, 28)
    assert delegation_status(covers, household, today) is Status.IN_PROGRESS
    assert delegation_status(misses, household, today) is Status.ATTENTION  # misses the filing period
