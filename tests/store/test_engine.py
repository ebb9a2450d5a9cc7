"""Opening the store in good and bad states, on real files: nothing is ever destroyed."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.domain.model import TaskState
from app.store import messages, migrations
from app.store.engine import DB_NAME, NoticeKind
from app.store.errors import StoreOpenError, StoreWriteError
from app.store.repository import Store
from tests.store.helpers import can_mount, fill_household, integrity, remount_read_only, tmpfs, user_version

ROOT = Path(__file__).resolve().parents[2]
MOUNT = pytest.mark.skipif(not can_mount(), reason="needs permission to mount a tmpfs (root)")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_db(data_dir: Path) -> bytes:
    store, _ = Store.open(data_dir)
    fill_household(store)
    store.close()
    return (data_dir / DB_NAME).read_bytes()


# --- a fresh store ---------------------------------------------------------------------------------------


def test_fresh_store_is_wal_private_and_current(data_dir: Path) -> None:
    store, notices = Store.open(data_dir / "nested" / "deeper")
    store.add_profile("太郎")
    db = store.path
    assert notices == ()
    assert db.parent.is_dir()
    if os.name == "posix":
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
        assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
        for side in ("-wal", "-shm"):
            assert stat.S_IMODE(db.with_name(db.name + side).stat().st_mode) == 0o600
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()
    store.close()
    assert user_version(db) == migrations.LATEST
    assert integrity(db) == [("ok",)]


def test_connections_enforce_foreign_keys_and_full_sync(store: Store) -> None:
    # SQLite's defaults are foreign_keys=0 and (in WAL) a weaker sync; the store's connections differ
    with store._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


# --- damaged files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated_header", "truncated_half", "zeroed_page", "text_file"],
)
def test_damaged_file_is_kept_aside_and_a_fresh_store_starts(data_dir: Path, damage: str) -> None:
    good = make_db(data_dir)
    db = data_dir / DB_NAME
    bad = {
        "garbage": os.urandom(20_000),
        "truncated_header": good[:60],
        "truncated_half": good[: len(good) // 2],
        "zeroed_page": good[:4096] + b"\0" * 4096 + good[8192:],
        "text_file": "これはデータベースではありません\n".encode() * 100,
    }[damage]
    db.write_bytes(bad)

    store, notices = Store.open(data_dir)
    try:
        assert len(notices) == 1
        notice = notices[0]
        assert notice.kind is NoticeKind.MOVED_ASIDE
        assert notice.path is not None and notice.path.parent == data_dir
        assert notice.path.name.startswith(f"{DB_NAME}.corrupt-")
        assert notice.text == messages.corrupt_moved(notice.path)
        assert str(notice.text).count("。") == 1
        assert notice.path.read_bytes() == bad  # nothing destroyed
        assert store.load_household().members == ()
        store.add_profile("太郎")  # and the fresh store works
    finally:
        store.close()
    assert integrity(db) == [("ok",)]


def test_two_damaged_files_in_the_same_second_do_not_overwrite_each_other(data_dir: Path) -> None:
    kept = []
    for n in range(3):
        data_dir.mkdir(exist_ok=True)
        (data_dir / DB_NAME).write_bytes(f"garbage {n}".encode() * 50)
        store, notices = Store.open(data_dir)
        store.close()
        assert notices[0].path is not None
        kept.append(notices[0].path)
    assert len(set(kept)) == 3
    assert [p.read_bytes()[:9] for p in kept] == [b"garbage 0", b"garbage 1", b"garbage 2"]


def test_foreign_sqlite_file_is_kept_aside(data_dir: Path) -> None:
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('旅行')")
    conn.commit()
    conn.close()
    before = sha(data_dir / DB_NAME)
    store, notices = Store.open(data_dir)
    store.close()
    assert notices[0].kind is NoticeKind.MOVED_ASIDE and notices[0].path is not None
    assert notices[0].text == messages.foreign_moved(notices[0].path)
    assert sha(notices[0].path) == before


def test_empty_file_is_simply_a_new_store(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"")
    store, notices = Store.open(data_dir)
    store.close()
    assert notices == ()
    assert user_version(data_dir / DB_NAME) == migrations.LATEST


def test_a_healthy_file_with_a_wal_left_by_a_crash_is_not_moved(data_dir: Path) -> None:
    # a child commits and is killed while the WAL still holds the data
    code = textwrap.dedent(
        f"""
        import os, signal
        from app.store.repository import Store
        store, _ = Store.open({str(data_dir)!r})
        store.add_profile("太郎")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert done.returncode == -signal.SIGKILL
    assert (data_dir / (DB_NAME + "-wal")).stat().st_size > 0
    store, notices = Store.open(data_dir)
    try:
        assert notices == ()
        assert [m.profile.display_name for m in store.load_household().members] == ["太郎"]
    finally:
        store.close()


