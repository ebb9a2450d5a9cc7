"""Filing periods, business days, tax years, era labels and availability hints."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar_jp import add_business_days, is_business_day, next_business_day_on_or_after
from app.domain.catalog import default_catalog
from app.domain.deadlines import (
    availability_hint,
    current_tax_year,
    days_left,
    era_year,
    filing_period,
    usually_available,
)
from app.domain.plan import default_follow_up


@pytest.mark.parametrize(
    ("tax_year", "start", "end"),
    [
        (2022, date(2023, 2, 16), date(2023, 3, 15)),  # ordinary year
        (2023, date(2024, 2, 16), date(2024, 3, 15)),
        (2024, date(2025, 2, 17), date(2025, 3, 17)),  # 2/16 is a Sunday, 3/15 a Saturday
        (2025, date(2026, 2, 16), date(2026, 3, 16)),  # 令和7年分: 3/15 is a Sunday
        (2029, date(2030, 2, 18), date(2030, 3, 15)),  # 2/16 Saturday → Monday 2/18
        (2030, date(2031, 2, 17), date(2031, 3, 17)),  # both on a Sunday / Saturday
    ],
)
def test_filing_period(tax_year: int, start: date, end: date) -> None:
    period = filing_period(tax_year)
    assert (period.start, period.end) == (start, end)
    assert period.contains(start) and period.contains(end)
    assert not period.contains(end + timedelta(days=1))


def test_national_holiday_moves_the_date() -> None:
    # 2027-02-11 (建国記念の日) is a Thursday: 2/11 → 2/12 shows the holiday rule, not only weekends.
    assert not is_business_day(date(2027, 2, 11))
    assert next_business_day_on_or_after(date(2027, 2, 11)) == date(2027, 2, 12)
    # 2027-03-21 (春分の日) is a Sunday, 3/22 is its 振替休日: the next business day is 3/23.
    assert next_business_day_on_or_after(date(2027, 3, 21)) == date(2027, 3, 23)


@given(st.integers(min_value=2000, max_value=2060))
def test_filing_period_properties(tax_year: int) -> None:
    period = filing_period(tax_year)
    assert is_business_day(period.start) and is_business_day(period.end)
    assert date(tax_year + 1, 2, 16) <= period.start <= date(tax_year + 1, 2, 16) + timedelta(days=4)
    assert date(tax_year + 1, 3, 15) <= period.end <= date(tax_year + 1, 3, 15) + timedelta(days=4)
    # Every day skipped was not a business day.
    day = date(tax_year + 1, 3, 15)
    while day < period.end:
        assert not is_business_day(day)
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("today", "tax_year"),
    [
        (date(2026, 1, 1), 2025),
        (date(2026, 3, 16), 2025),  # last day of 令和7年分's period
        (date(2026, 3, 17), 2026),  # after it: next year's
        (date(2025, 12, 31), 2025),
        (date(2025, 3, 17), 2024),  # 令和6年分 ended 2025-03-17
        (date(2025, 3, 18), 2025),
    ],
)
def test_current_tax_year(today: date, tax_year: int) -> None:
    assert current_tax_year(today) == tax_year


def test_days_left() -> None:
    assert days_left(date(2026, 3, 16)) == 0
    assert days_left(date(2026, 2, 16)) == 28
    assert days_left(date(2026, 1, 1)) == 74
    assert days_left(date(2026, 3, 17), 2025) == -1
    assert days_left(date(2026, 3, 17)) == (date(2027, 3, 15) - date(2026, 3, 17)).days


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2060, 12, 31)))
def test_days_left_is_never_negative_for_the_current_year(today: date) -> None:
    assert days_left(today) >= 0


@pytest.mark.parametrize(
    ("year", "era"),
    [(2025, ("令和", 7)), (2019, ("令和", 1)), (2018, ("平成", 30)), (1989, ("平成", 1))],
)
def test_era_year(year: int, era: tuple[str, int]) -> None:
    """The label (令和7年分, 令和元年分) is app.i18n.tax_year_label's (tests/ui/shell/test_language.py)."""
    assert era_year(year) == era


def test_years_before_heisei_are_unsupported() -> None:
    with pytest.raises(ValueError):
        era_year(1988)


def test_availability_hint_for_public_pension() -> None:
    entry = default_catalog()["public_pension_withholding"]
    hint = availability_hint(entry, 2025)
    assert hint.usual_from == date(2025, 12, 20)
    assert "1月" in hint.hint("ja")
    assert "January" in hint.hint("en")
    assert usually_available(entry, 2025, date(2026, 1, 10)) is True
    assert usually_available(entry, 2025, date(2025, 11, 1)) is False


def test_availability_respects_first_year_and_no_season() -> None:
    catalog = default_catalog()
    balance_info = catalog["housing_loan_balance_info"]
    assert availability_hint(balance_info, 2023).supported is False
    assert usually_available(balance_info, 2023, date(2024, 3, 1)) is False
    assert availability_hint(balance_info, 2025).usual_from == date(2026, 2, 10)
    assert usually_available(catalog["furusato_receipt"], 2025, date(2026, 1, 1)) is None


def test_every_catalog_entry_has_a_hint() -> None:
    for entry in default_catalog():
        hint = availability_hint(entry, 2025)
        assert hint.hint_ja and hint.hint_en
        if hint.usual_from is not None:
            assert date(2025, 1, 1) <= hint.usual_from <= date(2026, 12, 31)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 5), date(2026, 1, 8)),  # Monday → Thursday
        (date(2026, 1, 8), date(2026, 1, 14)),  # Thu → Fri, (Sat, Sun, 1/12 成人の日) Tue, Wed
        (date(2026, 2, 20), date(2026, 2, 26)),  # Fri → (2/23 天皇誕生日) Tue, Wed, Thu
        (date(2026, 5, 1), date(2026, 5, 11)),  # Fri → (5/4–5/6 連休) Thu 7, Fri 8, Mon 11
        (date(2026, 1, 10), date(2026, 1, 15)),  # a Saturday
    ],
)
def test_default_follow_up_is_three_business_days_later(day: date, expected: date) -> None:
    assert default_follow_up(day) == expected


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31)), st.integers(0, 15))
def test_add_business_days_counts_only_business_days(day: date, count: int) -> None:
    result = add_business_days(day, count)
    between = [day + timedelta(days=i) for i in range(1, (result - day).days + 1)]
    assert sum(1 for d in between if is_business_day(d)) == count
    assert count == 0 or is_business_day(result)


def test_add_business_days_rejects_negative() -> None:
    with pytest.raises(ValueError):
        add_business_days(date(2026, 1, 1), -1)


def test_the_tax_year_needs_the_holiday_calendar_only_just_after_15_march() -> None:
    """The quick answer away from 15 March is the exact one, for every day of several years."""
    day = date(2024, 1, 1)
    while day < date(2031, 1, 1):
        exact = day.year - 1 if day <= filing_period(day.year - 1).end else day.year
        assert current_tax_year(day) == exact, day
        day += timedelta(days=1)
