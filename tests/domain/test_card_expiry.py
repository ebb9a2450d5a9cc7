"""The card's certificates against the season's filing period (not a fixed number of days)."""

from __future__ import annotations

from datetime import date

from app.domain.card_expiry import ExpiryCode, card_expiry, months_before

TODAY = date(2026, 12, 7)  # 令和8年分: its filing period is 2027-02-16 – 2027-03-15


def test_a_certificate_lasting_through_the_filing_period_is_quiet() -> None:
    assert card_expiry(date(2027, 3, 15), TODAY) is None  # valid on the last day
    assert card_expiry(None, TODAY) is None


def test_ending_before_the_filing_period_ends_warns_even_months_ahead() -> None:
    found = card_expiry(date(2027, 3, 14), TODAY)
    assert found is not None and found.code is ExpiryCode.BEFORE_FILING_ENDS
    assert (found.period.tax_year, found.period.end) == (2026, date(2027, 3, 15))
    assert found.renewal_from == date(2026, 12, 14) and not found.renewal_open
    # 97 days ahead: a fixed "30 days before" warning would stay silent here
    assert (found.expires_on - TODAY).days == 97


def test_renewal_open_three_months_before() -> None:
    found = card_expiry(date(2027, 2, 1), TODAY)
    assert found is not None and found.renewal_open


def test_expired() -> None:
    found = card_expiry(date(2026, 12, 6), TODAY)
    assert found is not None and found.code is ExpiryCode.EXPIRED


def test_the_next_season_asks_against_its_own_period() -> None:
    # fine for 令和8年分, but 令和9年分 (asked on 2027-11-15) files until 2028-03-15
    assert card_expiry(date(2027, 6, 1), date(2026, 12, 7)) is None
    assert card_expiry(date(2027, 6, 1), date(2027, 11, 15)) is not None


def test_months_before_keeps_the_day_or_the_months_end() -> None:
    assert months_before(date(2027, 5, 31), 3) == date(2027, 2, 28)
    assert months_before(date(2027, 2, 15), 3) == date(2026, 11, 15)
