"""The PDF itself: real extractable text (pypdf and pdftotext), the embedded font, vector QR codes that
decode to official URLs, page numbers, paper sizes, and table rows that never split across pages."""

from __future__ import annotations

import itertools
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.domain.catalog import default_catalog
from app.domain.checklist import Checklist, build_checklist
from app.domain.facts import default_facts, expand_facts
from app.domain.labels import CHANNEL_LABELS
from app.domain.links import is_official_url
from app.domain.model import Channel, Household, Readiness
from app.domain.rules import default_member
from app.domain.steps import CHECKLIST_ITEMS
from app.printing.checklist import ChecklistLayout, export_pdf, page_layout, write_pdf
from app.store.repository import Store
from tests.checklist.helpers import (
    RADICALS,
    TODAY,
    decode_qr,
    needs,
    pdftotext_pages,
    pypdf_pages,
    render_page_png,
    squash,
)

pytestmark = pytest.mark.usefixtures("qapp")


def load(data_dir: Path) -> Household:
    store, _ = Store.open(data_dir)
    try:
        return store.load_household()
    finally:
        store.close()


def all_texts(checklist: Checklist) -> list[str]:
    """Every string the layout draws (headings, rows, cells, QR labels and URLs), from the layout itself."""
    from PySide6.QtGui import QPdfWriter

    device = QPdfWriter(str(Path("/dev/null")))
    device.setPageLayout(page_layout())
    texts = [t for block in ChecklistLayout(checklist, device).blocks() for t in block.texts if t]
    del device
    return texts


def check_text(pdf: Path, expected: list[str]) -> tuple[list[str], list[str]]:
    """Both extractors find every expected string and no CJK radical code point."""
    by_pypdf = pypdf_pages(pdf)
    by_poppler = pdftotext_pages(pdf)
    assert len(by_pypdf) == len(by_poppler) == len(PdfReader(str(pdf)).pages)
    for name, pages in (("pypdf", by_pypdf), ("pdftotext", by_poppler)):
        whole = squash("".join(pages))
        missing = [t for t in expected if squash(t) not in whole]
        assert not missing, f"{name} misses {missing[:5]}"
        radicals = sorted(set(RADICALS.findall("".join(pages))))
        assert not radicals, f"{name} extracted radicals {radicals}"
    return by_pypdf, by_poppler


def test_full_household_pdf_has_every_item_as_text(full_data_dir: Path, tmp_path: Path) -> None:
    household = load(full_data_dir)
    checklist = build_checklist(household, default_catalog(), TODAY)
    pdf = tmp_path / "household.pdf"
    pages = export_pdf(checklist, pdf)
    assert pages >= 7  # every member starts on a new page
    expected = [
        *all_texts(checklist),
        "マイナポータル連携 事前準備チェックリスト（世帯全員）",
        "令和7年分",
        "2026年1月14日（水）",
        "2026年2月16日（月）〜3月16日（月）",
        "申告期限まで あと61日",
        "山田 太郎",
        "佐藤 次郎",
        *(expand_facts(item.text, default_facts(), "ja", escape=str) for item in CHECKLIST_ITEMS),
        "利用者証明用電子証明書パスワード",
        "署名用電子証明書パスワード",
        "券面事項入力補助用パスワード",
        "生命保険料控除証明書",
        "給与所得の源泉徴収票",
        "民間送達・e-Tax連携サービス",
        "マイナポータルとねんきんネットを連携した",
        "山田 花子 → 山田 太郎",
        "マイナンバー総合フリーダイヤル 0120-95-0178",
        "音声ガイダンス1番: マイナンバーカード",
        "音声ガイダンス4番: マイナポータル",
        "myna.go.jp/svc/tax-return",
        f"{pages} / {pages} ページ",
    ]
    _, poppler = check_text(pdf, expected)
    assert "利用者証明用" in "".join(poppler)  # the pitfall of design.md: not 利⽤者証明⽤
    for number, page in enumerate(poppler, start=1):
        assert f"{number} / {pages} ページ" in page
    # Each member's part starts on its own page, with the title and the name at its top.
    starts = [i for i, page in enumerate(poppler) if "マイナポータル連携 事前準備チェックリスト" in page]
    assert starts[0] == 0 and len(starts) == len(checklist.members) == 7
    assert all(
        poppler[i].splitlines()[1] == m.display_name for i, m in zip(starts, checklist.members, strict=True)
    )


