"""Local SQLite store (sqlmodel) returning domain objects; secrets in the OS keyring.

Modules (flat; this package imports nothing, so ``import app.store`` stays free):

- ``repository``: ``Store`` — open, load the household, one transaction per user action (sqlmodel).
- ``engine``: opening the file safely (damaged/foreign files kept aside, newer schema read-only, WAL,
  0600) and the SQLAlchemy engine; ``Notice``/``NoticeKind``.
- ``migrations``: the ordered schema migrations (``PRAGMA user_version``) and the pre-migration backup.
- ``tables``: the sqlmodel table classes.
- ``backup``: versioned JSON export/import of the whole household (docs/backup-format.md).
- ``secrets``: remembered issuer numbers in the keyring, by opaque reference.
- ``errors``, ``messages``: the error tree with user-facing ``text()`` and every Japanese sentence;
  standard library only, cheap for the UI to import.
- ``fileutil``: private files, fsync, atomic writes.
"""
