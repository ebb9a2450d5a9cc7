"""Opening the database file safely, and the SQLAlchemy engine over it.

``prepare()`` runs before any ORM use, with the standard ``sqlite3`` module only:

1. create the data directory (0700) or fail with ``StoreOpenError`` when it cannot be created or, with
   no database in it yet, cannot be written;
2. check the file: an SQLite header, a ``quick_check`` that says ``ok``, our tables. A damaged or
   foreign file is renamed to ``<name>.corrupt-<UTC stamp>`` (its ``-wal``/``-shm`` along with it),
   never deleted, and a fresh database is started; the notice says where the old file went;
3. a database from a newer schema is opened read-only (no downgrade); a directory or file we cannot
   write is opened read-only too; both come with a notice;
4. otherwise: WAL journal, mode 0600, and migrations (after a backup copy when there was data).

``make_engine()`` then gives an engine whose connections have foreign keys on, ``synchronous=FULL``
(a commit that returned survives power loss, not only a crash) and explicit ``BEGIN``/``BEGIN
IMMEDIATE`` so that each unit of work is exactly one SQLite transaction.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.store import fileutil, messages, migrations
from app.store.errors import StoreOpenError

DB_NAME = migrations.DB_NAME
SQLITE_MAGIC = b"SQLite format 3\x00"
WRITE_OPTION = "myna_prep_write"  # execution option: begin the transaction with BEGIN IMMEDIATE
_SIDE_FILES = ("-wal", "-shm", "-journal")
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class NoticeKind(StrEnum):
    MOVED_ASIDE = "moved_aside"  # a damaged or foreign file was kept under a new name
    MIGRATED = "migrated"  # the schema was upgraded; a backup copy was written first
    READ_ONLY = "read_only"  # changes will not be saved (newer schema, or nowhere to write)


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should be told after opening: one sentence (``app.i18n.words`` says it)."""

    kind: NoticeKind
    text: messages.Message
    path: Path | None = None  # the file the sentence mentions, if any


@dataclass(slots=True)
class Prepared:
    db_path: Path
    uri: str
    read_only: bool = False
    read_only_reason: messages.Message | None = None
    schema_version: int = migrations.LATEST
    notices: list[Notice] = field(default_factory=list)


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    base = "file:" + quote(str(path.resolve()))
    return f"{base}?{query}" if query else base


class _Verdict(StrEnum):
    ABSENT = "absent"
    HEALTHY = "healthy"
    DAMAGED = "damaged"
    FOREIGN = "foreign"


