"""Running ``myna-prep reminders`` as a real process, and khal (Debian's calendar client) on its file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import Completed, run_in_process

ROOT = Path(__file__).resolve().parents[2]


def run_cli(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> Completed:
    """``reminders`` in this process; with ``env`` (a session bus, a home folder) a real process as
    the login item and the desktop start it."""
    argv = ("--data-dir", str(data_dir), "reminders", *args)
    if env is None:
        return run_in_process(*argv)
    done = subprocess.run(
        [sys.executable, "-m", "app", *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=120,
    )
    return Completed(done.returncode, done.stdout, done.stderr)


# khal calls setlocale(LC_ALL, ""): a locale the machine does not have (a test's ja_JP) stops it.
_KHAL_ENV = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def khal(folder: Path) -> list[str]:
    """A khal configuration with one empty calendar in ``folder``; returns the command prefix."""
    exe = shutil.which("khal")
    if exe is None:
        if os.environ.get("MYNA_PREP_REQUIRE_PCSC"):  # CI installs everything: missing is a failure
            pytest.fail("khal is not installed (.ci/run installs it)")
        pytest.skip("khal is not installed (Debian: apt-get install khal)")
    calendar = folder / "calendar"
    calendar.mkdir(parents=True)
    config = folder / "khal.conf"
    config.write_text(
        "[calendars]\n[[myna]]\n"
        f"path = {calendar}\ntype = calendar\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        "local_timezone = Asia/Tokyo\ndefault_timezone = Asia/Tokyo\n"
        f"[sqlite]\npath = {folder / 'khal.db'}\n",
        encoding="utf-8",
    )
    return [exe, "-c", str(config)]


def khal_import(prefix: list[str], ics: Path) -> None:
    result = subprocess.run(
        [*prefix, "import", "--batch", "-a", "myna", str(ics)],
        capture_output=True,
        text=True,
        timeout=60,
        env=_KHAL_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower(), result.stderr


def khal_events(prefix: list[str], start: str, end: str) -> list[tuple[str, str, str]]:
    """(date, title, uid) of every event khal lists between ``start`` and ``end``."""
    result = subprocess.run(
        [*prefix, "list", "--format", "{start-date}|{title}|{uid}", "--day-format", "", start, end],
        capture_output=True,
        text=True,
        timeout=60,
        env=_KHAL_ENV,
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split("|") for line in result.stdout.splitlines() if line.strip()]
    return [(r[0], r[1], r[2]) for r in rows]
