"""The same date and tax year read alike in the window, in ``myna-prep plan``'s text and on the printed
checklist, in Japanese and in English; ``--json`` keeps ISO dates as data and the label for people.

The real commands (in the test process, tests/cli_runner.py), the PDF read back with pdftotext, real
widgets for the window.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from app import i18n
from app.store.repository import Store
from tests.checklist.helpers import pdftotext_pages, squash
from tests.cli_runner import run_in_process

TODAY = date(2026, 1, 14)  # 令和7年分: the filing period is 2026-02-16 – 2026-03-16
EXPECTED = {
    "ja": {
        "year": "令和7年分",
        "start": "2026年2月16日（月）",
        "end": "2026年3月16日（月）",
        "today": "2026年1月14日（水）",
    },
    "en": {
        "year": "tax year 2025",
        "start": "Mon 16 Feb 2026",
        "end": "Mon 16 Mar 2026",
        "today": "Wed 14 Jan 2026",
    },
}


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param
    i18n.install("ja")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("dates")
    store, _ = Store.open(directory)
    try:
        store.add_profile("山田太郎")
    finally:
        store.close()
    return directory


def _app(data_dir: Path, *args: str) -> str:
    result = run_in_process("--data-dir", str(data_dir), *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_command_line_writes_the_apps_dates(data_dir: Path, lang: str) -> None:
    want = EXPECTED[lang]
    text = _app(data_dir, "plan", "--today", TODAY.isoformat(), "--lang", lang)
    assert f"— {want['year']}\n" in text
    dash = " 〜 " if lang == "ja" else " – "
    assert f"{want['start']}{dash}{want['end']}" in text
    doc = json.loads(_app(data_dir, "plan", "--json", "--today", TODAY.isoformat(), "--lang", lang))
    assert doc["tax_year_label"] == want["year"]
    assert doc["filing_period"] == {"start": "2026-02-16", "end": "2026-03-16"}  # data stays ISO


def test_the_paper_writes_the_apps_dates(data_dir: Path, lang: str, tmp_path: Path) -> None:
    want = EXPECTED[lang]
    pdf = tmp_path / "checklist.pdf"
    _app(data_dir, "checklist", "--pdf", str(pdf), "--today", TODAY.isoformat(), "--lang", lang)
    text = squash("".join(pdftotext_pages(pdf)))
    for key in ("year", "start", "today"):
        assert squash(want[key]) in text, (key, want[key])


def test_the_window_writes_the_apps_dates(qapp: QApplication, lang: str) -> None:
    from app.ui.steps.ready_readiness import filing_text
    from app.ui.widgets.plan_common import DateEdit

    want = EXPECTED[lang]
    i18n.install(lang)
    text = filing_text(TODAY)
    assert want["year"] in text and want["start"] in text and want["end"] in text
    edit = DateEdit()
    edit.setDate(QDate(2026, 2, 16))
    assert edit.text() == want["start"]
    other = "en" if lang == "ja" else "ja"
    i18n.install(other)  # the field follows a switch of language
    assert edit.text() == EXPECTED[other]["start"]
    edit.deleteLater()
