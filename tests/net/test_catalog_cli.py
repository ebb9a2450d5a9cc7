"""``myna-prep catalog info|update`` against the real test server, and the signing tool end to end."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.main import main
from app.store import catalog_files
from tests.net.conftest import DOC, INSTALLED_VERSION, Keys, Publisher, document, shipped_data, trusting
from tests.net.server import LocalServer

REPO = Path(__file__).resolve().parents[2]
NEWER = "2099.2.0"


def cli(data_dir: Path, keys: Keys, *argv: str) -> int:
    with trusting(keys.public):
        return main(["--data-dir", str(data_dir), *argv])


def test_update_then_info(
    publisher: Publisher, data_dir: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    body = document(NEWER)
    url = publisher.publish(body)
    assert cli(data_dir, keys, "catalog", "update", "--url", url, "--lang", "en") == 0
    assert capsys.readouterr().out == f"The certificate catalog was updated to version {NEWER}.\n"
    assert cli(data_dir, keys, "catalog", "update", "--url", url) == 0
    assert capsys.readouterr().out == f"証明書カタログは最新です（版 {NEWER}）。\n"
    assert cli(data_dir, keys, "catalog", "info", "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert info["version"] == NEWER and info["source"] == "update" and info["url"] == url
    assert info["sha256"] == hashlib.sha256(body).hexdigest()


def test_info_of_the_shipped_catalog(tmp_path: Path, keys: Keys, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(tmp_path, keys, "catalog", "info", "--json") == 0
    info = json.loads(capsys.readouterr().out)
    shipped = (REPO / "resources" / "catalog" / "catalog.json").read_bytes()
    assert info["source"] == "shipped" and info["url"] is None
    assert info["version"] == shipped_data()[0]["catalog_version"]
    assert info["sha256"] == hashlib.sha256(shipped).hexdigest()


def test_failure_is_one_sentence_and_changes_nothing(
    server: LocalServer, data_dir: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    before = catalog_files.accepted_path(data_dir).read_bytes()
    server.serve(DOC, b"{}", status=500)
    assert cli(data_dir, keys, "--lang", "en", "catalog", "update", "--url", server.url(DOC)) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "The update address reported an error; please try again later.\n"
    assert catalog_files.accepted_path(data_dir).read_bytes() == before
    assert catalog_files.active(data_dir, keys.public).version == INSTALLED_VERSION


def test_cli_runs_without_qt_gui(server: LocalServer, tmp_path: Path) -> None:
    """A separate process: the command uses asyncio directly and loads no Qt GUI or event loop (only
    QtCore's translator for its words, app/i18n: the one catalogue of the GUI and the CLI)."""
    code = (
        "import sys; from app.main import main; rc = main(sys.argv[1:]); "
        "gui = any(m in sys.modules for m in ('PySide6.QtGui', 'PySide6.QtWidgets', 'qasync')); "
        "print('qt' if gui else 'no qt'); sys.exit(rc)"
    )
    url = server.url("/nothing-here.json")
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path), "catalog", "update", "--url", url],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert done.returncode == 1
    assert done.stdout == "no qt\n"
    assert done.stderr == "更新の確認先にカタログが見つかりませんでした。\n"
    assert not catalog_files.accepted_path(tmp_path).exists()


def test_signing_tool_makes_what_the_app_accepts(server: LocalServer, tmp_path: Path) -> None:
    tool = [sys.executable, str(REPO / "packaging" / "sign_catalog.py")]
    private, public = tmp_path / "throwaway.private.pem", tmp_path / "throwaway.pub.pem"
    subprocess.run([*tool, "--new-key", str(private), "--public-out", str(public)], check=True, timeout=60)
    catalog, _facts = shipped_data()
    catalog["catalog_version"] = NEWER
    (tmp_path / "catalog.json").write_text(json.dumps(catalog, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run(
        [*tool, "--key", str(private), "--out", str(out), "--catalog", str(tmp_path / "catalog.json")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    server.serve(DOC, (out / "catalog-update.json").read_bytes())
    server.serve(DOC + ".sig", (out / "catalog-update.json.sig").read_bytes())
    data = tmp_path / "data"
    with trusting(public.read_bytes()):
        assert main(["--data-dir", str(data), "catalog", "update", "--url", server.url(DOC)]) == 0
        assert catalog_files.active(data).version == NEWER


def test_signing_tool_refuses_an_off_list_link(tmp_path: Path, keys: Keys) -> None:
    _catalog, facts = shipped_data()
    facts["facts"]["hotline_number"]["source"] = "https://example.com/inquiry"
    (tmp_path / "facts.json").write_text(json.dumps(facts), encoding="utf-8")
    (tmp_path / "key.pem").write_bytes(keys.private)
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "sign_catalog.py"),
            "--key",
            str(tmp_path / "key.pem"),
            "--out",
            str(tmp_path / "out"),
            "--facts",
            str(tmp_path / "facts.json"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "off_list_url" in done.stderr
    assert not (tmp_path / "out").exists()


def test_first_paint_path_imports_no_network_or_verification_code() -> None:
    heavy = ("httpx", "pydantic", "cryptography", "app.net.download")
    code = (
        "import sys; import app.ui.shell.main_window, app.ui.actions.catalog_update; "
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"
