"""Schema versions and the ordered list of migrations applied at start-up.

Why a small ordered list and not Alembic:

* The database is a single-user SQLite file that only this app writes. There are no branches, no
  concurrent developers' heads to merge and no online servers to upgrade, which is what Alembic's
  revision graph and ``alembic_version`` table are for.
* SQLite already has a transactional place for the version: ``PRAGMA user_version`` (a field of the
  file header). Writing it in the same transaction as the DDL makes a migration all-or-nothing, and a
  crash half-way leaves the old version intact.
* Alembic would add its import cost, an ``env.py``/``alembic.ini`` to ship inside the PyInstaller
  bundle, and SQLite's ``ALTER TABLE`` limitations still need hand-written batch operations.
* Each step here is frozen SQL (plus an optional Python data step), so a test can build a database at
  every earlier version from the very same steps and migrate it (``tests/store/test_migrations.py``).

Rules for adding a version: append a ``Migration``; never edit an earlier one; keep ``tables.py`` in
step with the result (a test compares them); describe the change in the docstring of the step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.store import fileutil


@dataclass(frozen=True, slots=True)
class Migration:
    version: int  # the schema version after this step
    description: str
    statements: Sequence[str]
    data_step: Callable[[sqlite3.Connection, datetime], None] | None = None


_V1 = (
    """CREATE TABLE profile (
        id INTEGER PRIMARY KEY,
        display_name TEXT NOT NULL UNIQUE,
        relation TEXT NOT NULL,
        card_sha256 TEXT UNIQUE
    )""",
    """CREATE TABLE progress_item (
        profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        state TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        completed_at TEXT,
        follow_up TEXT,
        PRIMARY KEY (profile_id, item_id)
    )""",
    """CREATE TABLE certificate_selection (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
        type_id TEXT NOT NULL,
        issuer TEXT NOT NULL,
        channel TEXT NOT NULL,
        readiness TEXT,
        readiness_changed_at TEXT,
        registration TEXT NOT NULL,
        issuer_link TEXT NOT NULL,
        follow_up TEXT,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (profile_id, type_id, issuer)
    )""",
    "CREATE INDEX ix_certificate_selection_profile_id ON certificate_selection (profile_id)",
    """CREATE TABLE linkage (
        profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
        service TEXT NOT NULL,
        status TEXT,
        changed_at TEXT,
        follow_up TEXT,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (profile_id, service)
    )""",
    """CREATE TABLE delegation (
        id INTEGER PRIMARY KEY,
        delegator_profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
        delegate_profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
        relation_name TEXT NOT NULL,
        valid_from TEXT,
        valid_to TEXT
    )""",
    """CREATE TABLE delegation_service (
        delegation_id INTEGER NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
        service TEXT NOT NULL,
        PRIMARY KEY (delegation_id, service)
    )""",
    """CREATE TABLE delegation_operation (
        delegation_id INTEGER NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
        operation TEXT NOT NULL,
        state TEXT NOT NULL,
        PRIMARY KEY (delegation_id, operation)
    )""",
    """CREATE TABLE status_change (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
        subject TEXT NOT NULL,
        old TEXT,
        new TEXT,
        at TEXT NOT NULL
    )""",
    "CREATE INDEX ix_status_change_profile_subject ON status_change (profile_id, subject, at)",
)

_V2 = (
    # Issuer numbers (policy, account, donation numbers) may now be remembered in the OS keyring;
    # the row keeps only the opaque key of the keyring entry.
    "ALTER TABLE certificate_selection ADD COLUMN secret_ref TEXT",
    # Issuer names typed before, so STEP2 can suggest them even after a selection was removed.
    """CREATE TABLE issuer_name (
        type_id TEXT NOT NULL,
        name TEXT NOT NULL,
        last_used_at TEXT NOT NULL,
        use_count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (type_id, name)
    )""",
)


def _seed_issuer_names(conn: sqlite3.Connection, now: datetime) -> None:
    """v2 data step: the names already typed in v1 become the first suggestions."""
    conn.execute(
        """INSERT INTO issuer_name (type_id, name, last_used_at, use_count)
           SELECT type_id, issuer, COALESCE(MAX(readiness_changed_at), ?), COUNT(*)
           FROM certificate_selection GROUP BY type_id, issuer""",
        (now.astimezone(UTC).isoformat(timespec="microseconds"),),
    )


_V3 = (
    # For items 証明書の準備状況 lists as 未記載: the day the user confirmed on the delivering site that
    # the data is there (until then the plan says "linked, waiting for the data").
    "ALTER TABLE certificate_selection ADD COLUMN data_confirmed_on TEXT",
    # For a 確認 row of the 連携状況リスト: what the user found on that site (1 linked, 0 not yet).
    "ALTER TABLE linkage ADD COLUMN site_linked INTEGER",
)

_V4 = (
    # Electronic certificates (電子的控除証明書等) the user imported and whose signature verified: the facts
    # read from the signed content, the file's SHA-256 (one record per profile and file) and the name of
    # the byte-for-byte copy kept in the data folder.
    """CREATE TABLE received_file (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        stored_name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        verdict TEXT NOT NULL,
        form TEXT NOT NULL,
        type_id TEXT,
        type_candidates TEXT NOT NULL DEFAULT '',
        tax_year INTEGER,
        issuer TEXT NOT NULL DEFAULT '',
        person TEXT NOT NULL DEFAULT '',
        created_on TEXT,
        amounts TEXT NOT NULL DEFAULT '[]',
        signer_subject TEXT NOT NULL DEFAULT '',
        UNIQUE (profile_id, sha256)
    )""",
    "CREATE INDEX ix_received_file_profile_id ON received_file (profile_id)",
)

_V5 = (
    # The household's own order of members (the header shows them in it; 1, 2, 3 … from the top).
    "ALTER TABLE profile ADD COLUMN position INTEGER NOT NULL DEFAULT 0",
)


def _number_positions(conn: sqlite3.Connection, _now: datetime) -> None:
    """v5 data step: members keep the order they had (the order they were added)."""
    conn.execute("UPDATE profile SET position = id")


_V6 = (
    # Who signed a received file, apart from whether its content is intact (issue 23): the signing
    # certificate's organisation and key, the trust decided from the pins; whether the record was
    # proven from the kept file (0: a backup's record without its file, 記録のみ).
    "ALTER TABLE received_file ADD COLUMN signer_organisation TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE received_file ADD COLUMN signer_spki_sha256 TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE received_file ADD COLUMN signer_trust TEXT NOT NULL DEFAULT 'unknown'",
    "ALTER TABLE received_file ADD COLUMN file_checked INTEGER NOT NULL DEFAULT 1",
    # Each issuer's signer keys, oldest first: the first valid file pins one; the person may accept
    # a renewed key (a new entry); the history is kept.
    """CREATE TABLE signer_pin (
        id INTEGER PRIMARY KEY,
        issuer_key TEXT NOT NULL,
        spki_sha256 TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        first_sha256 TEXT NOT NULL,
        pinned_at TEXT NOT NULL,
        accepted_at TEXT
    )""",
    "CREATE INDEX ix_signer_pin_issuer_key ON signer_pin (issuer_key)",
)

_V7 = (
    # Seasons: one row per tax year prepared. The current season has no end; an earlier one keeps the
    # household as it stood when the season ended (``record``: the backup format's profiles and
    # delegations, as JSON), read-only from then on.
    """CREATE TABLE season (
        tax_year INTEGER PRIMARY KEY,
        began_at TEXT NOT NULL,
        ended_at TEXT,
        record TEXT
    )""",
    # The expiry (not-after day) of the bound card's 利用者証明用電子証明書, read from the card without a
    # password, so the plan and the paper can warn when it ends before the filing period does.
    "ALTER TABLE profile ADD COLUMN card_expires_on TEXT",
)


def _open_first_season(conn: sqlite3.Connection, now: datetime) -> None:
    """v7 data step: what was recorded so far belongs to the season of the latest thing recorded (the
    season of ``now`` for an empty database), so a returning user's next start begins the new one."""
    from app.domain.seasons import season_of_moment  # pure; the store may use the domain

    found = conn.execute(
        """SELECT MAX(at) FROM (
               SELECT MAX(at) AS at FROM status_change
               UNION ALL SELECT MAX(readiness_changed_at) FROM certificate_selection
               UNION ALL SELECT MAX(changed_at) FROM linkage
               UNION ALL SELECT MAX(completed_at) FROM progress_item)"""
    ).fetchone()
    latest = now if found is None or found[0] is None else datetime.fromisoformat(found[0])
    if latest.tzinfo is None:
        latest = latest.replace(tzinfo=UTC)
    conn.execute(
        "INSERT INTO season (tax_year, began_at) VALUES (?, ?)",
        (season_of_moment(latest), now.astimezone(UTC).isoformat(timespec="microseconds")),
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema: profiles, progress, certificates, linkages, delegations, history", _V1),
    Migration(
        2, "remembered issuer numbers (secret_ref) and issuer-name suggestions", _V2, _seed_issuer_names
    ),
    Migration(3, "data confirmed on the delivering site; 確認 rows checked on the site", _V3),  # i18n: log
    Migration(4, "received electronic certificates (verified files kept in the data folder)", _V4),
    Migration(5, "the household's order of members", _V5, _number_positions),
    Migration(6, "who signed a received file (pins per issuer), and records kept without their file", _V6),
    Migration(
        7, "seasons (earlier ones kept read-only); the card certificate's expiry", _V7, _open_first_season
    ),
)

DB_NAME = "myna-prep.db"  # the database file in the data directory

LATEST: int = MIGRATIONS[-1].version


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def apply(conn: sqlite3.Connection, *, target: int = LATEST, now: datetime | None = None) -> int:
    """Bring the database from its current version up to ``target`` in ONE transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Returns the version it started at.
    The version is written with ``PRAGMA user_version`` inside the same transaction, so either every
    step is applied or none is.
    """
    start = schema_version(conn)
    if start >= target:
        return start
    moment = now or datetime.now(UTC)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in MIGRATIONS:
            if start < step.version <= target:
                for statement in step.statements:
                    conn.execute(statement)
                if step.data_step is not None:
                    step.data_step(conn, moment)
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return start


def backup_copy(conn: sqlite3.Connection, db_path: Path, version: int, stamp: str) -> Path:
    """Write a consistent copy of the database (SQLite backup API, so WAL content is included)."""
    target = fileutil.unused_path(db_path.with_name(f"{db_path.name}.v{version}-backup-{stamp}"))
    fileutil.create_private_file(target)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    fileutil.fsync_path(target)
    fileutil.fsync_dir(target.parent)
    return target
