"""Issue 12, items 1–3, 7, 8: never follow or clobber a file, refuse what is not a regular file,
keep the data folder private. Real links, FIFOs, device nodes (mknod) and another local user."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import fileutil, messages
from app.store.backup import export_backup, read_backup
from app.store.errors import BackupError, StoreOpenError
from app.store.repository import Store
from tests.store.helpers import fill_household
from tests.store.hostile import (
    OTHER_UID,
    ROOT,
    as_other_user,
    cli,
    make_char_device,
    needs_root,
    needs_setpriv,
    node_state,
    readable_python,
    shared_dir,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file semantics (links, FIFOs, modes)")


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store, _ = Store.open(data)
    with store:
        fill_household(store)
    return data


# --- item 1: the temporary file of every write is random, exclusive, private --------------------------


def test_write_does_not_follow_a_planted_link_at_the_old_temp_name(filled: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "backup.json"
    (tmp_path / f".{target.name}.tmp-{os.getpid()}").symlink_to(victim)  # the old, predictable name
    with Store.open(filled)[0] as store:
        export_backup(store, target)
    assert victim.read_text() == "keep me"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "myna-prep-backup"


@needs_setpriv
def test_backup_in_a_shared_folder_stays_ours_and_private(filled: Path) -> None:
    with shared_dir() as shared:
        target = shared / "backup.json"
        planted = shared / f".{target.name}.tmp-{os.getpid()}"
        made = as_other_user(
            readable_python(),
            "-c",
            f"import os; p = {str(planted)!r}; os.close(os.open(p, os.O_CREAT)); os.chmod(p, 0o666)",
        )
        assert made.returncode == 0, made.stderr
        with Store.open(filled)[0] as store:
            export_backup(store, target)
        st = os.lstat(target)
        assert (st.st_uid, stat.S_IMODE(st.st_mode)) == (os.geteuid(), 0o600)
        assert planted.stat().st_uid == OTHER_UID and planted.stat().st_size == 0  # not used, not ours


@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder"])
def test_atomic_write_refuses_a_target_that_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"victim")
    target = tmp_path / "target"
    {"symlink": lambda: target.symlink_to(victim), "fifo": lambda: os.mkfifo(target), "folder": target.mkdir}[
        kind
    ]()
    before = node_state(target)
    with pytest.raises(fileutil.NotRegularFileError):
        fileutil.atomic_write_bytes(target, b"new")
    assert node_state(target) == before and victim.read_bytes() == b"victim"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target", "victim"]  # no temp file left


@needs_root
def test_atomic_write_refuses_a_device_node(tmp_path: Path) -> None:
    device = make_char_device(tmp_path / "null")
    before = node_state(device)
    with pytest.raises(fileutil.NotRegularFileError):
        fileutil.atomic_write_bytes(device, b"new")
    assert node_state(device) == before


def test_atomic_write_without_overwrite_keeps_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "kept"
    target.write_bytes(b"old")
    with pytest.raises(FileExistsError):
        fileutil.atomic_write_bytes(target, b"new", overwrite=False)
    assert target.read_bytes() == b"old"
    fileutil.atomic_write_bytes(tmp_path / "fresh", b"new", overwrite=False)
    assert (tmp_path / "fresh").read_bytes() == b"new"
    assert stat.S_IMODE((tmp_path / "fresh").stat().st_mode) == 0o600


# --- item 2: the database path is never followed ---------------------------------------------------


def test_a_link_at_the_database_path_is_refused_and_the_victim_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    victim = tmp_path / "victim"
    victim.write_bytes(b"")
    victim.chmod(0o644)
    (data / "myna-prep.db").symlink_to(victim)
    result = cli("--data-dir", str(data), "plan")
    assert result.returncode == 1, result.stderr
    assert result.stderr == str(messages.db_not_regular(data / "myna-prep.db")) + "\n"
    assert victim.read_bytes() == b"" and stat.S_IMODE(victim.stat().st_mode) == 0o644
    with pytest.raises(StoreOpenError) as info:
        Store.open(data)
    assert info.value.text() == messages.db_not_regular(data / "myna-prep.db")


@needs_root
def test_a_link_to_a_device_is_neither_chmodded_nor_given_a_journal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    device = make_char_device(tmp_path / "null")
    before = node_state(device)
    (data / "myna-prep.db").symlink_to(device)
    result = cli("--data-dir", str(data), "plan")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert node_state(device) == before
    assert not (tmp_path / "null-journal").exists() and not (data / "myna-prep.db-journal").exists()


def test_a_link_as_side_file_is_refused(filled: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"victim")
    (filled / "myna-prep.db-wal").unlink(missing_ok=True)
    (filled / "myna-prep.db-wal").symlink_to(victim)
    with pytest.raises(StoreOpenError) as info:
        Store.open(filled)
    assert info.value.text() == messages.db_not_regular(filled / "myna-prep.db-wal")
    assert victim.read_bytes() == b"victim"


def test_a_folder_at_the_database_path_is_one_sentence(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "myna-prep.db").mkdir(parents=True)
    result = cli("--data-dir", str(data), "plan")
    assert (result.returncode, result.stderr) == (
        1,
        str(messages.db_not_regular(data / "myna-prep.db")) + "\n",
    )


@needs_root
def test_another_users_database_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store, _ = Store.open(data)
    store.close()
    for name in os.listdir(data):
        os.chown(data / name, OTHER_UID, OTHER_UID)
    with pytest.raises(StoreOpenError) as info:
        Store.open(data)
    assert "別のユーザー" in str(info.value.text())


# --- item 3: checklist --pdf never replaces what is not a regular file, nor a file without --force -----


@needs_root
def test_checklist_refuses_a_device_node(filled: Path, tmp_path: Path) -> None:
    device = make_char_device(tmp_path / "printer")
    before = node_state(device)
    result = cli("--data-dir", str(filled), "checklist", "--pdf", str(device), "--force")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "通常のファイルではない" in result.stderr
    assert node_state(device) == before


def test_checklist_refuses_a_link_and_needs_force_for_a_file(filled: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.pdf"
    victim.write_bytes(b"victim")
    link = tmp_path / "link.pdf"
    link.symlink_to(victim)
    refused = cli("--data-dir", str(filled), "checklist", "--pdf", str(link), "--force")
    assert refused.returncode == 1 and "通常のファイルではない" in refused.stderr
    assert victim.read_bytes() == b"victim" and link.is_symlink()

    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"old")
    kept = cli("--data-dir", str(filled), "checklist", "--pdf", str(existing))
    assert kept.returncode == 1 and "--force" in kept.stderr and existing.read_bytes() == b"old"
    replaced = cli("--data-dir", str(filled), "checklist", "--pdf", str(existing), "--force")
    assert replaced.returncode == 0, replaced.stderr
    assert existing.read_bytes().startswith(b"%PDF") and stat.S_IMODE(existing.stat().st_mode) == 0o600


# --- item 7: import from a FIFO is refused at once ---------------------------------------------------


def test_import_from_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "backup.json"
    os.mkfifo(fifo)
    # A separate process: were it to block in open() or read(), the timeout stops it and the test fails.
    result = cli("--data-dir", str(tmp_path / "data"), "backup", "import", str(fifo), timeout=60)
    assert (result.returncode, result.stderr) == (1, str(messages.backup_not_regular(fifo)) + "\n")
    assert not (tmp_path / "data").exists()


@needs_root
def test_read_regular_file_refuses_devices_folders_and_oversized_files(tmp_path: Path) -> None:
    device = make_char_device(tmp_path / "zero")
    with pytest.raises(fileutil.NotRegularFileError):
        fileutil.read_regular_file(device, 100)
    with pytest.raises(fileutil.NotRegularFileError):
        fileutil.read_regular_file(tmp_path, 100)
    sparse = tmp_path / "huge.json"
    with open(sparse, "wb") as fh:
        fh.truncate(5 * 1024**3)  # 5 GB that would take minutes and gigabytes to read
    with pytest.raises(fileutil.FileTooLargeError):
        fileutil.read_regular_file(sparse, 4 * 1024 * 1024)
    with pytest.raises(BackupError) as info:
        read_backup(sparse)
    assert "上限" in str(info.value.text())
    link = tmp_path / "link"
    link.symlink_to(sparse)
    with pytest.raises(fileutil.NotRegularFileError):
        fileutil.read_regular_file(link, 100, follow_symlinks=False)


# --- item 8: the data folder 0700, everything in it 0600 ----------------------------------------------


def modes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): stat.S_IMODE(p.lstat().st_mode) for p in [folder, *folder.rglob("*")]}


def test_cli_import_creates_a_private_data_folder(filled: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.json"
    with Store.open(filled)[0] as store:
        export_backup(store, backup)
    data = tmp_path / "new"
    result = cli("--data-dir", str(data), "backup", "import", str(backup))
    assert result.returncode == 0, result.stderr
    found = modes(data)
    assert found["."] == 0o700
    assert {name: mode for name, mode in found.items() if name != "."} == {
        name: 0o600 for name in found if name != "."
    }


def test_an_existing_loose_data_folder_is_made_private(filled: Path) -> None:
    filled.chmod(0o755)
    (filled / "settings.ini").write_text("[ui]\n")
    (filled / "logs").mkdir(mode=0o755)
    (filled / "logs" / "myna-prep.log").write_text("old line\n")
    for path in (filled / "settings.ini", filled / "logs" / "myna-prep.log", filled / "myna-prep.db"):
        path.chmod(0o644)
    (filled / "logs").chmod(0o755)
    fileutil.ensure_private_dir(filled)
    found = modes(filled)
    assert found["."] == 0o700 and found["logs"] == 0o700
    assert all(mode == 0o600 for name, mode in found.items() if name not in (".", "logs"))


def test_the_gui_start_leaves_only_private_files(tmp_path: Path) -> None:
    data = tmp_path / "gui"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data), "--quit-after-startup=loaded"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = modes(data)
    assert (data / "logs" / "myna-prep.log").exists() and (data / "myna-prep.db").exists()
    folders = {".", "logs"}
    assert {n: m for n, m in found.items() if n in folders} == dict.fromkeys(folders, 0o700)
    assert {n: m for n, m in found.items() if n not in folders} == {
        n: 0o600 for n in found if n not in folders
    }


def test_checklist_pdf_is_private(filled: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "c.pdf"
    result = cli("--data-dir", str(filled), "checklist", "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600


def test_a_data_dir_pointing_at_a_folder_of_other_files_leaves_those_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    (home / "notes.txt").write_text("mine")
    (home / "notes.txt").chmod(0o644)
    (home / "run.sh").write_text("#!/bin/sh\n")
    (home / "run.sh").chmod(0o755)
    (home / "settings.ini").write_text("[ui]\n")
    (home / "settings.ini").chmod(0o644)
    fileutil.ensure_private_dir(home)
    found = modes(home)
    assert (found["."], found["notes.txt"], found["run.sh"], found["settings.ini"]) == (
        0o755,
        0o644,
        0o755,
        0o600,
    )
