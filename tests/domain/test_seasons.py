"""Seasons: a readiness or confirmation observed in an earlier season never counts as ready."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from app.domain import seasons
from app.domain.catalog import default_catalog
from app.domain.model import (
    Channel,
    Delegation,
    Household,
    LinkageStatus,
    Readiness,
    Service,
    StatusChange,
    TaskState,
)
from app.domain.plan import build_plan
from tests.domain.plan_helpers import member, sel

CAT = default_catalog()
ALL_LINKED = dict.fromkeys(Service, LinkageStatus.COMPLETE)
RECORDED = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)  # 令和8年分's season
NEXT_SEASON = date(2027, 11, 15)  # 令和9年分's season


def _insured() -> Household:
    life = replace(
        sel(
            1,
            "life_insurance",
            Channel.E_SHISHOBAKO,
            readiness=Readiness.READY,
            registration=TaskState.DONE,
            issuer_link=TaskState.DONE,
        ),
        readiness_changed_at=RECORDED,
    )
    return Household((member(life, linkages=ALL_LINKED, done_items="all"),))


def test_the_season_of_a_day_is_the_tax_year_prepared_on_it() -> None:
    assert seasons.season_of(date(2026, 11, 22)) == 2026
    assert seasons.season_of(date(2027, 3, 15)) == 2026  # the filing period's last day
    assert seasons.season_of(NEXT_SEASON) == 2027
    # 2027-03-15 23:30 in Japan is 14:30 UTC: still the day in Japan that decides
    assert seasons.season_of_moment(datetime(2027, 3, 16, 14, 30, tzinfo=UTC)) == 2027
    assert seasons.season_of_moment(datetime(2027, 3, 15, 14, 30, tzinfo=UTC)) == 2026


def test_last_seasons_ready_is_not_ready_in_the_next_season() -> None:
    """The issue's returning user: 準備完了 recorded 2026-11-22, opened 2027-11-15 → 0 of 1 ready."""
    m = _insured().members[0]
    same = build_plan(m, CAT, date(2026, 12, 1))
    assert (same.summary.ready, same.summary.total) == (1, 1)
    later = build_plan(m, CAT, NEXT_SEASON)
    assert (later.summary.ready, later.summary.total) == (0, 1)
    assert later.certificates[0].readiness is None  # shown as not checked yet, not as 準備完了


def test_only_an_earlier_seasons_observation_is_asked_again() -> None:
    m = _insured().members[0]
    # asked about a day of the season before (plan --today): the record made since stands
    assert build_plan(m, CAT, date(2026, 2, 1)).summary.ready == 1


def test_a_data_confirmation_counts_only_in_its_season() -> None:
    pension = sel(2, "public_pension_withholding", Channel.NENKIN_NET, data_confirmed_on=date(2027, 2, 1))
    m = member(pension, linkages=ALL_LINKED, done_items="all")
    assert build_plan(m, CAT, date(2027, 2, 10)).certificates[0].ready
    assert not build_plan(m, CAT, NEXT_SEASON).certificates[0].ready


def test_begin_keeps_what_persists_and_clears_what_is_observed() -> None:
    house = _insured()
    delegation = Delegation(1, 2, 1, "妻", date(2026, 12, 1), date(2027, 3, 31))
    house = replace(house, delegations=(delegation,))
    start = seasons.season_start(2026, 2027, house)
    assert (start.asked_again, start.carried_over, start.delegations) == (1, 1, 1)
    new = seasons.begin(house)
    before, after = house.members[0], new.members[0]
    assert after.progress == before.progress and after.linkages == before.linkages
    assert new.delegations == (delegation,)
    c = after.certificates[0]
    assert (c.type_id, c.issuer, c.registration, c.issuer_link) == (
        "life_insurance",
        before.certificates[0].issuer,
        TaskState.DONE,
        TaskState.DONE,
    )
    assert (c.readiness, c.readiness_changed_at, c.data_confirmed_on) == (None, None, None)


def test_inferred_season_is_that_of_the_latest_record() -> None:
    house = _insured()
    assert seasons.inferred_season(house, (), NEXT_SEASON) == 2026
    late = StatusChange(1, "item:step0.card", "todo", "done", datetime(2027, 4, 2, tzinfo=UTC))
    assert seasons.inferred_season(house, (late,), NEXT_SEASON) == 2027
    assert seasons.inferred_season(Household(), (), NEXT_SEASON) == 2027