def test_empty_household_pdf_is_a_blank_form(empty_data_dir: Path, tmp_path: Path) -> None:
    checklist = build_checklist(load(empty_data_dir), default_catalog(), TODAY)
    pdf = tmp_path / "blank.pdf"
    export_pdf(checklist, pdf)
    check_text(
        pdf,
        [
            *all_texts(checklist),
            "マイナポータル連携 事前準備チェックリスト",
            "氏名:",
            "令和7年分",
            *(expand_facts(item.text, default_facts(), "ja", escape=str) for item in CHECKLIST_ITEMS),
            "まだ選択されていません（STEP2で選びます）",
            "マイナンバー総合フリーダイヤル 0120-95-0178",
        ],
    )


@pytest.mark.usefixtures("english")
def test_english_pdf(full_data_dir: Path, tmp_path: Path) -> None:
    household = load(full_data_dir)
    member = default_member(household)
    assert member is not None
    checklist = build_checklist(household, default_catalog(), TODAY, profile_id=member.profile.id, lang="en")
    pdf = tmp_path / "en.pdf"
    pages = export_pdf(checklist, pdf)
    check_text(
        pdf,
        [
            *all_texts(checklist),
            "Mynaportal linkage: preparation checklist",
            "tax year 2025",
            "61 days left until the deadline",
            "I registered as a Mynaportal user",
            "Step by step",
            "My Number toll-free line",
            f"Page 1 of {pages}",
        ],
    )


