"""All card I/O on one dedicated thread, awaited from asyncio (qasync) with a bound on every wait.

pcsc-lite wants a context per thread and pyscard is not thread-safe, so every card call goes
through one :class:`CardWorker`. Its thread is private (not the event loop's default executor, whose
shutdown would wait forever on a card that never answers) and a daemon: when a call overruns its
timeout the caller gets :class:`~app.card.errors.CardTimeout` at once, the stuck thread is abandoned
and a fresh one serves the next call.

:class:`CardService` is the façade the UI and ``doctor`` use: diagnose, authenticate, check a password,
read the basic four items — each opening its own connection on the worker thread.
"""

from __future__ import annotations

import concurrent.futures
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from app.card.diagnosis import CardSnapshot
from app.card.errors import CardTimeout
from app.card.jpki import AuthResult
from app.card.pins import Pin, PinKind
from app.card.text_ap import BasicInfo, MyNumber

logger = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT = 20.0

_Job = tuple[concurrent.futures.Future[Any], Callable[[], Any]]


class _WorkerThread(threading.Thread):
    def __init__(self, name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            future, fn = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn()
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)


class CardWorker:
    """A single-thread executor with its own lifetime."""

    def __init__(self, name: str = "card-io") -> None:
        self._name = name
        self._lock = threading.Lock()
        self._thread: _WorkerThread | None = None
        self._closed = False
        self.abandoned = 0

    def _current(self) -> _WorkerThread:
        with self._lock:
            if self._closed:
                raise RuntimeError("card worker is shut down")
            if self._thread is None:
                self._thread = _WorkerThread(self._name)
                self._thread.start()
            return self._thread

    def submit(self, fn: Callable[[], T]) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self._current().jobs.put((future, fn))
        return future

    def _abandon(self, thread: _WorkerThread) -> None:
        with self._lock:
            if self._thread is thread:
                thread.jobs.put(None)  # it exits once its stuck call returns
                self._thread = None
                self.abandoned += 1
        logger.warning("card call timed out; worker thread abandoned")

    def call(self, fn: Callable[[], T], *, timeout: float = DEFAULT_TIMEOUT) -> T:
        """Run ``fn`` on the worker and wait at most ``timeout`` seconds (blocking callers: CLI)."""
        thread = self._current()
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        thread.jobs.put((future, fn))
        try:
            return future.result(timeout=timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            self._abandon(thread)
            raise CardTimeout(f"no answer within {timeout:g} s") from None

    async def run(self, fn: Callable[[], T], *, timeout: float = DEFAULT_TIMEOUT) -> T:
        """Await ``fn`` on the worker from the event loop, bounded by ``timeout`` seconds."""
        import asyncio  # here: the CLI (doctor) never needs it

        thread = self._current()
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        thread.jobs.put((future, fn))
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError:
            self._abandon(thread)
            raise CardTimeout(f"no answer within {timeout:g} s") from None

    def shutdown(self, timeout: float = 2.0) -> None:
        """Stop the thread; waits at most ``timeout`` seconds for a running call."""
        with self._lock:
            self._closed = True
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.jobs.put(None)
            thread.join(timeout)


@dataclass(frozen=True, slots=True)
class TextApResult:
    """What 基本4情報の読み取り returns (personal data: show, never store or log)."""

    basic: BasicInfo
    my_number: MyNumber

    def __repr__(self) -> str:
        return f"TextApResult({self.basic!r}, {self.my_number!r})"


def _warm_up() -> None:
    import cryptography.exceptions
    import cryptography.hazmat.primitives.asymmetric.padding
    import cryptography.x509

    import app.card.pcsc

    del cryptography, app


class CardService:
    """Card operations for the UI and the CLI, each run on the worker with its own connection."""

    def __init__(self, worker: CardWorker | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.worker = worker or CardWorker()
        self._owns_worker = worker is None
        self.timeout = timeout

    def close(self) -> None:
        if self._owns_worker:
            self.worker.shutdown()

    def warm_up(self) -> concurrent.futures.Future[None]:
        """Import pyscard and cryptography on the worker now, not during the first card operation
        (loading cryptography's native module holds the GIL for ~40 ms)."""
        return self.worker.submit(_warm_up)

    # -- synchronous flows (run on the worker thread) ------------------------------------------
    @staticmethod
    def diagnose_sync(reader: str | None = None) -> CardSnapshot:
        from app.card.diagnosis import diagnose

        return diagnose(reader)

    @staticmethod
    def authenticate_sync(reader: str, pin: Pin, confirmations: int = 0) -> AuthResult:
        from app.card.jpki import JpkiSession
        from app.card.pcsc import PcscConnection

        try:
            with PcscConnection(reader) as conn, conn.transaction():
                return JpkiSession(conn).authenticate(pin, confirmations=confirmations)
        finally:
            pin.wipe()

    @staticmethod
    def verify_sync(reader: str, pin: Pin, confirmations: int = 0) -> None:
        from app.card.jpki import JpkiSession
        from app.card.pcsc import PcscConnection
        from app.card.text_ap import TextApSession

        try:
            with PcscConnection(reader) as conn, conn.transaction():
                if pin.kind is PinKind.TEXT:
                    TextApSession(conn).verify(pin, confirmations=confirmations)
                else:
                    JpkiSession(conn).verify(pin, confirmations=confirmations)
        finally:
            pin.wipe()

    @staticmethod
    def read_text_sync(reader: str, pin: Pin, confirmations: int = 0) -> TextApResult:
        from app.card.pcsc import PcscConnection
        from app.card.text_ap import TextApSession

        try:
            with PcscConnection(reader) as conn, conn.transaction():
                session = TextApSession(conn)
                session.verify(pin, confirmations=confirmations)
                return TextApResult(basic=session.read_basic4(), my_number=session.read_my_number())
        finally:
            pin.wipe()

    # -- awaited from the event loop ------------------------------------------------------------
    async def diagnose(self, reader: str | None = None) -> CardSnapshot:
        return await self.worker.run(lambda: self.diagnose_sync(reader), timeout=self.timeout)

    async def authenticate(self, reader: str, pin: Pin, confirmations: int = 0) -> AuthResult:
        return await self.worker.run(
            lambda: self.authenticate_sync(reader, pin, confirmations), timeout=self.timeout
        )

    async def verify(self, reader: str, pin: Pin, confirmations: int = 0) -> None:
        await self.worker.run(lambda: self.verify_sync(reader, pin, confirmations), timeout=self.timeout)

    async def read_text(self, reader: str, pin: Pin, confirmations: int = 0) -> TextApResult:
        return await self.worker.run(
            lambda: self.read_text_sync(reader, pin, confirmations), timeout=self.timeout
        )
