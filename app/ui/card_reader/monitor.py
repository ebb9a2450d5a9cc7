"""Hot-plug as Qt signals, emitted in the GUI thread (QtCore only).

:class:`~app.card.monitor.ReaderWatcher` reports each change on its own thread; the monitor relays it
through a queued signal to the thread it lives in (the GUI thread), so receivers may touch widgets.
On start it reports what is already there (reader_added, then card_inserted).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.card.monitor import ChangeKind, ReaderChange, ReaderWatcher


class CardMonitor(QObject):
    """Watch every reader. Create it in the GUI thread, ``start()`` it, ``stop()`` it on quit."""

    reader_added = Signal(str)
    reader_removed = Signal(str)
    card_inserted = Signal(str, str)  # reader, ATR (lowercase hex)
    card_removed = Signal(str)
    service_changed = Signal(bool)  # PC/SC service reachable or not

    _relay = Signal(object)  # a ReaderChange, from the watcher's thread to ours

    def __init__(self, parent: QObject | None = None, *, interval: float = 0.5) -> None:
        super().__init__(parent)
        self.setObjectName("cardMonitor")
        self.readers: dict[str, bool] = {}  # as last reported: reader -> card present
        self.service_ok: bool | None = None
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._watcher = ReaderWatcher(self._relay.emit, interval=interval)

    def start(self) -> None:
        self._watcher.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._watcher.stop(timeout)

    @property
    def running(self) -> bool:
        return self._watcher.running

    @Slot(object)
    def _deliver(self, change: ReaderChange) -> None:
        if change.kind is ChangeKind.SERVICE:
            if change.ok != self.service_ok:
                self.service_ok = change.ok
                self.service_changed.emit(change.ok)
        elif change.kind is ChangeKind.READER_ADDED:
            self.readers[change.reader] = False
            self.reader_added.emit(change.reader)
        elif change.kind is ChangeKind.READER_REMOVED:
            self.readers.pop(change.reader, None)
            self.reader_removed.emit(change.reader)
        elif change.kind is ChangeKind.CARD_INSERTED:
            self.readers[change.reader] = True
            self.card_inserted.emit(change.reader, change.atr)
        elif change.kind is ChangeKind.CARD_REMOVED:
            if change.reader in self.readers:
                self.readers[change.reader] = False
            self.card_removed.emit(change.reader)
