"""The one status language: one 次はここ, quiet 未着手 after it, 要対応 only for a known problem."""

from __future__ import annotations

from app.domain.plan import Badge
from app.domain.status import Headline, Status, readiness_headline, step_statuses
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
