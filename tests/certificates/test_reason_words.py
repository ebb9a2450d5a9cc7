"""Every verification reason and verdict has its sentence in the one catalogue, in both languages."""

from __future__ import annotations

from app import i18n
from app.domain.received import Reason, Verdict
from app.i18n.received import verdict_text, verdict_word


def test_every_reason_and_verdict_has_words_in_both_languages() -> None:
    japanese = {r: verdict_text(r) for r in Reason} | {v: verdict_word(v) for v in Verdict}
    i18n.install("en")
    try:
        english = {r: verdict_text(r) for r in Reason} | {v: verdict_word(v) for v in Verdict}
    finally:
        i18n.install("ja")
    assert len(set(japanese.values())) == len(japanese)  # one sentence each, none shared
    for code, text in english.items():
        assert text and text != japanese[code], code
        assert text.isascii(), (code, text)
