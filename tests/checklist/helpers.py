"""Households in real SQLite stores (filled through the Store API) and PDF inspection helpers."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.model import Channel, LinkageStatus, Readiness, Relation, Service, TaskState
from app.store.repository import Store
from tests.store.helpers import fill_household

TODAY = date(2026, 1, 14)  # 令和7年分: filing period 2026-02-16 – 2026-03-16, 61 days left

RADICALS = re.compile("[\u2e80-\u2fdf]")


def fill_full(store: Store) -> None:
    """Six members with progress, certificates, linkages, two delegations (tests.store.helpers), plus the
    filer's catalog certificates on every other channel: STEP5 (給与所得の源泉徴収票) and 医療費通知情報."""
    ids = fill_household(store)
    taro = ids[0]
    for type_id, issuer, channel in (
        ("salary_withholding", "国税庁", Channel.ETAX),
        ("public_pension_withholding", "日本年金機構", Channel.NENKIN_NET),
        ("medical_expense_notice", "医療保険者", Channel.MYNAPORTAL),
    ):
        cert = store.add_certificate(taro, type_id, issuer, channel)
        if channel is Channel.MYNAPORTAL:
            store.update_certificate(cert.id, readiness=Readiness.READY)
    store.set_progress(taro, "step5.request", state=TaskState.DONE)
    store.set_linkage(taro, Service.NENKIN_NET, status=LinkageStatus.CHECK, follow_up=date(2026, 1, 20))
    store.add_profile("佐藤 次郎", Relation.OTHER)  # nothing recorded yet


def squash(text: str) -> str:
    """Text without any whitespace: wrapped lines compare equal to the drawn string."""
    return re.sub(r"\s+", "", text)


def pypdf_pages(pdf: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]


def pdftotext_pages(pdf: Path) -> list[str]:
    """pdftotext in content-stream order (-raw), one string per page."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def render_page_png(pdf: Path, page: int, out_dir: Path, dpi: int = 200) -> Path:
    prefix = out_dir / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
        capture_output=True,
    )
    return prefix.with_suffix(".png")


def decode_qr(png: Path) -> list[str]:
    """Every QR code zbarimg finds in ``png`` (its URL text)."""
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 4), result.stderr  # 4: no symbol found
    return [line for line in result.stdout.splitlines() if line.strip()]


def needs(tool: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} is not installed")


def text_sizes(pdf: Path) -> list[tuple[float, str]]:
    """Every run of text in the PDF with its size as printed, in points (the font size times the
    vertical scale of the text and graphics matrices)."""
    import math

    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            runs.append((size * math.hypot(c, d), text))

    for page in PdfReader(str(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return runs


def gray_page(pdf: Path, page: int, out_dir: Path, dpi: int) -> list[bytes]:
    """A page rendered by poppler as 8-bit grey rows (0 black, 255 white)."""
    prefix = out_dir / f"grey{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-gray",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
        capture_output=True,
    )
    data = prefix.with_suffix(".pgm").read_bytes()
    fields = data.split(maxsplit=4)  # P5, width, height, maxval, pixels
    assert fields[0] == b"P5" and fields[3] == b"255"
    width, height = int(fields[1]), int(fields[2])
    pixels = fields[4]
    return [pixels[y * width : (y + 1) * width] for y in range(height)]


def tick_boxes(rows: list[bytes], left: int, dpi: int, min_mm: float = 5.0) -> list[tuple[float, float]]:
    """The (width, height) in mm of the empty square outlines whose left edge lies near column
    ``left``: a dark vertical run of at least ``min_mm`` (taller than any glyph of the body text)
    starts one; across its middle row come the left edge, the empty inside and the right edge."""
    dark = 128
    px_mm = dpi / 25.4
    for x in range(max(0, left - 3), left + 6):
        boxes = []
        y = 0
        while y < len(rows):
            if rows[y][x] >= dark:
                y += 1
                continue
            top = y
            while y < len(rows) and rows[y][x] < dark:
                y += 1
            if (y - top) / px_mm < min_mm:
                continue
            middle = rows[(top + y) // 2]
            right = x
            for want_dark in (True, False, True):  # left edge, inside, right edge
                while right < len(middle) and (middle[right] < dark) == want_dark:
                    right += 1
            # The height across the middle column: the side edges stop short of the rounded corners.
            cx, up, down = (x + right) // 2, (top + y) // 2, (top + y) // 2
            for step in (-1, 1):
                row = up if step < 0 else down
                for want_dark in (False, True):  # the empty inside, then the top or bottom edge
                    while 0 <= row + step < len(rows) and (rows[row + step][cx] < dark) == want_dark:
                        row += step
                up, down = (row, down) if step < 0 else (up, row)
            boxes.append(((right - x) / px_mm, (down - up + 1) / px_mm))
        if boxes:
            return boxes
    return []
