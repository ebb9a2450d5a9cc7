"""Japanese business days: weekends and national holidays (from the maintained ``holidays`` library)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> frozenset[date]:
    import holidays  # ~0.1–0.2 s of imports: only when a date really needs the calendar

    return frozenset(holidays.country_holidays("JP", years=year).keys())


def is_national_holiday(day: date) -> bool:
    """国民の祝日 (incl. 振替休日 and 国民の休日), as the ``holidays`` library knows them."""
    return day in _holidays_of(day.year)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and not is_national_holiday(day)


def next_business_day_on_or_after(day: date) -> date:
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def add_business_days(day: date, count: int) -> date:
    """The date ``count`` business days after ``day`` (``day`` itself is not counted)."""
    if count < 0:
        raise ValueError("count must not be negative")
    while count:
        day += timedelta(days=1)
        if is_business_day(day):
            count -= 1
    return day
