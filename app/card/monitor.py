"""Hot-plug: reader added/removed and card inserted/removed, watched on a background thread.

:class:`ReaderWatcher` owns its own PC/SC context (through :mod:`app.card.pcsc`) on its thread, waits
with ``SCardGetStatusChange`` in bounded slices and re-lists the readers between slices. Each change
goes to ``report`` as a :class:`ReaderChange`, called on the watcher's thread: a GUI hands it on to
its own thread (``app.ui.card_reader.monitor``), anything else may put it in a queue.

On start the watcher reports what is already there (the service, reader_added, then card_inserted).
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.card.errors import CardError, ServiceUnavailable

logger = logging.getLogger(__name__)


class ChangeKind(enum.Enum):
    SERVICE = enum.auto()  # the PC/SC service became reachable (``ok``) or not
    READER_ADDED = enum.auto()
    READER_REMOVED = enum.auto()
    CARD_INSERTED = enum.auto()
    CARD_REMOVED = enum.auto()


@dataclass(frozen=True, slots=True)
class ReaderChange:
    kind: ChangeKind
    reader: str = ""
    atr: str = ""  # CARD_INSERTED: the card's ATR, lowercase hex
    ok: bool = True  # SERVICE: reachable or not


class ReaderWatcher:
    """Watch every reader until ``stop()``; ``report`` is called on the watcher's own thread."""

    def __init__(self, report: Callable[[ReaderChange], None], *, interval: float = 0.5) -> None:
        self.report = report
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._context_lock = threading.Lock()
        self._context: object | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="card-monitor", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        with self._context_lock:
            context = self._context
        if context is not None:
            from app.card.pcsc import Context

            if isinstance(context, Context):
                context.cancel()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _post(self, kind: ChangeKind, reader: str = "", atr: str = "") -> None:
        self.report(ReaderChange(kind, reader, atr))

    def _post_service(self, ok: bool) -> None:
        self.report(ReaderChange(ChangeKind.SERVICE, ok=ok))

    def _run(self) -> None:
        from app.card import pcsc

        present: dict[str, bool] = {}
        service: bool | None = None
        while not self._stop.is_set():
            try:
                context = pcsc.Context()
            except CardError:
                if service is not False:
                    service = False
                    self._post_service(False)
                self._forget_all(present)
                self._stop.wait(self.interval)
                continue
            with self._context_lock:
                self._context = context
            if service is not True:
                service = True
                self._post_service(True)
            try:
                self._watch(context, present)
            except ServiceUnavailable:
                service = False
                self._post_service(False)
                self._forget_all(present)
            except CardError as exc:
                logger.info("card monitor: %s", exc)
                self._stop.wait(self.interval)
            finally:
                with self._context_lock:
                    self._context = None
                context.release()

    def _forget_all(self, present: dict[str, bool]) -> None:
        for name, had_card in list(present.items()):
            if had_card:
                self._post(ChangeKind.CARD_REMOVED, name)
            self._post(ChangeKind.READER_REMOVED, name)
        present.clear()

    def _watch(self, context: object, present: dict[str, bool]) -> None:
        from app.card import pcsc

        assert isinstance(context, pcsc.Context)
        events: dict[str, int] = {}
        timeout_ms = max(1, int(self.interval * 1000))
        while not self._stop.is_set():
            names = context.list_readers()
            for name in [n for n in present if n not in names]:
                if present.pop(name):
                    self._post(ChangeKind.CARD_REMOVED, name)
                self._post(ChangeKind.READER_REMOVED, name)
                events.pop(name, None)
            for name in names:
                if name not in present:
                    present[name] = False
                    self._post(ChangeKind.READER_ADDED, name)
            if not names:
                self._stop.wait(self.interval)
                continue
            query = [(name, events.get(name, 0)) for name in names]
            result = context.wait_change(query, timeout_ms)
            if result is None:
                continue
            for name, event, atr in result:
                events[name] = pcsc.without_changed(event)
                is_present = pcsc.is_present_event(event)
                if is_present and not present.get(name, False):
                    present[name] = True
                    self._post(ChangeKind.CARD_INSERTED, name, atr.hex())
                elif not is_present and present.get(name, False):
                    present[name] = False
                    self._post(ChangeKind.CARD_REMOVED, name)