@needs("pdffonts")
def test_only_the_bundled_font_is_used_and_it_is_embedded(full_data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "fonts.pdf"
    write_pdf(build_checklist(load(full_data_dir), default_catalog(), TODAY), pdf)
    lines = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    fonts = [line.split() for line in lines[2:]]
    assert fonts, lines
    for row in fonts:
        name, emb, uni = row[0], row[-5], row[-3]
        assert name.endswith("MynaPrepGothic-Regular"), row
        assert (emb, uni) == ("yes", "yes"), row


@needs("zbarimg")
@needs("pdftoppm")
@needs("pdfimages")
def test_qr_codes_are_vectors_and_decode_to_official_urls(empty_data_dir: Path, tmp_path: Path) -> None:
    checklist = build_checklist(load(empty_data_dir), default_catalog(), TODAY)
    pdf = tmp_path / "qr.pdf"
    pages = export_pdf(checklist, pdf)
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    assert len(images.stdout.strip().splitlines()) == 2, images.stdout  # the header only: no bitmap
    urls = [url for page in range(1, pages + 1) for url in decode_qr(render_page_png(pdf, page, tmp_path))]
    assert urls, "no QR code decoded"
    assert all(is_official_url(url) for url in urls)
    assert set(urls) == {t.url for t in checklist.qr_targets}


@pytest.mark.parametrize(("size", "points"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_paper_sizes(empty_data_dir: Path, tmp_path: Path, size: str, points: tuple[int, int]) -> None:
    pdf = tmp_path / f"{size}.pdf"
    export_pdf(build_checklist(load(empty_data_dir), default_catalog(), TODAY), pdf, size)
    for page in PdfReader(str(pdf)).pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == points


def many_certificates(data_dir: Path, count: int) -> tuple[Household, list[str]]:
    """One member with ``count`` certificates whose issuer names wrap onto two lines; returns the
    household and each table row's text (type, issuer, channel: drawn one after the other)."""
    store, _ = Store.open(data_dir)
    rows = []
    catalog = default_catalog()
    try:
        pid = store.add_profile("山田 太郎").id
        kinds = (
            ("life_insurance", Channel.E_SHISHOBAKO),
            ("earthquake_insurance", Channel.MYPOST),
            ("furusato_receipt", Channel.MINKAN_ETAX),
            ("securities_annual_report", Channel.E_SHISHOBAKO),
        )
        for n in range(count):
            type_id, channel = kinds[n % len(kinds)]
            issuer = f"とても長い名前の相互会社 第{n:02d}支社 お客様サービスセンター窓口"
            rows.append(catalog[type_id].name_ja + issuer + CHANNEL_LABELS[channel])
            cert = store.add_certificate(pid, type_id, issuer, channel)
            store.update_certificate(cert.id, readiness=Readiness.PROCESSING if n % 2 else None)
        return store.load_household(), rows
    finally:
        store.close()


def test_table_rows_are_never_split_across_pages(tmp_path: Path) -> None:
    household, rows = many_certificates(tmp_path / "data", 48)
    checklist = build_checklist(
        household, default_catalog(), TODAY, profile_id=household.members[0].profile.id
    )
    pdf = tmp_path / "many.pdf"
    export_pdf(checklist, pdf)
    header = squash("証明書等発行元受け取り方法")
    for extractor in (pdftotext_pages, pypdf_pages):
        pages = [squash(p) for p in extractor(pdf)]
        where: dict[str, list[int]] = {}
        for row in rows:
            # The row's cells (the issuer wraps onto two lines) come out together, on one page.
            where[row] = [i for i, page in enumerate(pages) if squash(row) in page]
            assert len(where[row]) == 1, f"{row} is split or missing ({where[row]})"
        table_pages = sorted({i for found in where.values() for i in found})
        assert len(table_pages) >= 2, "the test needs a table over two pages at least"
        for i in table_pages:
            assert header in pages[i], f"page {i + 1} continues the table without its header row"


def test_layout_places_every_block_whole_on_a_page(full_data_dir: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    checklist = build_checklist(load(full_data_dir), default_catalog(), TODAY)
    for size in ("A4", "Letter"):
        device = QPdfWriter(str(tmp_path / f"layout-{size}.pdf"))
        device.setResolution(600)
        device.setPageLayout(page_layout(size))
        layout = ChecklistLayout(checklist, device)
        pages = layout.paginate()
        bottom = layout.height - layout.footer_height
        placed = [block for page in pages for block, _ in page.placed]
        for page in pages:
            for block, top in page.placed:
                assert top >= 0 and top + block.height <= bottom + 0.5, block.texts
        # Nothing lost: every block of the flow is placed (repeated table headers come on top).
        flow = layout.blocks()
        assert len(placed) >= len(flow)
        assert [b.texts for b in placed if b.header is not None] == [
            b.texts for b in flow if b.header is not None
        ]
        del device


def test_page_numbers_with_the_member_in_the_footer(
    qtbot: QtBot, full_data_dir: Path, tmp_path: Path
) -> None:
    household = load(full_data_dir)
    member = default_member(household, "山田 花子")
    assert member is not None
    pdf = tmp_path / "hanako.pdf"
    pages = export_pdf(
        build_checklist(household, default_catalog(), TODAY, profile_id=member.profile.id), pdf
    )
    for number, text in enumerate(pdftotext_pages(pdf), start=1):
        assert f"{number} / {pages} ページ" in text
        assert "山田 花子" in text
        assert "Myna Prep" in text


# Run in a child process: the suite's own garbage (other tests' widgets, hypothesis data) is freed
# whenever the collector runs and takes references to None with it, which is noise, not a leak.
_NONE_PROBE = """
import gc, sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from app.domain.catalog import default_catalog
from app.domain.checklist import build_checklist
from app.store.repository import Store
from app.printing.checklist import export_pdf
from tests.checklist.helpers import TODAY

app = QGuiApplication([])
data, out = Path(sys.argv[1]), Path(sys.argv[2])
store, _ = Store.open(data)
household = store.load_household()
store.close()
checklist = build_checklist(household, default_catalog(), TODAY)
counts = []
for run in range(10):
    gc.collect()
    counts.append(sys.getrefcount(None))
    gc.disable()
    export_pdf(checklist, out / f"run{run}.pdf")
    gc.enable()
print(" ".join(map(str, counts)))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12 on")
def test_painting_does_not_consume_references_to_none(full_data_dir: Path, tmp_path: Path) -> None:
    """PySide6 6.12.0 on CPython 3.11 dropped a reference to None on many void calls (QPainter.drawLine,
    setBrush …): thousands per checklist page, every time. pyproject excludes that release; this guards
    the renderer against any binding that leaks again. A leak shows as a loss on every export; a one-off
    release by the collector does not, so the typical (median) loss per export is what is bounded."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run(
        [sys.executable, "-c", _NONE_PROBE, str(full_data_dir), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    counts = [int(n) for n in probe.stdout.split()]
    losses = [before - after for before, after in itertools.pairwise(counts[2:])]  # after warm-up
    assert len(losses) == 7
    assert statistics.median(losses) < 50, counts
