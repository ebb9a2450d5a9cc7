"""``myna-prep reminders --due``: what is due today or overdue, for every member, as text or one JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.reminders.helpers import run_cli


def test_json_lists_every_member_due(household_dir: Path) -> None:
    result = run_cli(household_dir, "--due", "--json", "--today", "2026-01-21")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    doc = json.loads(result.stdout)
    assert doc["today"] == "2026-01-21" and doc["count"] == len(doc["due"]) == 4
    rows = [(d["profile"]["name"], d["step"], d["date"], d["overdue"]) for d in doc["due"]]
    assert rows == [
        ("山田 太郎", "step4", "2026-01-12", True),
        ("山田 花子", "ready", "2026-01-14", True),
        ("山田 太郎", "step3", "2026-01-19", True),
        ("山田 松", "step1", "2026-01-21", False),
    ]
    first = doc["due"][0]
    assert (
        "東京海上日動" in first["what"] and "Myna Prep" in first["check"] and first["step_label"] == "STEP4"
    )


def test_text_and_english_and_nothing_due(household_dir: Path) -> None:
    result = run_cli(household_dir, "--due", "--today", "2026-01-14", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Mon 12 Jan 2026") and "山田 太郎" in lines[0] and "(STEP4)" in lines[0]
    assert "山田 花子" in result.stdout and "山田 松" not in result.stdout
    quiet = run_cli(household_dir, "--due", "--today", "2026-01-02")
    assert (quiet.returncode, quiet.stdout.strip()) == (0, "今日確かめることはありません。")
