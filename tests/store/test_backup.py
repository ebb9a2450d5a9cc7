"""Backup export/import: round trip, refusal of bad files with nothing changed, and the CLI."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import subprocess
import sys
import typing
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from app import cli
from app.domain.model import Channel, Household, StatusChange, TaskState
from app.single_instance import try_lock
from app.store import backup_format, messages
from app.store.backup import FORMAT_ID, FORMAT_VERSION, dumps, export_backup, import_backup, snapshot
from app.store.errors import BackupError, StoreWriteError
from app.store.repository import Store
from tests.store.helpers import fill_household

ROOT = Path(__file__).resolve().parents[2]


State = tuple[Household, list[StatusChange], list[tuple[str, str, datetime, int]]]


def state(store: Store) -> State:
    return store.load_household(), store.all_history(), store.issuer_names()


@pytest.fixture
def full(data_dir: Path) -> Iterator[Store]:
    store, _ = Store.open(data_dir)
    fill_household(store)
    yield store
    store.close()


def test_round_trip_to_another_pc(full: Store, tmp_path: Path) -> None:
    cert = full.load_household().members[0].certificates[0]
    full.set_certificate_secret(cert.id, "mp-abc")
    target = tmp_path / "move" / "backup.json"
    target.parent.mkdir()
    assert export_backup(full, target) == 6
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    document = json.loads(target.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == (FORMAT_ID, FORMAT_VERSION)
    assert "mp-abc" not in target.read_text(encoding="utf-8")

    other, _ = Store.open(tmp_path / "new-pc")
    try:
        result = import_backup(other, target)
        assert (result.profiles, result.certificates, result.dropped_secret_refs) == (6, 18, ())
        household, history, names = state(other)
        want_household, want_history, want_names = state(full)
    finally:
        other.close()
    # identical except the remembered number, which stays behind in the old PC's keychain
    first = want_household.members[0]
    assert first.certificates[0].secret_ref == "mp-abc"
    assert household.members[0].certificates[0].secret_ref is None
    assert household.members[1:] == want_household.members[1:]
    assert household.delegations == want_household.delegations
    assert household.members[0].progress == first.progress
    assert household.members[0].linkages == first.linkages
    assert history == want_history and len(history) > 100
    assert names == want_names


def test_import_replaces_the_household_and_returns_dropped_secrets(full: Store, tmp_path: Path) -> None:
    small_dir = tmp_path / "small"
    small, _ = Store.open(small_dir)
    small.add_profile("ひとり")
    export_backup(small, tmp_path / "one.json")
    small.close()

    cert = full.load_household().members[0].certificates[0]
    full.set_certificate_secret(cert.id, "mp-old")
    result = import_backup(full, tmp_path / "one.json")
    assert result.dropped_secret_refs == ("mp-old",)
    household = full.load_household()
    assert [m.profile.display_name for m in household.members] == ["ひとり"]
    assert household.delegations == () and full.all_history() == []
    assert full.issuer_suggestions() == []
    # and the store keeps working with the imported ids
    pid = household.members[0].profile.id
    full.set_progress(pid, "step0.card", state=TaskState.DONE)
    full.add_certificate(pid, "life_insurance", "みらい生命", Channel.MINKAN_ETAX)


def valid_document(store: Store) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(dumps(snapshot(store)))
    return document


BAD_FILES: dict[str, tuple[Callable[[dict[str, Any]], bytes], Callable[[Path], str]]] = {
    "not json": (lambda d: b'{"format": ', messages.backup_not_json),
    "not utf-8": (lambda d: b"\xff\xfe\x00garbage", messages.backup_not_json),
    "a list": (lambda d: b"[1, 2, 3]", messages.backup_foreign),
    "foreign json": (lambda d: json.dumps({"name": "photos", "items": []}).encode(), messages.backup_foreign),
    "newer version": (
        lambda d: json.dumps({**d, "version": FORMAT_VERSION + 1, "profiles": "whatever"}).encode(),
        messages.backup_newer,
    ),
}


def _invalid(mutate: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], bytes]:
    def make(d: dict[str, Any]) -> bytes:
        mutate(d)
        return json.dumps(d).encode()

    return make


INVALID: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "bad state": (
        lambda d: d["profiles"][2]["progress"][0].update(state="finished"),
        "profiles[2].progress[0].state",
    ),
    "naive time": (
        lambda d: d["profiles"][0]["history"][0].update(at="2027-01-01T00:00:00"),
        "profiles[0].history[0].at",
    ),
    "bad date": (
        lambda d: d["profiles"][1]["certificates"][0].update(follow_up="2027-02-30"),
        "profiles[1].certificates[0].follow_up",
    ),
    "unknown field": (lambda d: d["profiles"][0].update(my_number="123456789012"), "profiles[0].my_number"),
    "missing name": (lambda d: d["profiles"][3].pop("display_name"), "profiles[3].display_name"),
    "bad version": (lambda d: d.update(version="1"), "version"),
    "duplicate name": (
        lambda d: d["profiles"][1].update(display_name=d["profiles"][0]["display_name"]),
        "profiles[1].display_name",
    ),
    "duplicate issuer": (
        lambda d: d["profiles"][0]["certificates"][1].update(
            type_id=d["profiles"][0]["certificates"][0]["type_id"],
            issuer=d["profiles"][0]["certificates"][0]["issuer"],
        ),
        "profiles[0].certificates[1]",
    ),
    "dangling delegation": (lambda d: d["delegations"][0].update(delegator_profile_id=999), "delegations[0]"),
    "card hash": (lambda d: d["profiles"][0].update(card_sha256="XYZ"), "profiles[0].card_sha256"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES) + sorted(INVALID))
def test_bad_files_are_refused_with_one_sentence_and_nothing_changes(
    full: Store, tmp_path: Path, case: str
) -> None:
    path = tmp_path / "bad.json"
    if case in BAD_FILES:
        make, message = BAD_FILES[case]
        path.write_bytes(make(valid_document(full)))
        expected = message(path)
    else:
        mutate, where = INVALID[case]
        path.write_bytes(_invalid(mutate)(valid_document(full)))
        expected = messages.backup_invalid(path, where)
    before = state(full)
    with pytest.raises(BackupError) as info:
        import_backup(full, path)
    assert info.value.text() == expected
    assert str(info.value.text()).count("。") == 1
    assert state(full) == before


def test_missing_file_is_refused(full: Store, tmp_path: Path) -> None:
    before = state(full)
    with pytest.raises(BackupError) as info:
        import_backup(full, tmp_path / "nowhere.json")
    missing = FileNotFoundError(errno.ENOENT, "No such file")
    assert info.value.text() == messages.backup_unreadable(tmp_path / "nowhere.json", missing)
    assert "見つからない" in str(info.value.text())
    assert state(full) == before


def test_export_does_not_overwrite_by_accident(full: Store, tmp_path: Path) -> None:
    target = tmp_path / "keep.json"
    target.write_text("大事なファイル")
    with pytest.raises(BackupError) as info:
        export_backup(full, target)
    assert info.value.text() == messages.backup_exists(target)
    assert target.read_text() == "大事なファイル"
    export_backup(full, target, overwrite=True)
    assert json.loads(target.read_text())["format"] == FORMAT_ID


def test_import_into_a_read_only_store_saves_nothing(full: Store, tmp_path: Path) -> None:
    export_backup(full, tmp_path / "b.json")
    data_dir = full.path.parent
    full.close()
    import sqlite3

    conn = sqlite3.connect(data_dir / "myna-prep.db")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    store, _ = Store.open(data_dir)
    try:
        before = state(store)
        with pytest.raises(StoreWriteError):
            import_backup(store, tmp_path / "b.json")
        assert state(store) == before
    finally:
        store.close()


def _backup_models() -> list[type[BaseModel]]:
    """Every model of the file, found from ``Backup`` down (a new one cannot be missed)."""
    found: list[type[BaseModel]] = []
    todo: list[type[BaseModel]] = [backup_format.Backup]
    while todo:
        model = todo.pop()
        if model in found:
            continue
        found.append(model)
        for info in model.model_fields.values():
            for part in typing.get_args(info.annotation) or (info.annotation,):
                for inner in (*typing.get_args(part), part):
                    if isinstance(inner, type) and issubclass(inner, BaseModel):
                        todo.append(inner)
    return found


def test_the_format_document_describes_every_field() -> None:
    doc = (ROOT / "docs" / "backup-format.md").read_text(encoding="utf-8")
    models = _backup_models()
    assert {m.__name__ for m in models} >= {"Backup", "BackupProfile", "BackupReceived", "BackupAmount"}
    for model in models:
        for name in model.model_fields:
            assert f"`{name}`" in doc, f"{model.__name__}.{name} is not documented"
    assert f"version {backup_format.FORMAT_VERSION})" in doc.splitlines()[0]


def test_model_names_say_what_they_are() -> None:
    """No model carries a format version in its name: the version is FORMAT_VERSION, said once."""
    names = [m.__name__ for m in _backup_models()] + ["SeasonRecord"]
    assert all(re.search(r"V\d+$", name) is None for name in names), names
    source = (ROOT / "app" / "store" / "backup_format.py").read_text(encoding="utf-8")
    assert re.findall(r"^FORMAT_VERSION = \d+$", source, re.MULTILINE) == [
        f"FORMAT_VERSION = {backup_format.FORMAT_VERSION}"
    ]


# --- the command line ------------------------------------------------------------------------------------


def run_cli(argv: list[str]) -> int:
    args = cli.parse(argv)
    return cli.run_command(args)


def test_cli_export_and_import(full: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = full.path.parent
    target = tmp_path / "cli.json"
    assert run_cli(["--data-dir", str(data_dir), "backup", "export", str(target)]) == 0
    assert "6" in capsys.readouterr().out
    fresh = tmp_path / "fresh"
    assert run_cli(["--data-dir", str(fresh), "backup", "import", str(target)]) == 0
    store, _ = Store.open(fresh)
    try:
        assert len(store.load_household().members) == 6
    finally:
        store.close()


def test_cli_failures_are_one_line_on_stderr(
    full: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = full.path.parent
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    before = state(full)
    assert run_cli(["--data-dir", str(data_dir), "backup", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err == str(messages.backup_foreign(bad)) + "\n"
    exists = tmp_path / "exists.json"
    exists.write_text("x")
    assert run_cli(["--data-dir", str(data_dir), "backup", "export", str(exists)]) == 1
    assert capsys.readouterr().err == str(messages.backup_exists(exists)) + "\n"
    assert run_cli(["--data-dir", str(data_dir), "backup", "export", "--force", str(exists)]) == 0
    assert state(full) == before


def test_cli_refuses_to_import_under_a_running_app(
    full: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = full.path.parent
    target = tmp_path / "b.json"
    export_backup(full, target)
    lock = try_lock(data_dir)
    assert lock is not None
    try:
        assert run_cli(["--data-dir", str(data_dir), "backup", "import", str(target)]) == 1
        assert capsys.readouterr().err == str(messages.APP_RUNNING) + "\n"
    finally:
        lock.unlock()
    assert run_cli(["--data-dir", str(data_dir), "backup", "import", str(target)]) == 0


def test_cli_usage_errors_exit_2() -> None:
    for argv in (["backup"], ["backup", "export"], ["backup", "restore", "x"]):
        with pytest.raises(SystemExit) as info:
            cli.parse(argv)
        assert info.value.code == 2


def test_cli_in_a_real_process_never_shows_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "garbage.json"
    bad.write_bytes(os.urandom(500))
    code = "import sys; from app import cli; sys.exit(cli.run_command(cli.parse(sys.argv[1:])))"
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path / "d"), "backup", "import", str(bad)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr == str(messages.backup_not_json(bad)) + "\n"
    assert "Traceback" not in done.stderr and done.stdout == ""
