"""The overview diagram's model and geometry: the right nodes for a household, and for 0, 1 and 12
issuers with 1 and 6 members no two boxes and no two labels overlap, no line crosses a label or a box
it does not belong to, no word is broken, at the real window width with the card panel open."""

from __future__ import annotations

import unicodedata
from datetime import date
from itertools import combinations

import pytest

from app.domain.catalog import default_catalog
from app.domain.diagram_layout import Layout, layout, wrap
from app.domain.diagram_model import NodeKind, build_diagram
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
from app.domain.plan import household_plans
from app.domain.status import Status
from app.domain.steps import StepId
from app.i18n import install
from app.i18n.diagram import texts

TODAY = date(2026, 1, 14)
PANEL_OPEN_WIDTH = 544.0  # the diagram's width in the 1100 px window with the card panel open
CHANNELS = (Channel.E_SHISHOBAKO, Channel.MYPOST, Channel.MINKAN_ETAX)


def measure(text: str, px: int) -> float:
    """Wide (CJK) characters one em, others 0.6 em: a stand-in for the bundled font's metrics."""
    return sum(px if unicodedata.east_asian_width(c) in "WF" else 0.6 * px for c in text)


def household(issuers: int, members: int) -> Household:
    certs = tuple(
        CertificateSelection(i + 1, "life_insurance", f"保険会社{i + 1}", CHANNELS[i % 3])
        for i in range(issuers)
    )
    people = [MemberState(Profile(1, "山田太郎", Relation.SELF), certificates=certs)]
    people += [MemberState(Profile(p, f"家族{p}", Relation.OTHER)) for p in range(2, members + 1)]
    delegations = tuple(
        Delegation(
            p,
            p,
            1,
            "家族",
            date(2026, 1, 1),
            date(2026, 12, 31),
            frozenset({DelegatedService.MEDICAL_NOTICES}),
        )
        for p in range(2, min(members, 3) + 1)
    )
    return Household(tuple(people), delegations)


def placed(house: Household, width: float = PANEL_OPEN_WIDTH) -> Layout:
    plans = household_plans(house, default_catalog(), TODAY)
    pid = house.members[0].profile.id
    diagram = build_diagram(house, plans, pid, TODAY, issuer_limit=6)
    nodes, edges = texts(diagram)
    return layout(nodes, edges, width, measure)


@pytest.fixture(autouse=True, params=["ja", "en"])
def language(request: pytest.FixtureRequest) -> object:
    install(request.param)
    yield request.param
    install("ja")


@pytest.mark.parametrize("issuers", [0, 1, 12])
@pytest.mark.parametrize("members", [1, 6])
def test_nothing_overlaps_and_no_line_crosses_a_label(issuers: int, members: int) -> None:
    lay = placed(household(issuers, members))
    boxes = [n.rect for n in lay.nodes]
    labels = [e.label for e in lay.edges]
    for a, b in combinations(boxes, 2):
        assert not a.overlaps(b)
    for a, b in combinations(labels, 2):
        assert not a.overlaps(b)
    for label in labels:
        assert not any(label.overlaps(box) for box in boxes)
    for edge in lay.edges:
        for seg in (s for e in lay.edges for s in e.segments):
            for label in labels:
                assert not label.crossed_by(*seg), (edge.source, edge.target)
        for seg in edge.segments:
            for node in lay.nodes:
                if node.key not in (edge.source, edge.target):
                    assert not node.rect.crossed_by(*seg), (edge.source, edge.target, node.key)
    assert lay.width <= PANEL_OPEN_WIDTH  # readable at the real width: no shrinking needed
    for node in lay.nodes:  # every line of text fits its box
        assert all(measure(t, 15) <= node.rect.w for t in node.title_lines)


def test_the_nodes_of_a_half_done_household() -> None:
    house = household(issuers=2, members=3)
    plans = household_plans(house, default_catalog(), TODAY)
    diagram = build_diagram(house, plans, 1, TODAY)
    kinds = [n.kind for n in diagram.nodes]
    assert kinds.count(NodeKind.MEMBER) == 2
    assert kinds.count(NodeKind.ISSUER) == 2
    assert {n.key for n in diagram.nodes} >= {"card", "reader", "user", "portal", "service:etax", "end"}
    assert [n.step for n in diagram.nodes if n.kind is NodeKind.MEMBER] == [StepId.DELEGATION] * 2
    assert sum(n.status is Status.NEXT for n in diagram.nodes) == 1
    every = {e.source for e in diagram.edges} | {e.target for e in diagram.edges}
    assert every == {n.key for n in diagram.nodes}


def test_an_empty_plan_shows_undecided_services_not_not_needed() -> None:
    house = household(issuers=0, members=1)
    plans = household_plans(house, default_catalog(), TODAY)
    diagram = build_diagram(house, plans, 1, TODAY)
    assert diagram.node("delivery").status is Status.UNDECIDED
    assert diagram.node("service:etax").status is Status.UNDECIDED
    assert diagram.node("end").status is Status.UNDECIDED


def test_twelve_issuers_are_grouped_with_a_count() -> None:
    house = household(issuers=12, members=1)
    plans = household_plans(house, default_catalog(), TODAY)
    diagram = build_diagram(house, plans, 1, TODAY, issuer_limit=6)
    groups = [n for n in diagram.nodes if n.kind is NodeKind.ISSUER_GROUP]
    assert sorted(n.count for n in groups) == [4, 4, 4]


def test_wrapping_never_breaks_a_word() -> None:
    assert wrap("民間送達・\u200be-Tax連携サービス", 80, 15, measure) == ("民間送達・", "e-Tax連携サービス")
    assert wrap("Private delivery services", 90, 15, measure) == ("Private", "delivery", "services")
    assert wrap("unbreakable", 10, 15, measure) == ("unbreakable",)
