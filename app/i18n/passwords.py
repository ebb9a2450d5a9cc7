"""The card's three passwords by their official names: one place for the card panel, ``doctor`` and the
printed checklist. ``kind`` is the value of :class:`app.card.pins.PinKind` ("auth", "sign", "text"),
so this module needs nothing of the card layer."""

from __future__ import annotations

from app.i18n import translate


def password_name(kind: str) -> str:
    return {
        "auth": translate("CardPanel", "利用者証明用電子証明書パスワード"),
        "sign": translate("CardPanel", "署名用電子証明書パスワード"),
        "text": translate("CardPanel", "券面事項入力補助用パスワード"),
    }[str(kind)]
