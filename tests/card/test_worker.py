"""The card worker: one thread, bounded waits, a card that never answers."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from app.card.diagnosis import EXIT_OK
from app.card.errors import CardTimeout
from app.card.worker import CardService, CardWorker
from tests.card.conftest import SLOTS, Cards
from tests.event_loop import run

pytestmark = pytest.mark.pcsc


def test_all_calls_run_on_one_thread() -> None:
    worker = CardWorker()
    try:
        names = {worker.call(lambda: threading.current_thread().name) for _ in range(5)}
        assert names == {"card-io"}
        assert threading.current_thread().name not in names
    finally:
        worker.shutdown()


def test_a_card_that_never_answers_times_out_and_the_worker_recovers(cards: Cards) -> None:
    hung = cards.insert("normal", slot=0, hang_after=2)
    service = CardService(timeout=1.0)
    loop = asyncio.new_event_loop()
    try:
        started = time.monotonic()
        with pytest.raises(CardTimeout):
            run(loop, service.diagnose(SLOTS[0][1]))
        assert time.monotonic() - started >= 0.9  # it waited for the card, then gave up
        assert service.worker.abandoned == 1
        hung.remove()  # unblocks the abandoned thread
        cards.insert("normal", slot=1)
        service.timeout = 60.0  # the recovery is the point here, not how fast a busy machine reads
        snap = run(loop, service.diagnose(SLOTS[1][1]))
        assert snap.exit_code == EXIT_OK
    finally:
        loop.close()
        service.close()


def test_slow_card_still_answers(cards: Cards) -> None:
    cards.insert("slow")
    service = CardService(timeout=10)
    try:
        snap = service.worker.call(lambda: service.diagnose_sync())
        assert snap.exit_code == EXIT_OK, (snap.problems, snap.apdu_count)
    finally:
        service.close()
