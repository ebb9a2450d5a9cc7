"""The login item (off by default): ``myna-prep reminders --at-login on|off`` writes and removes an XDG
autostart entry that desktop-file-validate accepts and whose Exec runs ``reminders --notify`` for this
data folder; a file of that name we did not write is never touched; the macOS LaunchAgent; the .deb's
postrm and the Windows uninstaller remove it."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.desktop import autostart
from tests.reminders.helpers import ROOT, run_cli


def _env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}


def _exec_args(value: str) -> list[str]:
    """The arguments of an Exec value, read as the Desktop Entry Specification says (string escapes
    first, then the quoting of arguments)."""
    value = value.replace("\\\\", "\\")
    args: list[str] = []
    for quoted, plain in re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', value):
        args.append(re.sub(r"\\(.)", r"\1", quoted) if quoted else plain.replace("%%", "%"))
    return args


def test_on_validates_and_off_removes(household_dir: Path, tmp_path: Path) -> None:
    home = tmp_path / "home $dir"  # a space and a dollar: the Exec line must quote them
    odd_data = tmp_path / "data with spaces"
    shutil.copytree(household_dir, odd_data)
    item = home / "config" / "autostart" / "jp.mynaprep.MynaPrep.reminders.desktop"
    assert not item.exists()  # off by default

    on = run_cli(odd_data, "--at-login", "on", env=_env(home))
    assert on.returncode == 0, on.stderr
    assert str(item) in on.stdout
    assert stat.S_IMODE(os.stat(item).st_mode) == 0o600
    validator = shutil.which("desktop-file-validate")
    assert validator is not None, "desktop-file-validate (desktop-file-utils) is needed"
    checked = subprocess.run([validator, str(item)], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout + checked.stderr
    entry = dict(line.split("=", 1) for line in item.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert _exec_args(entry["Exec"]) == [
        sys.executable,
        "-m",
        "app",
        "--data-dir",
        str(odd_data),
        "reminders",
        "--notify",
    ]
    assert entry["TryExec"] == sys.executable and entry["X-MynaPrep-Reminders"] == "true"

    again = run_cli(odd_data, "--at-login", "on", env=_env(home))  # turning it on twice: one file
    assert again.returncode == 0 and sorted(p.name for p in item.parent.iterdir()) == [item.name]
    off = run_cli(odd_data, "--at-login", "off", env=_env(home))
    assert off.returncode == 0, off.stderr
    assert not item.exists()


def test_a_file_we_did_not_write_is_left_alone(household_dir: Path, tmp_path: Path) -> None:
    item = tmp_path / "config" / "autostart" / "jp.mynaprep.MynaPrep.reminders.desktop"
    item.parent.mkdir(parents=True)
    item.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n", encoding="utf-8")
    for switch in ("on", "off"):
        result = run_cli(household_dir, "--at-login", switch, env=_env(tmp_path))
        assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    assert item.read_text(encoding="utf-8").endswith("Exec=other\n")


def test_macos_launch_agent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    command = ["/Applications/Myna Prep.app/Contents/MacOS/myna-prep"]
    path = autostart.enable(command, ("a", "b", "c", "d"), platform="darwin")
    assert path == tmp_path / "Library" / "LaunchAgents" / "jp.mynaprep.MynaPrep.reminders.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "jp.mynaprep.MynaPrep.reminders" and agent["RunAtLoad"] is True
    assert agent["ProgramArguments"] == [*command, "reminders", "--notify"]
    assert autostart.is_enabled("darwin")
    assert autostart.disable("darwin") and not path.exists() and not autostart.is_enabled("darwin")


def test_the_debs_postrm_removes_only_ours(tmp_path: Path) -> None:
    homes = [tmp_path / "alice", tmp_path / "bob"]
    for home in homes:
        (home / ".config" / "autostart").mkdir(parents=True)
    ours = homes[0] / ".config" / "autostart" / "jp.mynaprep.MynaPrep.reminders.desktop"
    ours.write_text(
        autostart.desktop_entry(["/opt/myna-prep/myna-prep"], "a", "b", "c", "d"), encoding="utf-8"
    )
    other = homes[1] / ".config" / "autostart" / "jp.mynaprep.MynaPrep.reminders.desktop"
    other.write_text("[Desktop Entry]\nExec=other\n", encoding="utf-8")
    # getent answers with these two accounts (the real one would list this machine's users)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    getent = bin_dir / "getent"
    lines = "".join(f"u{i}:x:{1000 + i}:{1000 + i}::{home}:/bin/sh\\n" for i, home in enumerate(homes))
    getent.write_text(f"#!/bin/sh\nprintf '{lines}'\n", encoding="utf-8")
    getent.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    script = ROOT / "packaging" / "linux" / "postrm"
    result = subprocess.run(
        ["sh", str(script), "remove"], env=env, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    assert not ours.exists() and other.exists()
    build = (ROOT / "packaging" / "build-linux").read_text(encoding="utf-8")
    assert "packaging/linux/postrm" in build and "xdg/autostart" not in build  # never on by itself


def test_the_windows_uninstaller_deletes_the_shortcut() -> None:
    recipe = (ROOT / "packaging" / "windows" / "myna-prep.iss").read_text(encoding="utf-8")
    assert f'Name: "{{userstartup}}\\{autostart.WINDOWS_SHORTCUT}"' in recipe
    assert autostart.item_path("win32").name == autostart.WINDOWS_SHORTCUT
