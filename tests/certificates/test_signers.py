"""Issue 23: who signed is its own answer (pins, listed signers), backups re-verify, links are refused."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from app.certificates.verify import verify_bytes
from app.cli import parse, run_command
from app.domain.catalog import default_catalog
from app.domain.model import Channel
from app.domain.plan import build_plan
from app.domain.received import ListedSigner, SignerTrust, signer_trust
from app.store.backup import BackupError, export_backup, import_backup
from app.store.errors import StoreError
from app.store.repository import Store
from tests.certificates import fixtures, hostile

TODAY = date(2026, 1, 14)
ISSUER = "テスト生命保険株式会社"


def _file(amount: int = 84000, organisation: str = "Myna Prep Test", issuer: str = ISSUER) -> bytes:
    return fixtures.sign(
        fixtures.teg800(amount=amount, issuer=issuer), who=fixtures.identity(organisation=organisation)
    )


def _keep(store: Store, pid: int, data: bytes) -> SignerTrust:
    record, _ = store.keep_received(pid, data, verify_bytes(data), "f.xml")
    return record.signer_trust


def test_the_first_file_pins_its_signer_a_new_key_is_changed_and_can_be_accepted(tmp_path: Path) -> None:
    """2a: the first valid file of an issuer pins the key; a later file with another key is changed."""
    store, _ = Store.open(tmp_path)
    with store:
        me = store.add_profile("山田太郎")
        assert _keep(store, me.id, _file(1)) is SignerTrust.UNKNOWN  # nothing confirmed the first one
        assert _keep(store, me.id, _file(2)) is SignerTrust.KNOWN  # the key pinned by the first file
        renewed = _file(3, organisation="Myna Prep Test 2027")
        assert _keep(store, me.id, renewed) is SignerTrust.CHANGED
        spki = verify_bytes(renewed).signer.spki_sha256  # type: ignore[union-attr]
        store.accept_signer(ISSUER, spki)
        trusts = [f.signer_trust for f in store.received_files(me.id)]
        assert trusts == [SignerTrust.UNKNOWN, SignerTrust.KNOWN, SignerTrust.KNOWN]
        history = store.signer_pins(ISSUER)
        assert [p.spki_sha256 for p in history][-1] == spki and len(history) == 2
        assert history[-1].accepted_at is not None and history[0].accepted_at is None


def test_a_listed_signer_is_known_from_the_first_file() -> None:
    """2b: the catalog can list an issuer's signer (with its source)."""
    v = verify_bytes(_file())
    assert v.signer is not None
    listed = ListedSigner(
        "テスト生命保険", v.signer.spki_sha256, "https://example.invalid/keys", date(2026, 1, 1)
    )
    assert signer_trust(ISSUER, v.signer.spki_sha256, "x", (), (listed,)) is SignerTrust.KNOWN
    assert signer_trust("みらい生命", v.signer.spki_sha256, "x", (), (listed,)) is SignerTrust.UNKNOWN


def test_the_plan_labels_an_unknown_signer_and_counts_it_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1 and 3: a forged 日本生命 file counts as received but says 署名者未確認, never 署名確認済."""
    store, _ = Store.open(tmp_path)
    with store:
        me = store.add_profile("山田太郎")
        store.add_certificate(me.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
        data = hostile.forged_issuer()
        store.keep_received(me.id, data, verify_bytes(data), "forged.xml")
        plan = build_plan(store.load_household().members[0], default_catalog(), TODAY)
    assert (plan.summary.received, plan.summary.received_signer_known) == (1, 0)
    code = run_command(parse(["--data-dir", str(tmp_path), "plan", "--json", "--today", TODAY.isoformat()]))
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    received = doc["certificates"][0]["received"]
    assert received["verdict"] == "valid" and received["signer_trust"] == "unknown"
    assert received["signer"]["organisation"] == hostile.FORGER
    assert doc["summary"]["received"] == 1 and doc["summary"]["received_signer_known"] == 0
    assert "署名者未確認" in doc["summary"]["text"] and "署名確認済" not in doc["summary"]["text"]
    run_command(parse(["--data-dir", str(tmp_path), "plan", "--today", TODAY.isoformat()]))
    text = capsys.readouterr().out
    assert "署名者未確認" in text and "署名確認済" not in text


def _backup_with(tmp_path: Path, edit: object) -> Path:
    """A backup of a store that kept one genuine file, its received record changed by ``edit``."""
    store, _ = Store.open(tmp_path / "pc")
    with store:
        me = store.add_profile("山田太郎")
        store.add_certificate(me.id, "life_insurance", "偽生命", Channel.E_SHISHOBAKO)
        store.add_certificate(me.id, "life_insurance", "テスト生命", Channel.E_SHISHOBAKO)
        data = _file()
        store.keep_received(me.id, data, verify_bytes(data), "life.xml")
        export_backup(store, tmp_path / "backup.json")
    doc = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    entry = doc["profiles"][0]["received"][0]
    edit(entry)  # type: ignore[operator]
    (tmp_path / "backup.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "backup.json"


def test_a_backup_cannot_point_a_record_at_another_kept_file(tmp_path: Path) -> None:
    """4: a made-up sha256 whose stored_name names a genuine kept file is refused."""

    def plant(entry: dict[str, object]) -> None:
        entry.update(sha256="b" * 64, issuer="偽生命", amounts=[{"code": "WCE00350", "value": 9_999_999}])

    path = _backup_with(tmp_path, plant)
    store, _ = Store.open(tmp_path / "pc")
    with store, pytest.raises(BackupError):
        import_backup(store, path)


def test_a_backup_record_is_verified_again_from_the_kept_file(tmp_path: Path) -> None:
    """5: the facts come from the kept file, not from what the backup says."""

    def lie(entry: dict[str, object]) -> None:
        entry.update(issuer="偽生命", amounts=[{"code": "WCE00350", "value": 9_999_999}])

    path = _backup_with(tmp_path, lie)
    store, _ = Store.open(tmp_path / "pc")
    with store:
        import_backup(store, path)
        [record] = store.load_household().members[0].received
    assert record.verified and record.issuer == ISSUER and record.amounts[-1].value == 84000


def test_a_record_without_its_file_is_record_only_and_never_verified(tmp_path: Path) -> None:
    """5: on another PC the file is not there: 記録のみ（ファイルなし）."""
    path = _backup_with(tmp_path, lambda entry: None)
    other, _ = Store.open(tmp_path / "other")
    with other:
        import_backup(other, path)
        member = other.load_household().members[0]
    [record] = member.received
    assert not record.verified and not record.file_checked
    plan = build_plan(member, default_catalog(), TODAY)
    assert plan.summary.received == 0 and all(c.received is None for c in plan.certificates)


def test_received_folder_as_a_link_is_refused(tmp_path: Path) -> None:
    """7: received/ itself a symlink: nothing is written through it."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    store, _ = Store.open(tmp_path / "d")
    with store:
        me = store.add_profile("山田太郎")
        os.symlink(elsewhere, tmp_path / "d" / "received")
        data = _file()
        with pytest.raises(StoreError):
            store.keep_received(me.id, data, verify_bytes(data), "f.xml")
    assert list(elsewhere.iterdir()) == []


