"""The dates to keep: every open follow-up of the household and the filing season's days. Pure.

One list feeds the calendar file, ``myna-prep reminders --due``/``--notify`` and the printed checklist's
"next three dates", so all of them name the same dates:

- each member's open follow-ups (:func:`app.domain.follow_ups.follow_ups`: a checklist item, a STEP3
  linkage, a certificate's STEP4 issuer task or its readiness);
- a certificate linked and waiting for its data, on the day the data usually arrives (the plan's
  ``expected``) when no follow-up of its own is recorded;
- the last day of each 代理人設定's validity (代理権限の有効期間), while it has not passed;
- the tax year's 還付申告 start (1 January) and the filing period's first and last day.

A reminder carries codes only; :mod:`app.i18n.reminders` says it in words. Its :attr:`Reminder.key`
is made of stable identities (member, item, tax year), never of a time, so a calendar that imports the
file again updates the events instead of adding copies.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain import deadlines
from app.domain.catalog import Catalog
from app.domain.follow_ups import follow_ups
from app.domain.model import Household, MemberState
from app.domain.plan_steps import certificate_statuses
from app.domain.plan_types import WaitingFor
from app.domain.steps import StepId

NEXT_DATES = 3  # how many dates the printed checklist names


class ReminderKind(StrEnum):
    ITEM = "item"  # a checklist item being waited for
    LINKAGE = "linkage"  # a STEP3 linkage
    ISSUER_TASK = "issuer_task"  # a certificate's STEP4 registration or linkage with the issuer
    READINESS = "readiness"  # a certificate's 証明書の準備状況
    DATA = "data"  # a linked certificate's data, on the day it usually arrives
    DELEGATION_END = "delegation_end"  # the last day of a 代理人設定
    REFUND_START = "refund_start"  # 還付申告 can be filed from 1 January
    FILING_START = "filing_start"
    FILING_END = "filing_end"

    @property
    def follow_up(self) -> bool:
        """Something to check and record (an alarm on its morning); else a date of the season."""
        return self not in (ReminderKind.REFUND_START, ReminderKind.FILING_START, ReminderKind.FILING_END)


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    day: date
    step: StepId
    key: str  # stable identity, e.g. "member:3/linkage:etax", "season:2025/filing_end"
    profile_id: int | None = None  # None: the whole household (a date of the season)
    item_id: str | None = None  # ITEM
    service: str | None = None  # LINKAGE (a Service value)
    certificate_id: int | None = None  # ISSUER_TASK, READINESS, DATA
    delegation_id: int | None = None  # DELEGATION_END
    tax_year: int | None = None  # the season's dates

    def due(self, today: date) -> bool:
        """A follow-up whose day has come (today or overdue)."""
        return self.kind.follow_up and self.day <= today

    def uid(self, domain: str = "myna-prep") -> str:
        """The calendar UID: a digest of :attr:`key` (no name or date), the same on every export."""
        digest = hashlib.sha256(f"myna-prep/{self.key}".encode()).hexdigest()[:32]
        return f"{digest}@{domain}"


def _member_reminders(member: MemberState, catalog: Catalog, today: date) -> list[Reminder]:
    pid = member.profile.id
    base = f"member:{pid}"
    out: list[Reminder] = []
    with_follow_up: set[int] = set()
    for f in follow_ups(member, catalog, today):
        kind_code, _, rest = f.subject.partition(":")
        key = f"{base}/{f.subject}"
        if kind_code == "item":
            out.append(Reminder(ReminderKind.ITEM, f.due, f.step, key, pid, item_id=rest))
        elif kind_code == "linkage":
            out.append(Reminder(ReminderKind.LINKAGE, f.due, f.step, key, pid, service=rest))
        elif kind_code == "certificate":
            cid = int(rest.split(":")[0])
            with_follow_up.add(cid)
            kind = ReminderKind.ISSUER_TASK if f.step is StepId.STEP4 else ReminderKind.READINESS
            out.append(Reminder(kind, f.due, f.step, key, pid, certificate_id=cid))
    for status in certificate_statuses(member, catalog, today):
        if (
            status.waiting_for is WaitingFor.DATA
            and status.expected is not None
            and not status.ready
            and status.certificate_id not in with_follow_up
        ):
            cid = status.certificate_id
            out.append(
                Reminder(
                    ReminderKind.DATA,
                    status.expected,
                    StepId.READY,
                    f"{base}/certificate:{cid}:data",
                    pid,
                    certificate_id=cid,
                )
            )
    return out


def season_reminders(tax_year: int) -> tuple[Reminder, ...]:
    """還付申告 from 1 January, the filing period's first and last day (one event each, for everyone)."""
    period = deadlines.filing_period(tax_year)
    base = f"season:{tax_year}"
    return (
        Reminder(
            ReminderKind.REFUND_START,
            deadlines.refund_return_start(tax_year),
            StepId.READY,
            f"{base}/refund_start",
            tax_year=tax_year,
        ),
        Reminder(
            ReminderKind.FILING_START, period.start, StepId.READY, f"{base}/filing_start", tax_year=tax_year
        ),
        Reminder(ReminderKind.FILING_END, period.end, StepId.READY, f"{base}/filing_end", tax_year=tax_year),
    )


def household_reminders(
    household: Household,
    catalog: Catalog,
    today: date,
    *,
    profile_ids: Iterable[int] | None = None,
) -> tuple[Reminder, ...]:
    """Every date to keep for the household (or for ``profile_ids`` only), earliest first.

    Follow-ups stay listed while open, also once overdue; a delegation's end only until it has passed;
    the season's three dates always (those of the tax year being prepared on ``today``).
    """
    wanted = None if profile_ids is None else set(profile_ids)
    members = [m for m in household.members if wanted is None or m.profile.id in wanted]
    out: list[Reminder] = []
    for member in members:
        out += _member_reminders(member, catalog, today)
    ids = {m.profile.id for m in members}
    for d in household.delegations:
        if d.valid_to is None or d.valid_to < today:
            continue
        if d.delegator_profile_id in ids or d.delegate_profile_id in ids:
            out.append(
                Reminder(
                    ReminderKind.DELEGATION_END,
                    d.valid_to,
                    StepId.DELEGATION,
                    f"delegation:{d.id}/end",
                    d.delegate_profile_id,
                    delegation_id=d.id,
                )
            )
    out += season_reminders(deadlines.current_tax_year(today))
    return tuple(sorted(out, key=_order))


def _order(r: Reminder) -> tuple[date, bool, int, str]:
    return (r.day, r.profile_id is not None, r.profile_id or 0, r.key)


def due_reminders(reminders: Sequence[Reminder], today: date) -> tuple[Reminder, ...]:
    """The follow-ups due today or overdue, earliest first."""
    return tuple(r for r in reminders if r.due(today))


def next_dates(reminders: Sequence[Reminder], today: date, count: int = NEXT_DATES) -> tuple[Reminder, ...]:
    """The next ``count`` dates to keep from ``today`` on (what the printed checklist names)."""
    return tuple(r for r in reminders if r.day >= today)[:count]
