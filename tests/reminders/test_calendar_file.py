"""``myna-prep reminders --ics``: imported into khal, every date to keep is listed on its day, in Japanese
and English; a second export has the same UIDs (a calendar updates instead of duplicating); the file is
private and written like the checklist's PDF (a link or device refused, --force to replace)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.reminders.helpers import khal, khal_events, khal_import, run_cli

TODAY = "2026-01-14"

# (date, words the event's title must carry) — the household of conftest.fill_household.
JA_EVENTS = [
    ("2026-01-01", ["還付申告"]),
    ("2026-01-12", ["山田 太郎", "東京海上日動"]),
    ("2026-01-14", ["山田 花子", "準備状況"]),
    ("2026-01-19", ["山田 太郎", "MyPost"]),
    ("2026-01-21", ["山田 松", "利用者登録"]),
    ("2026-02-16", ["申告期間の初日"]),
    ("2026-03-16", ["申告期限"]),
    ("2026-03-31", ["山田 松", "代理人設定"]),
]
EN_EVENTS = [
    ("2026-01-01", ["refund"]),
    ("2026-01-12", ["山田 太郎", "東京海上日動"]),
    ("2026-01-14", ["山田 花子", "status"]),
    ("2026-01-19", ["山田 太郎", "MyPost"]),
    ("2026-01-21", ["山田 松", "Check again"]),
    ("2026-02-16", ["filing period"]),
    ("2026-03-16", ["deadline"]),
    ("2026-03-31", ["山田 松", "delegate"]),
]


def _export(household_dir: Path, target: Path, *extra: str) -> None:
    result = run_cli(household_dir, "--ics", str(target), "--today", TODAY, *extra)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert str(target) in result.stdout


@pytest.mark.parametrize(("lang", "expected"), [("ja", JA_EVENTS), ("en", EN_EVENTS)])
def test_khal_lists_every_date_on_its_day(
    household_dir: Path, tmp_path: Path, lang: str, expected: list[tuple[str, list[str]]]
) -> None:
    ics = tmp_path / "reminders.ics"
    _export(household_dir, ics, "--lang", lang)
    assert stat.S_IMODE(os.stat(ics).st_mode) == 0o600
    text = ics.read_bytes().decode("utf-8")
    assert "123456" not in text  # a note with an issuer's number never reaches the calendar
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert text.count("BEGIN:VALARM") == 5  # the follow-ups and the delegation's end, not the season

    prefix = khal(tmp_path / "khal")
    khal_import(prefix, ics)
    events = khal_events(prefix, "2025-12-01", "2026-05-01")
    assert [day for day, _title, _uid in events] == [day for day, _words in expected], events
    for (day, title, _uid), (want_day, words) in zip(events, expected, strict=True):
        assert day == want_day
        for word in words:
            assert word in title, (word, title)


def test_exporting_again_keeps_the_uids_and_khal_updates(household_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    _export(household_dir, first)
    _export(household_dir, second, "--lang", "en")
    prefix = khal(tmp_path / "khal")
    khal_import(prefix, first)
    before = khal_events(prefix, "2025-12-01", "2026-05-01")
    khal_import(prefix, second)
    after = khal_events(prefix, "2025-12-01", "2026-05-01")
    assert len(after) == len(before) == len(JA_EVENTS)  # replaced, not added
    assert sorted(uid for *_rest, uid in before) == sorted(uid for *_rest, uid in after)
    titles = [title for _day, title, _uid in after]
    assert any("Filing deadline" in t for t in titles) and not any("申告期限" in t for t in titles)


def test_existing_file_link_and_device(household_dir: Path, tmp_path: Path) -> None:
    ics = tmp_path / "r.ics"
    ics.write_text("keep", encoding="utf-8")
    refused = run_cli(household_dir, "--ics", str(ics))
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert ics.read_text(encoding="utf-8") == "keep"
    _export(household_dir, ics, "--force")
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")

    link = tmp_path / "link.ics"
    link.symlink_to(ics)
    for target in (link, Path("/dev/null")):
        result = run_cli(household_dir, "--ics", str(target), "--force")
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert link.is_symlink() and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_one_member_only_and_an_unknown_one(household_dir: Path, tmp_path: Path) -> None:
    ics = tmp_path / "hanako.ics"
    _export(household_dir, ics, "--profile", "山田 花子")
    text = ics.read_text(encoding="utf-8")
    assert "山田 花子" in text and "山田 太郎" not in text and "申告期限" in text
    unknown = run_cli(household_dir, "--ics", str(tmp_path / "x.ics"), "--profile", "誰か")
    assert unknown.returncode == 2 and "山田 太郎" in unknown.stderr
    assert not (tmp_path / "x.ics").exists()