def test_a_kept_file_planted_as_a_link_is_refused(tmp_path: Path) -> None:
    """7: received/<sha>.xml a symlink to another file: refused, never followed."""
    data = _file()
    v = verify_bytes(data)
    genuine = tmp_path / "genuine.xml"
    genuine.write_bytes(data)
    store, _ = Store.open(tmp_path / "d")
    with store:
        me = store.add_profile("山田太郎")
        (tmp_path / "d" / "received").mkdir()
        os.symlink(genuine, tmp_path / "d" / "received" / f"{v.sha256}.xml")
        with pytest.raises(StoreError):
            store.keep_received(me.id, data, v, "f.xml")
        assert store.read_kept(f"received/{v.sha256}.xml") is None


def test_the_catalog_format_carries_listed_signers_only_with_a_source() -> None:
    """2b: the format and its check; the shipped list is empty (no signer without an official source)."""
    from app.domain.catalog import CatalogError, parse_catalog
    from app.domain.catalog_update import Failure, UpdateRejected, check_update
    from app.resources import read_text

    assert default_catalog().signers == ()
    raw = json.loads(read_text("catalog/catalog.json"))
    facts = json.loads(read_text("catalog/facts.json"))
    entry = {
        "organisation": "テスト生命保険株式会社",
        "spki_sha256": "ab" * 32,
        "source": "https://www.nta.go.jp/taxes/",
        "checked_on": "2026-12-07",
    }
    signers = parse_catalog({**raw, "issuer_signers": [entry]}).signers
    assert signers == (ListedSigner("テスト生命保険株式会社", "ab" * 32, entry["source"], date(2026, 12, 7)),)
    for bad in ({"spki_sha256": "AB" * 32}, {"source": "http://www.nta.go.jp/"}, {"checked_on": "12/07"}):
        with pytest.raises(CatalogError):
            parse_catalog({**raw, "issuer_signers": [{**entry, **bad}]})
    with pytest.raises(CatalogError):
        parse_catalog({**raw, "issuer_signers": [{k: v for k, v in entry.items() if k != "source"}]})
    off_list = {**entry, "source": "https://keys.example.com/nissay"}
    with pytest.raises(UpdateRejected) as refused:
        check_update({**raw, "issuer_signers": [off_list]}, facts)
    assert refused.value.failure is Failure.OFF_LIST_URL


def test_importing_the_file_again_proves_a_record_only_entry_from_the_file(tmp_path: Path) -> None:
    """5: a backup's lying record becomes what its file says once the file is imported here."""

    def lie(entry: dict[str, object]) -> None:
        entry.update(issuer="偽生命", amounts=[{"code": "WCE00350", "value": 9_999_999}])

    path = _backup_with(tmp_path, lie)
    other, _ = Store.open(tmp_path / "other")
    with other:
        import_backup(other, path)
        [before] = other.load_household().members[0].received
        assert not before.verified and before.issuer == "偽生命"
        data = _file()
        again, new = other.keep_received(before.profile_id, data, verify_bytes(data), "life.xml")
    assert not new and again.verified and again.issuer == ISSUER and again.amounts[-1].value == 84000
