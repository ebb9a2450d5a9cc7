"""The words for the card-expiry rule (``app/domain/card_expiry.py``): card panel, doctor, plan, paper."""

from __future__ import annotations

from app.domain.card_expiry import CardExpiry, ExpiryCode
from app.i18n import format_date, tax_year_label, translate


def expiry_text(finding: CardExpiry) -> str:
    """One warning with the date and what to do (the municipal renewal)."""
    f = finding
    if f.code is ExpiryCode.EXPIRED:
        return translate(
            "CardExpiry",
            "マイナンバーカードの電子証明書（利用者証明用・署名用）の有効期限は{end}で切れています。"
            "お住まいの市区町村の窓口で電子証明書の更新を受けてください。",
        ).format(end=format_date(f.expires_on))
    if f.renewal_open:
        renewal = translate(
            "CardExpiry", "更新はもう受けられます。お住まいの市区町村の窓口で更新してください。"
        )
    else:
        renewal = translate(
            "CardExpiry", "{start}から、お住まいの市区町村の窓口で更新を受けられます。"
        ).format(start=format_date(f.renewal_from))
    return translate(
        "CardExpiry",
        "マイナンバーカードの電子証明書（利用者証明用・署名用）の有効期限は{end}で、"
        "{year}の申告期間が終わる{period_end}より前に切れます。{renewal}",
    ).format(
        end=format_date(f.expires_on),
        year=tax_year_label(f.period.tax_year),
        period_end=format_date(f.period.end),
        renewal=renewal,
    )
