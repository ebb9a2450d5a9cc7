"""Hot-plug signals from CardMonitor (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.card.monitor import CardMonitor
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
