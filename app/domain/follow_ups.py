"""Follow-up dates: the default (three business days on) and which recorded dates are due."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.calendar_jp import add_business_days
from app.domain.catalog import Catalog
from app.domain.channels import needs_issuer_tasks
from app.domain.model import LinkageStatus, MemberState, TaskState
from app.domain.plan_steps import certificate_statuses, is_done, required_services, task_unit
from app.domain.steps import CHECKLIST_ITEMS, StepId

FOLLOW_UP_BUSINESS_DAYS = 3


def default_follow_up(day: date) -> date:
    """Three business days after ``day`` (weekends and national holidays skipped)."""
    return add_business_days(day, FOLLOW_UP_BUSINESS_DAYS)


@dataclass(frozen=True, slots=True)
class FollowUp:
    profile_id: int
    subject: str  # "item:<id>", "linkage:<service>", "certificate:<id>"
    due: date
    step: StepId


def follow_ups(member: MemberState, catalog: Catalog, today: date) -> tuple[FollowUp, ...]:
    """Every follow-up date recorded on something not yet done, earliest first."""
    result: list[FollowUp] = []
    pid = member.profile.id
    for item in CHECKLIST_ITEMS:
        progress = member.progress.get(item.id)
        if (
            progress is not None
            and progress.follow_up is not None
            and progress.state
            in (
                TaskState.TODO,
                TaskState.WAITING,
            )
        ):
            result.append(FollowUp(pid, f"item:{item.id}", progress.follow_up, item.step))
    for service, record in member.linkages.items():
        if (
            record.follow_up is not None
            and record.status is not LinkageStatus.COMPLETE
            and service in required_services(member)
        ):
            result.append(FollowUp(pid, f"linkage:{service.value}", record.follow_up, StepId.STEP3))
    statuses = {s.certificate_id: s for s in certificate_statuses(member, catalog, today)}
    for c in member.certificates:
        if c.follow_up is None or statuses[c.id].ready:
            continue
        open_tasks = needs_issuer_tasks(c.channel) and not (
            is_done(task_unit(c.registration)) and is_done(task_unit(c.issuer_link))
        )
        step = StepId.STEP4 if open_tasks else StepId.READY
        result.append(FollowUp(pid, f"certificate:{c.id}", c.follow_up, step))
    return tuple(sorted(result, key=lambda f: (f.due, f.subject)))


def due_follow_ups(members: Iterable[MemberState], catalog: Catalog, at: date) -> tuple[FollowUp, ...]:
    """The follow-ups due on or before ``at`` for all given members (shown at start-up)."""
    due: list[FollowUp] = []
    for member in members:
        due.extend(f for f in follow_ups(member, catalog, at) if f.due <= at)
    return tuple(sorted(due, key=lambda f: (f.due, f.profile_id, f.subject)))
