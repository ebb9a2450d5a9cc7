"""The checklist for the fridge (issue 13, item 6), measured on real PDFs: body text ≥ 11 pt and nothing
below 9 pt (table headers, dates and 「済んだ日」 at body size), tick boxes ≥ 7 mm, a line for the date
done, the next action large at the top, the name once, the state-aware headline, A4 and Letter, in
Japanese and English from the one catalogue."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import i18n
from app.domain.catalog import default_catalog
from app.domain.checklist import Checklist, build_checklist
from app.domain.model import (
    CertificateSelection,
    Channel,
    Household,
    MemberState,
    Profile,
    Readiness,
    Relation,
)
from app.domain.rules import default_member
from app.domain.status import Headline
from app.i18n import checklist as words
from app.i18n.status import headline_text
from app.printing.checklist import export_pdf
from app.printing.paper import default_page_size
from app.store.repository import Store
from tests.checklist.helpers import TODAY, gray_page, needs, pdftotext_pages, text_sizes, tick_boxes

pytestmark = pytest.mark.usefixtures("qapp")

LANGS = ("ja", "en")


def load(data_dir: Path) -> Household:
    store, _ = Store.open(data_dir)
    try:
        return store.load_household()
    finally:
        store.close()


def taro(data_dir: Path, lang: str) -> Checklist:
    household = load(data_dir)
    member = default_member(household)
    assert member is not None
    return build_checklist(household, default_catalog(), TODAY, profile_id=member.profile.id, lang=lang)


def one_certificate(ready: bool) -> Household:
    cert = CertificateSelection(
        1,
        "medical_expense_notice",
        "医療保険者",
        Channel.MYNAPORTAL,
        readiness=Readiness.READY if ready else Readiness.PROCESSING,
    )
    return Household((MemberState(Profile(1, "山田 太郎", Relation.SELF), certificates=(cert,)),))


@pytest.mark.parametrize("lang", LANGS)
def test_body_at_least_11_pt_and_nothing_below_9_pt(full_data_dir: Path, tmp_path: Path, lang: str) -> None:
    i18n.install(lang)
    pdf = tmp_path / f"sizes-{lang}.pdf"
    export_pdf(taro(full_data_dir, lang), pdf)
    runs = text_sizes(pdf)
    assert len(runs) > 200
    sizes = [size for size, _ in runs]
    assert min(sizes) >= 9.0 - 0.05, sorted(runs)[:5]  # URLs and the footer included
    # The body: the to-do rows, by far the most text on the sheet, and their median.
    assert statistics.median(sizes) >= 11.0
    weight = sum(len(t) for s, t in runs if s >= 11.0 - 0.05) / sum(len(t) for _, t in runs)
    assert weight > 0.6, weight  # small print (labels, notes, URLs) is the exception
    # The URLs under the QR codes are small print, no longer ~5 pt.
    url_sizes = [s for s, t in runs if t.startswith(("myna.", "keisan.", "go."))]  # (a run per part)
    assert url_sizes and min(url_sizes) >= 9.0 - 0.05
    # what is read and written on: the table headers, the follow-up dates and 「済んだ日」, at body size
    # (a run holds a word, or in Japanese a few characters: the headers' are shared with small notes)
    keys = ("done_on", "col_type", "col_issuer", "col_password") if lang == "en" else ("done_on",)
    read = [words.label(k) for k in keys]
    words_of = [(s, " ".join(t.split())) for s, t in runs]
    read_sizes = [s for s, t in words_of if t and any(label.startswith(t) for label in read)]
    assert len(read_sizes) >= 3 and min(read_sizes) >= 11.0 - 0.05, sorted(read_sizes)[:3]


@needs("pdftoppm")
@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_tick_boxes_are_at_least_7_mm(empty_data_dir: Path, tmp_path: Path, size: str) -> None:
    """The blank form's boxes are empty squares at the left margin (15 mm): measured on the page."""
    pdf = tmp_path / f"boxes-{size}.pdf"
    checklist = build_checklist(load(empty_data_dir), default_catalog(), TODAY)
    pages = export_pdf(checklist, pdf, size)
    dpi = 150
    left = round(15 / 25.4 * dpi)
    outlines = []
    for page in range(1, pages + 1):
        outlines += tick_boxes(gray_page(pdf, page, tmp_path, dpi), left, dpi)
    squares = [(w, h) for w, h in outlines if abs(w - h) < 1.0]  # not the next action's frame
    assert len(squares) == sum(len(s.rows) for s in checklist.members[0].sections)  # one per to-do
    for width, height in squares:
        assert 7.0 <= width <= 8.5 and 7.0 <= height <= 8.5, (width, height)


