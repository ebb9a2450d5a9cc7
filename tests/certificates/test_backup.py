"""Backup export/import carries the received records; the kept files stay on this PC."""

from __future__ import annotations

import json
from pathlib import Path

from app.certificates.verify import verify_bytes
from app.domain.model import Channel
from app.store.backup import export_backup, import_backup, read_backup
from app.store.repository import Store
from tests.certificates import fixtures


def test_round_trip_to_another_pc(tmp_path: Path) -> None:
    data = fixtures.sign(fixtures.teg800())
    store, _ = Store.open(tmp_path / "pc1")
    with store:
        taro = store.add_profile("山田太郎")
        store.add_certificate(taro.id, "life_insurance", "テスト生命", Channel.E_SHISHOBAKO)
        kept, _new = store.keep_received(taro.id, data, verify_bytes(data), "life.xml")
        export_backup(store, tmp_path / "backup.json")
        before = store.load_household().members[0].received
    document = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    [entry] = document["profiles"][0]["received"]
    assert entry["sha256"] == kept.sha256 and entry["tax_year"] == 2025 and entry["verdict"] == "valid"
    assert "<TEG800" not in (tmp_path / "backup.json").read_text(encoding="utf-8")  # records, not files
    assert read_backup(tmp_path / "backup.json").profiles[0].received[0].form == "TEG800"

    other, _ = Store.open(tmp_path / "pc2")
    with other:
        import_backup(other, tmp_path / "backup.json")
        [after] = other.load_household().members[0].received
        assert (after.sha256, after.tax_year, after.issuer, after.amounts) == (
            before[0].sha256,
            before[0].tax_year,
            before[0].issuer,
            before[0].amounts,
        )
        assert not other.received_path(after).exists()  # the file stayed on the first PC
        # importing the original file on the new PC brings the copy, and no second record
        again, new = other.keep_received(after.profile_id, data, verify_bytes(data), "life.xml")
        assert not new and other.received_path(again).read_bytes() == data


def test_quick_start_up_reader_sees_received_files(tmp_path: Path) -> None:
    from app.store.quick import read_household

    data = fixtures.sign(fixtures.teg800())
    store, _ = Store.open(tmp_path)
    with store:
        taro = store.add_profile("山田太郎")
        store.keep_received(taro.id, data, verify_bytes(data), "life.xml")
        full = store.load_household()
    quick = read_household(tmp_path)
    assert quick is not None and quick.members[0].received == full.members[0].received != ()
