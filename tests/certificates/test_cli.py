"""``myna-prep certificates verify`` and ``import``: their words, exit codes and files (in this process;
the first test also as a real process)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from app.store.repository import Store
from tests.certificates import fixtures
from tests.cli_runner import Completed, run_in_process

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def run_app(*args: str, child: bool = False) -> Completed:
    """The command in this process, or with ``child`` as a real process (one test keeps one)."""
    if not child:
        return run_in_process(*args, env=ENV)
    done = subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=ENV, timeout=120
    )
    return Completed(done.returncode, done.stdout, done.stderr)


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    good = fixtures.valid_file(tmp_path / "good.xml")
    bad = tmp_path / "bad.xml"
    bad.write_bytes(good.read_bytes().replace(b">84000<", b">94000<"))
    junk = tmp_path / "junk.xml"
    junk.write_bytes(b"not xml")
    return good, bad, junk


def test_verify_json_and_exit_codes(tmp_path: Path) -> None:
    good, bad, junk = _files(tmp_path)
    data = tmp_path / "data"
    result = run_app("--data-dir", str(data), "certificates", "verify", "--json", str(good), child=True)
    assert result.returncode == 0, result.stderr
    [doc] = json.loads(result.stdout)
    assert doc["verdict"] == "valid" and doc["form"] == "TEG800" and doc["type_id"] == "life_insurance"
    assert (
        doc["tax_year"] == 2025 and doc["issuer"] == "テスト生命保険株式会社" and doc["person"] == "公的 一郎"
    )
    assert doc["signer"]["trusted"] == "unknown" and doc["signer"]["valid_on_creation"] is True
    assert set(doc) >= {
        "file",
        "form",
        "type_id",
        "tax_year",
        "issuer",
        "person",
        "verdict",
        "signer",
        "message",
    }

    result = run_app(
        "--data-dir", str(data), "certificates", "verify", "--json", str(good), str(bad), str(junk)
    )
    assert result.returncode == 7
    docs = json.loads(result.stdout)
    assert [d["verdict"] for d in docs] == ["valid", "tampered", "unreadable"]
    assert docs[1]["tax_year"] is None and docs[1]["signer"] is None
    assert "ダウンロード" in docs[1]["message"]
    assert not data.exists(), "verify changes nothing"


def test_verify_usage_is_exit_2(tmp_path: Path) -> None:
    result = run_app("--data-dir", str(tmp_path), "certificates", "verify")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_verify_english_message(tmp_path: Path) -> None:
    _good, bad, _junk = _files(tmp_path)
    result = run_app("--data-dir", str(tmp_path), "certificates", "verify", "--lang", "en", str(bad))
    assert result.returncode == 7 and "Download it again" in result.stdout


def test_import_keeps_valid_files_only_and_twice_is_harmless(tmp_path: Path) -> None:
    good, bad, _junk = _files(tmp_path)
    data = tmp_path / "data"
    store, _ = Store.open(data)
    with store:
        pid = store.add_profile("山田 太郎").id
    result = run_app(
        "--data-dir", str(data), "certificates", "import", "--today", "2026-01-10", str(good), str(bad)
    )
    assert result.returncode == 7
    assert "取り込みました" in result.stdout and "プランにない" in result.stdout
    assert "bad.xml: 取り込みませんでした" in result.stderr
    again = run_app("--data-dir", str(data), "certificates", "import", "--profile", "山田 太郎", str(good))
    assert again.returncode == 0 and "取り込み済み" in again.stdout
    store, _ = Store.open(data)
    with store:
        [record] = store.received_files(pid)
        kept = store.received_path(record)
    assert kept.read_bytes() == good.read_bytes()  # byte for byte, never re-serialised
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert record.tax_year == 2025 and record.form == "TEG800" and record.verified


def test_import_unknown_profile_is_exit_2(tmp_path: Path) -> None:
    good, _bad, _junk = _files(tmp_path)
    data = tmp_path / "data"
    store, _ = Store.open(data)
    with store:
        store.add_profile("山田 太郎")
    result = run_app("--data-dir", str(data), "certificates", "import", "--profile", "だれ", str(good))
    assert result.returncode == 2 and "だれ" in result.stderr
