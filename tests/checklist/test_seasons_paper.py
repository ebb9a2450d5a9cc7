"""On paper: the card's certificates against the filing period, and an earlier season for its year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain.catalog import default_catalog
from app.domain.checklist import build_checklist
from app.domain.model import Household, MemberState, Profile
from app.printing.checklist import export_pdf
from tests.checklist.helpers import pdftotext_pages, squash

TODAY = date(2026, 12, 7)  # 令和8年分: its filing period ends 2027-03-15


def _household(expires: date | None) -> Household:
    return Household((MemberState(Profile(1, "本人", card_sha256="ab" * 32, card_expires_on=expires)),))


def test_a_card_ending_before_the_filing_period_ends_is_on_paper(qapp: object, tmp_path: Path) -> None:
    checklist = build_checklist(_household(date(2027, 2, 20)), default_catalog(), TODAY, lang="ja")
    assert checklist.members[0].card_expiry is not None
    pdf = tmp_path / "c.pdf"
    export_pdf(checklist, pdf)
    text = squash("".join(pdftotext_pages(pdf)))
    assert (
        squash(
            "有効期限は2027年2月20日（土）で、令和8年分の申告期間が終わる2027年3月15日（月）より前に切れます"
        )
        in text
    )
    assert squash("市区町村の窓口で更新") in text


def test_a_card_lasting_through_the_period_is_quiet_on_paper() -> None:
    checklist = build_checklist(_household(date(2031, 5, 20)), default_catalog(), TODAY, lang="ja")
    assert checklist.members[0].card_expiry is None


def test_an_earlier_season_prints_for_its_own_year() -> None:
    checklist = build_checklist(_household(None), default_catalog(), date(2027, 3, 15), lang="ja")
    assert checklist.tax_year == 2026
