"""The card's certificates against the filing period: a rule, codes and dates, never words.

The 利用者証明用電子証明書 is read from the card without a password (the diagnosis reads it); the
署名用電子証明書 is issued with it and ends on the same day at the latest, so one date stands for both.
A certificate that ends before the season's filing period ends cannot sign or log in on the days the
return is filed, whatever the number of days left today; renewal is at the municipal counter and opens
three months before the expiry (fact ``certificate_renewal_window``; J-LIS sends a notice beforehand).
The words are in ``app/i18n/card_expiry.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum

from app.domain.deadlines import FilingPeriod, current_tax_year, filing_period

RENEWAL_OPENS_MONTHS = 3  # 有効期限の3か月前から更新できる
_JST = timezone(timedelta(hours=9))


def expiry_day(not_after: datetime) -> date:
    """The certificate's last valid day in Japan (a notAfter of 14:59:59 UTC is 23:59:59 that day)."""
    return not_after.astimezone(_JST).date()


class ExpiryCode(StrEnum):
    EXPIRED = "expired"  # already ended: renew before anything else
    BEFORE_FILING_ENDS = "before_filing_ends"  # ends before the season's filing period ends


@dataclass(frozen=True, slots=True)
class CardExpiry:
    code: ExpiryCode
    expires_on: date  # the certificate's last valid day (not-after, in Japan)
    period: FilingPeriod  # the season's filing period
    renewal_from: date  # the first day the municipality renews it
    today: date  # the day the rule was asked on

    @property
    def renewal_open(self) -> bool:
        """Whether the municipality can renew it now."""
        return self.today >= self.renewal_from

    def params(self) -> dict[str, object]:
        return {
            "code": self.code.value,
            "expires_on": self.expires_on.isoformat(),
            "tax_year": self.period.tax_year,
            "period_end": self.period.end.isoformat(),
            "renewal_from": self.renewal_from.isoformat(),
        }


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when it has no such day)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


def card_expiry(expires_on: date | None, today: date) -> CardExpiry | None:
    """The warning for a card whose certificate ends on ``expires_on``, for the season of ``today``:
    None when it lasts through the filing period (or the date is not known)."""
    if expires_on is None:
        return None
    period = filing_period(current_tax_year(today))
    renewal = months_before(expires_on, RENEWAL_OPENS_MONTHS)
    if expires_on < today:
        return CardExpiry(ExpiryCode.EXPIRED, expires_on, period, renewal, today)
    if expires_on < period.end:
        return CardExpiry(ExpiryCode.BEFORE_FILING_ENDS, expires_on, period, renewal, today)
    return None
