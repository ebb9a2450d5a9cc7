"""The store's error tree, after qutebrowser's ``misc/sql.py``.

``KnownError``: the environment is at fault (disk full, read-only media, a damaged file, a backup file
that is not ours); the user can act on ``text()``. ``BugError``: our own fault (a constraint we should
have checked, SQL that does not match the schema); the UI shows ``text()`` and logs the detail.
``StoreValidationError``: the user's input was refused before anything was written.

Every error carries ``text()``, one :class:`messages.Message`; ``detail`` keeps the technical
cause for logs (never shown as the message, never holding secrets).

This module imports only the standard library so the UI can catch these errors without loading
SQLAlchemy.
"""

from __future__ import annotations

from app.store import messages


class StoreError(Exception):
    """Base of everything the store raises on purpose."""

    def __init__(self, text: messages.Message, *, detail: str | None = None) -> None:
        super().__init__(str(text) if detail is None else f"{text} [{detail}]")
        self._text = text
        self.detail = detail

    def text(self) -> messages.Message:
        """The sentence to show to the user (``app.i18n.words`` says it in their language)."""
        return self._text


class KnownError(StoreError):
    """An environment problem the user can understand (disk, permissions, damaged or foreign files)."""


class BugError(StoreError):
    """A programming error on our side; report it."""


class StoreWriteError(KnownError):
    """A change was NOT saved; ``text()`` says so and why."""


class StoreOpenError(KnownError):
    """The store could not be opened at all (data directory unusable, file cannot be moved aside)."""


class StoreValidationError(StoreError, ValueError):
    """The user's input was refused; nothing was saved."""


class StoreNotFoundError(StoreError, LookupError):
    """The profile, certificate or delegation no longer exists (e.g. removed in another view)."""

    def __init__(self, what: str) -> None:
        super().__init__(messages.NOT_FOUND, detail=what)


class BackupError(KnownError):
    """A backup file could not be written or was refused on import; nothing was changed."""


class SecretsUnavailableError(KnownError):
    """No usable keyring backend (and no opt-in to plaintext), or the backend failed."""


# SQLite primary result codes (sqlite3.h). SQLITE_ERROR is generic (bad SQL, missing table: our bug);
# the others describe the environment.
_SQLITE_ERROR = 1
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_NOMEM = 7
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a sqlite3 error (or of one wrapped by SQLAlchemy)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    return None


def write_error(exc: BaseException) -> StoreError:
    """Map a failed write to the error to raise: ``StoreWriteError`` for the environment, else a bug."""
    code = sqlite_code(exc)
    detail = f"{type(exc).__name__}: {exc}"
    if code == _SQLITE_FULL:
        return StoreWriteError(messages.NOT_SAVED_DISK_FULL, detail=detail)
    if code == _SQLITE_READONLY:
        return StoreWriteError(messages.NOT_SAVED_READ_ONLY_DISK, detail=detail)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreWriteError(messages.NOT_SAVED_BUSY, detail=detail)
    if code in (
        _SQLITE_IOERR,
        _SQLITE_PERM,
        _SQLITE_CANTOPEN,
        _SQLITE_CORRUPT,
        _SQLITE_NOTADB,
        _SQLITE_NOMEM,
    ):
        return StoreWriteError(messages.NOT_SAVED_IO, detail=detail)
    if isinstance(exc, OSError):
        return StoreWriteError(messages.NOT_SAVED_IO, detail=detail)
    return BugError(messages.INTERNAL, detail=detail)


def read_error(exc: BaseException) -> StoreError:
    """Map a failed read: the environment (I/O, damage) is a ``KnownError``, anything else a bug."""
    code = sqlite_code(exc)
    detail = f"{type(exc).__name__}: {exc}"
    if (code is not None and code != _SQLITE_ERROR) or isinstance(exc, OSError):
        return KnownError(messages.NOT_READ, detail=detail)
    return BugError(messages.INTERNAL, detail=detail)
