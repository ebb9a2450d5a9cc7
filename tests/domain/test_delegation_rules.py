"""代理人設定 rules: validity against the filing period, medical-only delegations, refusals."""

from __future__ import annotations

from datetime import date

from app.domain.catalog import default_catalog
from app.domain.deadlines import filing_period
from app.domain.delegation_rules import (
    Finding,
    FindingCode,
    Refusal,
    delegates_only,
    findings,
    household_findings,
    refusals,
)
from app.domain.model import (
    CertificateSelection,
    Channel,
    DelegatedService,
    Delegation,
    Household,
    MemberState,
    Profile,
    Relation,
)
from app.domain.plan import ActionKind, Badge, build_plan
from app.domain.steps import StepId

TODAY = date(2026, 1, 14)  # preparing 令和7年分: period 2026-02-16 – 2026-03-16
PERIOD = filing_period(2025)
MEDICAL = frozenset({DelegatedService.MEDICAL_NOTICES})


def _member(pid: int, name: str, *types: str) -> MemberState:
    certs = tuple(
        CertificateSelection(id=pid * 10 + i, type_id=t, issuer="発行者", channel=Channel.MYNAPORTAL)
        for i, t in enumerate(types)
    )
    return MemberState(
        profile=Profile(pid, name, Relation.SELF if pid == 1 else Relation.SPOUSE), certificates=certs
    )


def _delegation(
    did: int = 1,
    *,
    delegator: int = 2,
    delegate: int = 1,
    name: str = "妻",
    valid_from: date | None = date(2026, 1, 1),
    valid_to: date | None = date(2026, 12, 31),
    services: frozenset[DelegatedService] = MEDICAL,
) -> Delegation:
    return Delegation(did, delegator, delegate, name, valid_from, valid_to, services)


def _household(*delegations: Delegation, spouse_types: tuple[str, ...] = ()) -> Household:
    return Household(
        members=(_member(1, "本人", "life_insurance"), _member(2, "花子", *spouse_types)),
        delegations=delegations,
    )


def _codes(found: tuple[Finding, ...]) -> list[FindingCode]:
    return [f.code for f in found]


def test_a_validity_covering_the_filing_period_with_the_medical_service_has_nothing_to_say() -> None:
    d = _delegation()
    assert findings(d, _household(d), TODAY) == ()


def test_a_validity_ending_before_the_filing_period_warns_with_the_period_dates() -> None:
    d = _delegation(valid_to=date(2026, 2, 28))
    found = findings(d, _household(d), TODAY)
    missing = next(f for f in found if f.code is FindingCode.MISSES_FILING_PERIOD)
    assert missing.is_warning
    assert missing.period == PERIOD
    assert missing.params()["period_start"] == "2026-02-16"
    assert missing.params()["period_end"] == "2026-03-16"
    assert missing.params()["valid_to"] == "2026-02-28"


def test_a_validity_starting_after_the_period_starts_also_misses_it() -> None:
    d = _delegation(valid_from=date(2026, 3, 1))
    assert FindingCode.MISSES_FILING_PERIOD in _codes(findings(d, _household(d), TODAY))


def test_thirty_days_before_the_end_a_warning_says_how_many_days_are_left() -> None:
    today = date(2026, 2, 20)
    d = _delegation(valid_to=date(2026, 3, 22))
    found = findings(d, _household(d), today)
    soon = next(f for f in found if f.code is FindingCode.ENDS_SOON)
    assert soon.days_left == 30
    assert FindingCode.MISSES_FILING_PERIOD not in _codes(found)
    later = _delegation(valid_to=date(2026, 3, 23))
    assert FindingCode.ENDS_SOON not in _codes(findings(later, _household(later), today))


def test_an_ended_validity_is_expired_and_nothing_else_about_dates() -> None:
    d = _delegation(valid_from=date(2025, 1, 1), valid_to=date(2025, 12, 31))
    assert _codes(findings(d, _household(d), TODAY)) == [FindingCode.EXPIRED]


def test_no_dates_yet_is_a_quiet_reminder_not_a_warning() -> None:
    d = _delegation(valid_from=None, valid_to=None)
    found = findings(d, _household(d), TODAY)
    assert _codes(found) == [FindingCode.NO_VALIDITY]
    assert not found[0].is_warning


def test_without_the_medical_service_the_delegation_brings_nothing() -> None:
    d = _delegation(services=frozenset({DelegatedService.NOTICES}))
    assert FindingCode.NO_MEDICAL_SERVICE in _codes(findings(d, _household(d), TODAY))


