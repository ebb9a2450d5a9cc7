"""One state everywhere: for a household of three with two delegations, every step, member and
delegation reads the same in the sidebar's model, on the page, in the diagram's model and on paper."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.domain.checklist import build_checklist
from app.domain.diagram_model import Diagram, NodeKind
from app.domain.model import Channel, DelegatedService, Delegation, DelegationOperation, Relation, TaskState
from app.domain.status import Status
from app.domain.steps import STEPS, StepId
from app.session import HouseholdSession
from app.store.repository import Store
from app.ui.shell.main_window import MainWindow
from app.ui.steps.delegation import DelegationEditor
from app.ui.steps.step_state import StepState
from tests.ui.conftest import TODAY, OpenWindow, open_window, page_index, plan_views, seed

__all__ = ["open_window", "seed"]

MEDICAL = frozenset({DelegatedService.MEDICAL_NOTICES})


def _three(store: Store) -> None:
    me = store.add_profile("山田太郎", Relation.SELF)
    wife = store.add_profile("花子", Relation.SPOUSE)
    mother = store.add_profile("母", Relation.PARENT)
    for item in ("step0.card", "step0.reader", "step1.app", "step1.register", "step1.login"):
        store.set_progress(me.id, item, state=TaskState.DONE)
    store.add_certificate(me.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
    store.set_progress(wife.id, "step0.card", state=TaskState.DONE)  # ① ticked: under way, not 未着手
    # 花子's covers the filing period, one operation done; 母's ends before it (a known problem)
    ops = {DelegationOperation.LOGIN_AND_OPEN_MENU: TaskState.DONE}
    start, covers, misses = date(2026, 4, 1), date(2027, 12, 31), date(2027, 1, 31)
    store.save_delegation(Delegation(0, wife.id, me.id, "妻", start, covers, MEDICAL, ops))
    store.save_delegation(Delegation(0, mother.id, me.id, "母", start, misses, MEDICAL))


def _diagram(window: MainWindow) -> Diagram:
    assert window.overview is not None and window.overview.diagram is not None
    return window.overview.diagram


def _page_state(session: HouseholdSession, step: StepId) -> Status | None:
    view = next(v for v in plan_views(session).views[step] if isinstance(v, StepState))
    return view.status()


def _page_delegations(session: HouseholdSession) -> dict[int, Status | None]:
    editor = next(v for v in plan_views(session).views[StepId.DELEGATION] if isinstance(v, DelegationEditor))
    return {did: card.state.status() for did, card in editor.cards.rows.items()}


def test_every_state_reads_the_same_in_sidebar_page_diagram_and_paper(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None]
) -> None:
    seed(_three)
    window, session = open_window()
    window.show_page(page_index(StepId.STEP0))
    me, wife, mother = (m.profile.id for m in session.members)
    wife_d, mother_d = (d.id for d in session.household.delegations)
    member_states: dict[int, set[Status]] = {pid: set() for pid in (me, wife, mother)}
    delegation_states: dict[int, set[Status | None]] = {wife_d: set(), mother_d: set()}

    for shown in (me, wife, mother):
        session.set_current_profile(shown)
        diagram = _diagram(window)
        paper = build_checklist(session.household, session.catalog, TODAY, profile_id=shown).members[0]
        on_paper = {s.step: s.status for s in paper.sections}
        for step in STEPS:
            sidebar = window.status(step.id)
            assert sidebar is not None
            assert _page_state(session, step.id) is sidebar, (shown, step.id)
            assert diagram.step_status(step.id) is sidebar, (shown, step.id)
            assert on_paper[step.id] is sidebar, (shown, step.id)
        for node in diagram.nodes:
            if node.kind in (NodeKind.USER, NodeKind.MEMBER) and node.profile_id is not None:
                member_states[node.profile_id].add(node.status)
        for did, word in _page_delegations(session).items():
            delegation_states[did].add(word)
        for row in paper.sections[[s.id for s in STEPS].index(StepId.DELEGATION)].rows:
            if row.summary:  # a delegation's line on paper
                delegation_states[wife_d if "妻" in str(row.text.params) else mother_d].add(row.status)
        if shown != me:  # a delegator's 代理人設定 says what their one delegation says
            theirs = wife_d if shown == wife else mother_d
            delegation_states[theirs].add(window.status(StepId.DELEGATION))
        else:  # the filer's diagram: each delegator's box carries that delegation's word
            delegation_states[wife_d].add(diagram.node(f"member:{wife}").delegation)
            delegation_states[mother_d].add(diagram.node(f"member:{mother}").delegation)

    # one word per member and per delegation, wherever it is read
    assert {pid: len(states) for pid, states in member_states.items()} == {me: 1, wife: 1, mother: 1}
    assert delegation_states == {wife_d: {Status.IN_PROGRESS}, mother_d: {Status.ATTENTION}}
    # the rule: the filer at STEP2 is not 完了; 花子 with ① ticked is not 未着手; 要対応 for the known problem
    assert member_states[me] == {Status.ATTENTION}  # 母's delegation (the filer is its 代理人)
    assert member_states[wife] == {Status.IN_PROGRESS}
    assert member_states[mother] == {Status.ATTENTION}