def _inspect(db: Path, uri: str) -> _Verdict:
    """Is the file a healthy database of ours? Raises sqlite3.Error for transient problems."""
    try:
        size = db.stat().st_size
    except FileNotFoundError:
        return _Verdict.ABSENT
    if size == 0:
        return _Verdict.ABSENT
    with open(db, "rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            return _Verdict.DAMAGED
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return _Verdict.DAMAGED
        raise
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            return _Verdict.DAMAGED
        version = migrations.schema_version(conn)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorcode & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return _Verdict.DAMAGED
        raise
    finally:
        conn.close()
    if version == 0:
        return _Verdict.FOREIGN if tables else _Verdict.ABSENT
    if "profile" not in tables:
        return _Verdict.FOREIGN
    return _Verdict.HEALTHY


def _move_aside(db: Path, now: datetime) -> Path:
    target = fileutil.unused_path(db.with_name(f"{db.name}.corrupt-{fileutil.stamp(now)}"))
    os.replace(db, target)
    for suffix in _SIDE_FILES:
        side = db.with_name(db.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    fileutil.fsync_dir(db.parent)
    return target


def _open_failed(db: Path, exc: BaseException) -> StoreOpenError:
    return StoreOpenError(messages.cannot_open(db), detail=f"{type(exc).__name__}: {exc}")


def _prepare_read_only(prep: Prepared, reason: messages.Message) -> Prepared:
    """Pick a read-only URI that works here (mode=ro; immutable=1 when the -shm cannot be made)."""
    db = prep.db_path
    for params in ({"mode": "ro"}, {"mode": "ro", "immutable": "1"}):
        uri = _uri(db, **params)
        try:
            verdict = _inspect(db, uri)
        except sqlite3.Error:
            continue
        if verdict in (_Verdict.DAMAGED, _Verdict.FOREIGN):
            raise StoreOpenError(messages.cannot_move_corrupt(db), detail=str(verdict))
        conn = sqlite3.connect(uri, uri=True)
        try:
            prep.schema_version = migrations.schema_version(conn)
        finally:
            conn.close()
        prep.uri = uri
        prep.read_only = True
        prep.read_only_reason = reason
        return prep
    raise StoreOpenError(messages.cannot_open(db))


def open_data_dir(data_dir: Path) -> None:
    """Create the data folder 0700 (its files 0600), or raise ``StoreOpenError`` naming the cause."""
    try:
        fileutil.ensure_private_dir(data_dir)
    except OSError as exc:
        if data_dir.exists() and not data_dir.is_dir():
            raise StoreOpenError(messages.dir_is_file(data_dir), detail=str(exc)) from None
        raise StoreOpenError(messages.dir_unusable(data_dir), detail=str(exc)) from exc


def _check_files(db: Path) -> bool:
    """Whether the database exists; refuse it or a side file that is a link, folder, device, FIFO or
    another user's file (the app would otherwise follow it, chmod it or write into it)."""
    for path in (db, *(db.with_name(db.name + suffix) for suffix in _SIDE_FILES)):
        try:
            fileutil.require_own_regular(path)
        except OSError as exc:
            raise StoreOpenError(messages.db_not_regular(path), detail=str(exc)) from None
    return os.path.lexists(db)


def prepare(data_dir: Path, *, now: datetime | None = None) -> Prepared:
    """Make ``data_dir/myna-prep.db`` ready to use (see the module docstring)."""
    moment = now or datetime.now(UTC)
    open_data_dir(data_dir)
    db = data_dir / DB_NAME
    prep = Prepared(db_path=db, uri=_uri(db))
    exists = _check_files(db)

    dir_ok = fileutil.dir_writable(data_dir)
    if not dir_ok or (exists and not os.access(db, os.R_OK | os.W_OK)):
        if exists and not os.access(db, os.R_OK):
            raise StoreOpenError(messages.db_unreadable(db))
        if not exists:
            raise StoreOpenError(messages.dir_unusable(data_dir))
        text = messages.dir_read_only(data_dir) if not dir_ok else messages.file_read_only(db)
        prep.notices.append(Notice(NoticeKind.READ_ONLY, text, data_dir if not dir_ok else db))
        return _prepare_read_only(prep, text)

    try:
        verdict = _inspect(db, prep.uri)
    except sqlite3.Error as exc:
        raise _open_failed(db, exc) from exc
    if verdict in (_Verdict.DAMAGED, _Verdict.FOREIGN):
        try:
            moved = _move_aside(db, moment)
        except OSError as exc:
            raise StoreOpenError(messages.cannot_move_corrupt(db), detail=str(exc)) from exc
        text = messages.corrupt_moved(moved) if verdict is _Verdict.DAMAGED else messages.foreign_moved(moved)
        prep.notices.append(Notice(NoticeKind.MOVED_ASIDE, text, moved))

    try:
        fileutil.create_private_file(db)
        fileutil.make_private(db)
        conn = sqlite3.connect(prep.uri, uri=True, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise _open_failed(db, exc) from exc
    try:
        version = migrations.schema_version(conn)
        if version > migrations.LATEST:
            conn.close()
            prep.notices.append(Notice(NoticeKind.READ_ONLY, messages.NEWER_SCHEMA_READ_ONLY))
            return _prepare_read_only(prep, messages.NEWER_SCHEMA_READ_ONLY)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if version < migrations.LATEST:
            if version > 0:
                backup = migrations.backup_copy(conn, db, version, fileutil.stamp(moment))
                prep.notices.append(Notice(NoticeKind.MIGRATED, messages.migrated(backup), backup))
            migrations.apply(conn, now=moment)
        prep.schema_version = migrations.LATEST
    except (OSError, sqlite3.Error) as exc:
        raise _open_failed(db, exc) from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    for suffix in _SIDE_FILES:
        fileutil.make_private(db.with_name(db.name + suffix))
    return prep


def make_engine(prep: Prepared) -> Engine:
    """The engine over a prepared file: one pooled connection per thread, explicit transactions."""
    uri = prep.uri
    read_only = prep.read_only

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=5.0)

    # hide_parameters: error texts (which the UI may log) never carry names, notes or other values.
    engine = create_engine(
        "sqlite://", creator=creator, poolclass=QueuePool, pool_size=2, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        if read_only:
            dbapi_connection.execute("PRAGMA query_only = ON")
        else:
            dbapi_connection.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