# --- newer schema ----------------------------------------------------------------------------------------


def test_newer_schema_opens_read_only_and_is_never_written(data_dir: Path) -> None:
    make_db(data_dir)
    db = data_dir / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    conn.execute("ALTER TABLE profile ADD COLUMN nickname TEXT")  # what a newer version might do
    conn.commit()
    conn.close()
    before = sha(db)

    store, notices = Store.open(data_dir)
    try:
        assert [n.kind for n in notices] == [NoticeKind.READ_ONLY]
        assert notices[0].text == messages.NEWER_SCHEMA_READ_ONLY
        assert store.read_only and store.read_only_reason == messages.NEWER_SCHEMA_READ_ONLY
        assert store.schema_version == migrations.LATEST + 5
        assert len(store.load_household().members) == 6  # still readable
        with pytest.raises(StoreWriteError) as info:
            store.add_profile("新しい人")
        assert info.value.text() == messages.NOT_SAVED_READ_ONLY
        pid = store.load_household().members[0].profile.id
        with pytest.raises(StoreWriteError):
            store.set_progress(pid, "step0.card", state=TaskState.TODO)
    finally:
        store.close()
    assert sha(db) == before
    assert user_version(db) == migrations.LATEST + 5
    assert not list(data_dir.glob("*backup*"))


# --- directories -----------------------------------------------------------------------------------------


def test_data_dir_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreOpenError) as info:
        Store.open(blocker / "data")
    assert info.value.text() == messages.dir_unusable(blocker / "data")
    assert blocker.read_text() == "x"


