"""The start-up reader (stdlib sqlite3) sees exactly what the store sees, and steps aside otherwise."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.store import migrations
from app.store.quick import read_household
from app.store.repository import Store
from tests.store.helpers import fill_household


def test_reads_the_same_household_as_the_store(store: Store, data_dir: Path) -> None:
    fill_household(store)
    quick = read_household(data_dir)
    assert quick is not None and len(quick.members) == 6
    assert quick == store.load_household()


def test_reads_members_in_the_household_s_order(store: Store, data_dir: Path) -> None:
    fill_household(store)
    last = store.load_household().members[-1].profile.id
    store.move_profile(last, 0)  # the user moved the last member to the top
    quick = read_household(data_dir)
    assert quick is not None and quick.members[0].profile.id == last
    assert quick == store.load_household()


def test_an_empty_store_reads_as_an_empty_household(store: Store, data_dir: Path) -> None:
    quick = read_household(data_dir)
    assert quick is not None and quick.members == ()


def test_no_database_yet(data_dir: Path) -> None:
    assert read_household(data_dir) is None
    assert not (data_dir / migrations.DB_NAME).exists()  # and it created none


def test_garbage_is_left_to_the_store(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    garbage = os.urandom(3000)
    (data_dir / migrations.DB_NAME).write_bytes(garbage)
    assert read_household(data_dir) is None
    assert (data_dir / migrations.DB_NAME).read_bytes() == garbage  # untouched: the store moves it aside


def test_another_schema_version_is_left_to_the_store(store: Store, data_dir: Path) -> None:
    fill_household(store)
    store.close()
    db = data_dir / migrations.DB_NAME
    with sqlite3.connect(db) as connection:
        connection.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    connection.close()
    before = db.read_bytes()
    assert read_household(data_dir) is None
    assert db.read_bytes() == before


def test_its_columns_are_the_row_protocols_and_the_tables_have_them(store: Store, data_dir: Path) -> None:
    """The reader derives its SQL from ``rows``' protocols; each protocol names only real columns of
    its table in the newest schema, and each table column the ORM maps is in the protocol."""
    from app.store import quick, tables

    mapped = {t.name: set(t.columns.keys()) for t in tables.SQLModel.metadata.sorted_tables}
    with sqlite3.connect(data_dir / migrations.DB_NAME) as connection:
        for shape, table, _ in quick._READS:
            declared = {name for name, _ in quick._columns(shape)}
            stored = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            assert declared == stored == mapped[table], table
    connection.close()


def test_dates_and_timestamps_are_typed_from_the_protocol() -> None:
    from datetime import date

    from app.store import quick, rows

    converters = dict(quick._columns(rows.ProgressRow))
    assert converters["completed_at"] is quick._timestamp
    assert converters["follow_up"] == date.fromisoformat
    assert converters["note"] is None
