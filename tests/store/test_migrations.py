"""Every earlier schema version, filled with data, migrates to the newest with every row intact."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from app.domain.model import Channel, LinkageStatus, Readiness, Service, TaskState
from app.store import migrations
from app.store.engine import DB_NAME, NoticeKind
from app.store.errors import StoreOpenError
from app.store.repository import Store
from app.store.tables import ALL_TABLES
from tests.store.helpers import integrity, user_version

T0 = "2026-12-01T09:00:00.000000+00:00"
T1 = "2026-12-02T10:30:00.000000+00:00"


def fill_v1(conn: sqlite3.Connection) -> None:
    """Data as version 1 of the app wrote it: every v1 table, NULLs and non-ASCII included."""
    conn.executemany(
        "INSERT INTO profile (id, display_name, relation, card_sha256) VALUES (?, ?, ?, ?)",
        [(1, "山田 太郎", "self", "ab" * 32), (2, "山田 花子", "spouse", None), (3, "Ken", "child", None)],
    )
    conn.executemany(
        "INSERT INTO progress_item (profile_id, item_id, state, note, completed_at, follow_up)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (1, "step0.card", "done", "手元にある", T0, None),
            (1, "step1.register", "waiting", "", None, "2027-01-10"),
            (2, "step0.card", "todo", "", None, None),
            (3, "step5.kana", "not_needed", "子ども", None, None),
        ],
    )
    conn.executemany(
        "INSERT INTO certificate_selection (id, profile_id, type_id, issuer, channel, readiness,"
        " readiness_changed_at, registration, issuer_link, follow_up, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (1, 1, "life_insurance", "みらい生命", "minkan_etax", "ready", T1, "done", "done", None, ""),
            (2, 1, "securities", "ひかり証券", "mypost", None, None, "todo", "todo", "2027-01-20", "口座"),
            (
                3,
                2,
                "life_insurance",
                "みらい生命",
                "minkan_etax",
                "processing",
                T0,
                "done",
                "waiting",
                None,
                "",
            ),
        ],
    )
    conn.executemany(
        "INSERT INTO linkage (profile_id, service, status, changed_at, follow_up, note) VALUES (?,?,?,?,?,?)",
        [(1, "etax", "complete", T0, None, ""), (1, "mypost", "check", T1, "2027-01-05", "確認中")],
    )
    conn.execute(
        "INSERT INTO delegation (id, delegator_profile_id, delegate_profile_id, relation_name, valid_from,"
        " valid_to) VALUES (1, 2, 1, '夫', '2026-12-01', '2027-03-31')"
    )
    conn.executemany(
        "INSERT INTO delegation_service (delegation_id, service) VALUES (?, ?)",
        [(1, "notices"), (1, "medical_notices")],
    )
    conn.execute(
        "INSERT INTO delegation_operation (delegation_id, operation, state)"
        " VALUES (1, 'enter_details', 'done')"
    )
    conn.executemany(
        "INSERT INTO status_change (profile_id, subject, old, new, at) VALUES (?, ?, ?, ?, ?)",
        [(1, "item:step0.card", "todo", "done", T0), (1, "certificate:1", "processing", "ready", T1)],
    )


def fill_v2(conn: sqlite3.Connection) -> None:
    """Data as version 2 wrote it: v1's tables plus a remembered number's key and issuer suggestions."""
    fill_v1(conn)
    conn.execute("UPDATE certificate_selection SET secret_ref = 'myna-prep:cert:1' WHERE id = 1")
    conn.executemany(
        "INSERT INTO issuer_name (type_id, name, last_used_at, use_count) VALUES (?, ?, ?, ?)",
        [("life_insurance", "みらい生命", T1, 2), ("securities", "ひかり証券", T0, 1)],
    )


def fill_v3(conn: sqlite3.Connection) -> None:
    """v2's rows plus the v3 columns: data confirmed on a delivering site, a 確認 row checked on its site."""
    fill_v2(conn)
    conn.execute("UPDATE certificate_selection SET data_confirmed_on = '2027-01-10' WHERE id = 2")
    conn.execute("UPDATE linkage SET site_linked = 1 WHERE service = 'mypost'")


