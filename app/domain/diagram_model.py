"""What the STEP0 overview diagram shows, as codes: its nodes, edges, their steps and states.

The shown member is "the user": their prerequisites (マイナンバーカード; an IC card reader or a
card-reading smartphone) lead to them, they and the other family members lead to マイナポータル
(STEP1, or 代理人設定 for a member who delegates), マイナポータル links with e-Tax, each 民間送達サービス
in the plan and ねんきんネット (STEP3), each 民間送達サービス with its issuers (STEP4), and the data goes to
確定申告書等作成コーナー (準備完了). States come from the one status language (``status.py``); before
the STEP2 choice what depends on it is 未定. Words and geometry live elsewhere (``app/i18n``,
``diagram_layout``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.channels import CHANNEL_SERVICE, DELIVERY_CHANNELS, SERVICE_ORDER
from app.domain.model import Household, Service, TaskState
from app.domain.plan import Badge, FollowUp, Plan, UnitState, item_state
from app.domain.rules import combined_state
from app.domain.status import Status, combined_status, delegations_of, status_board
from app.domain.steps import StepId

ISSUER_GROUP_LIMIT = 8  # more issuers than this: one node per 民間送達サービス with a count


class NodeKind(StrEnum):
    CARD = "card"  # マイナンバーカード
    READER = "reader"  # IC card reader or a card-reading smartphone
    USER = "user"  # the member shown
    MEMBER = "member"  # another family member
    PORTAL = "portal"  # マイナポータル
    SERVICE = "service"  # e-Tax, a 民間送達サービス, ねんきんネット (``service``)
    DELIVERY = "delivery"  # 民間送達サービス before the STEP2 choice (which ones is 未定)
    ISSUER = "issuer"  # one issuer (``name``)
    ISSUER_GROUP = "issuer_group"  # several issuers of one service (``name``: the first, ``count``)
    END = "end"  # 確定申告書等作成コーナー


class EdgeKind(StrEnum):
    STEP = "step"  # labelled with its step
    DELEGATION = "delegation"  # labelled 代理人設定


@dataclass(frozen=True, slots=True)
class DiagramNode:
    key: str  # unique, stable: "card", "service:etax", "issuer:mypost:ひかり証券", "member:3"
    kind: NodeKind
    step: StepId  # the page that opens on click
    status: Status
    row: int  # 0 prerequisites, 1 people, 2 マイナポータル, 3 services, 4 issuers, 5 the end
    service: Service | None = None
    name: str = ""  # a member's or an issuer's name
    count: int = 0  # ISSUER_GROUP: how many issuers
    profile_id: int | None = None  # USER, MEMBER
    warning: bool = False  # a delegation rule warns (the tooltip says which)
    delegation: Status | None = None  # MEMBER with delegations: their one word (the subtitle says it)


@dataclass(frozen=True, slots=True)
class DiagramEdge:
    source: str
    target: str
    step: StepId
    kind: EdgeKind = EdgeKind.STEP


@dataclass(frozen=True, slots=True)
class Diagram:
    nodes: tuple[DiagramNode, ...]
    edges: tuple[DiagramEdge, ...]
    steps: tuple[tuple[StepId, Status], ...] = ()  # the shown member's step states (as the sidebar's)

    def step_status(self, step: StepId) -> Status | None:
        return dict(self.steps).get(step)

    def node(self, key: str) -> DiagramNode:
        return next(n for n in self.nodes if n.key == key)


_FROM_UNIT = {
    UnitState.DONE: Status.DONE,
    UnitState.WAITING: Status.WAITING,
    UnitState.TODO: Status.NOT_STARTED,
    UnitState.NOT_NEEDED: Status.NOT_NEEDED,
}


def _combined(states: list[UnitState]) -> Status:
    return _FROM_UNIT[combined_state(states)]  # the household's one rule (app/domain/rules.py)


def _item_status(state: TaskState) -> Status:
    return {
        TaskState.DONE: Status.DONE,
        TaskState.WAITING: Status.WAITING,
        TaskState.NOT_NEEDED: Status.NOT_NEEDED,
        TaskState.TODO: Status.NOT_STARTED,
    }[state]


def _next_key(plan: Plan) -> str | None:
    """The node of the plan's next action (it reads 次はここ)."""
    action = plan.next_action
    if action is None or action.waiting:
        return None
    if action.item_id in ("step0.card", "step0.reader"):
        return "card" if action.item_id == "step0.card" else "reader"
    if action.step in (StepId.STEP0,):
        return "user"
    if action.step in (StepId.STEP1, StepId.STEP2):
        return "portal"
    if action.service is not None:
        return f"service:{action.service.value}"
    if action.step is StepId.STEP4 and action.channel is not None and action.issuer is not None:
        return f"issuer:{action.channel.value}:{action.issuer}"
    if action.step is StepId.STEP5:
        return f"service:{Service.ETAX.value}"
    if action.step is StepId.READY:
        return "end"
    return None


