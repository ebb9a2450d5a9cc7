"""The filing period of a tax year, days left, era years and availability hints.

The filing period runs from 16 February to 15 March of the year after the tax year; a start or end
that falls on a Saturday, Sunday or national holiday moves to the next business day
(令和7年分: 2026-02-16 – 2026-03-16, because 2026-03-15 is a Sunday).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.calendar_jp import next_business_day_on_or_after
from app.domain.catalog import CatalogEntry

REIWA_FIRST_YEAR = 2019  # 令和元年
HEISEI_FIRST_YEAR = 1989  # 平成元年


@dataclass(frozen=True, slots=True)
class FilingPeriod:
    tax_year: int
    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def filing_period(tax_year: int) -> FilingPeriod:
    """The 確定申告 period for income of ``tax_year`` (a Gregorian year)."""
    start = next_business_day_on_or_after(date(tax_year + 1, 2, 16))
    end = next_business_day_on_or_after(date(tax_year + 1, 3, 15))
    return FilingPeriod(tax_year, start, end)


def refund_return_start(tax_year: int) -> date:
    """A 還付申告 (refund return) for ``tax_year`` can be filed from 1 January of the next year, before
    the filing period (fact ``refund_return_from``, facts.json)."""
    return date(tax_year + 1, 1, 1)


# The period ends on 15 March or on the next business day; no run of weekend and holidays around it
# lasts a week, so only the days just after 15 March need the holiday calendar.
_END_SETTLED_AFTER = timedelta(days=7)


def current_tax_year(today: date) -> int:
    """The tax year being prepared on ``today``: last year's until its period ends, then this year's."""
    nominal_end = date(today.year, 3, 15)
    if today <= nominal_end:
        return today.year - 1
    if today > nominal_end + _END_SETTLED_AFTER:
        return today.year  # the calendar (the holidays library, slow to load) is not needed
    if today <= filing_period(today.year - 1).end:
        return today.year - 1
    return today.year


def days_left(today: date, tax_year: int | None = None) -> int:
    """Days from ``today`` to the end of the filing period (0 on the last day, negative after it)."""
    year = current_tax_year(today) if tax_year is None else tax_year
    return (filing_period(year).end - today).days


def era_year(tax_year: int) -> tuple[str, int]:
    """("令和", 7) for 2025. Supports 平成 and 令和 (the label: :func:`app.i18n.tax_year_label`)."""
    if tax_year >= REIWA_FIRST_YEAR:
        return "令和", tax_year - REIWA_FIRST_YEAR + 1
    if tax_year >= HEISEI_FIRST_YEAR:
        return "平成", tax_year - HEISEI_FIRST_YEAR + 1
    raise ValueError(f"unsupported tax year {tax_year}")


@dataclass(frozen=True, slots=True)
class AvailabilityHint:
    type_id: str
    usual_from: date | None  # None: no fixed season
    hint_ja: str
    hint_en: str
    supported: bool  # False when the tax year is before the item's first year

    def hint(self, lang: str = "ja") -> str:
        return self.hint_en if lang == "en" else self.hint_ja


def availability_hint(entry: CatalogEntry, tax_year: int) -> AvailabilityHint:
    """When ``entry`` usually becomes available for ``tax_year`` (e.g. 公的年金等の源泉徴収票: January)."""
    start = entry.availability.available_from
    usual_from = None if start is None else date(tax_year + start.year_offset, start.month, start.day)
    supported = entry.since_tax_year is None or tax_year >= entry.since_tax_year
    return AvailabilityHint(
        entry.id, usual_from, entry.availability.hint_ja, entry.availability.hint_en, supported
    )


def usually_available(entry: CatalogEntry, tax_year: int, today: date) -> bool | None:
    """Whether ``entry`` for ``tax_year`` has usually appeared by ``today`` (None: no fixed season)."""
    hint = availability_hint(entry, tax_year)
    if not hint.supported:
        return False
    if hint.usual_from is None:
        return None
    return today >= hint.usual_from
