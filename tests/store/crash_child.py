"""The writer the crash-safety test kills: records progress in a loop and reports each committed id.

It runs in a child forked from multiprocessing's fork server, which has imported this module (and
with it the store) once: a fork starts in milliseconds where a new interpreter took half a second,
and the kill still ends a real process with the database open. An id is reported only after the
transaction that recorded item ``crash.N`` returned, so every reported id must survive a SIGKILL.
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from app.domain.model import TaskState
from app.store.repository import Store

READY = "ready"


def record(data_dir: Path, first: int, report: Connection) -> None:
    """Open the store (creating, checking or migrating the file), say READY, then commit and
    report ``first``, ``first + 1``, … until killed. (A report is one write to a pipe, whole or
    not at all: a kill never leaves half a number.)"""
    store, _ = Store.open(data_dir)
    members = store.load_household().members
    pid = members[0].profile.id if members else store.add_profile("クラッシュ").id
    report.send(READY)
    n = first
    while True:
        store.set_progress(pid, f"crash.{n}", state=TaskState.DONE, note=str(n))
        report.send(n)
        n += 1
