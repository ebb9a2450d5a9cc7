"""The card pulled at every APDU index of every flow: a clear error, no crash, no try spent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.card.diagnosis import EXIT_CARD_FAILED, diagnose
from app.card.errors import CardError, CardRemoved
from app.card.pins import Pin, PinKind
from app.card.worker import CardService
from tests.card.conftest import SLOTS, Cards
from tests.vcard.jpki_card import AUTH_PIN, SIGN_PIN, TEXT_PIN

pytestmark = pytest.mark.pcsc


def _diagnose(reader: str) -> None:
    snap = diagnose(reader)
    if snap.failed:
        assert snap.exit_code == EXIT_CARD_FAILED
        assert snap.problems[0].code == "card_removed"
        raise CardRemoved("diagnosis failed")


FLOWS: dict[str, Callable[[str], object]] = {
    "diagnose": _diagnose,
    "authenticate": lambda r: CardService.authenticate_sync(r, Pin(PinKind.AUTH, AUTH_PIN)),
    "verify_sign": lambda r: CardService.verify_sync(r, Pin(PinKind.SIGN, SIGN_PIN)),
    "read_text": lambda r: CardService.read_text_sync(r, Pin(PinKind.TEXT, TEXT_PIN)),
}


@pytest.mark.parametrize("flow", sorted(FLOWS))
def test_pulled_at_every_apdu(cards: Cards, flow: str) -> None:
    run = FLOWS[flow]
    reference = cards.insert("normal", slot=0)
    run(SLOTS[0][1])
    total = len(reference.model.log)
    assert total > 0
    cards.remove(reference, wait=False)
    outcomes: list[str] = []
    for index in range(total):
        slot = (index + 1) % 2  # alternate the readers so pcscd's removal poll overlaps the next run
        card = cards.insert("normal", slot=slot, pull_after=index)
        before = dict(card.model.remaining)
        with pytest.raises(CardError) as info:
            run(SLOTS[slot][1])
        assert info.value.code == "card_removed", (index, info.value)
        assert card.pulled.is_set()
        assert len(card.model.log) == index
        assert card.model.remaining == before  # no try spent, whatever the index
        outcomes.append(info.value.code)
        cards.remove(card, wait=False)
    assert outcomes == ["card_removed"] * total
