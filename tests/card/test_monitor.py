"""Hot-plug: the card layer's ReaderWatcher (plain threads, a queue here) and the UI's CardMonitor,
which relays it as Qt signals in the GUI thread (pytest-qt)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.card.monitor import ChangeKind, ReaderChange, ReaderWatcher
from app.ui.card_reader.monitor import CardMonitor
from tests.card.conftest import Cards, PcscStack
from tests.vcard.jpki_card import ATR_JPKI, READER_00, READER_01

pytestmark = pytest.mark.pcsc


@pytest.fixture
def monitor(pcscd: PcscStack, qtbot: QtBot) -> Iterator[CardMonitor]:
    mon = CardMonitor(interval=0.2)
    yield mon
    mon.stop()
    assert not mon.running


def test_initial_readers_then_insert_and_remove(monitor: CardMonitor, cards: Cards, qtbot: QtBot) -> None:
    added: list[str] = []
    monitor.reader_added.connect(added.append)
    with qtbot.waitSignal(monitor.service_changed, timeout=3000) as service:
        monitor.start()
    assert service.args == [True]
    qtbot.waitUntil(lambda: set(added) == {READER_00, READER_01}, timeout=3000)

    with qtbot.waitSignal(monitor.card_inserted, timeout=3000) as inserted:
        card = cards.insert("normal", slot=1)
    assert inserted.args == [READER_01, ATR_JPKI.hex()]
    assert monitor.readers == {READER_00: False, READER_01: True}

    with qtbot.waitSignal(monitor.card_removed, timeout=3000) as removed:
        card.remove()
    assert removed.args == [READER_01]
    assert monitor.readers[READER_01] is False


def test_card_already_present_is_reported_on_start(monitor: CardMonitor, cards: Cards, qtbot: QtBot) -> None:
    cards.insert("normal", slot=0)
    with qtbot.waitSignal(monitor.card_inserted, timeout=3000) as inserted:
        monitor.start()
    assert inserted.args[0] == READER_00


def _next(changes: queue.SimpleQueue[tuple[ReaderChange, str]], kind: ChangeKind) -> ReaderChange:
    """The next change of ``kind`` (others pass by); the bound only stops a hang."""
    while True:
        change, thread = changes.get(timeout=5)
        assert thread == "card-monitor"  # reported on the watcher's own thread, not the caller's
        if change.kind is kind:
            return change


def test_the_watcher_reports_through_its_callback_without_qt(pcscd: PcscStack, cards: Cards) -> None:
    changes: queue.SimpleQueue[tuple[ReaderChange, str]] = queue.SimpleQueue()
    watcher = ReaderWatcher(
        lambda change: changes.put((change, threading.current_thread().name)), interval=0.2
    )
    watcher.start()
    try:
        assert _next(changes, ChangeKind.SERVICE).ok is True
        added = {_next(changes, ChangeKind.READER_ADDED).reader for _ in range(2)}
        assert added == {READER_00, READER_01}
        card = cards.insert("normal", slot=0)
        inserted = _next(changes, ChangeKind.CARD_INSERTED)
        assert (inserted.reader, inserted.atr) == (READER_00, ATR_JPKI.hex())
        card.remove()
        assert _next(changes, ChangeKind.CARD_REMOVED).reader == READER_00
    finally:
        watcher.stop()
    assert not watcher.running
