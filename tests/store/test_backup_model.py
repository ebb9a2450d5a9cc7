"""One backup model for both directions: export builds the ``Backup`` import validates, a round trip is
byte-identical, and files of the earlier formats (1 and 2) still import."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.certificates.verify import verify_bytes
from app.domain.model import CertificateSelection, Channel
from app.domain.received import Amount
from app.store import season_switch
from app.store.backup import dumps, export_backup, import_backup, parse, read_backup, snapshot
from app.store.backup_format import Backup, BackupAmount, BackupCertificate
from app.store.repository import Store
from tests.certificates import fixtures
from tests.store.helpers import fill_household


def rich(data_dir: Path) -> Store:
    """A full household with a kept certificate file, a card expiry and one ended season."""
    store, _ = Store.open(data_dir)
    ids = fill_household(store)
    data = fixtures.sign(fixtures.teg800())
    store.keep_received(ids[0], data, verify_bytes(data), "life.xml")
    season_switch.open_season(store, date(2028, 1, 10))  # ends the season the store began in
    store.note_card_expiry("ab" * 32, date(2030, 5, 1))
    return store


@pytest.fixture
def full(tmp_path: Path) -> Iterator[Store]:
    store = rich(tmp_path / "pc1")
    yield store
    store.close()


def export_again(store: Store, like: Path) -> bytes:
    """The store's backup as export writes it, stamped with the time of the file ``like``."""
    return dumps(snapshot(store, now=read_backup(like).exported_at))


def test_export_is_the_model_import_validates(full: Store, tmp_path: Path) -> None:
    document = snapshot(full)
    assert isinstance(document, Backup)
    assert parse(dumps(document), tmp_path / "b.json") == document  # read back: the same model
    assert len(document.seasons) == 2 and document.seasons[0].profiles  # the ended season's household
    assert document.profiles[0].received and document.profiles[0].card_expires_on == date(2030, 5, 1)


def test_export_import_export_is_byte_identical(full: Store, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    export_backup(full, first)
    import_backup(full, first)  # the kept file is here: its record is verified again from it
    assert export_again(full, first) == first.read_bytes()


def test_round_trip_on_another_pc_is_byte_identical_but_for_the_kept_files(
    full: Store, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    export_backup(full, first)
    other, _ = Store.open(tmp_path / "pc2")
    with other:
        import_backup(other, first)
        again = json.loads(export_again(other, first))
    original = json.loads(first.read_bytes())
    # who signed a record is known only from its kept file, which stayed on the first PC
    [record] = original["profiles"][0]["received"]
    [copied] = again["profiles"][0]["received"]
    assert copied == {
        **record,
        "signer_organisation": "",
        "signer_spki_sha256": "",
        "signer_trust": "unknown",
    }
    copied.update(record)
    assert again == original


def older(document: dict[str, Any], version: int) -> dict[str, Any]:
    """``document`` as a format ``version`` file had it: without the fields that came later."""
    old = json.loads(json.dumps(document))
    old["version"] = version
    del old["seasons"]
    for p in old["profiles"]:
        del p["card_expires_on"]
        for r in p["received"]:
            for name in ("signer_organisation", "signer_spki_sha256", "signer_trust"):
                del r[name]
        if version == 1:
            del p["received"]
            for c in p["certificates"]:
                del c["data_confirmed_on"]
            for link in p["linkages"]:
                del link["site_linked"]
    return old


@pytest.mark.parametrize("version", [1, 2])
def test_files_of_earlier_formats_still_import(full: Store, tmp_path: Path, version: int) -> None:
    current = json.loads(dumps(snapshot(full)))
    path = tmp_path / f"format{version}.json"
    path.write_text(json.dumps(older(current, version), ensure_ascii=False), encoding="utf-8")
    other, _ = Store.open(tmp_path / "pc2")
    with other:
        result = import_backup(other, path)
        assert result.profiles == 6
        [season] = other.seasons()  # the one season the data was recorded in
        assert season.ended_at is None
        again = json.loads(export_again(other, path))
    assert older(again, version) == older(current, version)  # everything the older file carried


def test_a_field_on_one_side_only_is_an_error_not_a_default() -> None:
    class WithUnit(BackupAmount):
        unit: str = "円"

    with pytest.raises(TypeError, match="unit"):
        WithUnit.of(Amount("WCE00350", "証明額", 84000))
    entry = BackupCertificate(id=1, type_id="donation", issuer="ふるさと市", channel=Channel.MYNAPORTAL)
    with pytest.raises(TypeError, match="secret_ref"):
        entry.as_domain(CertificateSelection)  # the number is never in a backup: said where it is read
    assert entry.selection().secret_ref is None
