"""Property-based tests of the plan over arbitrary recorded states."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain.catalog import default_catalog
from app.domain.channels import SERVICE_ORDER, needs_issuer_tasks, services_for
from app.domain.model import (
    CertificateSelection,
    Channel,
    Delegation,
    DelegationOperation,
    LinkageRecord,
    LinkageStatus,
    MemberState,
    Profile,
    ProgressItem,
    Readiness,
    Service,
    TaskState,
)
from app.domain.plan import ActionKind, Badge, UnitState, build_plan, due_follow_ups
from app.domain.steps import CHECKLIST_ITEMS, StepId
from app.i18n.plan import action_text

CAT = default_catalog()
FIXED_CHANNELS = {Channel.NENKIN_NET, Channel.ETAX, Channel.MYNAPORTAL}
UNLISTED = {Channel.MYPOST, Channel.MINKAN_ETAX, Channel.NENKIN_NET, Channel.ETAX}

dates = st.dates(min_value=date(2025, 10, 1), max_value=date(2026, 3, 31))
opt_dates = st.none() | dates


# The strategies are made once: one made inside a draw is checked anew each time (most of the
# run's time went there), and these draw the same values.
type_ids = st.sampled_from((*CAT.ids, "not_in_catalog"))
all_channels = st.sampled_from(tuple(Channel))
entry_channels = {entry.id: st.sampled_from(entry.channels) for entry in CAT.entries}
issuers = st.sampled_from(("日本生命", "○○市", "SBI証券", "日本年金機構"))
readiness = st.none() | st.sampled_from(Readiness)
task_states = st.sampled_from(TaskState)
linkage_statuses = st.none() | st.sampled_from(LinkageStatus)
service_sets = st.sets(st.sampled_from(Service))
member_counts = st.integers(0, 6)
coins = st.booleans()


@st.composite
def selections(draw: st.DrawFn, cid: int) -> CertificateSelection:
    type_id = draw(type_ids)
    entry = CAT.get(type_id)
    channel = draw(entry_channels[type_id] if entry and draw(coins) else all_channels)
    return CertificateSelection(
        id=cid,
        type_id=type_id,
        issuer=draw(issuers),
        channel=channel,
        readiness=draw(readiness),
        registration=draw(task_states),
        issuer_link=draw(task_states),
        follow_up=draw(opt_dates),
    )


@st.composite
def members(draw: st.DrawFn) -> MemberState:
    count = draw(member_counts)
    certificates = tuple(draw(selections(i + 1)) for i in range(count))
    linkages = {
        s: LinkageRecord(s, draw(linkage_statuses), follow_up=draw(opt_dates)) for s in draw(service_sets)
    }
    progress = {
        i.id: ProgressItem(i.id, draw(task_states), follow_up=draw(opt_dates))
        for i in CHECKLIST_ITEMS
        if draw(coins)
    }
    return MemberState(Profile(1, "本人"), progress, certificates, linkages)


delegations = st.lists(
    st.builds(
        Delegation,
        id=st.integers(1, 5),
        delegator_profile_id=st.integers(1, 3),
        delegate_profile_id=st.integers(1, 3),
        relation_name=st.just("親子"),
        operations=st.dictionaries(st.sampled_from(DelegationOperation), st.sampled_from(TaskState)),
    ),
    max_size=2,
)

COMMON = settings(max_examples=200, deadline=None)


@COMMON
@given(members(), dates)
def test_linkages_are_exactly_the_needed_services_in_guide_order(m: MemberState, today: date) -> None:
    plan = build_plan(m, CAT, today)
    services = [r.service for r in plan.linkages]
    needed = {s for c in m.certificates for s in services_for(c.channel)}
    assert set(services) == needed
    assert services == sorted(services, key=SERVICE_ORDER.index)
    if services:
        assert services[0] is Service.ETAX  # e-Tax always first when any linkage is needed
    for row in plan.linkages:
        record = m.linkages.get(row.service)
        assert row.status is (None if record is None else record.status)


@COMMON
@given(members(), dates)
def test_issuer_tasks_only_for_delivery_services(m: MemberState, today: date) -> None:
    """① and ② on a 民間送達サービス; ① alone for an item with a registration of its own."""
    plan = build_plan(m, CAT, today)
    by_cert = {c.id: c for c in m.certificates}

    def own_registration(type_id: str) -> bool:
        entry = CAT.get(type_id)
        return entry is not None and entry.registration_task

    for task in plan.issuer_tasks:
        cert = by_cert[task.certificate_id]
        assert cert.channel not in FIXED_CHANNELS or own_registration(cert.type_id)
    expected = sum(
        2 if needs_issuer_tasks(c.channel) else (1 if own_registration(c.type_id) else 0)
        for c in m.certificates
    )
    assert len(plan.issuer_tasks) == expected


@COMMON
@given(members(), dates)
def test_unlisted_channels_always_read_not_listed(m: MemberState, today: date) -> None:
    plan = build_plan(m, CAT, today)
    for cert in plan.certificates:
        if cert.channel in UNLISTED:
            assert cert.readiness is Readiness.NOT_LISTED
            assert not cert.listed
        else:
            recorded = next(c.readiness for c in m.certificates if c.id == cert.certificate_id)
            assert cert.listed
            assert cert.readiness is recorded


@COMMON
@given(members(), dates, delegations)
def test_next_action_is_none_only_when_everything_is_done(
    m: MemberState, today: date, ds: list[Delegation]
) -> None:
    plan = build_plan(m, CAT, today, ds)
    finished = all(b in (Badge.DONE, Badge.NOT_NEEDED) for b in plan.badges.values())
    assert (plan.next_action is None) == finished
    assert set(plan.badges) == set(StepId)


@COMMON
@given(members(), dates, delegations)
def test_next_action_agrees_with_the_badges(m: MemberState, today: date, ds: list[Delegation]) -> None:
    plan = build_plan(m, CAT, today, ds)
    action = plan.next_action
    if action is None:
        return
    if action.waiting:
        assert Badge.NEEDS_ACTION not in plan.badges.values()
        assert plan.badges[action.step] is Badge.IN_PROGRESS
    else:
        assert plan.badges[action.step] is Badge.NEEDS_ACTION
        # Nothing in an earlier step is left to do.
        order = list(StepId)
        for step in order[: order.index(action.step)]:
            assert plan.badges[step] is not Badge.NEEDS_ACTION
    phrase = action_text(action, CAT)  # the installed catalogue: Japanese, the source language
    assert phrase and "{" not in phrase


STEP5_MARKED_AWAY = MemberState(  # found by an exploring run: every STEP5 task marked 不要
    Profile(1, "本人"),
    {
        i.id: ProgressItem(i.id, TaskState.NOT_NEEDED)
        for i in CHECKLIST_ITEMS
        if i.step is StepId.STEP5
    },
    (CertificateSelection(1, "salary_withholding", "日本生命", Channel.ETAX),),
    {},
)


@COMMON
@given(members(), dates)
@example(STEP5_MARKED_AWAY, date(2025, 10, 1))
def test_summary_and_step5(m: MemberState, today: date) -> None:
    plan = build_plan(m, CAT, today)
    assert plan.summary.total == len(m.certificates)
    assert 0 <= plan.summary.ready <= plan.summary.total
    needs5 = any((e := CAT.get(c.type_id)) is not None and e.needs_step5 for c in m.certificates)
    assert plan.step5_needed is needs5
    # the person may have marked each STEP5 task 不要 (a file they imported says so): then it is too
    step5_items = [i.id for i in CHECKLIST_ITEMS if i.step is StepId.STEP5]
    marked_away = all(
        (p := m.progress.get(i)) is not None and p.state is TaskState.NOT_NEEDED for i in step5_items
    )
    if m.certificates:
        assert (plan.badges[StepId.STEP5] is Badge.NOT_NEEDED) is (not needs5 or marked_away)
    else:
        assert plan.badges[StepId.STEP5] is Badge.UNDECIDED
    for cert in plan.certificates:
        if cert.listed and cert.readiness is Readiness.READY:
            assert cert.ready
        if not cert.listed:
            # 未記載: ready only with the prerequisites done AND the data confirmed on the site
            assert not cert.ready or cert.prerequisites_done
            assert not cert.ready or cert.data_confirmed_on is not None
            assert cert.ready or cert.waiting_for is not None or not cert.prerequisites_done


@COMMON
@given(members(), dates)
def test_marking_everything_done_finishes_the_plan(m: MemberState, today: date) -> None:
    done = MemberState(
        m.profile,
        {i.id: ProgressItem(i.id, TaskState.DONE) for i in CHECKLIST_ITEMS},
        tuple(
            CertificateSelection(
                c.id,
                c.type_id,
                c.issuer,
                c.channel,
                readiness=Readiness.READY,
                registration=TaskState.DONE,
                issuer_link=TaskState.DONE,
                data_confirmed_on=today,
            )
            for c in m.certificates
        ),
        {s: LinkageRecord(s, LinkageStatus.COMPLETE) for s in Service},
    )
    plan = build_plan(done, CAT, today)
    if m.certificates:
        assert plan.next_action is None
        assert plan.summary.all_ready
    else:
        assert plan.next_action is not None
        assert plan.next_action.kind is ActionKind.SELECT_CERTIFICATES


@COMMON
@given(members(), dates)
def test_recording_progress_never_adds_work(m: MemberState, today: date) -> None:
    """Completing the next action never increases the number of units left to do."""
    plan = build_plan(m, CAT, today)
    action = plan.next_action
    if action is None or action.waiting or action.item_id is None:
        return
    advanced = MemberState(
        m.profile,
        {**m.progress, action.item_id: ProgressItem(action.item_id, TaskState.DONE)},
        m.certificates,
        m.linkages,
    )
    after = build_plan(advanced, CAT, today)
    left = sum(1 for u in plan.units if u.state is UnitState.TODO)
    assert sum(1 for u in after.units if u.state is UnitState.TODO) <= left - 1


@COMMON
@given(members(), dates)
def test_due_follow_ups_are_due_and_sorted(m: MemberState, at: date) -> None:
    due = due_follow_ups([m], CAT, at)
    assert all(f.due <= at for f in due)
    assert [f.due for f in due] == sorted(f.due for f in due)
    # A day earlier never has more due follow-ups.
    assert len(due_follow_ups([m], CAT, at - timedelta(days=1))) <= len(due)
