"""Read the stored household with the standard library's sqlite3, for the window's start-up.

Opening the real store imports sqlmodel (about 0.3 s). The window shows what is stored first, from
this read-only reader, and opens the store right after. Anything unusual — no database yet, another
schema version, a damaged file — returns ``None``, and start-up takes the full path, which repairs,
migrates and explains. Nothing here ever writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

from app.domain.model import Household
from app.store import migrations, rows

_TIMESTAMPS = {"completed_at", "readiness_changed_at", "changed_at", "at", "last_used_at", "imported_at"}
_DATES = {"follow_up", "valid_from", "valid_to", "data_confirmed_on", "created_on"}


def _timestamp(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _convert(column: str) -> Callable[[str], object] | None:
    if column in _TIMESTAMPS:
        return _timestamp
    if column in _DATES:
        return date.fromisoformat
    return None


def _rows(connection: sqlite3.Connection, sql: str) -> list[Any]:
    """Records with the columns as attributes, typed like the ORM rows (``rows`` protocols)."""
    cursor = connection.execute(sql)
    columns = [d[0] for d in cursor.description]
    converters = [_convert(c) for c in columns]
    return [
        SimpleNamespace(
            **{
                c: (conv(v) if conv is not None and v is not None else v)
                for c, conv, v in zip(columns, converters, values, strict=True)
            }
        )
        for values in cursor.fetchall()
    ]


def read_household(data_dir: Path) -> Household | None:
    """The stored household, or ``None`` when only the full store should decide what is there."""
    db = data_dir / migrations.DB_NAME
    if not db.is_file() or db.is_symlink():
        return None  # a link or anything unusual: the full store refuses it with a reason
    try:
        connection = sqlite3.connect(f"file:{quote(str(db))}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] != migrations.LATEST:
            return None
        return rows.assemble_household(
            _rows(connection, "SELECT * FROM profile ORDER BY id"),
            _rows(connection, "SELECT * FROM progress_item"),
            _rows(connection, "SELECT * FROM certificate_selection ORDER BY id"),
            _rows(connection, "SELECT * FROM linkage"),
            _rows(connection, "SELECT * FROM delegation ORDER BY id"),
            _rows(connection, "SELECT * FROM delegation_service"),
            _rows(connection, "SELECT * FROM delegation_operation"),
            _rows(connection, "SELECT * FROM received_file ORDER BY id"),
        )
    except (sqlite3.Error, ValueError, TypeError, AttributeError):
        return None  # damaged or unexpected: the full store will look at it properly
    finally:
        connection.close()