def fill_v4(conn: sqlite3.Connection) -> None:
    """v3's rows plus a received file (v4)."""
    fill_v3(conn)
    conn.execute(
        "INSERT INTO received_file (id, profile_id, sha256, file_name, stored_name, imported_at, verdict,"
        " form, type_id, tax_year) VALUES (1, 1, ?, 'a.xml', 'received/a.xml', ?, 'valid', 'TEG800',"
        " 'life_insurance', 2025)",
        ("0" * 64, T1),
    )


def fill_v5(conn: sqlite3.Connection) -> None:
    """v4's rows with the members numbered in their order (v5)."""
    fill_v4(conn)
    conn.execute("UPDATE profile SET position = id")


# One filler per earlier version: adding a schema version without one fails test_every_version_is_covered.
def fill_v6(conn: sqlite3.Connection) -> None:
    """v5's rows (v6 added who signed a received file, with defaults, and an empty pin table)."""
    fill_v5(conn)


FILLERS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: fill_v1,
    2: fill_v2,
    3: fill_v3,
    4: fill_v4,
    5: fill_v5,
    6: fill_v6,
}


def build(db: Path, version: int) -> dict[str, list[tuple[object, ...]]]:
    """A database at ``version`` built by the very migration steps, filled; returns its rows."""
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    migrations.apply(conn, target=version)
    conn.execute("BEGIN")
    FILLERS[version](conn)
    conn.execute("COMMIT")
    snapshot = dump(conn)
    conn.close()
    return snapshot


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted."""
    out: dict[str, list[tuple[object, ...]]] = {}
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name")]
    for table in tables:
        out[table] = sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    return out


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def test_every_version_is_covered() -> None:
    assert [m.version for m in migrations.MIGRATIONS] == list(range(1, migrations.LATEST + 1))
    assert set(FILLERS) == set(range(1, migrations.LATEST)), "add a filler for every earlier version"


@pytest.mark.parametrize("version", sorted(FILLERS))
def test_old_database_migrates_with_every_row(tmp_path: Path, version: int) -> None:
    data_dir = tmp_path / "data"
    db = data_dir / DB_NAME
    before = build(db, version)
    assert user_version(db) == version and sum(map(len, before.values())) > 0

    store, notices = Store.open(data_dir)
    household = store.load_household()
    store.close()

    # a backup copy was written first, at the old version, holding the same rows
    assert [n.kind for n in notices] == [NoticeKind.MIGRATED]
    backup = notices[0].path
    assert backup is not None and backup.name.startswith(f"{DB_NAME}.v{version}-backup-")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone() == (version,)
    assert dump(conn) == before
    old_columns = {table: columns(conn, table) for table in before}
    conn.close()

    # every row of every old table survived, column for column
    assert user_version(db) == migrations.LATEST
    assert integrity(db) == [("ok",)]
    conn = sqlite3.connect(db)
    for table, old_rows in before.items():
        now = sorted(
            conn.execute(f"SELECT {', '.join(old_columns[table])} FROM {table}").fetchall(), key=repr
        )
        assert now == old_rows, table
    conn.close()

    # and the store reads it as domain objects
    taro = household.member_named("山田 太郎")
    assert taro is not None and taro.profile.card_sha256 == "ab" * 32
    assert taro.progress["step0.card"].state is TaskState.DONE
    assert taro.progress["step0.card"].completed_at is not None
    assert taro.certificates[0].readiness is Readiness.READY
    assert taro.certificates[1].channel is Channel.MYPOST
    assert taro.linkages[Service.MYPOST].status is LinkageStatus.CHECK
    assert household.delegations[0].relation_name == "夫"
    assert len(household.delegations[0].services) == 2


@pytest.mark.parametrize("version", sorted(FILLERS))
def test_v5_keeps_the_order_members_were_added_in(tmp_path: Path, version: int) -> None:
    build(tmp_path / "data" / DB_NAME, version)
    store, _ = Store.open(tmp_path / "data")
    try:
        names = [m.profile.display_name for m in store.load_household().members]
        assert names == ["山田 太郎", "山田 花子", "Ken"]
        store.move_profile(3, 0)
        names = [m.profile.display_name for m in store.load_household().members]
        assert names == ["Ken", "山田 太郎", "山田 花子"]
    finally:
        store.close()


@pytest.mark.parametrize("version", [v for v in sorted(FILLERS) if v < 4])
def test_received_files_table_arrives_empty_and_usable(tmp_path: Path, version: int) -> None:
    from app.certificates.verify import verify_bytes
    from tests.certificates import fixtures

    data = fixtures.sign(fixtures.teg800())
    build(tmp_path / "data" / DB_NAME, version)
    store, _ = Store.open(tmp_path / "data")
    try:
        taro = store.load_household().member_named("山田 太郎")
        assert taro is not None and taro.received == ()
        record, new = store.keep_received(taro.profile.id, data, verify_bytes(data), "a.xml")
        assert new and store.load_household().member_named("山田 太郎").received == (record,)  # type: ignore[union-attr]
    finally:
        store.close()


def test_v2_seeds_issuer_suggestions_from_v1_selections(tmp_path: Path) -> None:
    build(tmp_path / "data" / DB_NAME, 1)
    store, _ = Store.open(tmp_path / "data")
    try:
        assert store.issuer_suggestions(type_id="life_insurance") == ["みらい生命"]
        assert store.issuer_suggestions(type_id="securities") == ["ひかり証券"]
        assert all(c.secret_ref is None for m in store.load_household().members for c in m.certificates)
    finally:
        store.close()


@pytest.mark.parametrize("version", [v for v in sorted(FILLERS) if v < 3])
def test_v3_starts_with_nothing_confirmed_on_a_site(tmp_path: Path, version: int) -> None:
    """Rows from before v3 carry no data confirmation and no site check: nothing becomes ready."""
    build(tmp_path / "data" / DB_NAME, version)
    store, _ = Store.open(tmp_path / "data")
    try:
        taro = store.load_household().member_named("山田 太郎")
        assert taro is not None
        assert all(c.data_confirmed_on is None for c in taro.certificates)
        assert all(link.site_linked is None for link in taro.linkages.values())
        confirmed = store.update_certificate(taro.certificates[1].id, data_confirmed_on=date(2027, 1, 10))
        assert confirmed.data_confirmed_on == date(2027, 1, 10)
        checked = store.set_linkage(taro.profile.id, Service.MYPOST, site_linked=True)
        assert checked.site_linked is True and checked.status is LinkageStatus.CHECK
        # a new status from the 連携状況リスト forgets what was found on the site
        assert (
            store.set_linkage(taro.profile.id, Service.MYPOST, status=LinkageStatus.INCOMPLETE).site_linked
            is None
        )
    finally:
        store.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = data_dir / DB_NAME
    build(db, 1)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE issuer_name (x TEXT)")  # v2 will collide with this table
    conn.commit()
    before = dump(conn)
    conn.close()
    with pytest.raises(StoreOpenError):
        Store.open(data_dir)
    conn = sqlite3.connect(db)
    assert dump(conn) == before
    conn.close()
    assert user_version(db) == 1
    assert len(list(data_dir.glob(f"{DB_NAME}.v1-backup-*"))) == 1


def test_tables_module_matches_the_migrated_schema(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "schema.db", isolation_level=None)
    migrations.apply(conn)
    for table in ALL_TABLES:
        sa_table = SQLModel.metadata.tables[table.__tablename__]  # type: ignore[index]
        info = {r[1]: r for r in conn.execute(f"PRAGMA table_info({sa_table.name})")}
        assert set(info) == {c.name for c in sa_table.columns}, sa_table.name
        for column in sa_table.columns:
            _cid, _name, _type, notnull, _default, pk = info[column.name]
            assert bool(pk) == column.primary_key, (sa_table.name, column.name)
            if not column.primary_key:
                assert bool(notnull) == (not column.nullable), (sa_table.name, column.name)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    assert tables == {t.__tablename__ for t in ALL_TABLES}
    conn.close()


@pytest.mark.parametrize("version", sorted(FILLERS))
def test_v7_puts_the_recorded_data_in_the_season_it_was_recorded_in(tmp_path: Path, version: int) -> None:
    """Data of any earlier version (recorded Dec 2026: 令和8年分) opens as that season, not as today's, so
    a returning user's first start in the next season begins it (and asks again)."""
    build(tmp_path / "data" / DB_NAME, version)
    store, _ = Store.open(tmp_path / "data")
    with store:
        assert store.current_season() == 2026
        [entry] = store.seasons()
        assert (entry.ended_at, entry.record) == (None, None)
        assert all(m.profile.card_expires_on is None for m in store.load_household().members)


def test_v7_opens_the_season_of_today_for_an_empty_database(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    store, _ = Store.open(tmp_path / "data", clock=lambda: datetime(2027, 5, 1, 3, 0, tzinfo=UTC))
    with store:
        assert store.current_season() == 2027
