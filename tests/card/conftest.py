"""The PC/SC test stack: a real pcscd with the vsmartcard vpcd driver, and our virtual JPKI card.

``pcscd`` (session): uses a running pcscd or starts ``pcscd --foreground`` (never ``--auto-exit``) and
stops it at the end; waits for the ``Virtual PCD 00 00`` reader. When pcscd, the vpcd driver or
pyscard is missing the tests are skipped with the reason — or fail when ``MYNA_PREP_REQUIRE_PCSC=1``.

``cards`` (function): inserts virtual cards (slot 0 = ``Virtual PCD 00 00``, slot 1 = ``... 00 01``),
waits until pcscd reports them, and removes them afterwards. Re-inserting into a slot waits out the
0.45 s race in which pcscd would miss the new card.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import qasync
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

if TYPE_CHECKING:
    from app.ui.card_reader.monitor import CardMonitor

from tests.vcard.jpki_card import READER_00, READER_01, Scenario, VirtualCard  # noqa: E402
from tests.vcard.stack import StackUnavailable, card_present, pcscd_stack, stack_lock, wait_until  # noqa: E402

REQUIRE_ENV = "MYNA_PREP_REQUIRE_PCSC"
SLOTS = {0: (35963, READER_00), 1: (35964, READER_01)}
__all__ = [
    "REPO", "REQUIRE_ENV", "SLOTS", "Cards", "PcscStack", "Removals", "card_present", "wait_until",
]  # fmt: skip


def _skip_or_fail(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"PC/SC test stack required ({REQUIRE_ENV}=1) but unavailable: {reason}", pytrace=False)
    pytest.skip(reason)


@dataclass
class PcscStack:
    started: bool
    log: Path | None


class _Running:
    """This process's stack: brought up by the first PC/SC test and stopped (lock released) right
    after the last one in a row (tests/parallel.py runs them first, one after another), not at the
    end of the session, so another session on this host waits only for our card tests."""

    stack: ExitStack | None = None
    value: PcscStack | None = None
    failure: str | None = None


def stop_pcscd() -> None:
    stack, _Running.stack, _Running.value = _Running.stack, None, None
    if stack is not None:
        stack.close()


@pytest.fixture
def pcscd(tmp_path_factory: pytest.TempPathFactory) -> PcscStack:
    if _Running.failure is not None:  # tried once this session: the same reason for every test
        _skip_or_fail(_Running.failure)
    if _Running.value is None:
        log = tmp_path_factory.mktemp("pcscd") / "pcscd.log"
        stack = ExitStack()
        try:
            stack.enter_context(stack_lock())
            started = stack.enter_context(pcscd_stack(log))
        except StackUnavailable as exc:
            stack.close()
            _Running.failure = str(exc)
            _skip_or_fail(str(exc))
        _Running.stack, _Running.value = stack, PcscStack(started=started, log=log if started else None)
    return _Running.value


@dataclass
class Cards:
    """Insert and remove virtual cards; everything inserted is removed at teardown."""

    inserted: list[VirtualCard] = field(default_factory=list)

    def insert(self, scenario: Scenario | str = "normal", slot: int = 0, **changes: object) -> VirtualCard:
        from tests.vcard.jpki_card import SCENARIOS

        if isinstance(scenario, str):
            scenario = SCENARIOS[scenario]
        if changes:
            scenario = scenario.with_(**changes)
        port, reader = SLOTS[slot]
        self.wait_absent(slot)
        card = VirtualCard(scenario, port=port)
        card.reader = reader  # type: ignore[attr-defined]
        card.insert()
        self.inserted.append(card)
        wait_until(lambda: card_present(reader), 3, f"pcscd to see the card in {reader}")
        return card

    def remove(self, card: VirtualCard, *, wait: bool = True) -> None:
        card.remove()
        if wait:
            reader = SLOTS[0 if card.port == 35963 else 1][1]
            wait_until(lambda: not card_present(reader), 3, f"pcscd to see {reader} empty")

    def wait_absent(self, slot: int) -> None:
        reader = SLOTS[slot][1]
        wait_until(lambda: not card_present(reader), 3, f"{reader} to be empty")

    def remove_all(self) -> None:
        for card in self.inserted:
            card.remove()
        self.inserted.clear()


@pytest.fixture
def cards(pcscd: PcscStack) -> Iterator[Cards]:
    holder = Cards()
    yield holder
    holder.remove_all()
    for slot in SLOTS:
        holder.wait_absent(slot)


class Removals:
    """Counts the monitor's ``card_removed``: a re-insert waits until the app itself saw the card go
    (the monitor polls pcscd; a removal and insert within one poll would look like no change)."""

    def __init__(self, monitor: CardMonitor) -> None:
        self.count = 0
        monitor.card_removed.connect(self._seen)

    def _seen(self, _reader: str) -> None:
        self.count += 1


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)