@pytest.mark.parametrize("lang", LANGS)
def test_next_action_large_at_the_top_and_a_date_line_for_each_to_do(
    full_data_dir: Path, tmp_path: Path, lang: str
) -> None:
    i18n.install(lang)
    checklist = taro(full_data_dir, lang)
    member = checklist.members[0]
    pdf = tmp_path / f"top-{lang}.pdf"
    export_pdf(checklist, pdf)
    runs = text_sizes(pdf)
    action = words.next_action(member, checklist)
    first_word = action.split()[0] if lang == "en" else action[:4]
    action_sizes = [s for s, t in runs if first_word in t]
    assert action_sizes and max(action_sizes) >= 15.5  # printed large
    first = pdftotext_pages(pdf)[0]
    assert (
        first.index(words.headline(member))
        < first.index(words.label("next_action"))
        < first.index(words.label("steps"))
    )
    open_rows = [r for s in member.sections for r in s.rows if r.dated]
    done_on = words.label("done_on")
    assert open_rows
    assert "".join(pdftotext_pages(pdf)).count(done_on) == len(open_rows)


@pytest.mark.parametrize("lang", LANGS)
def test_headline_follows_the_summary(tmp_path: Path, lang: str) -> None:
    i18n.install(lang)
    guide = headline_text(Headline.ALL_READY, 1, 1)  # the guide's 「事前準備が完了！…」
    for ready in (False, True):
        checklist = build_checklist(one_certificate(ready), default_catalog(), TODAY, profile_id=1, lang=lang)
        pdf = tmp_path / f"headline-{lang}-{ready}.pdf"
        export_pdf(checklist, pdf)
        text = "".join(pdftotext_pages(pdf))
        assert (guide in text) is ready, text[:300]
        if not ready:
            assert words.headline(checklist.members[0]) in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_name_once_in_the_title(full_data_dir: Path, tmp_path: Path, lang: str) -> None:
    i18n.install(lang)
    checklist = taro(full_data_dir, lang)
    pdf = tmp_path / f"name-{lang}.pdf"
    export_pdf(checklist, pdf)
    pages = pdftotext_pages(pdf)
    head = pages[0].splitlines()[:3]
    assert head[0] == words.title(checklist)
    assert head[1] == "山田 太郎"
    assert pages[0].count("山田 太郎") == 1  # not again as 「本人（本人）」, not in this page's footer
    assert all("山田 太郎" in page for page in pages[1:])  # later pages name the member in the footer


@pytest.mark.parametrize(("size", "points"), [("A4", (595, 842)), ("Letter", (612, 792))])
@pytest.mark.parametrize("lang", LANGS)
def test_a4_and_letter_in_both_languages(
    full_data_dir: Path, tmp_path: Path, size: str, points: tuple[int, int], lang: str
) -> None:
    i18n.install(lang)
    pdf = tmp_path / f"{lang}-{size}.pdf"
    checklist = taro(full_data_dir, lang)
    pages = export_pdf(checklist, pdf, size)
    for page in PdfReader(str(pdf)).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == points
    text = "".join(pdftotext_pages(pdf))
    assert words.title(checklist) in text and words.page_text(pages, pages) in text
    english = "Mynaportal linkage: preparation checklist" in text
    assert english is (lang == "en")


def test_nothing_printed_twice(full_data_dir: Path, tmp_path: Path) -> None:
    """The readiness words are the READY rows' alone (the table says what, from whom, via what); the
    STEP5 need is said once; the printed date once, in the header."""
    checklist = taro(full_data_dir, "ja")
    pdf = tmp_path / "twice.pdf"
    export_pdf(checklist, pdf)
    text = "".join(pdftotext_pages(pdf))
    assert text.count(words.printed_on_text(checklist)) == 1
    assert text.count("準備するもの") == 0  # the card and the reader are STEP0's boxes, not a list again
    assert text.count("STEP5（e-Taxで情報取得希望の登録）") == 0
    assert text.count("マイナポータルの表示: 完了") == 0  # a done row says 完了 once


def test_locale_chooses_the_paper() -> None:
    from PySide6.QtCore import QLocale

    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "Letter"
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.Canada)) == "Letter"
    assert default_page_size(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)) == "A4"
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "A4"
