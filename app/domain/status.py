"""One status language for every place that shows progress: sidebar, pages, diagram, checklist.

Neutral states are quiet (未着手, 次はここ, 待ち, 完了, 不要, 未定); only :attr:`Status.ATTENTION`
(要対応) is loud, and it is reserved for real problems the caller knows of: a locked PIN, an
expired certificate, a missed follow-up date, a deadline close by. A step the user simply has not
reached yet is 未着手, never a warning; only the first of them is 次はここ.

The words live in :mod:`app.i18n.status`; this module decides which state, never how it reads.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from enum import StrEnum

from app.domain.plan import Badge, Unit, UnitState
from app.domain.steps import STEPS, StepId


class Status(StrEnum):
    NOT_STARTED = "not_started"  # 未着手: nothing done yet, nothing wrong
    NEXT = "next"  # 次はここ: the one place to go now
    IN_PROGRESS = "in_progress"  # 途中: partly done, more to do later (never "not started")
    WAITING = "waiting"  # 待ち: the user acted, someone else is working
    DONE = "done"  # 完了
    NOT_NEEDED = "not_needed"  # 不要: the plan does not need it
    UNDECIDED = "undecided"  # 未定: not known until STEP2 is chosen
    ATTENTION = "attention"  # 要対応: a real problem (see the module docstring)


# 代理人設定 is for reference: it is never "the next step" of the guide's path.
OPTIONAL_STEPS: frozenset[StepId] = frozenset({StepId.DELEGATION})

_FROM_BADGE: dict[Badge, Status] = {
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
    later ones 途中 when part of them is done (``started``), else 未着手; a step with a known problem
    is 要対応 whatever its badge."""
    statuses: dict[StepId, Status] = {}
    next_found = False
    for step in STEPS:
        status = _FROM_BADGE[badges[step.id]]
        if status is Status.NOT_STARTED and not next_found and step.id not in OPTIONAL_STEPS:
            status, next_found = Status.NEXT, True
        elif status is Status.NOT_STARTED and step.id in started:
            status = Status.IN_PROGRESS
        statuses[step.id] = Status.ATTENTION if step.id in problems else status
    return statuses


def started_steps(units: Iterable[Unit]) -> frozenset[StepId]:
    """The steps with at least one unit done or waiting on someone else: they are under way."""
    return frozenset(u.step for u in units if u.state in (UnitState.DONE, UnitState.WAITING))


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
