"""The household's small rules, one function each, shared by the window, the commands and the PDF.

- :func:`follow_up_after`: which follow-up date a recorded status leaves behind;
- :func:`shown_badge`: a step's badge as people see it (none for STEP3–5 before STEP2 decides them);
- :func:`combined_state`: one state for several units (a diagram box, a checklist section);
- :func:`default_member`: whose plan to show when nobody was named.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.domain.model import Household, LinkageStatus, MemberState, Readiness, Relation, TaskState
from app.domain.plan import Badge, UnitState, default_follow_up
from app.domain.steps import StepId

# STEP3–5 follow from the certificates chosen in STEP2; before that nothing about them is known.
DECIDED_BY_STEP2 = frozenset({StepId.STEP3, StepId.STEP4, StepId.STEP5})

# The statuses that mean "done my part, now waiting for someone else" (確認, 待ち, 処理中).
_WAITS: frozenset[LinkageStatus | TaskState | Readiness] = frozenset(
    {LinkageStatus.CHECK, TaskState.WAITING, Readiness.PROCESSING}
)


def follow_up_after(
    status: LinkageStatus | TaskState | Readiness, current: date | None, today: date
) -> date | None:
    """The follow-up date to store with a newly recorded ``status``.

    A wait (linkage 確認, an issuer task 待ち, readiness 処理中) gets the default date (three business
    days on) unless one is set already; a completed linkage (完了) needs no follow-up; any other status
    keeps the date the user chose.
    """
    if status in _WAITS:
        return current if current is not None else default_follow_up(today)
    if status is LinkageStatus.COMPLETE:
        return None
    return current


def shown_badge(step: StepId, badge: Badge, member: MemberState | None) -> Badge | None:
    """The badge to show for ``step``, or None for no badge.

    Before anything is chosen in STEP2, STEP3–5 carry no badge: 「不要」 there would read as "skip
    these", and "needs action" would ask for what cannot be done yet.
    """
    undecided = member is None or not member.certificates
    return None if undecided and step in DECIDED_BY_STEP2 else badge


def combined_state(states: Iterable[UnitState]) -> UnitState:
    """One state for several units: not needed if none is needed, done when every needed one is
    done, to do if any is to do, else waiting."""
    states = tuple(states)
    if all(s is UnitState.NOT_NEEDED for s in states):
        return UnitState.NOT_NEEDED
    if all(s in (UnitState.DONE, UnitState.NOT_NEEDED) for s in states):
        return UnitState.DONE
    if any(s is UnitState.TODO for s in states):
        return UnitState.TODO
    return UnitState.WAITING


def default_member(household: Household, name: str | None = None) -> MemberState | None:
    """The member named ``name``; without a name the one whose relation is 本人, else the first."""
    if name is not None:
        return household.member_named(name)
    return next(
        (m for m in household.members if m.profile.relation is Relation.SELF),
        household.members[0] if household.members else None,
    )
