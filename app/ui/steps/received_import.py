"""Importing received files off the window's thread: verify in a worker, keep on the window's thread.

The verifier (``app.certificates``, lxml) runs in a background thread, one file after another, so the
window stays responsive; each answer comes back through a queued signal and valid files are kept
through the session (the store is used from the window's thread only). A bad file never stops
the rest: each file gets its own outcome. Cancel stops before the next file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain.received import Reason, ReceivedFile, Verification

if TYPE_CHECKING:
    from app.session import HouseholdSession
    from app.store.repository import Store

log = logging.getLogger(__name__)

MAX_FILES_PER_DROP = 200  # a folder of certificates is a few dozen files; refuse to walk a whole disk


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    path: Path
    verification: Verification
    record: ReceivedFile | None = None
    new: bool = False
    error: str | None = None  # a store error, as shown


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder gives its *.xml files (sorted, at most ``MAX_FILES_PER_DROP``).
    Links inside a dropped folder are not followed."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = (p for p in path.rglob("*") if not p.is_symlink() and p.suffix.lower() == ".xml")
            found.extend(sorted(p for p in inside if p.is_file()))
        else:
            found.append(path)
        if len(found) >= MAX_FILES_PER_DROP:
            break
    return found[:MAX_FILES_PER_DROP]


def read_one(path: Path) -> tuple[bytes, Verification] | Verification:
    """One file's bytes and verification; never raises (a last guard: the verifier should not)."""
    from app.certificates.verify import read_for_import

    try:
        return read_for_import(path)
    except Exception:  # one bad file must never stop a folder import
        log.exception("verifying %s failed", path.name)
        return Verification(Reason.UNSUPPORTED_SIGNATURE, "", 0)


@dataclass(slots=True)
class _Keep:
    """One store call (through the session, which reports store errors) keeping one verified file."""

    profile_id: int
    data: bytes
    verification: Verification
    name: str
    session: HouseholdSession
    result: tuple[ReceivedFile, bool] | None = None

    def __call__(self, store: Store) -> None:
        listed = self.session.catalog.signers
        self.result = store.keep_received(self.profile_id, self.data, self.verification, self.name, listed)


class ImportJob(QObject):
    """Verify ``paths`` in a worker thread and keep the valid ones for the current member."""

    progressed = Signal(int, int)  # files answered, files in all
    finished = Signal(object)  # tuple[ImportOutcome, ...]
    _answered = Signal(int, object)  # from the worker: index, (bytes, Verification) | Verification

    def __init__(self, session: HouseholdSession, paths: Sequence[Path], parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.profile_id = session.profile_id  # the member shown when the files were given
        self.paths = expand(paths)
        self.outcomes: list[ImportOutcome] = []
        self.done = False
        self.cancelled = False
        self._stop = threading.Event()
        self._answered.connect(self._keep, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._work, name="certificate-import", daemon=True)

    def start(self) -> ImportJob:
        if self.paths:
            self._thread.start()
        else:
            self._finish()
        return self

    def cancel(self) -> None:
        """Stop before the next file (the one being read is at most a second of work)."""
        self.cancelled = True
        self._stop.set()

    @property
    def skipped(self) -> int:
        return len(self.paths) - len(self.outcomes)

    def _work(self) -> None:
        try:
            for index, path in enumerate(self.paths):
                if self._stop.is_set():
                    break
                self._answered.emit(index, read_one(path))
            self._answered.emit(-1, None)
        except RuntimeError:  # the page (and this job) was deleted meanwhile: nobody is waiting
            return

    def _keep(self, index: int, read: object) -> None:
        if index < 0:
            self._finish()
            return
        path = self.paths[index]
        pid = self.profile_id
        if isinstance(read, Verification):
            self.outcomes.append(ImportOutcome(path, read))
        elif isinstance(read, tuple):
            data, verification = read
            if not verification.valid or pid is None or self.cancelled:
                self.outcomes.append(ImportOutcome(path, verification))
            else:
                kept = _Keep(pid, data, verification, path.name, self.session)
                error = self.session.call(kept, refresh=False)
                record, new = kept.result if kept.result is not None else (None, False)
                self.outcomes.append(ImportOutcome(path, verification, record, new, error))
        self.progressed.emit(len(self.outcomes), len(self.paths))

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self.session.changed.emit()
        self.finished.emit(tuple(self.outcomes))


class ImportProgress(QProgressDialog):
    """「確認しています… 3 / 10」 with 中止 while an import runs (shown only if it takes a moment)."""

    def __init__(self, job: ImportJob, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgressDialog")
        self.setWindowTitle(QCoreApplication.translate("Received", "証明書ファイルを確認しています"))
        self.setCancelButtonText(QCoreApplication.translate("Received", "中止"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)
        self.setAutoClose(True)
        self.setRange(0, max(1, len(job.paths)))
        self.setValue(0)
        self._show(0, len(job.paths))
        job.progressed.connect(self._show)
        job.finished.connect(lambda _outcomes: self.reset())
        self.canceled.connect(job.cancel)

    def _show(self, done: int, total: int) -> None:
        self.setLabelText(
            QCoreApplication.translate("Received", "署名を確認しています… {done} / {total} 件").format(
                done=done, total=total
            )
        )
        self.setValue(min(done, self.maximum()))
