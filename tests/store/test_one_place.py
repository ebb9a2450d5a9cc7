"""Each store rule in one place: the comparison of typed names, each domain → row mapping, the lookup
that reports a missing row. Found by reading the modules' syntax, and the shared rules by behaviour."""

from __future__ import annotations

import ast
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.model import CertificateSelection, Channel, Relation
from app.store import messages
from app.store.backup import dumps, export_backup, import_backup, snapshot
from app.store.errors import BackupError, StoreValidationError
from app.store.repository import Store
from app.store.unit_of_work import name_key
from tests.store.helpers import fill_household

STORE = Path(__file__).resolve().parents[2] / "app" / "store"


def calls(name: str) -> Counter[str]:
    """How often each module under app/store calls ``name`` (a function or a class)."""
    found: Counter[str] = Counter()
    for path in sorted(STORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if called == name:
                    found[path.stem] += 1
    return found


def test_typed_names_are_compared_by_one_rule(store: Store, tmp_path: Path) -> None:
    assert calls("normalize") == Counter({"unit_of_work": 1})  # name_key; the domain has its own issuers
    assert name_key(" ＹＡＭＡＤＡ ") == name_key("yamada")
    # the store and the backup import refuse the same pair of names
    store.add_profile("yamada")
    with pytest.raises(StoreValidationError):
        store.add_profile(" ＹＡＭＡＤＡ ")
    store.add_profile("suzuki")
    document = json.loads(dumps(snapshot(store)))
    document["profiles"][1]["display_name"] = " ＹＡＭＡＤＡ "
    path = tmp_path / "twins.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BackupError) as info:
        import_backup(store, path)
    assert info.value.text() == messages.backup_invalid(path, "profiles[1].display_name")


def test_each_domain_object_becomes_a_row_in_one_place() -> None:
    """Backup import and undo share one mapping per row; the other constructions make new rows."""
    assert calls("CertificateRow") == Counter({"household_io": 1, "preparation": 1})  # + add_certificate
    assert calls("ProfileRow") == Counter({"household_io": 1, "members": 1})  # + add_profile
    assert calls("StatusChangeRow") == Counter({"household_io": 1, "unit_of_work": 1})  # + _record
    assert calls("ReceivedFileRow") == Counter({"household_io": 1, "received_store": 1})  # + a new file
    assert calls("SignerPinRow") == Counter({"received_store": 1})
    assert calls("ReceivedFile") == Counter({"rows": 1})  # the backup model maps its fields by name


def test_a_missing_row_is_reported_by_one_lookup() -> None:
    found = calls("StoreNotFoundError")
    assert found["unit_of_work"] == 1  # existing_row
    assert sum(found.values()) == 3  # and two that are no row lookup: a member, a signer


def last_certificate(store: Store, profile_id: int) -> CertificateSelection:
    member = store.load_household().member(profile_id)
    assert member is not None
    return member.certificates[-1]


def test_undo_and_backup_put_a_certificate_back_alike(data_dir: Path, tmp_path: Path) -> None:
    store, _ = Store.open(data_dir)
    with store:
        pid = fill_household(store)[0]
        cert = store.add_certificate(pid, "donation", "ふるさと市", Channel.MYNAPORTAL, note="寄附")
        store.set_certificate_secret(cert.id, "mp-keep")
        restored = store.restore_certificate(store.remove_certificate(cert.id))
        assert restored == last_certificate(store, pid)
        assert restored.secret_ref == "mp-keep" and restored.id == cert.id
        export_backup(store, tmp_path / "b.json")
        import_backup(store, tmp_path / "b.json")
        imported = last_certificate(store, pid)
    # the same selection; only the number stays in the keychain it was remembered in
    assert imported == replace(restored, secret_ref=None)


def test_a_restored_member_keeps_its_name_and_place(store: Store) -> None:
    first = store.add_profile("山田 太郎")
    second = store.add_profile("山田 花子", Relation.SPOUSE)
    store.add_profile("山田 一郎", Relation.CHILD)
    store.restore_profile(store.remove_profile(second.id))
    assert [m.profile for m in store.load_household().members][:2] == [first, second]
