"""The rules of 代理人設定, checked against the household: codes and parameters, never words.

What the guide says (seed guide, 「（参考）マイナポータルにおける代理人の設定」, checked 2026-12-07):
through a delegation with 「外部サイトへの医療費通知情報提供サービス」 the filer fetches the family
member's 医療費通知情報 directly; their other certificates (社会保険料, 生命保険, 地震保険) come through a
delegation with 「外部サイトへのお知らせ情報提供サービス」 once the family member has done the same
preparation as the filer (their own card, their own マイナポータル registration and linkages).
The validity (代理権限の有効期間) has to cover the days the filer fetches the data, i.e. the filing
period of the tax year being prepared (``deadlines.filing_period``).

The words for the findings live in ``app/i18n/delegation.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.deadlines import FilingPeriod, current_tax_year, filing_period
from app.domain.model import DelegatedService, Delegation, Household, MemberState

MEDICAL_TYPE_ID = "medical_expense_notice"  # the one item a delegation brings (the guide's ※)
ENDS_SOON_DAYS = 30  # warn this many days before the validity ends


class Refusal(StrEnum):
    """Why a delegation cannot be saved at all (nothing is saved)."""

    SAME_PERSON = "same_person"  # 委任者 and 代理人 are the same member
    EMPTY_NAME = "empty_name"  # no 代理関係名
    ENDS_BEFORE_START = "ends_before_start"  # the validity ends before it starts
    UNKNOWN_MEMBER = "unknown_member"  # 委任者 or 代理人 is not in the household


class FindingCode(StrEnum):
    """Something to tell about a saved delegation."""

    NO_VALIDITY = "no_validity"  # the validity is not recorded yet (quiet)
    MISSES_FILING_PERIOD = "misses_filing_period"  # does not cover the filing period (warning)
    ENDS_SOON = "ends_soon"  # ends within ENDS_SOON_DAYS (warning)
    EXPIRED = "expired"  # already ended (warning)
    NO_MEDICAL_SERVICE = "no_medical_service"  # 医療費通知情報提供サービス not chosen (quiet)
    OWN_PREPARATION = "own_preparation"  # the delegator chose other certificates (quiet, a to-do)
    NO_NOTICES_SERVICE = (
        "no_notices_service"  # other certificates, お知らせ情報提供サービス not chosen (quiet)
    )


WARNINGS: frozenset[FindingCode] = frozenset(
    {FindingCode.MISSES_FILING_PERIOD, FindingCode.ENDS_SOON, FindingCode.EXPIRED}
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding about one delegation, with what its sentence needs."""

    code: FindingCode
    delegation_id: int
    delegator_profile_id: int
    period: FilingPeriod | None = None  # MISSES_FILING_PERIOD
    valid_from: date | None = None
    valid_to: date | None = None
    days_left: int | None = None  # ENDS_SOON
    type_ids: tuple[str, ...] = ()  # OWN_PREPARATION: the delegator's other certificates

    @property
    def is_warning(self) -> bool:
        return self.code in WARNINGS

    def params(self) -> dict[str, object]:
        """The parameters as JSON-ready values (dates as ISO text)."""
        out: dict[str, object] = {}
        if self.period is not None:
            out["tax_year"] = self.period.tax_year
            out["period_start"] = self.period.start.isoformat()
            out["period_end"] = self.period.end.isoformat()
        if self.valid_from is not None:
            out["valid_from"] = self.valid_from.isoformat()
        if self.valid_to is not None:
            out["valid_to"] = self.valid_to.isoformat()
        if self.days_left is not None:
            out["days_left"] = self.days_left
        if self.type_ids:
            out["type_ids"] = list(self.type_ids)
        return out


def refusals(delegation: Delegation, household: Household | None = None) -> tuple[Refusal, ...]:
    """Why ``delegation`` must not be saved (empty: it may be saved)."""
    found: list[Refusal] = []
    if delegation.delegator_profile_id == delegation.delegate_profile_id:
        found.append(Refusal.SAME_PERSON)
    if not delegation.relation_name.strip():
        found.append(Refusal.EMPTY_NAME)
    start, end = delegation.valid_from, delegation.valid_to
    if start is not None and end is not None and end < start:
        found.append(Refusal.ENDS_BEFORE_START)
    if household is not None and (
        household.member(delegation.delegator_profile_id) is None
        or household.member(delegation.delegate_profile_id) is None
    ):
        found.append(Refusal.UNKNOWN_MEMBER)
    return tuple(found)


def _validity_findings(d: Delegation, today: date) -> list[Finding]:
    if d.valid_from is None or d.valid_to is None:
        return [Finding(FindingCode.NO_VALIDITY, d.id, d.delegator_profile_id)]

    def finding(
        code: FindingCode, period: FilingPeriod | None = None, days_left: int | None = None
    ) -> Finding:
        return Finding(
            code,
            d.id,
            d.delegator_profile_id,
            period=period,
            valid_from=d.valid_from,
            valid_to=d.valid_to,
            days_left=days_left,
        )

    if d.valid_to < today:
        return [finding(FindingCode.EXPIRED)]
    found: list[Finding] = []
    period = filing_period(current_tax_year(today))
    if d.valid_from > period.start or d.valid_to < period.end:
        found.append(finding(FindingCode.MISSES_FILING_PERIOD, period=period))
    left = (d.valid_to - today).days
    if left <= ENDS_SOON_DAYS:
        found.append(finding(FindingCode.ENDS_SOON, days_left=left))
    return found


def other_certificates(member: MemberState) -> tuple[str, ...]:
    """The member's chosen certificate types other than 医療費通知情報: a delegation brings them through
    「外部サイトへのお知らせ情報提供サービス」 only once the member did their own preparation."""
    return tuple(dict.fromkeys(c.type_id for c in member.certificates if c.type_id != MEDICAL_TYPE_ID))


def findings(delegation: Delegation, household: Household, today: date) -> tuple[Finding, ...]:
    """Everything to tell about one saved delegation, warnings first."""
    d = delegation
    found = _validity_findings(d, today)
    if DelegatedService.MEDICAL_NOTICES not in d.services:
        found.append(Finding(FindingCode.NO_MEDICAL_SERVICE, d.id, d.delegator_profile_id))
    delegator = household.member(d.delegator_profile_id)
    others = () if delegator is None else other_certificates(delegator)
    if others:
        found.append(Finding(FindingCode.OWN_PREPARATION, d.id, d.delegator_profile_id, type_ids=others))
        if DelegatedService.NOTICES not in d.services:
            found.append(
                Finding(FindingCode.NO_NOTICES_SERVICE, d.id, d.delegator_profile_id, type_ids=others)
            )
    return tuple(sorted(found, key=lambda f: not f.is_warning))


def household_findings(household: Household, today: date) -> dict[int, tuple[Finding, ...]]:
    """The findings of every delegation, by delegation id."""
    return {d.id: findings(d, household, today) for d in household.delegations}


def delegates_only(member: MemberState, delegations: Sequence[Delegation]) -> bool:
    """True for a member who only hands over their 医療費通知情報: a delegator with no certificate of
    their own chosen. Their plan says so instead of asking them to choose certificates."""
    if member.certificates:
        return False
    pid = member.profile.id
    return any(d.delegator_profile_id == pid for d in delegations)
