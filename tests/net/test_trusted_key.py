"""The app trusts the shipped signing key and no other; the tests' own key is swapped in by the tests
(``tests.net.conftest.trusting``), never by a hook in app code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.main import main
from app.store import catalog_files
from tests.net.conftest import INSTALLED_VERSION, Keys, trusting

APP = Path(__file__).resolve().parents[2] / "app"
HOOK = re.compile(r"test hook|for_tests|_for_test\b|use_public_key", re.IGNORECASE)


def test_no_module_under_app_has_a_test_hook() -> None:
    found = [
        f"{path.relative_to(APP)}:{n}"
        for path in sorted(APP.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if HOOK.search(line)
    ]
    assert found == []


def info(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["--data-dir", str(data_dir), "catalog", "info", "--json"]) == 0
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


def test_an_update_signed_by_another_key_is_not_used(
    data_dir: Path, keys: Keys, capsys: pytest.CaptureFixture[str]
) -> None:
    """The accepted update in ``data_dir`` is signed by the tests' key: only trusted inside the block."""
    assert info(data_dir, capsys)["source"] == "shipped"
    with trusting(keys.public):
        assert info(data_dir, capsys)["version"] == INSTALLED_VERSION
    assert info(data_dir, capsys)["source"] == "shipped"
    assert catalog_files.active(data_dir).source == "shipped"
    assert catalog_files.active(data_dir, keys.public).version == INSTALLED_VERSION  # the parameter
