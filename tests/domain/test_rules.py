"""The household's small rules (app/domain/rules.py): follow-up dates, combined states, the default
member. The window, the commands and the checklist all call these (the badge rule, 「未定」 before the
STEP2 choice, is app.domain.plan.step_badges)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.model import (
    Household,
    LinkageStatus,
    MemberState,
    Profile,
    Readiness,
    Relation,
    TaskState,
)
from app.domain.plan import UnitState
from app.domain.rules import combined_state, default_member, follow_up_after

FRIDAY = date(2026, 1, 16)  # three business days on: Wednesday 21 January
SET = date(2026, 2, 2)


@pytest.mark.parametrize("wait", [TaskState.WAITING, Readiness.PROCESSING])
def test_a_wait_gets_three_business_days_unless_a_date_is_set(
    wait: LinkageStatus | TaskState | Readiness,
) -> None:
    assert follow_up_after(wait, None, FRIDAY) == date(2026, 1, 21)
    assert follow_up_after(wait, SET, FRIDAY) == SET


def test_a_wait_skips_national_holidays() -> None:
    # 9 Jan 2026 is a Friday; 12 Jan is 成人の日: Tue 13, Wed 14, Thu 15.
    assert follow_up_after(TaskState.WAITING, None, date(2026, 1, 9)) == date(2026, 1, 15)


@pytest.mark.parametrize("status", [LinkageStatus.COMPLETE, LinkageStatus.CHECK])
def test_a_completed_or_to_check_linkage_needs_no_follow_up(status: LinkageStatus) -> None:
    """完了 is done; 確認 asks the user to look on the site now: neither is a wait."""
    assert follow_up_after(status, SET, FRIDAY) is None
    assert follow_up_after(status, None, FRIDAY) is None


@pytest.mark.parametrize(
    "status",
    [LinkageStatus.INCOMPLETE, TaskState.DONE, TaskState.TODO, Readiness.READY, Readiness.NOT_LISTED],
)
def test_other_statuses_keep_the_users_date(status: LinkageStatus | TaskState | Readiness) -> None:
    assert follow_up_after(status, SET, FRIDAY) == SET
    assert follow_up_after(status, None, FRIDAY) is None


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
