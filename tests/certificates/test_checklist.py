"""The printed checklist shows a certificate proven by a received, verified file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from app import i18n
from app.certificates.verify import verify_bytes
from app.domain.catalog import default_catalog
from app.domain.checklist import build_checklist
from app.domain.model import Channel, Relation
from app.domain.steps import StepId
from app.i18n import checklist as words
from app.printing.checklist import export_pdf
from app.store.repository import Store
from tests.certificates import fixtures
from tests.checklist.helpers import pdftotext_pages, squash

TODAY = date(2026, 1, 14)


def test_checklist_pdf_marks_received_certificates(tmp_path: Path, qtbot: QtBot) -> None:
    data = fixtures.sign(fixtures.teg800())
    store, _ = Store.open(tmp_path / "data")
    with store:
        me = store.add_profile("山田 太郎", Relation.SELF)
        store.add_certificate(me.id, "life_insurance", "テスト生命", Channel.E_SHISHOBAKO)
        store.add_certificate(me.id, "earthquake_insurance", "みらい損保", Channel.E_SHISHOBAKO)
        store.keep_received(me.id, data, verify_bytes(data), "life.xml")
        household = store.load_household()
    pairs = (("ja", "データ受領済（署名確認済）"), ("en", "data received (signature verified)"))
    try:
        for lang, word in pairs:
            i18n.install(lang)
            checklist = build_checklist(household, default_catalog(), TODAY, lang=lang)
            rows = checklist.members[0].section(StepId.READY).rows
            shown = [words.say(row.official) if row.official is not None else "" for row in rows[:2]]
            assert shown[0] == word and shown[1] != word
            pdf = tmp_path / f"checklist-{lang}.pdf"
            export_pdf(checklist, pdf)
            assert squash(word) in squash("".join(pdftotext_pages(pdf)))
    finally:
        i18n.install("ja")  # the next test speaks Japanese even when this one failed
