"""The plan: STEP3 linkages, STEP4 tasks, STEP5, readiness, badges, summary, next action, follow-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.catalog import Catalog, default_catalog
from app.domain.model import (
    Channel,
    Delegation,
    DelegationOperation,
    Household,
    LinkageRecord,
    LinkageStatus,
    MemberState,
    ProgressItem,
    Readiness,
    Service,
    TaskState,
)
from app.domain.plan import (
    ActionKind,
    Badge,
    IssuerTaskKind,
    Plan,
    UnitState,
    WaitingFor,
    build_plan,
    due_follow_ups,
    follow_ups,
    household_plans,
)
from app.domain.steps import StepId
from tests.domain.plan_helpers import TODAY, member, sel

CAT: Catalog = default_catalog()
ALL_LINKED = dict.fromkeys(Service, LinkageStatus.COMPLETE)

# One representative item per channel, with what the plan must say about it.
PER_CHANNEL = [
    # channel, type, STEP3 services, STEP4 tasks?, listed in 証明書の準備状況?
    (Channel.E_SHISHOBAKO, "life_insurance", (Service.ETAX, Service.E_SHISHOBAKO), True, True),
    (Channel.MYPOST, "earthquake_insurance", (Service.ETAX, Service.MYPOST), True, False),
    (Channel.MINKAN_ETAX, "securities_annual_report", (Service.ETAX, Service.MINKAN_ETAX), True, False),
    (Channel.NENKIN_NET, "public_pension_withholding", (Service.ETAX, Service.NENKIN_NET), False, False),
    (Channel.ETAX, "housing_loan_deduction_certificate", (Service.ETAX,), False, False),
    # error 7: マイナポータル's own items need the e-Tax linkage too (the guide links e-Tax first for all)
    (Channel.MYNAPORTAL, "medical_expense_notice", (Service.ETAX,), False, True),
]


def test_per_channel_cases_cover_every_channel() -> None:
    assert {c[0] for c in PER_CHANNEL} == set(Channel)


@pytest.mark.parametrize(("channel", "type_id", "services", "has_tasks", "listed"), PER_CHANNEL)
def test_single_selection_per_channel(
    channel: Channel, type_id: str, services: tuple[Service, ...], has_tasks: bool, listed: bool
) -> None:
    plan = build_plan(member(sel(1, type_id, channel)), CAT, TODAY)
    assert tuple(r.service for r in plan.linkages) == services
    assert all(r.status is None and r.state is UnitState.TODO for r in plan.linkages)
    kinds = [t.kind for t in plan.issuer_tasks]
    assert kinds == ([IssuerTaskKind.REGISTRATION, IssuerTaskKind.LINK] if has_tasks else [])
    assert plan.step5_needed is False
    (cert,) = plan.certificates
    assert cert.listed is listed
    assert cert.readiness is (None if listed else Readiness.NOT_LISTED)
    assert plan.badges[StepId.STEP3] is (Badge.NEEDS_ACTION if services else Badge.NOT_NEEDED)
    assert plan.badges[StepId.STEP4] is (Badge.NEEDS_ACTION if has_tasks else Badge.NOT_NEEDED)
    assert plan.badges[StepId.STEP5] is Badge.NOT_NEEDED


def test_no_selection() -> None:
    plan = build_plan(member(done_items="all"), CAT, TODAY)
    assert plan.linkages == ()
    assert plan.issuer_tasks == ()
    assert plan.step5_needed is False
    assert plan.certificates == ()
    assert (plan.summary.ready, plan.summary.total) == (0, 0)
    assert plan.badges[StepId.STEP2] is Badge.NEEDS_ACTION
    # before the STEP2 choice the need of STEP3–5 is unknown: undecided, never 「不要」
    for step in (StepId.STEP3, StepId.STEP4, StepId.STEP5):
        assert plan.badges[step] is Badge.UNDECIDED
    assert plan.badges[StepId.DELEGATION] is Badge.NOT_NEEDED
    assert plan.next_action is not None
    assert plan.next_action.kind is ActionKind.SELECT_CERTIFICATES


def test_no_selection_fresh_member_starts_at_step0() -> None:
    plan = build_plan(member(), CAT, TODAY)
    assert plan.next_action is not None
    assert (plan.next_action.kind, plan.next_action.item_id) == (ActionKind.DO_ITEM, "step0.card")
    assert set(plan.badges) == set(StepId)


def test_sample_household_linkages_in_guide_order() -> None:
    # Life insurance (MyPost), ふるさと納税 (e-私書箱), pension (ねんきんネット), salary (e-Tax), medical.
    m = member(
        sel(1, "life_insurance", Channel.MYPOST),
        sel(2, "furusato_receipt", Channel.E_SHISHOBAKO, "北海道○○町"),
        sel(3, "public_pension_withholding", Channel.NENKIN_NET),
        sel(4, "salary_withholding", Channel.ETAX),
        sel(5, "medical_expense_notice", Channel.MYNAPORTAL),
        sel(6, "securities_annual_report", Channel.MINKAN_ETAX, "楽天証券"),
    )
    plan = build_plan(m, CAT, TODAY)
    assert [r.service for r in plan.linkages] == [
        Service.ETAX,
        Service.E_SHISHOBAKO,
        Service.MYPOST,
        Service.MINKAN_ETAX,
        Service.NENKIN_NET,
    ]
    etax = plan.linkages[0]
    assert etax.certificate_ids == (1, 2, 3, 4, 5, 6)  # 医療費通知情報 (5) needs e-Tax too
    assert {t.certificate_id for t in plan.issuer_tasks} == {1, 2, 6}
    assert plan.step5_needed is True
    assert [c.readiness for c in plan.certificates] == [
        Readiness.NOT_LISTED,
        None,
        Readiness.NOT_LISTED,
        Readiness.NOT_LISTED,
        None,
        Readiness.NOT_LISTED,
    ]


def test_recorded_linkage_status_is_reported() -> None:
    m = member(
        sel(1, "life_insurance", Channel.E_SHISHOBAKO),
        sel(2, "national_pension_premium", Channel.NENKIN_NET),
        linkages={Service.ETAX: LinkageStatus.COMPLETE, Service.NENKIN_NET: LinkageStatus.CHECK},
    )
    plan = build_plan(m, CAT, TODAY)
    statuses = {r.service: r.status for r in plan.linkages}
    assert statuses == {
        Service.ETAX: LinkageStatus.COMPLETE,
        Service.E_SHISHOBAKO: None,
        Service.NENKIN_NET: LinkageStatus.CHECK,
    }
    states = {r.service: r.state for r in plan.linkages}
    assert states[Service.ETAX] is UnitState.DONE
    assert states[Service.NENKIN_NET] is UnitState.TODO


def test_linkages_not_needed_are_ignored_even_when_recorded() -> None:
    m = member(sel(1, "medical_expense_notice", Channel.MYNAPORTAL), linkages={Service.MYPOST: None})
    assert [r.service for r in build_plan(m, CAT, TODAY).linkages] == [Service.ETAX]


def test_step5_needed_for_salary_and_balance_info_only() -> None:
    assert build_plan(member(sel(1, "salary_withholding", Channel.ETAX)), CAT, TODAY).step5_needed
    assert build_plan(member(sel(1, "housing_loan_balance_info", Channel.ETAX)), CAT, TODAY).step5_needed
    for type_id in CAT.ids:
        entry = CAT[type_id]
        plan = build_plan(member(sel(1, type_id, entry.channels[0])), CAT, TODAY)
        assert plan.step5_needed is (type_id in {"salary_withholding", "housing_loan_balance_info"})


def test_step5_badge_follows_its_items() -> None:
    m = member(sel(1, "salary_withholding", Channel.ETAX))
    assert build_plan(m, CAT, TODAY).badges[StepId.STEP5] is Badge.NEEDS_ACTION
    done = replace(
        m,
        progress={
            i: ProgressItem(i, TaskState.DONE)
            for i in ("step5.request", "step5.kana", "step5.read_text", "step5.read_sign")
        },
    )
    assert build_plan(done, CAT, TODAY).badges[StepId.STEP5] is Badge.DONE


def test_issuer_tasks_states_and_waiting_link() -> None:
    m = member(
        sel(1, "life_insurance", Channel.E_SHISHOBAKO, "日本生命", registration=TaskState.WAITING),
        sel(2, "earthquake_insurance", Channel.MYPOST, "損保A", registration=TaskState.DONE),
        sel(
            3,
            "securities_annual_report",
            Channel.MINKAN_ETAX,
            "SBI証券",
            registration=TaskState.NOT_NEEDED,
            issuer_link=TaskState.DONE,
        ),
    )
    plan = build_plan(m, CAT, TODAY)
    by = {(t.certificate_id, t.kind): t for t in plan.issuer_tasks}
    assert by[(1, IssuerTaskKind.REGISTRATION)].unit_state is UnitState.WAITING
    assert by[(1, IssuerTaskKind.LINK)].unit_state is UnitState.WAITING  # ② waits for ①
    assert by[(1, IssuerTaskKind.LINK)].state is TaskState.TODO
    assert by[(2, IssuerTaskKind.LINK)].unit_state is UnitState.TODO
    assert by[(3, IssuerTaskKind.REGISTRATION)].unit_state is UnitState.NOT_NEEDED
    assert plan.tasks_of(3)[1].unit_state is UnitState.DONE
    assert [t.issuer for t in plan.tasks_of(1)] == ["日本生命", "日本生命"]


def test_two_issuers_of_one_type_get_their_own_tasks() -> None:
    m = member(
        sel(1, "life_insurance", Channel.E_SHISHOBAKO, "日本生命"),
        sel(2, "life_insurance", Channel.E_SHISHOBAKO, "第一生命"),
    )
    plan = build_plan(m, CAT, TODAY)
    assert len(plan.issuer_tasks) == 4
    assert [r.service for r in plan.linkages] == [Service.ETAX, Service.E_SHISHOBAKO]


@pytest.mark.parametrize("readiness", list(Readiness))
def test_unlisted_items_read_not_listed_whatever_was_recorded(readiness: Readiness) -> None:
    m = member(sel(1, "public_pension_withholding", Channel.NENKIN_NET, readiness=readiness))
    (cert,) = build_plan(m, CAT, TODAY).certificates
    assert cert.readiness is Readiness.NOT_LISTED


@pytest.mark.parametrize(
    ("recorded", "ready", "state"),
    [
        (None, False, UnitState.TODO),
        (Readiness.READY, True, UnitState.DONE),
        (Readiness.PROCESSING, False, UnitState.WAITING),
        (Readiness.INCOMPLETE, False, UnitState.TODO),
    ],
)
def test_listed_items_use_the_recorded_readiness(
    recorded: Readiness | None, ready: bool, state: UnitState
) -> None:
    m = member(sel(1, "medical_expense_notice", Channel.MYNAPORTAL, readiness=recorded))
    (cert,) = build_plan(m, CAT, TODAY).certificates
    assert cert.readiness is recorded
    assert cert.ready is ready
    assert cert.state is state


def test_unlisted_item_linked_in_november_waits_for_its_data() -> None:
    """Error 3: e-Tax and ねんきんネット 完了 on 2026-11-25 is not 「準備完了」 for the pension slip."""
    november = date(2026, 11, 25)
    pension = sel(1, "public_pension_withholding", Channel.NENKIN_NET)
    not_yet = build_plan(member(pension, linkages={Service.ETAX: LinkageStatus.COMPLETE}), CAT, november)
    assert not not_yet.certificates[0].ready and not_yet.certificates[0].waiting_for is None
    both = {Service.ETAX: LinkageStatus.COMPLETE, Service.NENKIN_NET: LinkageStatus.COMPLETE}
    plan = build_plan(member(pension, linkages=both, done_items="all"), CAT, november)
    (cert,) = plan.certificates
    assert (cert.ready, cert.state, cert.waiting_for) == (False, UnitState.WAITING, WaitingFor.DATA)
    assert cert.expected == date(2026, 12, 20)  # the catalog's usual date for tax year 2026
    assert (plan.summary.ready, plan.summary.total) == (0, 1)
    assert plan.badges[StepId.READY] is Badge.IN_PROGRESS
    action = plan.next_action
    assert action is not None and action.waiting and action.kind is ActionKind.CONFIRM_DATA
    assert action.follow_up == date(2026, 12, 20)
    # on the expected day the user is asked to look on ねんきんネット; confirming makes it ready
    due = build_plan(member(pension, linkages=both, done_items="all"), CAT, date(2026, 12, 21))
    assert due.next_action is not None and due.next_action.kind is ActionKind.CONFIRM_DATA
    assert not due.next_action.waiting
    confirmed = replace(pension, data_confirmed_on=date(2026, 12, 21))
    done = build_plan(member(confirmed, linkages=both, done_items="all"), CAT, date(2026, 12, 21))
    assert done.certificates[0].ready and done.summary.all_ready and done.next_action is None


def test_a_confirmation_from_last_season_does_not_count() -> None:
    both = {Service.ETAX: LinkageStatus.COMPLETE, Service.NENKIN_NET: LinkageStatus.COMPLETE}
    pension = sel(1, "public_pension_withholding", Channel.NENKIN_NET, data_confirmed_on=date(2026, 1, 10))
    assert build_plan(member(pension, linkages=both), CAT, date(2026, 2, 1)).certificates[0].ready
    assert not build_plan(member(pension, linkages=both), CAT, date(2026, 11, 25)).certificates[0].ready


def test_salary_needs_step5_before_it_counts_as_ready() -> None:
    salary = sel(1, "salary_withholding", Channel.ETAX)
    m = member(salary, linkages={Service.ETAX: LinkageStatus.COMPLETE})
    assert not build_plan(m, CAT, TODAY).certificates[0].ready
    m = replace(
        m,
        progress={
            i: ProgressItem(i, TaskState.DONE)
            for i in ("step5.request", "step5.kana", "step5.read_text", "step5.read_sign")
        },
    )
    cert = build_plan(m, CAT, TODAY).certificates[0]
    # STEP5 done in January: still waiting for the slip's data (from February), not ready
    assert (cert.ready, cert.waiting_for, cert.expected) == (False, WaitingFor.DATA, date(2026, 2, 1))
    confirmed = replace(m, certificates=(replace(salary, data_confirmed_on=date(2026, 2, 3)),))
    assert build_plan(confirmed, CAT, date(2026, 2, 3)).certificates[0].ready


def test_mypost_item_needs_its_tasks_before_it_counts_as_ready() -> None:
    linked = {Service.ETAX: LinkageStatus.COMPLETE, Service.MYPOST: LinkageStatus.COMPLETE}
    half = member(sel(1, "life_insurance", Channel.MYPOST, registration=TaskState.DONE), linkages=linked)
    assert not build_plan(half, CAT, TODAY).certificates[0].ready
    full = member(
        sel(1, "life_insurance", Channel.MYPOST, registration=TaskState.DONE, issuer_link=TaskState.DONE),
        linkages=linked,
    )
    assert build_plan(full, CAT, TODAY).certificates[0].waiting_for is WaitingFor.DATA
    assert not build_plan(full, CAT, TODAY).certificates[0].ready
    seen = replace(full, certificates=(replace(full.certificates[0], data_confirmed_on=TODAY),))
    assert build_plan(seen, CAT, TODAY).certificates[0].ready


def test_summary_counts_ready_certificates() -> None:
    m = member(
        sel(1, "medical_expense_notice", Channel.MYNAPORTAL, readiness=Readiness.READY),
        sel(2, "life_insurance", Channel.E_SHISHOBAKO, readiness=Readiness.PROCESSING),
        sel(3, "small_business_mutual_aid_ideco", Channel.MYNAPORTAL, readiness=Readiness.READY),
    )
    summary = build_plan(m, CAT, TODAY).summary
    assert (summary.ready, summary.total, summary.all_ready) == (2, 3, False)


def _finished_member() -> tuple[MemberState, Plan]:
    m = member(
        sel(
            1,
            "life_insurance",
            Channel.E_SHISHOBAKO,
            readiness=Readiness.READY,
            registration=TaskState.DONE,
            issuer_link=TaskState.DONE,
        ),
        sel(2, "public_pension_withholding", Channel.NENKIN_NET, data_confirmed_on=TODAY),
        sel(3, "salary_withholding", Channel.ETAX, data_confirmed_on=TODAY),
        sel(4, "medical_expense_notice", Channel.MYNAPORTAL, readiness=Readiness.READY),
        linkages=ALL_LINKED,
        done_items="all",
    )
    return m, build_plan(m, CAT, TODAY)


def test_everything_done() -> None:
    _, plan = _finished_member()
    assert plan.next_action is None
    assert plan.summary.all_ready
    assert {plan.badges[s] for s in StepId} <= {Badge.DONE, Badge.NOT_NEEDED}
    assert plan.badges[StepId.STEP4] is Badge.DONE
    assert plan.badges[StepId.DELEGATION] is Badge.NOT_NEEDED


def test_next_action_follows_the_guide_order() -> None:
    m, _ = _finished_member()
    m = replace(
        m,
        linkages={
            s: LinkageRecord(s, LinkageStatus.COMPLETE) for s in Service if s is not Service.NENKIN_NET
        },
    )
    action = build_plan(m, CAT, TODAY).next_action
    assert action is not None
    assert (action.kind, action.service, action.waiting) == (
        ActionKind.LINK_SERVICE,
        Service.NENKIN_NET,
        False,
    )
    assert action.step is StepId.STEP3


def test_check_status_means_confirm_on_the_site() -> None:
    m = member(
        sel(1, "earthquake_insurance", Channel.MYPOST),
        linkages={Service.ETAX: LinkageStatus.CHECK},
        done_items="all",
    )
    action = build_plan(m, CAT, TODAY).next_action
    assert action is not None
    assert (action.kind, action.service) == (ActionKind.CONFIRM_LINKAGE, Service.ETAX)


def test_step4_actions_registration_then_link() -> None:
    m = member(
        sel(7, "life_insurance", Channel.E_SHISHOBAKO, "日本生命"), linkages=ALL_LINKED, done_items="all"
    )
    action = build_plan(m, CAT, TODAY).next_action
    assert action is not None
    assert (action.kind, action.certificate_id, action.issuer) == (
        ActionKind.REGISTER_WITH_ISSUER,
        7,
        "日本生命",
    )
    m = replace(m, certificates=(replace(m.certificates[0], registration=TaskState.DONE),))
    action = build_plan(m, CAT, TODAY).next_action
    assert action is not None
    assert (action.kind, action.channel) == (ActionKind.LINK_ISSUER, Channel.E_SHISHOBAKO)


def test_waiting_is_reported_with_the_earliest_follow_up() -> None:
    m = member(
        sel(
            1,
            "life_insurance",
            Channel.E_SHISHOBAKO,
            "日本生命",
            registration=TaskState.WAITING,
            follow_up=date(2026, 1, 20),
        ),
        sel(
            2,
            "furusato_receipt",
            Channel.E_SHISHOBAKO,
            "○○市",
            registration=TaskState.WAITING,
            follow_up=date(2026, 1, 16),
        ),
        linkages=ALL_LINKED,
        done_items="all",
    )
    plan = build_plan(m, CAT, TODAY)
    assert plan.next_action is not None
    assert plan.next_action.waiting
    assert (plan.next_action.certificate_id, plan.next_action.follow_up) == (2, date(2026, 1, 16))
    assert plan.badges[StepId.STEP4] is Badge.IN_PROGRESS
    assert plan.badges[StepId.READY] is Badge.IN_PROGRESS


def test_linkage_with_future_follow_up_is_waiting() -> None:
    m = member(sel(1, "public_pension_withholding", Channel.NENKIN_NET), done_items="all")
    m = replace(
        m,
        linkages={
            Service.ETAX: LinkageRecord(Service.ETAX, LinkageStatus.COMPLETE),
            Service.NENKIN_NET: LinkageRecord(
                Service.NENKIN_NET, LinkageStatus.INCOMPLETE, follow_up=date(2026, 1, 19)
            ),
        },
    )
    plan = build_plan(m, CAT, TODAY)
    assert plan.linkages[1].state is UnitState.WAITING
    assert plan.badges[StepId.STEP3] is Badge.IN_PROGRESS
    # On the follow-up day it is something to do again.
    later = build_plan(m, CAT, date(2026, 1, 19))
    assert later.linkages[1].state is UnitState.TODO
    assert later.badges[StepId.STEP3] is Badge.NEEDS_ACTION


def test_processing_readiness_waits() -> None:
    m = member(
        sel(
            1,
            "medical_expense_notice",
            Channel.MYNAPORTAL,
            readiness=Readiness.PROCESSING,
            follow_up=date(2026, 2, 9),
        ),
        linkages={Service.ETAX: LinkageStatus.COMPLETE},
        done_items="all",
    )
    plan = build_plan(m, CAT, TODAY)
    assert plan.next_action is not None
    assert (plan.next_action.kind, plan.next_action.waiting) == (ActionKind.CHECK_READINESS, True)


def test_unknown_type_id_does_not_break_the_plan() -> None:
    m = member(sel(1, "something_new", Channel.MYPOST, "新しい会社"))
    plan = build_plan(m, CAT, TODAY)
    assert [r.service for r in plan.linkages] == [Service.ETAX, Service.MYPOST]
    assert plan.certificates[0].readiness is Readiness.NOT_LISTED
    assert plan.step5_needed is False


def test_delegation_badge_and_actions() -> None:
    filer = member(done_items="all", pid=1)
    child = member(done_items="all", pid=2)
    delegation = Delegation(
        id=9,
        delegator_profile_id=2,
        delegate_profile_id=1,
        relation_name="親子",
        operations={DelegationOperation.LOGIN_AND_OPEN_MENU: TaskState.DONE},
    )
    household = Household(members=(filer, child), delegations=(delegation,))
    plans = household_plans(household, CAT, TODAY)
    assert set(plans) == {1, 2}
    assert plans[1].badges[StepId.DELEGATION] is Badge.NEEDS_ACTION
    filer_with = replace(
        filer,
        certificates=(sel(1, "medical_expense_notice", Channel.MYNAPORTAL, readiness=Readiness.READY),),
        linkages={Service.ETAX: LinkageRecord(Service.ETAX, LinkageStatus.COMPLETE)},
    )
    action = build_plan(filer_with, CAT, TODAY, (delegation,)).next_action
    assert action is not None
    assert (action.kind, action.operation) == (
        ActionKind.DELEGATION_STEP,
        DelegationOperation.CHOOSE_NEW_DELEGATOR,
    )
    unrelated = replace(delegation, delegator_profile_id=5, delegate_profile_id=6)
    assert build_plan(filer, CAT, TODAY, (unrelated,)).badges[StepId.DELEGATION] is Badge.NOT_NEEDED
    done = replace(delegation, operations=dict.fromkeys(DelegationOperation, TaskState.DONE))
    assert build_plan(filer, CAT, TODAY, (done,)).badges[StepId.DELEGATION] is Badge.DONE


def test_follow_ups_and_due_follow_ups() -> None:
    m = member(
        sel(
            1,
            "life_insurance",
            Channel.E_SHISHOBAKO,
            registration=TaskState.WAITING,
            follow_up=date(2026, 1, 16),
        ),
        sel(
            2,
            "medical_expense_notice",
            Channel.MYNAPORTAL,
            readiness=Readiness.READY,
            follow_up=date(2026, 1, 1),
        ),
        sel(3, "earthquake_insurance", Channel.MYPOST, follow_up=date(2026, 1, 20)),
        pid=1,
    )
    m = replace(
        m,
        linkages={
            Service.ETAX: LinkageRecord(Service.ETAX, LinkageStatus.INCOMPLETE, follow_up=date(2026, 1, 15)),
            Service.NENKIN_NET: LinkageRecord(
                Service.NENKIN_NET, LinkageStatus.INCOMPLETE, follow_up=date(2026, 1, 2)
            ),
        },
        progress={
            "step1.register": ProgressItem("step1.register", TaskState.WAITING, follow_up=date(2026, 1, 10)),
            "step1.app": ProgressItem("step1.app", TaskState.DONE, follow_up=date(2026, 1, 10)),
        },
    )
    listed = follow_ups(m, CAT, TODAY)
    # Ready certificate 2, done item step1.app and the unneeded ねんきんネット linkage have no follow-up.
    assert [f.subject for f in listed] == [
        "item:step1.register",
        "linkage:etax",
        "certificate:1",
        "certificate:3",
    ]
    assert [f.step for f in listed] == [StepId.STEP1, StepId.STEP3, StepId.STEP4, StepId.STEP4]
    other = member(sel(5, "medical_expense_notice", Channel.MYNAPORTAL, follow_up=date(2026, 1, 14)), pid=2)
    due = due_follow_ups([m, other], CAT, date(2026, 1, 16))
    assert [(f.profile_id, f.subject) for f in due] == [
        (1, "item:step1.register"),
        (2, "certificate:5"),
        (1, "linkage:etax"),
        (1, "certificate:1"),
    ]
    assert due_follow_ups([m], CAT, date(2026, 1, 9)) == ()


def test_plan_is_pure() -> None:
    m, plan = _finished_member()
    assert build_plan(m, CAT, TODAY) == plan


def test_national_pension_needs_its_electronic_delivery_registration_as_a_task() -> None:
    """Error 8: ねんきんネット「電子送付を希望する」 is a planned task (① alone, no ②)."""
    both = {Service.ETAX: LinkageStatus.COMPLETE, Service.NENKIN_NET: LinkageStatus.COMPLETE}
    m = member(sel(1, "national_pension_premium", Channel.NENKIN_NET), linkages=both, done_items="all")
    plan = build_plan(m, CAT, TODAY)
    assert [t.kind for t in plan.issuer_tasks] == [IssuerTaskKind.REGISTRATION]
    assert plan.badges[StepId.STEP4] is Badge.NEEDS_ACTION
    assert plan.next_action is not None and plan.next_action.kind is ActionKind.REGISTER_WITH_ISSUER
    assert not plan.certificates[0].prerequisites_done
    registered = replace(m, certificates=(replace(m.certificates[0], registration=TaskState.DONE),))
    assert build_plan(registered, CAT, TODAY).certificates[0].prerequisites_done