def test_other_certificates_of_the_delegator_need_their_own_preparation() -> None:
    d = _delegation()
    house = _household(d, spouse_types=("medical_expense_notice", "life_insurance", "furusato_annual"))
    own = next(f for f in findings(d, house, TODAY) if f.code is FindingCode.OWN_PREPARATION)
    assert own.type_ids == ("life_insurance", "furusato_annual")
    assert not own.is_warning
    medical_only = _household(d, spouse_types=("medical_expense_notice",))
    assert FindingCode.OWN_PREPARATION not in _codes(findings(d, medical_only, TODAY))


def test_warnings_come_first() -> None:
    d = _delegation(valid_to=date(2026, 2, 1), services=frozenset())
    found = findings(d, _household(d, spouse_types=("life_insurance",)), TODAY)
    assert [f.is_warning for f in found] == sorted((f.is_warning for f in found), reverse=True)
    assert found[0].is_warning


def test_refusals_name_every_problem_and_a_good_delegation_has_none() -> None:
    house = _household()
    assert refusals(_delegation(), house) == ()
    assert refusals(_delegation(delegator=1, delegate=1), house) == (Refusal.SAME_PERSON,)
    assert refusals(_delegation(name="  "), house) == (Refusal.EMPTY_NAME,)
    backwards = _delegation(valid_from=date(2026, 3, 1), valid_to=date(2026, 2, 1))
    assert refusals(backwards, house) == (Refusal.ENDS_BEFORE_START,)
    assert refusals(_delegation(delegator=9), house) == (Refusal.UNKNOWN_MEMBER,)


def test_several_delegations_per_household_each_get_their_findings() -> None:
    good = _delegation(1)
    late = _delegation(2, delegator=3, valid_to=date(2026, 3, 1))
    house = Household(
        members=(_member(1, "本人"), _member(2, "花子"), _member(3, "母")), delegations=(good, late)
    )
    by_id = household_findings(house, TODAY)
    assert by_id[1] == ()
    assert _codes(by_id[2]) == [FindingCode.MISSES_FILING_PERIOD]


def test_a_member_who_only_delegates_gets_a_plan_that_says_so() -> None:
    catalog = default_catalog()
    d = _delegation()
    house = _household(d)
    spouse = house.member(2)
    assert spouse is not None
    assert delegates_only(spouse, house.delegations)
    plan = build_plan(spouse, catalog, TODAY, house.delegations)
    assert plan.delegates_only
    assert plan.badges[StepId.STEP3] is not Badge.UNDECIDED
    actions = [u.action.kind for u in plan.units if u.state.value == "todo"]
    assert ActionKind.SELECT_CERTIFICATES not in actions
    filer = house.member(1)
    assert filer is not None and not delegates_only(filer, house.delegations)
    alone = build_plan(spouse, catalog, TODAY, ())
    assert not alone.delegates_only
    assert alone.badges[StepId.STEP3] is Badge.UNDECIDED


def test_checklist_lines_name_each_delegation_and_its_findings() -> None:
    from app.i18n.delegation import checklist_lines

    d = _delegation(valid_to=date(2026, 2, 28))
    lines = checklist_lines(_household(d, spouse_types=("life_insurance",)), TODAY)
    assert lines[0].startswith("花子 → 代理人 本人（妻）、有効期間 2026年1月1日")
    assert lines[1].startswith("⚠ 有効期間が令和7年分の申告期間（2026年2月16日（月）〜2026年3月16日（月））")
    assert lines[2].startswith("ℹ 医療費通知情報は、代理人設定だけで取得できます。life_insurance")


def test_other_certificates_come_through_the_notices_service_after_their_own_preparation() -> None:
    """The guide (issue 24, correction a): 医療費通知情報 directly; 社会保険料・生命保険・地震保険 through
    「外部サイトへのお知らせ情報提供サービス」 once the family member did their own preparation. The old
    sentence said a delegation brings 医療費通知情報 only."""
    from app.i18n.delegation import finding_text

    without = _delegation(services=frozenset({DelegatedService.MEDICAL_NOTICES}))
    house = _household(without, spouse_types=("medical_expense_notice", "life_insurance"))
    codes = _codes(findings(without, house, TODAY))
    assert FindingCode.NO_NOTICES_SERVICE in codes and FindingCode.OWN_PREPARATION in codes
    texts = [finding_text(f) for f in findings(without, house, TODAY)]
    assert not any("医療費通知情報だけ" in t for t in texts)
    assert any("「外部サイトへのお知らせ情報提供サービス」の委任を受けて取得できます" in t for t in texts)
    both = _delegation(services=frozenset(DelegatedService))
    assert FindingCode.NO_NOTICES_SERVICE not in _codes(
        findings(both, _household(both, spouse_types=("life_insurance",)), TODAY)
    )
