"""Hot-plug: reader added/removed and card inserted/removed as Qt signals (QtCore only).

A background thread owns its own PC/SC context (through :mod:`app.card.pcsc`), waits with
``SCardGetStatusChange`` in bounded slices and re-lists the readers between slices. Changes travel to
the monitor's own thread through a queued signal, so every public signal is emitted in the thread the
monitor lives in (the GUI thread) and receivers may touch widgets.

On start the monitor reports what is already there (reader_added, then card_inserted).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.card.errors import CardError, ServiceUnavailable

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Change:
    kind: str  # reader_added, reader_removed, card_inserted, card_removed, service
    reader: str = ""
    atr: str = ""
    ok: bool = True


class CardMonitor(QObject):
    """Watch every reader. Create it in the GUI thread, ``start()`` it, ``stop()`` it on quit."""

    reader_added = Signal(str)
    reader_removed = Signal(str)
    card_inserted = Signal(str, str)  # reader, ATR (lowercase hex)
    card_removed = Signal(str)
    service_changed = Signal(bool)  # PC/SC service reachable or not

    _relay = Signal(object)

    def __init__(self, parent: QObject | None = None, *, interval: float = 0.5) -> None:
        super().__init__(parent)
        self.setObjectName("cardMonitor")
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._context_lock = threading.Lock()
        self._context: object | None = None
        self.readers: dict[str, bool] = {}  # as last reported: reader -> card present
        self.service_ok: bool | None = None
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- lifetime -----------------------------------------------------------------------------------
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

    # -- GUI-thread side --------------------------------------------------------------------------
    @Slot(object)
    def _deliver(self, change: _Change) -> None:
        if change.kind == "service":
            if change.ok != self.service_ok:
                self.service_ok = change.ok
                self.service_changed.emit(change.ok)
        elif change.kind == "reader_added":
            self.readers[change.reader] = False
            self.reader_added.emit(change.reader)
        elif change.kind == "reader_removed":
            self.readers.pop(change.reader, None)
            self.reader_removed.emit(change.reader)
        elif change.kind == "card_inserted":
            self.readers[change.reader] = True
            self.card_inserted.emit(change.reader, change.atr)
        elif change.kind == "card_removed":
            if change.reader in self.readers:
                self.readers[change.reader] = False
            self.card_removed.emit(change.reader)

    # -- monitor thread ---------------------------------------------------------------------------
    def _post(self, change: _Change) -> None:
        self._relay.emit(change)

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
                    self._post(_Change("service", ok=False))
                self._forget_all(present)
                self._stop.wait(self.interval)
                continue
            with self._context_lock:
                self._context = context
            if service is not True:
                service = True
                self._post(_Change("service", ok=True))
            try:
                self._watch(context, present)
            except ServiceUnavailable:
                service = False
                self._post(_Change("service", ok=False))
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
                self._post(_Change("card_removed", name))
            self._post(_Change("reader_removed", name))
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
                    self._post(_Change("card_removed", name))
                self._post(_Change("reader_removed", name))
                events.pop(name, None)
            for name in names:
                if name not in present:
                    present[name] = False
                    self._post(_Change("reader_added", name))
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
                    self._post(_Change("card_inserted", name, atr.hex()))
                elif not is_present and present.get(name, False):
                    present[name] = False
                    self._post(_Change("card_removed", name))
