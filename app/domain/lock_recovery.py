"""How a locked card password is reset today, in one place for the card panel, the password dialog,
the doctor command and the 1-try-left confirmation.

A 利用者証明用 or 署名用 password can be reset without the municipal counter when the *other* one is
known: the JPKI暗証番号リセット app books the reset, then a convenience-store kiosk sets the new password
within 24 hours (stores and hours are dated facts in facts.json). The kiosk resets the 署名用 password
only while that certificate is valid and nothing on it changed (a move or a change of name voids it).
The 券面事項入力補助用 password, or both passwords forgotten, still need the counter.
Values come from :mod:`app.domain.facts`.
"""

from __future__ import annotations

from app.domain.facts import Facts, default_facts

# pin kinds as in app.card.pins.PinKind values (the domain does not import the card layer)
AUTH, SIGN, TEXT = "auth", "sign", "text"

_FULL: dict[str, dict[str, str]] = {
    "ja": {
        AUTH: "署名用パスワード（英数字6〜16桁）が分かれば、窓口に行かずに再設定できます。スマートフォンの"
        "「{app}」アプリで予約し、その{window}に{stores}のキオスク端末（{hours}）で新しいパスワードを"
        "設定します。分からないときは、お住まいの市区町村の窓口で再設定します。",
        SIGN: "利用者証明用パスワード（数字4桁）が分かれば、窓口に行かずに再設定できます。スマートフォンの"
        "「{app}」アプリで予約し、その{window}に{stores}のキオスク端末（{hours}）で新しいパスワードを"
        "設定します。ただしそれは署名用電子証明書が有効で、引越しや結婚などで住所・氏名が変わっていない"
        "ときだけです。そうでないとき、又は利用者証明用パスワードも分からないときは、お住まいの市区町村の"
        "窓口で手続します。",
        TEXT: "券面事項入力補助用パスワードは、お住まいの市区町村の窓口で再設定します"
        "（コンビニでは再設定できません）。",
    },
    "en": {
        AUTH: "If you know the signature password (6–16 letters and digits), you can reset it without going "
        "to the counter: book the reset in the smartphone app {app}, then, {window}, set a new password at a "
        "kiosk at {stores} ({hours}). Otherwise, reset it at your municipal counter.",
        SIGN: "If you know the 4-digit user-authentication password, you can reset it without going to the "
        "counter: book the reset in the smartphone app {app}, then, {window}, set a new password at a "
        "kiosk at {stores} ({hours}). This works only while the signature certificate is valid and your "
        "address and name have not changed (a move or a change of name voids it). Otherwise, or if you "
        "do not know the user-authentication password either, go to your municipal counter.",
        TEXT: "The card-information input password is reset at your municipal counter (convenience "
        "stores cannot reset it).",
    },
}

_SHORT: dict[str, dict[str, str]] = {
    "ja": {
        AUTH: "もう一方のパスワードが分かればコンビニで、分からなければ窓口で再設定",
        SIGN: "証明書が有効で、もう一方のパスワードが分かればコンビニで、そうでなければ窓口で再設定",
        TEXT: "市区町村の窓口で再設定",
    },
    "en": {
        AUTH: "reset at a convenience store if you know the other password, else at the municipal counter",
        SIGN: "reset at a convenience store if the certificate is valid and you know the other password, "
        "else at the municipal counter",
        TEXT: "reset at the municipal counter",
    },
}

_STORES = {AUTH: "kiosk_user_stores", SIGN: "kiosk_sign_stores"}


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "ja"


def recovery_text(kind: str, lang: str = "ja", facts: Facts | None = None) -> str:
    """What to do when the ``kind`` password ("auth", "sign", "text") is locked, with the dated facts."""
    record = default_facts() if facts is None else facts
    lang = _lang(lang)
    template = _FULL[lang][kind]
    if kind == TEXT:
        return template
    return template.format(
        app=record.text("jpki_reset_app_name", lang),
        window=record.text("jpki_reset_window", lang),
        stores=record.text(_STORES[kind], lang),
        hours=record.text("kiosk_hours", lang),
    )


def recovery_short(kind: str, lang: str = "ja") -> str:
    """A few words for a status line (the full text is shown next to it)."""
    return _SHORT[_lang(lang)][kind]
