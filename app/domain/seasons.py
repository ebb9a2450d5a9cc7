"""Seasons: one tax year's preparation, and what a new season carries over or asks again.

A season is named by its tax year (``deadlines.current_tax_year``): 令和8年分 is prepared from the day
after 令和7年分's filing period ends until 令和8年分's filing period ends.

What persists on the sites carries over into the next season: STEP1 registration, STEP3 linkages,
STEP4 registrations and issuer links, the chosen certificates and issuers, delegations (whose validity
is checked against the new filing period by ``delegation_rules``). What is observed per season is asked
again: 証明書の準備状況 and the data confirmations of 未記載 items (and received files, which belong to the
tax year they certify). A readiness or confirmation observed in another season never counts as ready.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

from app.domain.deadlines import current_tax_year
from app.domain.model import CertificateSelection, Household, MemberState, Readiness, StatusChange

JST = timezone(timedelta(hours=9), "JST")  # the sites' day, not the PC's time zone


def season_of(day: date) -> int:
    """The tax year whose preparation ``day`` belongs to."""
    return current_tax_year(day)


def season_of_moment(moment: datetime) -> int:
    """The season of a recorded moment (an aware timestamp), by the day in Japan."""
    return season_of(moment.astimezone(JST).date())


def readiness_this_season(selection: CertificateSelection, today: date) -> Readiness | None:
    """The recorded 証明書の準備状況 unless it was observed in a season before that of ``today`` (then
    None: not checked yet this season). An undated readiness (the store always dates it) stands.

    A later season's observation is not refused: asking about a past day (``plan --today``) with data
    recorded since is a question about the record, and it keeps tests independent of the clock."""
    changed = selection.readiness_changed_at
    if selection.readiness is None or changed is None:
        return selection.readiness
    return None if season_of_moment(changed) < season_of(today) else selection.readiness


def confirmed_in_season(confirmed_on: date | None, today: date) -> bool:
    """A data confirmation made in an earlier season never counts for the season of ``today``."""
    return confirmed_on is not None and season_of(confirmed_on) >= season_of(today)


def asked_again(selection: CertificateSelection) -> CertificateSelection:
    """The selection as a new season starts: what was observed last season is cleared."""
    return replace(selection, readiness=None, readiness_changed_at=None, data_confirmed_on=None)


def observed(selection: CertificateSelection) -> bool:
    """Whether the selection holds anything observed per season (asked again in the next one)."""
    return selection.readiness is not None or selection.data_confirmed_on is not None


def begin(household: Household) -> Household:
    """The household at the start of a new season: everything carries over but the per-season
    observations of the certificates. Received files stay (each belongs to its own tax year)."""
    members = tuple(
        replace(m, certificates=tuple(asked_again(c) for c in m.certificates)) for m in household.members
    )
    return replace(household, members=members)


@dataclass(frozen=True, slots=True)
class SeasonStart:
    """What the first start in a new season tells the person."""

    previous: int  # the tax year whose season ended
    current: int  # the tax year now being prepared
    asked_again: int  # certificate selections whose readiness or confirmation is asked again
    carried_over: int  # certificate selections carried over (all of them)
    delegations: int  # delegations carried over (each checked against the new filing period)


def season_start(previous: int, current: int, household: Household) -> SeasonStart:
    """The summary of a switch from ``previous`` to ``current`` for ``household`` (before the reset)."""
    selections = [c for m in household.members for c in m.certificates]
    return SeasonStart(
        previous=previous,
        current=current,
        asked_again=sum(1 for c in selections if observed(c)),
        carried_over=len(selections),
        delegations=len(household.delegations),
    )


def _moments(household: Household, history: Iterable[StatusChange]) -> Iterable[datetime]:
    for change in history:
        yield change.at
    for m in household.members:
        for c in m.certificates:
            if c.readiness_changed_at is not None:
                yield c.readiness_changed_at
        for link in m.linkages.values():
            if link.changed_at is not None:
                yield link.changed_at
        for item in m.progress.values():
            if item.completed_at is not None:
                yield item.completed_at


def inferred_season(household: Household, history: Iterable[StatusChange], today: date) -> int:
    """The season data written before seasons existed belongs to: that of the latest thing recorded,
    or the season of ``today`` when nothing was recorded."""
    latest = max(_moments(household, history), default=None)
    return season_of(today) if latest is None else season_of_moment(latest)


@dataclass(frozen=True, slots=True)
class PastSeason:
    """An earlier season as it stood when it ended: read-only."""

    tax_year: int
    began_at: datetime
    ended_at: datetime
    household: Household

    def member(self, profile_id: int) -> MemberState | None:
        return self.household.member(profile_id)
