"""The active catalog: the accepted update when valid and newer than the shipped one, else the shipped."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from app.domain.catalog import default_catalog
from app.domain.catalog_update import Failure, UpdateRejected
from app.resources import read_text
from app.store import catalog_files
from app.store.update_document import build_document, new_key_pair, sign

KEY, PUBLIC = new_key_pair()


def signed(version: str) -> tuple[bytes, bytes]:
    catalog = json.loads(read_text("catalog/catalog.json"))
    catalog["catalog_version"] = version
    body = build_document(catalog, json.loads(read_text("catalog/facts.json")), date(2026, 12, 1))
    return body, sign(body, KEY)


def test_without_an_update_the_shipped_catalog_is_active(tmp_path: Path) -> None:
    active = catalog_files.active(tmp_path)
    assert active.source == "shipped" and active.catalog is default_catalog()
    assert catalog_files.active_catalog(tmp_path) is default_catalog()
    assert (
        active.sha256
        == hashlib.sha256(
            (Path(__file__).parents[2] / "resources/catalog/catalog.json").read_bytes()
        ).hexdigest()
    )


def test_accepted_update_is_active_and_written_privately(tmp_path: Path) -> None:
    body, sig = signed("2099.1")
    catalog_files.save_update(tmp_path, body, sig, "https://myna-prep.github.io/catalog/catalog-update.json")
    active = catalog_files.active(tmp_path, PUBLIC)
    assert (active.source, active.version) == ("update", "2099.1")
    assert active.sha256 == hashlib.sha256(body).hexdigest()
    assert catalog_files.active_facts(tmp_path, PUBLIC)["hotline_number"].ja == "0120-95-0178"
    assert catalog_files.accepted_path(tmp_path).stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    "damage",
    ["not json", "another key", "truncated document", "older than shipped", "empty"],
)
def test_unusable_update_falls_back_to_the_shipped_catalog(tmp_path: Path, damage: str) -> None:
    body, sig = signed("2000.1" if damage == "older than shipped" else "2099.1")
    catalog_files.save_update(tmp_path, body, sig, "https://x.invalid/")
    path = catalog_files.accepted_path(tmp_path)
    stored = json.loads(path.read_text())
    if damage == "not json":
        path.write_text("{")
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "truncated document":
        stored["document"] = stored["document"][:-8]
        path.write_text(json.dumps(stored))
    before = path.read_bytes()
    key = new_key_pair()[1] if damage == "another key" else PUBLIC
    assert catalog_files.active(tmp_path, key).source == "shipped"
    assert path.read_bytes() == before  # a fallback never deletes or rewrites the file


def test_save_failure_is_reported_and_keeps_the_old_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(UpdateRejected) as caught:
        catalog_files.save_update(blocker / "data", *signed("2099.1"), "https://x.invalid/")
    assert caught.value.failure is Failure.SAVE_FAILED
