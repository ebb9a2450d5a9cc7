"""The household's small rules, one function each, shared by the window, the commands and the PDF.

- :func:`follow_up_after`: which follow-up date a recorded status leaves behind;
- :func:`combined_state`: one state for several units (a diagram box, a checklist section);
- :func:`default_member`: whose plan to show when nobody was named.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.domain.model import Household, LinkageStatus, MemberState, Readiness, Relation, TaskState
from app.domain.plan import UnitState, default_follow_up

# The statuses that mean "done my part, now waiting for someone else" (待ち, 処理中).
_WAITS: frozenset[TaskState | Readiness] = frozenset({TaskState.WAITING, Readiness.PROCESSING})
# The linkage statuses that need no follow-up date: 完了 is done; 確認 asks the user to look on the
# site now (the guide's STEP3), which is an action, not a wait.
_NO_FOLLOW_UP = frozenset({LinkageStatus.COMPLETE, LinkageStatus.CHECK})


def follow_up_after(
    status: LinkageStatus | TaskState | Readiness, current: date | None, today: date
) -> date | None:
    """The follow-up date to store with a newly recorded ``status``.

    A wait (an issuer task 待ち, readiness 処理中) gets the default date (three business days on)
    unless one is set already; a linkage 完了 or 確認 needs none (確認 is something to look at now);
    any other status keeps the date the user chose.
    """
    if status in _WAITS:
        return current if current is not None else default_follow_up(today)
    if status in _NO_FOLLOW_UP:
        return None
    return current


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
