"""``myna-prep reminders --notify`` against a real notification server on a private session bus
(dbus-daemon --session, what dbus-run-session starts): one notification sums up what is due; choosing it
opens the app on the step of the first item; nothing due shows nothing."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reminders.helpers import ROOT, run_cli

TODAY = "2026-01-14"


@pytest.fixture
def session_bus() -> Iterator[dict[str, str]]:
    """A private session bus; the environment that points at it (no display, Qt offscreen)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        if os.environ.get("MYNA_PREP_REQUIRE_PCSC"):
            pytest.fail("dbus-daemon is not installed (.ci/run installs the dbus package)")
        pytest.skip("dbus-daemon is not installed (Debian: apt-get install dbus)")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    try:
        yield env
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


@pytest.fixture
def server(session_bus: dict[str, str], tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """The notification server on that bus; yields the file it records each notification in."""
    record = tmp_path / "notifications.jsonl"
    record.touch()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.reminders.notification_server", str(record), request.param],
        cwd=ROOT,
        env=session_bus,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    try:
        yield record
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def _notifications(record: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]


def _wait_for_page(settings: Path, page: str, launched: int) -> bool:
    """Whether the launched app saved ``page`` as its page (it does on showing it), within 60 s."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if settings.exists() and f"page={page}" in settings.read_text(encoding="utf-8", errors="replace"):
            return True
        try:
            os.kill(launched, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.2)
    return False


@pytest.mark.parametrize("server", ["choose"], indirect=True)
def test_choosing_the_notification_opens_the_app_on_its_step(
    household_dir: Path, server: Path, session_bus: dict[str, str]
) -> None:
    result = run_cli(household_dir, "--notify", "--today", TODAY, env=session_bus)
    assert result.returncode == 0, result.stderr
    launched = int(result.stdout.strip().splitlines()[-1])  # the app the notification opened
    try:
        assert _wait_for_page(household_dir / "settings.ini", "step4", launched)  # the overdue STEP4 task
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(launched, signal.SIGTERM)
    [sent] = _notifications(server)
    assert sent["signature"] == "susssasa{sv}i"
    assert sent["app_name"] == "Myna Prep" and sent["replaces_id"] == 0
    assert sent["summary"] == "今日確かめることが2件あります"
    body = str(sent["body"])
    assert "山田 太郎" in body and "東京海上日動" in body and "山田 花子" in body
    assert "山田 松" not in body  # 21 January is not due yet
    assert sent["actions"] == ["default", "開く"]
    assert sent["hints"] == {"urgency": 1, "desktop-entry": "jp.mynaprep.MynaPrep"}


@pytest.mark.parametrize("server", ["close"], indirect=True)
def test_english_and_dismissed(household_dir: Path, server: Path, session_bus: dict[str, str]) -> None:
    result = run_cli(household_dir, "--notify", "--today", TODAY, "--lang", "en", env=session_bus)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # dismissed: nothing opened
    [sent] = _notifications(server)
    assert sent["summary"] == "2 things to check today"
    assert sent["actions"] == ["default", "Open"]


@pytest.mark.parametrize("server", ["choose"], indirect=True)
def test_nothing_due_shows_nothing(household_dir: Path, server: Path, session_bus: dict[str, str]) -> None:
    result = run_cli(household_dir, "--notify", "--today", "2026-01-02", env=session_bus)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert _notifications(server) == []


def test_without_a_notification_server_one_clear_message(
    household_dir: Path, session_bus: dict[str, str]
) -> None:
    result = run_cli(household_dir, "--notify", "--today", TODAY, env=session_bus)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "通知を表示できませんでした" in result.stderr
