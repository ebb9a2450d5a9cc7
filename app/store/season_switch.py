"""The season switch: on the first start in a new season, end the old one (kept read-only) and begin
the new one; and the earlier seasons, read back as domain objects."""

from __future__ import annotations

import logging
from datetime import date

from app.domain.seasons import PastSeason, SeasonStart, season_of, season_start
from app.store import backup
from app.store.errors import BackupError
from app.store.repository import Store

log = logging.getLogger(__name__)


def open_season(store: Store, today: date) -> SeasonStart | None:
    """Begin the season of ``today`` if the store is still in an earlier one; the summary to tell the
    person, or None when nothing changed. Never goes back: a PC clock set in the past reopens nothing."""
    target = season_of(today)
    current = store.current_season()
    if current is not None and current >= target:
        return None
    if current is None:  # a store without a current season (an import of ended ones only)
        store.open_first_season(max([target, *(e.tax_year + 1 for e in store.seasons())]))
        return None
    household = store.load_household()
    start = season_start(current, target, household)
    store.begin_season(target, backup.season_record(household))
    return start


def past_seasons(store: Store) -> tuple[PastSeason, ...]:
    """Every ended season, newest first; a damaged record is left out (logged), never fatal."""
    found: list[PastSeason] = []
    for entry in reversed(store.seasons()):
        if entry.ended_at is None:
            continue
        try:
            found.append(backup.past_season(entry))
        except BackupError as exc:
            log.warning("Season %s unreadable: %s", entry.tax_year, exc.detail)
    return tuple(found)
