"""Builders of domain objects for the plan tests (real domain objects, no mocks)."""

from __future__ import annotations

from datetime import date

from app.domain.model import (
    CertificateSelection,
    Channel,
    LinkageRecord,
    LinkageStatus,
    MemberState,
    Profile,
    ProgressItem,
    Readiness,
    Service,
    TaskState,
)
from app.domain.steps import CHECKLIST_ITEMS

TODAY = date(2026, 1, 14)

# A sensible issuer per catalog item (never the guide's fictional names).
ISSUERS: dict[str, str] = {
    "salary_withholding": "国税庁",
    "public_pension_withholding": "日本年金機構",
    "national_pension_premium": "日本年金機構",
    "medical_expense_notice": "医療保険者",
    "housing_loan_balance_info": "国税庁",
    "housing_loan_deduction_certificate": "国税庁",
    "small_business_mutual_aid_ideco": "国民年金基金連合会",
    "small_business_mutual_aid_kyosai": "中小企業基盤整備機構",
}


def sel(
    cid: int,
    type_id: str,
    channel: Channel,
    issuer: str | None = None,
    *,
    readiness: Readiness | None = None,
    registration: TaskState = TaskState.TODO,
    issuer_link: TaskState = TaskState.TODO,
    follow_up: date | None = None,
    data_confirmed_on: date | None = None,
) -> CertificateSelection:
    return CertificateSelection(
        id=cid,
        type_id=type_id,
        issuer=issuer or ISSUERS.get(type_id, "日本生命"),
        channel=channel,
        readiness=readiness,
        registration=registration,
        issuer_link=issuer_link,
        follow_up=follow_up,
        data_confirmed_on=data_confirmed_on,
    )


def member(
    *certificates: CertificateSelection,
    linkages: dict[Service, LinkageStatus | None] | None = None,
    done_items: tuple[str, ...] | str = (),
    pid: int = 1,
) -> MemberState:
    """``done_items="all"`` marks every fixed checklist item done."""
    ids = tuple(i.id for i in CHECKLIST_ITEMS) if done_items == "all" else done_items
    return MemberState(
        profile=Profile(pid, f"member{pid}"),
        progress={i: ProgressItem(i, TaskState.DONE) for i in ids},
        certificates=tuple(certificates),
        linkages={s: LinkageRecord(s, st) for s, st in (linkages or {}).items()},
    )