def build_diagram(
    household: Household,
    plans: Mapping[int, Plan],
    profile_id: int | None,
    today: date,
    issuer_limit: int = ISSUER_GROUP_LIMIT,
    due: Iterable[FollowUp] = (),
) -> Diagram:
    """The diagram of the member ``profile_id`` within the household (an empty one without members).
    Every box of a member says that member's plan state, a delegation the word it has everywhere
    (``status.status_board``); ``due`` are the follow-ups, as the sidebar gets them."""
    member = None if profile_id is None else household.member(profile_id)
    plan = None if profile_id is None else plans.get(profile_id)
    nodes: list[DiagramNode] = []
    edges: list[DiagramEdge] = []
    badges = plan.badges if plan is not None else {s: Badge.NEEDS_ACTION for s in StepId}
    board = status_board(household, plans, profile_id, today, due)
    # the one 次はここ is the node of the plan's next action (below), not a step's
    steps = {k: Status.NOT_STARTED if v is Status.NEXT else v for k, v in board.steps.items()}
    decided = plan is not None and badges[StepId.STEP3] is not Badge.UNDECIDED

    def item(item_id: str) -> Status:
        return Status.NOT_STARTED if member is None else _item_status(item_state(member, item_id))

    nodes.append(DiagramNode("card", NodeKind.CARD, StepId.STEP0, item("step0.card"), 0))
    nodes.append(DiagramNode("reader", NodeKind.READER, StepId.STEP0, item("step0.reader"), 0))
    edges += [DiagramEdge("card", "user", StepId.STEP0), DiagramEdge("reader", "user", StepId.STEP0)]
    name = "" if member is None else member.profile.display_name
    nodes.append(
        DiagramNode(
            "user",
            NodeKind.USER,
            StepId.STEP0,
            board.members.get(profile_id, Status.NOT_STARTED)
            if profile_id is not None
            else Status.NOT_STARTED,
            1,
            name=name,
            profile_id=profile_id,
        )
    )
    portal = _combined([_unit(badges[StepId.STEP1]), _unit(badges[StepId.STEP2])])
    nodes.append(DiagramNode("portal", NodeKind.PORTAL, StepId.STEP1, portal, 2))
    edges.append(DiagramEdge("user", "portal", StepId.STEP1))

    # the other family members: each with their delegations (or their own preparation)
    for other in household.members:
        pid = other.profile.id
        if pid == profile_id:
            continue
        theirs = delegations_of(household, pid)
        key = f"member:{pid}"
        status = board.members.get(pid, Status.NOT_STARTED)
        if theirs:
            word = combined_status(board.delegations[d.id] for d in theirs)
            nodes.append(
                DiagramNode(
                    key,
                    NodeKind.MEMBER,
                    StepId.DELEGATION,
                    status,
                    1,
                    name=other.profile.display_name,
                    profile_id=pid,
                    warning=word is Status.ATTENTION,
                    delegation=word,
                )
            )
            edges.append(DiagramEdge(key, "portal", StepId.DELEGATION, EdgeKind.DELEGATION))
        else:
            nodes.append(
                DiagramNode(
                    key,
                    NodeKind.MEMBER,
                    StepId.STEP1,
                    status,
                    1,
                    name=other.profile.display_name,
                    profile_id=pid,
                )
            )
            edges.append(DiagramEdge(key, "portal", StepId.STEP1))

    # STEP3: e-Tax, each 民間送達サービス in the plan (or one 未定 node), ねんきんネット
    rows = {} if plan is None else {r.service: r for r in plan.linkages}
    delivery_anchor = len(nodes)
    for service in SERVICE_ORDER:
        delivery = service not in (Service.ETAX, Service.NENKIN_NET)
        if delivery and (not decided or service not in rows):
            continue
        if not decided:
            status = Status.UNDECIDED
        elif service in rows:
            status = _FROM_UNIT[rows[service].state]
        else:
            status = Status.NOT_NEEDED
        nodes.append(
            DiagramNode(
                f"service:{service.value}", NodeKind.SERVICE, StepId.STEP3, status, 3, service=service
            )
        )
        edges.append(DiagramEdge("portal", f"service:{service.value}", StepId.STEP3))
        if service is Service.ETAX:
            delivery_anchor = len(nodes)
    if not decided:
        nodes.insert(
            delivery_anchor, DiagramNode("delivery", NodeKind.DELIVERY, StepId.STEP3, Status.UNDECIDED, 3)
        )
        edges.append(DiagramEdge("portal", "delivery", StepId.STEP3))

    # STEP4: the issuers of each 民間送達サービス in the plan (grouped when there are many)
    if plan is not None and decided:
        by_service: dict[Service, dict[str, list[UnitState]]] = {}
        for task in plan.issuer_tasks:
            if task.channel not in DELIVERY_CHANNELS:
                continue
            owner = CHANNEL_SERVICE[task.channel]
            assert owner is not None
            by_service.setdefault(owner, {}).setdefault(task.issuer, []).append(task.unit_state)
        total = sum(len(v) for v in by_service.values())
        for service in SERVICE_ORDER:
            issuers = by_service.get(service)
            if not issuers:
                continue
            source = f"service:{service.value}"
            if total > issuer_limit and len(issuers) > 1:
                key = f"issuers:{service.value}"
                states = [s for v in issuers.values() for s in v]
                first = next(iter(issuers))
                nodes.append(
                    DiagramNode(
                        key,
                        NodeKind.ISSUER_GROUP,
                        StepId.STEP4,
                        _combined(states),
                        4,
                        service=service,
                        name=first,
                        count=len(issuers),
                    )
                )
                edges.append(DiagramEdge(source, key, StepId.STEP4))
                continue
            for issuer, states in issuers.items():
                key = f"issuer:{_channel_of(service)}:{issuer}"
                nodes.append(
                    DiagramNode(
                        key, NodeKind.ISSUER, StepId.STEP4, _combined(states), 4, service=service, name=issuer
                    )
                )
                edges.append(DiagramEdge(source, key, StepId.STEP4))

    end = steps[StepId.READY] if decided else Status.UNDECIDED
    nodes.append(DiagramNode("end", NodeKind.END, StepId.READY, end, 5))
    edges.append(DiagramEdge("portal", "end", StepId.READY))

    nxt = None if plan is None else _next_key(plan)
    if nxt is not None:
        nodes = [
            n if n.key != nxt or n.status is not Status.NOT_STARTED else _with_status(n, Status.NEXT)
            for n in nodes
        ]
    return Diagram(tuple(nodes), tuple(edges), tuple(board.steps.items()))


def _channel_of(service: Service) -> str:
    return next(c.value for c, s in CHANNEL_SERVICE.items() if s is service)


def _unit(badge: Badge) -> UnitState:
    return {
        Badge.DONE: UnitState.DONE,
        Badge.IN_PROGRESS: UnitState.WAITING,
        Badge.NEEDS_ACTION: UnitState.TODO,
        Badge.NOT_NEEDED: UnitState.NOT_NEEDED,
        Badge.UNDECIDED: UnitState.NOT_NEEDED,
    }[badge]


def _with_status(node: DiagramNode, status: Status) -> DiagramNode:
    from dataclasses import replace

    return replace(node, status=status)
