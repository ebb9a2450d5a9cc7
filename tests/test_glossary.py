"""The English glossary (translations/GLOSSARY.md) holds everywhere English text is written: the GUI's
translations, the English pages, the domain's English texts, the catalog and the dated facts."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.domain.catalog import default_catalog
from app.domain.facts import default_facts

ROOT = Path(__file__).resolve().parents[1]

# variant → the glossary's word (the message says what to write instead)
FORBIDDEN: dict[str, str] = {
    r"(?i)\bprox(?:y|ies)\b": "delegate",
    r"\bPINs?\b": "password",
    r"(?i)\be-?\s?shi-?\s?sho-?bako\b(?<!e-Shishobako)": "e-Shishobako",
    r"(?i)\bnenkin[\s-]?net\b(?<!Nenkin Net)": "Nenkin Net",
    r"(?i)\bmyna\s?portal\b(?<!Mynaportal)": "Mynaportal",
    r"(?i)withholding (?:slip|statement) for employment|employment income withholding|withholding tax slip": (
        "salary withholding slip"
    ),
    r"(?i)\bunlisted\b|\bnot stated\b": "not listed",
    r"(?<!formerly the )\bMynaportal app\b": "Myna App (formerly the Mynaportal app)",
    r"(?<![%\d])\b1 (?:tries|days|items|certificates)\b": "a singular after 1",
    r"(?i)card-text input": "card-information input password",
    r"(?i)certificate readiness": "certificate status",
}
FULL_WIDTH_BRACKETS = re.compile(r"[（）【】]")
QUOTED_LABEL = re.compile(r"「[^」]*」")


def english_texts() -> Iterator[tuple[str, str]]:
    tree = ET.parse(ROOT / "translations" / "myna-prep_en.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None:
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for text in forms:
                yield f"ts: {message.findtext('source')}", text
    for page in sorted((ROOT / "resources" / "pages" / "en").glob("*.html")):
        yield f"page {page.name}", re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
    for fact in default_facts():
        yield f"fact {fact.id}", fact.en
    for entry in default_catalog():
        for field in (entry.name_en, entry.availability.hint_en, entry.note_en, entry.issuer.name_en or ""):
            yield f"catalog {entry.id}", field
        yield f"catalog {entry.id}", entry.issuer_needs.registration_en or ""
    # the domain's, the commands' and the printed checklist's words are in the .ts above (one catalogue)
    yield "catalog.json", json.dumps([e.name_en for e in default_catalog()])


def test_the_glossary_names_every_rule() -> None:
    glossary = (ROOT / "translations" / "GLOSSARY.md").read_text(encoding="utf-8")
    for word in (
        "delegate",
        "password",
        "e-Shishobako",
        "salary withholding slip",
        "not listed",
        "Nenkin Net",
    ):
        assert word in glossary


@pytest.mark.parametrize("pattern", list(FORBIDDEN))
def test_no_forbidden_variant_in_english(pattern: str) -> None:
    found = [f"{where}: {text[:100]!r}" for where, text in english_texts() if re.search(pattern, text)]
    assert not found, f"write {FORBIDDEN[pattern]!r} instead:\n" + "\n".join(found)


def test_no_full_width_brackets_in_english_outside_japanese_labels() -> None:
    found = [
        f"{where}: {text[:100]!r}"
        for where, text in english_texts()
        if FULL_WIDTH_BRACKETS.search(QUOTED_LABEL.sub("", text))
    ]
    assert not found, "\n".join(found)


def test_english_counts_take_the_singular_for_one() -> None:
    from app.card.diagnosis import Problem
    from app.i18n import checklist
    from app.i18n.card import message_for_problem

    i18n.install("en")
    try:
        assert checklist.days_left_text(1) == "1 day left until the deadline"
        assert checklist.days_left_text(-1) == "The deadline passed 1 day ago"
        assert checklist.days_left_text(2) == "2 days left until the deadline"
        assert "expires in 1 day." in message_for_problem(Problem("certificate_expiring", days_left=1))
        assert "expires in 5 days." in message_for_problem(Problem("certificate_expiring", days_left=5))
    finally:
        i18n.install("ja")
