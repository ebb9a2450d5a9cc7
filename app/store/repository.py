"""The household store: every public method is one transaction and returns domain objects.

Use from one thread (the GUI thread, or one worker). Typical use::

    from app.store.repository import Store
    store, notices = Store.open(data_dir)        # notices: tuple[Notice, ...] to show once
    household = store.load_household()
    store.set_progress(pid, "step1.register", state=TaskState.DONE)

Errors (``app.store.errors``, all with a Japanese ``text()``): ``StoreValidationError`` (input refused,
nothing saved), ``StoreWriteError`` (disk full, read-only...: the change was NOT saved),
``StoreNotFoundError`` (the record is gone), ``KnownError``/``BugError`` for failed reads.

Every change of a state (checklist item, certificate readiness and STEP4 tasks, linkage status, the
guide's delegation operations) is appended to the history in the same transaction; ``history()`` gives
the timeline. Timestamps are aware datetimes in UTC, taken from ``clock``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from app.domain.model import (
    Household,
)
from app.store import messages
from app.store.delegations import Delegations
from app.store.engine import DB_NAME, Notice, prepare
from app.store.errors import (
    StoreOpenError,
)
from app.store.household_io import HouseholdIO
from app.store.members import Members
from app.store.preparation import Preparation
from app.store.received_store import ReceivedFiles
from app.store.seasons import Seasons
from app.store.unit_of_work import UNSET, RemovedCertificate, StoreBase, _utc_now

__all__ = ["UNSET", "OpenResult", "RemovedCertificate", "Store", "load_stored_household"]


class OpenResult(NamedTuple):
    store: Store
    notices: tuple[Notice, ...]


class Store(Members, Preparation, Delegations, ReceivedFiles, Seasons, HouseholdIO, StoreBase):
    """The household store over one SQLite file (see the module docstring)."""

    @classmethod
    def open(cls, data_dir: Path | str, *, clock: Callable[[], datetime] = _utc_now) -> OpenResult:
        """Open (creating, repairing or migrating as needed) the store in ``data_dir``.

        Raises ``StoreOpenError`` when the directory is unusable. Damaged files, newer schemas and
        read-only places do not raise: they come back as notices to show the user.
        """
        prepared = prepare(Path(data_dir), now=clock())
        return OpenResult(cls(prepared, clock=clock), tuple(prepared.notices))


def load_stored_household(
    data_dir: Path, on_notice: Callable[[Notice], object] = lambda _n: None
) -> Household:
    """The household stored in ``data_dir``, for commands and printing: an empty one when there is no
    database yet (reading must not create one as a side effect). Notices go to ``on_notice``."""
    if data_dir.exists() and not data_dir.is_dir():
        raise StoreOpenError(messages.dir_is_file(data_dir))
    if not os.path.lexists(data_dir / DB_NAME):
        return Household()
    store, notices = Store.open(data_dir)
    with store:
        for notice in notices:
            on_notice(notice)
        return store.load_household()
