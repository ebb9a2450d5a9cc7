"""Seasons in the store (schema v7): the current tax year, and earlier seasons kept read-only.

The store keeps an ended season's household as an opaque JSON text (``record``); the format is the
backup's (``app.store.backup.season_record`` writes it, ``backup.past_season`` reads it), so this module
needs no knowledge of it. ``season_switch`` joins both.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlmodel import col, select

from app.store.tables import CertificateRow, SeasonRow
from app.store.unit_of_work import StoreBase


class SeasonEntry(NamedTuple):
    tax_year: int
    began_at: datetime
    ended_at: datetime | None  # None: the current season
    record: str | None  # the household as the season ended (JSON); None for the current season


class Seasons(StoreBase):
    """The seasons table (see the module docstring)."""

    def current_season(self) -> int | None:
        """The tax year being prepared (None only for a store with no season, e.g. an empty import)."""
        with self._read() as s:
            row = s.exec(
                select(SeasonRow)
                .where(col(SeasonRow.ended_at).is_(None))
                .order_by(col(SeasonRow.tax_year).desc())
            ).first()
            return None if row is None else row.tax_year

    def seasons(self) -> list[SeasonEntry]:
        """Every season, oldest first."""
        with self._read() as s:
            found = s.exec(select(SeasonRow).order_by(col(SeasonRow.tax_year))).all()
            return [SeasonEntry(r.tax_year, r.began_at, r.ended_at, r.record) for r in found]

    def open_first_season(self, tax_year: int) -> None:
        """Record ``tax_year`` as the current season of a store that has none (nothing is cleared)."""
        with self._write() as s:
            s.add(SeasonRow(tax_year=tax_year, began_at=self._moment))

    def begin_season(self, tax_year: int, record: str) -> None:
        """End the current season keeping ``record`` (its household, JSON) and begin ``tax_year``, in ONE
        transaction: the per-season observations (証明書の準備状況 and data confirmations) are cleared, so
        the new season asks for them again; the timeline records each cleared readiness."""
        with self._write() as s:
            for row in s.exec(select(SeasonRow).where(col(SeasonRow.ended_at).is_(None))).all():
                if row.tax_year >= tax_year:
                    raise ValueError(f"season {tax_year} does not follow {row.tax_year}")
                row.ended_at = self._moment
                row.record = record
                s.add(row)
            for cert in s.exec(select(CertificateRow)).all():
                if cert.readiness is None and cert.data_confirmed_on is None:
                    continue
                if cert.readiness is not None:
                    self._record(s, cert.profile_id, f"certificate:{cert.id}", cert.readiness, None)
                cert.readiness = None
                cert.readiness_changed_at = None
                cert.data_confirmed_on = None
                s.add(cert)
            s.add(SeasonRow(tax_year=tax_year, began_at=self._moment))
