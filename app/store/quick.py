"""Read the stored household with the standard library's sqlite3, for the window's start-up.

Opening the real store imports sqlmodel (about 0.3 s). The window shows what is stored first, from
this read-only reader, and opens the store right after. Anything unusual — no database yet, another
schema version, a damaged file — returns ``None``, and start-up takes the full path, which repairs,
migrates and explains. Nothing here ever writes.
"""

from __future__ import annotations

import sqlite3
import types
import typing
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from app.domain.model import Household
from app.store import migrations, rows

# What to read, in ``rows.assemble_household``'s order: the row shape (``rows``' protocols, the one
# description both readers share) and its table. The columns and their types come from the protocol,
# so a new column is added to the DDL, the ORM mapping and the protocol — never here.
_READS: tuple[tuple[type, str, str], ...] = (
    (rows.ProfileRow, "profile", "ORDER BY position, id"),  # the household's order (schema v5)
    (rows.ProgressRow, "progress_item", ""),
    (rows.CertificateRow, "certificate_selection", "ORDER BY id"),
    (rows.LinkageRow, "linkage", ""),
    (rows.DelegationRow, "delegation", "ORDER BY id"),
    (rows.DelegationServiceRow, "delegation_service", ""),
    (rows.DelegationOperationRow, "delegation_operation", ""),
    (rows.ReceivedFileRow, "received_file", "ORDER BY id"),
)


def _timestamp(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _converter(annotation: object) -> Callable[[str], object] | None:
    """How a stored TEXT becomes the protocol's type (dates and timestamps; the rest is as stored)."""
    kinds = set(typing.get_args(annotation)) if isinstance(annotation, types.UnionType) else {annotation}
    if datetime in kinds:  # before date: a datetime is a date too
        return _timestamp
    if date in kinds:
        return date.fromisoformat
    return None


@cache
def _columns(shape: type) -> tuple[tuple[str, Callable[[str], object] | None], ...]:
    """The protocol's columns with their converters, in declaration order."""
    return tuple((name, _converter(kind)) for name, kind in typing.get_type_hints(shape).items())


def _read(connection: sqlite3.Connection, shape: type, table: str, order: str) -> list[Any]:
    """Records with the columns as attributes, typed like the ORM rows."""
    columns = _columns(shape)
    sql = f"SELECT {', '.join(name for name, _ in columns)} FROM {table} {order}"  # noqa: S608 - our names
    return [
        types.SimpleNamespace(
            **{
                name: (conv(v) if conv is not None and v is not None else v)
                for (name, conv), v in zip(columns, values, strict=True)
            }
        )
        for values in connection.execute(sql).fetchall()
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
        return rows.assemble_household(*(_read(connection, *read) for read in _READS))
    except (sqlite3.Error, ValueError, TypeError, AttributeError):
        return None  # damaged or unexpected: the full store will look at it properly
    finally:
        connection.close()
