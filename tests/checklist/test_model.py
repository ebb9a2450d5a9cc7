"""The checklist model (app.domain.checklist): what a member's checklist says, from a real store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.catalog import default_catalog
from app.domain.checklist import (
    CardFacts,
    Checklist,
    MemberChecklist,
    build_checklist,
    format_date,
    inquiry_lines,
    qr_targets,
)
from app.domain.facts import default_facts, expand_facts
from app.domain.links import is_official_url
from app.domain.model import Household, Relation
from app.domain.plan import UnitState
from app.domain.rules import default_member
from app.domain.steps import CHECKLIST_ITEMS, STEPS, StepId
from app.store.repository import Store
from tests.checklist.helpers import TODAY


def load(data_dir: Path) -> Household:
    store, _ = Store.open(data_dir)
    try:
        return store.load_household()
    finally:
        store.close()


def taro_checklist(data_dir: Path, lang: str = "ja", card: CardFacts | None = None) -> Checklist:
    household = load(data_dir)
    member = default_member(household)
    assert member is not None
    return build_checklist(
        household, default_catalog(), TODAY, profile_id=member.profile.id, lang=lang, card=card
    )


def rows_by_text(member: MemberChecklist) -> dict[str, UnitState]:
    return {row.text: row.state for section in member.sections for row in section.rows}


def test_header_of_one_member(full_data_dir: Path) -> None:
    c = taro_checklist(full_data_dir)
    assert c.title == "マイナポータル連携 事前準備チェックリスト"
    assert c.tax_year == 2025
    assert c.tax_year_label == "令和7年分"
    assert c.printed_on_text == "2026年1月14日（水）"
    assert c.filing_period_text == "2026年2月16日（月）〜3月16日（月）"
    assert (c.days_left, c.days_left_text) == (61, "申告期限まで あと61日")
    assert [m.display_name for m in c.members] == ["山田 太郎"]
    assert c.members[0].relation == "本人"


def test_header_in_english(full_data_dir: Path) -> None:
    c = taro_checklist(full_data_dir, "en")
    assert c.tax_year_label == "tax year 2025 (Reiwa 7)"
    assert c.printed_on_text == "2026-01-14 (Wed)"
    assert c.filing_period_text == "2026-02-16 (Mon) to 2026-03-16 (Mon)"
    assert c.days_left_text == "61 days left until the deadline"
    member = c.members[0]
    assert member.relation == "self"
    assert member.sections[1].headline == "Register as a Mynaportal user"
    assert "Log in to Mynaportal with the 4-digit user-authentication password" in rows_by_text(member)


def test_days_left_wording_on_the_last_day_and_after() -> None:
    last = build_checklist(Household(), default_catalog(), date(2026, 3, 16), tax_year=2025)
    assert (last.days_left, last.days_left_text) == (0, "本日が申告期限です")
    late = build_checklist(Household(), default_catalog(), date(2026, 3, 20), tax_year=2025)
    assert late.days_left_text == "申告期限を4日過ぎています"


def test_checkboxes_reflect_the_recorded_progress(full_data_dir: Path) -> None:
    # fill_household: every third fixed item is WAITING (k % 3 == 0), the others DONE.
    member = taro_checklist(full_data_dir).members[0]
    rows = rows_by_text(member)
    for k, item in enumerate(CHECKLIST_ITEMS):
        text = expand_facts(item.text, default_facts(), "ja", escape=str)
        if item.step is StepId.STEP5 and item.id == "step5.request":
            assert rows[text] is UnitState.DONE  # changed by fill_full
            continue
        assert rows[text] is (UnitState.WAITING if k % 3 == 0 else UnitState.DONE), item.id
    waiting = next(r for s in member.sections for r in s.rows if r.text == CHECKLIST_ITEMS[0].text)
    assert (waiting.status, waiting.note) == ("待ち", "2月1日に確認")


def test_every_step_is_there_in_the_guides_order(full_data_dir: Path) -> None:
    member = taro_checklist(full_data_dir).members[0]
    assert [s.step for s in member.sections] == [s.id for s in STEPS]
    assert [s.label for s in member.sections][:2] == ["STEP0 全体図", "STEP1"]
    assert member.sections[3].headline.startswith("マイナポータルとe-Taxを連携した上で")


def test_plan_rows_linkages_issuer_tasks_and_readiness(full_data_dir: Path) -> None:
    member = taro_checklist(full_data_dir).members[0]
    rows = rows_by_text(member)
    assert rows["マイナポータルとe-Taxを連携した"] is UnitState.DONE
    # 確認 asks the user to look on the site now (issue 10 error 4): no follow-up wait
    assert rows["マイナポータルとねんきんネットを連携した"] is UnitState.TODO
    assert rows["①みらい生命0で生命保険料控除証明書の電子交付の利用登録・同意をした"] is UnitState.DONE
    assert rows["②民間送達・e-Tax連携サービスとみらい生命0を連携した"] is UnitState.WAITING
    ready = "「証明書の準備状況」で医療費通知情報（医療保険者）が「準備完了」になった"
    assert rows[ready] is UnitState.DONE
    step3 = next(s for s in member.sections if s.step is StepId.STEP3)
    nenkin = next(r for r in step3.rows if "ねんきんネット" in r.text)
    assert (nenkin.status, nenkin.note) == ("確認", "1月20日に確認")


def test_certificate_table(full_data_dir: Path) -> None:
    member = taro_checklist(full_data_dir).members[0]
    table = member.certificates
    assert table.columns == ("証明書等", "発行元", "受け取り方法", "準備状況", "次の確認日")
    cells = [row.cells for row in table.rows]
    assert (
        "生命保険料控除証明書",
        "みらい生命0",
        "民間送達・e-Tax連携サービス",
        "未記載",
        "1月10日",
    ) in cells
    assert ("地震保険料控除証明書", "あんしん損保", "e-私書箱", "処理中", "1月11日") in cells
    assert ("医療費通知情報", "医療保険者", "マイナポータル", "準備完了", "") in cells
    assert ("給与所得の源泉徴収票", "国税庁", "e-Tax", "未記載", "") in cells
    assert len(cells) == 6


def test_linkages_step5_and_delegations(full_data_dir: Path) -> None:
    member = taro_checklist(full_data_dir).members[0]
    assert [r.cells[:2] for r in member.linkages.rows] == [
        ("e-Tax", "完了"),
        ("e-私書箱", "完了"),
        ("MyPost", "完了"),
        ("民間送達・e-Tax連携サービス", "完了"),
        ("ねんきんネット", "確認"),
    ]
    assert member.step5_needed
    assert member.step5_text.startswith("必要です")
    step5 = next(s for s in member.sections if s.step is StepId.STEP5)
    assert [r.text[0] for r in step5.rows] == ["①", "②", "③", "④"]
    delegations = [r.cells for r in member.delegations.rows]
    assert delegations[0][:3] == ("山田 花子 → 山田 太郎", "夫", "2026年12月1日〜2027年3月31日")
    assert "外部サイトへの医療費通知情報提供サービス" in delegations[0][3]
    assert delegations[0][4] == "5 / 5 完了"
    assert len(delegations) == 2
    step = next(s for s in member.sections if s.step is StepId.DELEGATION)
    head = step.rows[0]
    assert (head.text, head.status) == ("山田 花子 → 山田 太郎（夫）", "5 / 5 完了")
    assert head.detail.startswith("有効期間: 2026年12月1日〜2027年3月31日 / 委任を受けるサービス: ")
    assert [r.indent for r in step.rows[1:6]] == [1, 1, 1, 1, 1]


def test_passwords_are_named_never_valued(full_data_dir: Path) -> None:
    member = taro_checklist(full_data_dir).members[0]
    names = [p.name for p in member.passwords]
    assert names == [
        "利用者証明用電子証明書パスワード",
        "券面事項入力補助用パスワード",
        "署名用電子証明書パスワード",
    ]
    auth, text, sign = member.passwords
    assert auth.used_in == "STEP1（ログイン）、STEP3、代理人設定（ご家族のカード）"
    assert text.needed and sign.needed  # STEP5 is needed: the card is read with both
    assert sign.rule == "英大文字・数字6〜16桁（5回誤るとロック）"
    assert all(p.tries_left == "" for p in member.passwords)  # no diagnosis given
    assert member.card_notes == (
        "カード診断の記録はありません（残り回数はアプリのカードパネルで確認できます）",
    )


def test_tries_left_and_expiry_from_the_last_diagnosis(full_data_dir: Path) -> None:
    facts = CardFacts(date(2026, 1, 10), 3, 4, None, date(2030, 5, 1))
    member = taro_checklist(full_data_dir, card=facts).members[0]
    assert [p.tries_left for p in member.passwords] == ["3 / 3", "不明", "4 / 5"]
    assert member.card_notes == (
        "前回のカード診断（2026年1月10日）",
        "利用者証明用電子証明書の有効期限: 2030年5月1日",
    )


def test_diagnosis_of_another_card_is_not_shown(full_data_dir: Path) -> None:
    household = load(full_data_dir)
    # fill_household binds "ab"*32 to 山田 太郎; a diagnosis of another card belongs to nobody here.
    other = CardFacts(date(2026, 1, 10), 1, 1, 1, card_sha256="cd" * 32)
    whole = build_checklist(household, default_catalog(), TODAY, card=other)
    assert all(p.tries_left == "" for m in whole.members for p in m.passwords)
    own = CardFacts(date(2026, 1, 10), 1, 1, 1, card_sha256="ab" * 32)
    whole = build_checklist(household, default_catalog(), TODAY, card=own)
    tries = {m.display_name: m.passwords[0].tries_left for m in whole.members}
    assert tries["山田 太郎"] == "1 / 3"
    assert tries["山田 花子"] == ""


def test_whole_household(full_data_dir: Path) -> None:
    household = load(full_data_dir)
    c = build_checklist(household, default_catalog(), TODAY)
    assert c.household
    assert c.title == "マイナポータル連携 事前準備チェックリスト（世帯全員）"
    assert [m.display_name for m in c.members] == [
        "山田 太郎",
        "山田 花子",
        "山田 一郎",
        "山田 二郎",
        "山田 梅",
        "山田 松",
        "佐藤 次郎",
    ]
    hanako = c.members[1]
    assert [r.cells[0] for r in hanako.delegations.rows] == ["山田 花子 → 山田 太郎"]
    jiro = c.members[-1]
    assert jiro.summary == "取得する証明書等はまだ選ばれていません"
    step3 = next(s for s in jiro.sections if s.step is StepId.STEP3)
    assert step3.note == "連携が必要なサイトは、STEP2で選ぶ証明書等によって決まります"
    assert step3.badge == ""


def test_empty_household_gives_a_blank_form() -> None:
    c = build_checklist(Household(), default_catalog(), TODAY)
    assert c.title == "マイナポータル連携 事前準備チェックリスト"
    (blank,) = c.members
    assert blank.display_name == ""
    states = [row.state for s in blank.sections for row in s.rows]
    assert states and all(state is UnitState.TODO for state in states)
    texts = {row.text for s in blank.sections for row in s.rows}
    assert {expand_facts(item.text, default_facts(), "ja", escape=str) for item in CHECKLIST_ITEMS} <= texts
    assert blank.certificates.rows == ()
    assert blank.certificates.empty == "まだ選択されていません（STEP2で選びます）"


def test_unknown_profile_is_refused(full_data_dir: Path) -> None:
    with pytest.raises(KeyError):
        build_checklist(load(full_data_dir), default_catalog(), TODAY, profile_id=9999)
    assert default_member(load(full_data_dir), "いない人") is None
    member = default_member(load(full_data_dir), "山田 梅")
    assert member is not None and member.profile.relation is Relation.PARENT


def test_inquiry_line() -> None:
    assert inquiry_lines("ja") == (
        "マイナンバー総合フリーダイヤル 0120-95-0178",
        "音声ガイダンス1番: マイナンバーカード / 音声ガイダンス4番: マイナポータル",
    )
    assert "0120-95-0178" in inquiry_lines("en")[0]
    assert inquiry_lines("en")[1] == "Voice guidance 1: the My Number card; 4: Mynaportal"


def test_qr_targets_are_the_official_smartphone_route() -> None:
    targets = qr_targets("ja")
    assert [t.id for t in targets] == [
        "mynaportal",
        "tax_return_prep",
        "mynaportal_app_ios",
        "mynaportal_app_android",
        "filing_corner",
    ]
    assert all(is_official_url(t.url) for t in targets)
    assert [t.label for t in targets][1] == "「確定申告の事前準備」ページ"
    assert [t.label for t in qr_targets("en")][4] == "NTA tax-return corner"


def test_dates() -> None:
    assert format_date(date(2026, 3, 16)) == "2026年3月16日（月）"
    assert format_date(date(2026, 3, 16), "en", weekday=False) == "2026-03-16"


def test_no_radical_code_points_in_any_text(full_data_dir: Path) -> None:
    for lang in ("ja", "en"):
        c = build_checklist(load(full_data_dir), default_catalog(), TODAY, lang=lang)
        texts = [c.title, *c.inquiry, *(t.label for t in c.qr_targets), *c.texts.values()]
        for m in c.members:
            texts += [m.next_action, m.summary, *m.card_notes, m.step5_text]
            texts += [r.text for s in m.sections for r in s.rows]
            texts += [s.headline for s in m.sections]
        assert not [t for t in texts if any(0x2E80 <= ord(ch) <= 0x2FDF for ch in t)]


def test_error_3_household_prints_linked_but_waiting_for_the_data() -> None:
    """Issue 10 error 3 on paper: linked in November is not 「準備完了」; the data row waits for its date."""
    from app.domain.model import (
        CertificateSelection,
        Channel,
        Household,
        LinkageRecord,
        LinkageStatus,
        MemberState,
        Profile,
        Service,
    )

    pension = CertificateSelection(1, "public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)
    me = MemberState(
        Profile(1, "本人"),
        certificates=(pension,),
        linkages={s: LinkageRecord(s, LinkageStatus.COMPLETE) for s in (Service.ETAX, Service.NENKIN_NET)},
    )
    c = build_checklist(Household((me,)), default_catalog(), date(2026, 11, 25), profile_id=1)
    member = c.members[0]
    assert member.summary == "1件中0件が準備完了"
    rows = rows_by_text(member)
    assert (
        rows["ねんきんネットで公的年金等の源泉徴収票のデータが届いていることを確かめた"] is UnitState.WAITING
    )
    table = member.certificates.rows[0].cells
    assert "連携済み・データ待ち" in table[3] and table[4]
