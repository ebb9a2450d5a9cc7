"""The command-line contracts of the GUI entry point (design.md), run as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import SUBCOMMANDS, needed_subcommands

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def run_app(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=ENV, timeout=timeout
    )


def test_unknown_option_prints_usage_and_exits_2(tmp_path: Path) -> None:
    result = run_app("--data-dir", str(tmp_path), "--no-such-option")
    assert result.returncode == 2
    assert "使い方:" in result.stderr  # a Japanese system (tests/conftest.py)
    assert "Traceback" not in result.stderr


def test_bad_language_is_refused(tmp_path: Path) -> None:
    result = run_app("--data-dir", str(tmp_path), "--lang", "fr", "--self-test")
    assert result.returncode == 2
    assert "ja" in result.stderr


def test_self_test_builds_every_page(tmp_path: Path) -> None:
    result = run_app("--self-test", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("self-test:")]
    assert len(lines) == 1
    assert "8 pages built" in lines[0] and lines[0].endswith("ok")


def test_self_test_survives_a_garbage_database_and_keeps_its_bytes(tmp_path: Path) -> None:
    garbage = os.urandom(4096)
    (tmp_path / "myna-prep.db").write_bytes(garbage)
    result = run_app("--self-test", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    kept = [p for p in tmp_path.iterdir() if p.is_file() and p.read_bytes() == garbage]
    assert len(kept) == 1 and kept[0].name != "myna-prep.db"
    assert kept[0].name in result.stdout  # the user is told where it went


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"],
        capture_output=True,
        text=True,
        env=dict(ENV, MYNA_PREP_DATA_DIR=str(tmp_path)),
        timeout=60,
    )
    assert result.returncode == 0
    assert (tmp_path / "myna-prep.db").exists()
    assert (tmp_path / "logs").is_dir()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_screenshot_writes_one_png_per_page(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "shots"
    result = run_app("--screenshot", str(out), "--lang", lang, "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    pngs = sorted(out.glob("*.png"))
    assert len(pngs) == 8
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 10_000 for p in pngs)


def test_quit_after_startup_exits_cleanly(tmp_path: Path) -> None:
    result = run_app("--quit-after-startup", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("argv", "needed"),
    [
        ([], ()),
        (["--lang", "en", "--data-dir", "/tmp/x", "--theme", "dark"], ()),
        (["--quit-after-startup=loaded"], ()),
        (["plan", "--json"], ("plan",)),
        (["--data-dir", "/d", "backup", "export", "x.json"], ("backup",)),
        (["--help"], SUBCOMMANDS),
        (["nonsense"], SUBCOMMANDS),  # argparse lists the choices
        (["--quit-after-startup", "painted"], SUBCOMMANDS),  # a value it cannot tell apart: all, to be safe
    ],
)
def test_the_parser_is_built_with_the_subcommands_argv_needs(
    argv: list[str], needed: tuple[str, ...]
) -> None:
    assert needed_subcommands(argv) == needed


def test_a_gui_start_imports_no_command(tmp_path: Path) -> None:
    code = (
        "import sys; from app import cli; cli.parse(['--lang', 'ja']); "
        "print(sorted(m for m in sys.modules if m.startswith('app.commands.')))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MYNA_PREP_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"


def test_the_first_paint_loads_only_what_it_shows(tmp_path: Path) -> None:
    """What must stay off the path to the first paint (benchmarks/startup.py measures it): the store's
    and the network's libraries, the card layer, the holiday calendar, the commands, the model."""
    code = (
        "import sys, json; from app.main import main; "
        f"code = main(['--quit-after-startup', '--data-dir', {str(tmp_path)!r}]); "
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, check=True)
    loaded = set(out.stdout.splitlines()[-1].strip("[]").replace('"', "").split(", "))
    assert "app.ui.shell.main_window" in loaded  # the check is not vacuous
    heavy = ("sqlmodel", "sqlalchemy", "pydantic", "httpx", "smartcard", "holidays", "qasync", "asyncio")
    ours = ("app.store.repository", "app.card", "app.commands", "app.domain.model", "app.session")
    assert sorted(m for m in loaded if m.split(".")[0] in heavy or m.startswith(ours)) == []


def test_quit_after_startup_loaded_fails_when_the_household_cannot_be_shown(tmp_path: Path) -> None:
    """A module missing from an install (as a wheel once lacked app.ui.first_run) must fail a smoke check."""
    code = (
        "import sys; sys.modules['app.ui.steps.views'] = None; from app.main import main; "
        f"sys.exit(main(['--quit-after-startup=loaded', '--data-dir', {str(tmp_path)!r}]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=ENV, timeout=120, check=False
    )
    assert out.returncode == 1, out.stderr
    log = (tmp_path / "logs" / "myna-prep.log").read_text(encoding="utf-8")
    assert "The household could not be shown" in log and "app.ui.steps.views" in log


def test_quit_after_startup_loaded_fails_when_the_records_cannot_be_opened(tmp_path: Path) -> None:
    """A database that cannot be opened (here a folder in its place) shows an empty window with a notice:
    for a smoke check that is a failure, not a start."""
    (tmp_path / "myna-prep.db").mkdir()
    out = subprocess.run(
        [sys.executable, "-m", "app", "--quit-after-startup=loaded", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
        check=False,
    )
    assert out.returncode == 1, out.stderr
    log = (tmp_path / "logs" / "myna-prep.log").read_text(encoding="utf-8")
    assert "The household's records could not be opened" in log
