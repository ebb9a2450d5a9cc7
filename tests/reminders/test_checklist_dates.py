"""The printed checklist names the next three dates to keep, and they are the calendar file's dates
(both come from app.domain.reminders)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from app.i18n import format_date
from tests.checklist.helpers import pdftotext_pages, squash
from tests.reminders.helpers import ROOT, run_cli

TODAY = "2026-01-14"


def _calendar_days(ics: Path) -> list[date]:
    text = ics.read_text(encoding="utf-8")
    return sorted(
        date.fromisoformat(f"{d[:4]}-{d[4:6]}-{d[6:]}")
        for d in re.findall(r"DTSTART;VALUE=DATE:(\d{8})", text)
    )


def test_the_next_three_dates_are_the_calendars(household_dir: Path, tmp_path: Path) -> None:
    ics, pdf = tmp_path / "taro.ics", tmp_path / "taro.pdf"
    assert (
        run_cli(household_dir, "--ics", str(ics), "--profile", "山田 太郎", "--today", TODAY).returncode == 0
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    printed = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(household_dir),
            "checklist",
            "--pdf",
            str(pdf),
            "--profile",
            "山田 太郎",
            "--today",
            TODAY,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert printed.returncode == 0, printed.stderr
    first = squash(pdftotext_pages(pdf)[0])
    block = first.split("次に確かめる日", 1)[1].split("手順ごとのチェック", 1)[0]
    upcoming = [d for d in _calendar_days(ics) if d >= date.fromisoformat(TODAY)]
    for day in upcoming[:3]:  # 19 Jan MyPost, the filing period's first and last day
        assert squash(format_date(day, "ja")) in block, day
    assert squash(format_date(upcoming[3], "ja")) not in block  # the 31 March delegation end: the fourth
    assert "MyPostとの連携を確かめる日" in block and "申告期間の初日" in block
