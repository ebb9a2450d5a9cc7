"""One dated-facts record drives every place: the pages, the checklist, the QR targets, the lock-reset
advice. Every placeholder resolves, every fact is used and recorded in SOURCES.md, every link is
official, and the stale values of the 2026-11 review appear nowhere."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.checklist import qr_targets
from app.domain.facts import Facts, default_facts, expand_facts, fact_ids_in
from app.domain.links import is_official_url
from app.domain.steps import CHECKLIST_ITEMS

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "resources" / "pages").glob("*/*.html"))
LANGS = ("ja", "en")


def _searched_files() -> list[Path]:
    files = [
        *PAGES,
        ROOT / "resources" / "catalog" / "catalog.json",
        ROOT / "translations" / "myna-prep_en.ts",
    ]
    files += sorted((ROOT / "app").rglob("*.py"))
    return files


def _placeholder_texts() -> list[tuple[str, str]]:
    texts = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in PAGES]
    texts += [(f"checklist item {i.id}", i.text) for i in CHECKLIST_ITEMS]
    # The catalogue's sentences (the plan's next actions, app/i18n): source and English alike.
    ts = ET.parse(ROOT / "translations" / "myna-prep_en.ts").getroot()
    for message in ts.iter("message"):
        for tag in ("source", "translation"):
            text = message.findtext(tag) or ""
            if "{{fact:" in text:
                texts.append((f"ts {tag}: {message.findtext('source')}", text))
    return texts


def test_every_placeholder_resolves_in_both_languages() -> None:
    facts = default_facts()
    for where, text in _placeholder_texts():
        for lang in LANGS:
            assert "{{fact:" not in expand_facts(text, facts, lang), where


def test_every_fact_is_used_somewhere() -> None:
    used = {fact_id for _, text in _placeholder_texts() for fact_id in fact_ids_in(text)}
    code = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "app").rglob("*.py")))
    used |= {f.id for f in default_facts() if re.search(rf"[\"']{f.id}[\"']", code)}
    assert {f.id for f in default_facts()} <= used


def test_every_fact_is_recorded_with_an_official_source_and_in_sources_md() -> None:
    sources_md = (ROOT / "resources" / "catalog" / "SOURCES.md").read_text(encoding="utf-8")
    for fact in default_facts():
        assert is_official_url(fact.source), (fact.id, fact.source)
        assert re.search(rf"^\| {fact.id} \|.*\| {fact.checked.isoformat()} \|", sources_md, re.M), fact.id


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_link_in_the_expanded_pages_is_official(page: Path) -> None:
    from app.ui.shell.pages import links_in, page_html

    html = page_html(page.stem, page.parent.name)
    assert "{{fact:" not in html
    for url in links_in(html):
        assert is_official_url(url.replace("&amp;", "&")), url


def test_stale_values_appear_nowhere() -> None:
    """Error 1: App Store id1552522016 and 「マイナポータルアプリ」 alone as the current name."""
    for path in _searched_files():
        text = path.read_text(encoding="utf-8")
        assert "id1552522016" not in text, path
        assert not re.search(r"(?<!旧)マイナポータルアプリ", text), path
        assert not re.search(r"(?<!formerly the )Mynaportal app\b", text), path
    record = json.loads((ROOT / "resources" / "catalog" / "facts.json").read_text(encoding="utf-8"))
    assert "id1552522016" not in json.dumps(record)


def test_the_app_link_and_name_reach_step1_and_the_checklist_qr() -> None:
    from app.ui.shell.pages import page_html

    facts = default_facts()
    assert facts.text("app_ios_url", "ja") == "https://apps.apple.com/jp/app/id1476359069"
    for lang in LANGS:
        html = page_html("step1", lang)
        assert facts.text("app_ios_url", lang) in html and "jp.go.cas.mpa" in html
        qr = {t.id: t for t in qr_targets(lang)}
        assert qr["mynaportal_app_ios"].url.endswith("id1476359069")
        assert qr["mynaportal_app_ios"].app_name == facts.text("app_name", lang)  # in its QR label
    assert "マイナアプリ（旧マイナポータルアプリ）" in page_html("step1", "ja")


def test_a_newer_record_changes_every_place_at_once() -> None:
    """A catalog update may carry a corrected fact: the pages and the QR take the record they are given."""
    from app.ui.shell.pages import page_html

    facts = default_facts()
    changed = replace(facts.by_id["kiosk_hours"], ja="7:00〜22:00", en="7:00 to 22:00")
    newer = Facts(facts.schema, {**facts.by_id, "kiosk_hours": changed})
    assert "7:00〜22:00" in page_html("step1", "ja", newer)
    assert "7:00 to 22:00" in page_html("step5", "en", newer)
    assert "6:30" not in page_html("step1", "ja", newer)
    app_url = replace(
        facts.by_id["app_ios_url"],
        ja="https://apps.apple.com/jp/app/id1",
        en="https://apps.apple.com/jp/app/id1",
    )
    newest = Facts(facts.schema, {**facts.by_id, "app_ios_url": app_url})
    assert {t.id: t.url for t in qr_targets("ja", newest)}["mynaportal_app_ios"].endswith("/id1")


def test_pages_say_what_the_review_asked_for() -> None:
    """Errors 2, 5, 6, 9 and the omissions, in both languages (the facts filled in)."""
    from app.ui.shell.pages import page_html

    ja = {step: page_html(step, "ja") for step in ("step1", "step3", "step5", "ready")}
    en = {step: page_html(step, "en") for step in ("step1", "step3", "step5", "ready")}
    # error 2: a lock is reset with the app and a kiosk when the other password is known
    for page in (ja["step1"], ja["step5"]):
        assert "JPKI暗証番号リセット" in page and "6:30〜23:00" in page and "窓口" in page
    assert "セブン-イレブン、ローソン、ファミリーマート、ミニストップ" in ja["step5"]
    assert "JPKI暗証番号リセット" in en["step1"] and "6:30 to 23:00" in en["step1"]
    # error 5: STEP5 is also for the 年末残高情報 (catalog needs_step5)
    assert "年末残高情報" in ja["step5"] and "年末残高情報" in en["step5"]
    assert "それ以外の証明書等だけを取得する場合は" not in ja["step5"]
    # error 6: which rule applies to which tax year
    assert "令和7年分（2026年に提出される分）までは" in ja["step5"] and "令和8年分" in ja["step5"]
    assert "tax year 2025" in en["step5"] and "tax year 2026" in en["step5"]
    # error 9: a refund return can be filed from 1 January
    assert "還付申告" in ja["ready"] and "翌年1月1日" in ja["ready"]
    assert "refund return" in en["ready"] and "1 January" in en["ready"]
    # error 4 on the page: what to record for 確認
    assert "サイトで確かめた：連携済み" in ja["step3"] and "I checked on the site: linked" in en["step3"]
    # omissions
    assert "平日の8時〜23時" in ja["step3"] and "weekdays 8:00 to 23:00" in en["step3"]
    assert "顔認証マイナンバーカード" in ja["step1"] and "スマホ用電子証明書" in ja["step1"]
    assert "拡張機能" in ja["step1"] and "失効" in ja["step5"] and "ロックの回数は別々" in ja["step5"]
    assert "健康保険が使われた診療" in ja["ready"] and "e-Tax で使えない文字" in ja["ready"]