@pytest.fixture
def read_only_dir(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A data directory on which writes really fail: a read-only tmpfs (root) or chmod (others)."""
    where = tmp_path / "ro"
    if os.name == "posix" and os.geteuid() == 0:
        if not can_mount():
            pytest.skip("root without permission to mount: cannot make a directory read-only")
        with tmpfs(where, 16 * 1024) as mounted:
            yield mounted, lambda: remount_read_only(mounted)
        return
    where.mkdir()

    def lock() -> None:
        for f in where.iterdir():
            f.chmod(0o400)
        where.chmod(0o500)

    yield where, lock
    where.chmod(0o700)


def test_unwritable_dir_without_data_is_a_clear_error(read_only_dir) -> None:  # type: ignore[no-untyped-def]
    where, lock = read_only_dir
    lock()
    with pytest.raises(StoreOpenError) as info:
        Store.open(where)
    assert info.value.text() == messages.dir_unusable(where)


def test_read_only_place_opens_read_only_and_refuses_writes(read_only_dir) -> None:  # type: ignore[no-untyped-def]
    where, lock = read_only_dir
    make_db(where)
    before = sha(where / DB_NAME)
    lock()
    store, notices = Store.open(where)
    try:
        assert [n.kind for n in notices] == [NoticeKind.READ_ONLY]
        assert notices[0].text == messages.dir_read_only(where)
        assert len(store.load_household().members) == 6
        with pytest.raises(StoreWriteError) as info:
            store.add_profile("新しい人")
        assert "保存されませんでした" in str(info.value.text())
    finally:
        store.close()
    assert sha(where / DB_NAME) == before


def test_read_only_file_in_a_writable_dir_opens_read_only(data_dir: Path) -> None:
    make_db(data_dir)
    db = data_dir / DB_NAME
    before = sha(db)
    as_root = os.name == "posix" and os.geteuid() == 0
    if as_root:
        if not can_mount():
            pytest.skip("root without permission to mount: cannot make a file read-only")
        subprocess.run(["mount", "--bind", str(db), str(db)], check=True)
        subprocess.run(["mount", "-o", "remount,ro,bind", str(db)], check=True)
    else:
        db.chmod(0o400)
    try:
        store, notices = Store.open(data_dir)
        try:
            assert [(n.kind, n.text) for n in notices] == [
                (NoticeKind.READ_ONLY, messages.file_read_only(db))
            ]
            assert len(store.load_household().members) == 6
            with pytest.raises(StoreWriteError) as info:
                store.add_profile("新しい人")
            assert info.value.text() == messages.NOT_SAVED_READ_ONLY
        finally:
            store.close()
    finally:
        if as_root:
            subprocess.run(["umount", str(db)], check=True)
        else:
            db.chmod(0o600)
    assert sha(db) == before


# --- full disk -------------------------------------------------------------------------------------------


@MOUNT
def test_full_disk_reports_the_change_was_not_saved(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", 400) as small:
        store, _ = Store.open(small)
        try:
            pid = store.add_profile("太郎").id
            store.set_progress(pid, "kept", state=TaskState.DONE)
            filler = small / "filler"
            fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
            try:
                with pytest.raises(OSError) as full:  # take the rest of the space
                    while True:
                        os.write(fd, b"\0" * 4096)
                assert full.value.errno == errno.ENOSPC
            finally:
                os.close(fd)
            with pytest.raises(StoreWriteError) as info:
                for n in range(1000):
                    store.set_progress(pid, f"big.{n}", note="x" * 20_000)
            assert info.value.text() == messages.NOT_SAVED_DISK_FULL  # ENOSPC is SQLITE_FULL
            failed = f"big.{n}"
            # what was committed is intact; the failed change is not half-there
            household = store.load_household()
            assert household.members[0].progress["kept"].state is TaskState.DONE
            assert failed not in household.members[0].progress
            filler.unlink()
            store.set_progress(pid, "after", state=TaskState.DONE)  # works again once there is space
            assert "after" in store.load_household().members[0].progress
        finally:
            store.close()
        assert integrity(small / DB_NAME) == [("ok",)]


def test_file_size_limit_reports_the_change_was_not_saved(data_dir: Path) -> None:
    """Portable stand-in for a full disk: the kernel refuses to grow files (RLIMIT_FSIZE, EFBIG)."""
    store, _ = Store.open(data_dir)
    pid = store.add_profile("太郎").id
    store.close()
    code = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from app.domain.model import TaskState
        from app.store.errors import StoreWriteError
        from app.store.repository import Store
        store, _ = Store.open({str(data_dir)!r})
        store.set_progress({pid}, "kept", state=TaskState.DONE)
        size = store.path.stat().st_size + 64 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        try:
            for n in range(1000):
                store.set_progress({pid}, f"big.{{n}}", note="x" * 20000)
        except StoreWriteError as exc:
            print(n, exc.text(), sep="\\t")
            sys.exit(0)
        sys.exit(3)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    failed, text = done.stdout.strip().split("\t")
    assert text in (str(messages.NOT_SAVED_IO), str(messages.NOT_SAVED_DISK_FULL))
    store, notices = Store.open(data_dir)
    try:
        assert notices == ()
        progress = store.load_household().members[0].progress
        assert "kept" in progress and f"big.{failed}" not in progress
        assert all(f"big.{n}" in progress for n in range(int(failed)))
    finally:
        store.close()
    assert integrity(data_dir / DB_NAME) == [("ok",)]
