"""Paper that reads whole (issue 22, item 11): no katakana word or date broken across lines, URLs under
the QR codes broken only after a separator, a step's items carried onto the next page under its heading
again, and the QR codes never alone on a page. Read back from real PDFs (pdftotext) and the layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import i18n
from app.domain.catalog import default_catalog
from app.domain.checklist import build_checklist, qr_targets
from app.i18n import checklist as words
from app.printing.canvas import tokens
from app.printing.checklist import ChecklistLayout, export_pdf, page_layout
from tests.checklist.helpers import TODAY, needs, pdftotext_pages
from tests.checklist.test_fridge import load, taro

pytestmark = pytest.mark.usefixtures("qapp")


def test_break_points_keep_words_whole() -> None:
    assert "パスワード" in tokens("利用者証明用電子証明書パスワード")
    assert tokens("2027年2月16日（火）") == ["2027年2月16日", "（火）"]
    assert tokens("myna.go.jp/svc/tax-return") == ["myna.", "go.", "jp/", "svc/", "tax-return"]
    assert all(not t.startswith(("）", "、", "。", "ー")) for t in tokens("確認（旧アプリ）、ポータル。"))


def _lines_of(url: str, lines: list[str], start: int) -> list[str]:
    """The lines from ``start`` that together are ``url`` (empty if they are not)."""
    parts: list[str] = []
    while start < len(lines) and url.startswith("".join(parts) + lines[start]) and lines[start]:
        parts.append(lines[start])
        if "".join(parts) == url:
            return parts
        start += 1
    return []


@needs("pdftotext")
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_word_or_url_broken_inside(full_data_dir: Path, tmp_path: Path, lang: str) -> None:
    i18n.install(lang)
    pdf = tmp_path / f"words-{lang}.pdf"
    export_pdf(taro(full_data_dir, lang), pdf)
    lines = [line for page in pdftotext_pages(pdf) for line in page.splitlines()]
    text = "\n".join(lines)
    # a katakana word is never cut at a line end (パスワー／ド)
    for word in ("パスワード", "マイナポータル", "カード", "サービス"):
        for i in range(1, len(word)):
            assert f"{word[:i]}\n{word[i:]}" not in text, f"{word[:i]}／{word[i:]}"
    assert not [line for line in lines if line[:1] in "）」、。ー"]  # kinsoku: nothing starts a line so
    # each URL under a QR code: its lines end only after / . ? & =
    for target in qr_targets(lang):
        url = target.url.removeprefix("https://").rstrip("/")
        found = [_lines_of(url, lines, start) for start in range(len(lines))]
        parts = next((p for p in found if p), None)
        assert parts, f"{url} not found whole"
        for part in parts[:-1]:
            assert part[-1] in "/.?&=", f"{url} breaks inside a word: {parts}"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_carried_items_come_under_their_steps_heading_and_qr_codes_never_alone(
    full_data_dir: Path, tmp_path: Path, lang: str
) -> None:
    from PySide6.QtGui import QPdfWriter

    i18n.install(lang)
    checklist = build_checklist(load(full_data_dir), default_catalog(), TODAY, lang=lang)
    device = QPdfWriter(str(tmp_path / "layout.pdf"))
    device.setResolution(600)
    device.setPageLayout(page_layout("A4"))
    layout = ChecklistLayout(checklist, device)
    pages = layout.paginate()
    step_labels = {words.step_label(s.step) for m in checklist.members for s in m.sections}
    carried = 0
    for page in pages:
        first = page.placed[0][0]
        row = next((b for b, _ in page.placed if b.header is not None), None)
        # a page that goes on with a step's items opens with that step's heading
        heading = None if row is None else row.header
        if heading is not None and heading.texts[0] in step_labels and first is heading:
            carried += row is page.placed[1][0]
        if first.header is not None:
            raise AssertionError(f"a page opens with a carried item, not its heading: {first.texts}")
    assert carried >= 1, "the household needs a step that runs over a page"
    qr_heading = words.label("smartphone")
    for page in pages:  # never a page that is only the QR section
        texts = [b.texts[0] for b, _ in page.placed if b.texts]
        assert not (texts and texts[0] == qr_heading and len(page.placed) <= 3), texts
    del device
