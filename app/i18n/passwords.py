"""The card's three passwords by their official names, and what to do when one is locked: one place for
the card panel, the password dialog, ``doctor``, the 1-try-left confirmation and the printed checklist.
``kind`` is the value of :class:`app.card.pins.PinKind` ("auth", "sign", "text"), so this module needs
nothing of the card layer.

How a locked password is reset today: a 利用者証明用 or 署名用 password can be reset without the
municipal counter when the *other* one is known: the JPKI暗証番号リセット app books the reset, then a
convenience-store kiosk sets the new password within 24 hours (stores and hours are dated facts in
facts.json, :mod:`app.domain.facts`). The kiosk resets the 署名用 password only while that certificate is
valid and nothing on it changed (a move or a change of name voids it). The 券面事項入力補助用 password, or
both passwords forgotten, still need the counter.
"""

from __future__ import annotations

from app.domain.facts import Facts, default_facts
from app.i18n import SOURCE_LANGUAGE, current_language, translate

_KIOSK_STORES = {"auth": "kiosk_user_stores", "sign": "kiosk_sign_stores"}  # facts.json keys


def password_name(kind: str) -> str:
    return {
        "auth": translate("CardPanel", "利用者証明用電子証明書パスワード"),
        "sign": translate("CardPanel", "署名用電子証明書パスワード"),
        "text": translate("CardPanel", "券面事項入力補助用パスワード"),
    }[str(kind)]


def recovery_text(kind: str, facts: Facts | None = None) -> str:
    """What to do when the ``kind`` password is locked, with today's dated facts (installed language)."""
    if kind == "text":
        return translate(
            "LockRecovery",
            "券面事項入力補助用パスワードは、お住まいの市区町村の窓口で再設定します（コンビニでは再設定できません）。",
        )
    template = {
        "auth": translate(
            "LockRecovery",
            "署名用パスワード（英数字6〜16桁）が分かれば、窓口に行かずに再設定できます。スマートフォンの"
            "「{app}」アプリで予約し、その{window}に{stores}のキオスク端末（{hours}）で新しいパスワードを"
            "設定します。分からないときは、お住まいの市区町村の窓口で再設定します。",
        ),
        "sign": translate(
            "LockRecovery",
            "利用者証明用パスワード（数字4桁）が分かれば、窓口に行かずに再設定できます。スマートフォンの"
            "「{app}」アプリで予約し、その{window}に{stores}のキオスク端末（{hours}）で新しいパスワードを"
            "設定します。ただしそれは署名用電子証明書が有効で、引越しや結婚などで住所・氏名が変わっていない"
            "ときだけです。そうでないとき、又は利用者証明用パスワードも分からないときは、お住まいの市区町村の"
            "窓口で手続します。",
        ),
    }[kind]
    record = default_facts() if facts is None else facts
    lang = current_language() or SOURCE_LANGUAGE
    return template.format(
        app=record.text("jpki_reset_app_name", lang),
        window=record.text("jpki_reset_window", lang),
        stores=record.text(_KIOSK_STORES[kind], lang),
        hours=record.text("kiosk_hours", lang),
    )
