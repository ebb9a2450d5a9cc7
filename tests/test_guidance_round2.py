"""Issue 24's corrections b–e and omissions, in both languages (correction a: tests/domain/
test_delegation_rules.py). Each assertion fails on the former text; the sources are in
resources/catalog/SOURCES.md."""

from __future__ import annotations

import pytest

from app import i18n
from app.domain.catalog import default_catalog
from app.i18n.passwords import recovery_text

LANGS = ("ja", "en")


def page(step: str, lang: str) -> str:
    from app.ui.shell.pages import page_html

    return page_html(step, lang)


def test_a_the_delegation_page_says_how_other_certificates_come() -> None:
    ja, en = page("delegation", "ja"), page("delegation", "en")
    assert "医療費通知情報は代理人設定だけで取得できます" in ja
    assert "「外部サイトへのお知らせ情報提供サービス」の委任を受けると取得できます" in ja
    assert "medical-expense notices come with the delegation alone" in en and "notices service" in en


def test_b_the_housing_loan_balance_needs_the_application_to_the_lender() -> None:
    entry = default_catalog().get("housing_loan_balance_info")
    assert entry is not None
    assert "住宅ローン控除の適用申請書" in (entry.issuer_needs.registration_ja or "")
    assert "利用者識別番号" in (entry.issuer_needs.registration_ja or "")
    assert "住宅ローン控除の適用申請書" in entry.note_ja and "no data comes" in entry.note_en
    assert "「住宅ローン控除の適用申請書」" in page("step5", "ja") and "e-Tax user ID" in page("step5", "en")


def test_c_iphone_confirms_with_face_id_and_only_android_has_its_own_password() -> None:
    ja, en = page("step1", "ja"), page("step1", "en")
    assert "Face ID か Touch ID" in ja and "別のパスワードは入力しません" in ja
    assert (
        "スマホ用電子証明書のパスワードは\nカードのものとは別に設定します" not in ja
    )  # the former blanket rule
    assert "<b>Android</b>：スマホ用電子証明書には、カードとは別のパスワード" in ja
    assert "Face ID or Touch ID; there is no separate password" in en
    assert "<b>Android</b>: the smartphone certificate has its own passwords" in en


@pytest.mark.parametrize("lang", LANGS)
def test_d_the_kiosk_resets_the_signature_password_only_while_the_certificate_is_valid(lang: str) -> None:
    i18n.install(lang)
    try:
        text = recovery_text("sign")
    finally:
        i18n.install("ja")
    condition = (
        "署名用電子証明書が有効で" if lang == "ja" else "only while the signature certificate is valid"
    )
    assert condition in text
    assert ("窓口" in text) if lang == "ja" else ("municipal counter" in text)
    step1, step5 = page("step1", lang), page("step5", lang)
    if lang == "ja":
        assert "署名用電子証明書が有効なとき" in step1 and "署名用電子証明書が有効で" in step5
    else:
        assert (
            "only while the signature certificate is valid" in step1
            and "signature certificate is valid" in step5
        )


def test_e_an_android_smartphone_certificate_has_no_card_information_input() -> None:
    assert "Android のスマホ用電子証明書には券面事項入力補助の機能がない" in page("step5", "ja")
    assert "this read needs the card itself" in page("step5", "en")


def test_the_myna_apps_first_registration() -> None:
    ja, en = page("step1", "ja"), page("step1", "en")
    assert "<b>利用登録</b>" in ja and "画面ロック" in ja and "デジタル認証アプリ" in ja
    assert "screen lock" in en and "デジタル認証アプリ" in en


@pytest.mark.parametrize("lang", LANGS)
def test_the_hotlines_foreign_language_numbers(lang: str) -> None:
    text = page("step1", lang)
    assert "0120-0178-26" in text and "0120-0178-27" in text
    assert ("ネパール語" if lang == "ja" else "Nepali") in text


def test_statutory_delegates_and_ending_a_delegation() -> None:
    ja, en = page("delegation", "ja"), page("delegation", "en")
    assert "<b>法定代理人</b>" in ja and "<b>任意代理人</b>" in ja
    assert "委任した本人（家族の方）だけで解除できます" in ja and "自動では解除されません" in ja
    assert "statutory delegate" in en and "can end the delegation alone" in en
    assert "does not end it" in en


def test_e_tax_year_end_maintenance_beside_the_refund_return() -> None:
    ja, en = page("ready", "ja"), page("ready", "en")
    assert "還付申告" in ja
    assert "年末年始は e-Tax がメンテナンスで止まる日がある" in ja
    assert "Around New Year e-Tax stops on some days for maintenance" in en


def test_medical_notices_can_differ_from_what_was_paid() -> None:
    assert "公費負担医療や市区町村などの医療費助成" in page("ready", "ja")
    assert "municipal medical subsidy" in page("ready", "en")
    entry = default_catalog().get("medical_expense_notice")
    assert entry is not None and "公費負担医療" in entry.note_ja and "subsidy" in entry.note_en


@pytest.mark.parametrize("lang", LANGS)
def test_the_certificates_renewal_window_is_on_step1(lang: str) -> None:
    text = page("step1", lang)
    assert ("有効期限の3か月前から" if lang == "ja" else "from three months before they expire") in text
