"""The household's small rules (app/domain/rules.py): follow-up dates, shown badges, combined states,
the default member. The window, the commands and the checklist all call these."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.model import (
    Channel,
    Household,
    LinkageStatus,
    MemberState,
    Profile,
    Readiness,
    Relation,
    TaskState,
)
from app.domain.plan import Badge, UnitState
from app.domain.rules import combined_state, default_member, follow_up_after, shown_badge
from app.domain.steps import StepId
from tests.domain.plan_helpers import sel

FRIDAY = date(2026, 1, 16)  # three business days on: Wednesday 21 January
SET = date(2026, 2, 2)


@pytest.mark.parametrize("wait", [LinkageStatus.CHECK, TaskState.WAITING, Readiness.PROCESSING])
def test_a_wait_gets_three_business_days_unless_a_date_is_set(
    wait: LinkageStatus | TaskState | Readiness,
) -> None:
    assert follow_up_after(wait, None, FRIDAY) == date(2026, 1, 21)
    assert follow_up_after(wait, SET, FRIDAY) == SET


def test_a_wait_skips_national_holidays() -> None:
    # 9 Jan 2026 is a Friday; 12 Jan is 成人の日: Tue 13, Wed 14, Thu 15.
    assert follow_up_after(LinkageStatus.CHECK, None, date(2026, 1, 9)) == date(2026, 1, 15)


def test_a_completed_linkage_needs_no_follow_up() -> None:
    assert follow_up_after(LinkageStatus.COMPLETE, SET, FRIDAY) is None


@pytest.mark.parametrize(
    "status",
    [LinkageStatus.INCOMPLETE, TaskState.DONE, TaskState.TODO, Readiness.READY, Readiness.NOT_LISTED],
)
def test_other_statuses_keep_the_users_date(status: LinkageStatus | TaskState | Readiness) -> None:
    assert follow_up_after(status, SET, FRIDAY) == SET
    assert follow_up_after(status, None, FRIDAY) is None


def _member(*, chosen: bool) -> MemberState:
    certificates = (sel(1, "life_insurance", Channel.MINKAN_ETAX),) if chosen else ()
    return MemberState(profile=Profile(1, "本人", Relation.SELF), certificates=certificates)


@pytest.mark.parametrize("step", [StepId.STEP3, StepId.STEP4, StepId.STEP5])
def test_steps_decided_by_step2_carry_no_badge_before_a_choice(step: StepId) -> None:
    assert shown_badge(step, Badge.NOT_NEEDED, _member(chosen=False)) is None
    assert shown_badge(step, Badge.NOT_NEEDED, None) is None
    assert shown_badge(step, Badge.NOT_NEEDED, _member(chosen=True)) is Badge.NOT_NEEDED
    assert shown_badge(step, Badge.NEEDS_ACTION, _member(chosen=True)) is Badge.NEEDS_ACTION


@pytest.mark.parametrize("step", [StepId.STEP0, StepId.STEP1, StepId.STEP2, StepId.READY, StepId.DELEGATION])
def test_other_steps_always_show_their_badge(step: StepId) -> None:
    assert shown_badge(step, Badge.NOT_NEEDED, _member(chosen=False)) is Badge.NOT_NEEDED
    assert shown_badge(step, Badge.DONE, None) is Badge.DONE


T, W, D, N = UnitState.TODO, UnitState.WAITING, UnitState.DONE, UnitState.NOT_NEEDED


@pytest.mark.parametrize(
    ("states", "combined"),
    [
        ((), N),
        ((N, N), N),
        ((D, N), D),
        ((D, D), D),
        ((D, W), W),
        ((W, T), T),
        ((D, T, N), T),
        ((W,), W),
    ],
)
def test_combined_state(states: tuple[UnitState, ...], combined: UnitState) -> None:
    assert combined_state(states) is combined
    assert combined_state(iter(states)) is combined  # any iterable, read once


def test_default_member_is_the_named_one_else_self_else_the_first() -> None:
    mother = MemberState(profile=Profile(1, "母", Relation.PARENT))
    me = MemberState(profile=Profile(2, "本人", Relation.SELF))
    child = MemberState(profile=Profile(3, "子", Relation.CHILD))
    assert default_member(Household()) is None
    assert default_member(Household(members=(mother, me, child))) is me
    assert default_member(Household(members=(mother, child))) is mother
    assert default_member(Household(members=(mother, me, child)), "子") is child
    assert default_member(Household(members=(mother, me)), "いない人") is None
