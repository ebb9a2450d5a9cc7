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
