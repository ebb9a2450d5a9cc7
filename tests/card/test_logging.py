"""No PIN, My Number or basic-four value reaches a log record, a message or a repr."""

from __future__ import annotations

import logging

import pytest

from app.card.errors import WrongPin
from app.card.pcsc import TRAFFIC
from app.card.pins import Pin, PinKind
from app.card.worker import CardService
from tests.card.conftest import Cards
from tests.vcard.jpki_card import AUTH_PIN, READER_00, SIGN_PIN, TEXT_PIN

pytestmark = pytest.mark.pcsc


def _hexes(secret: str) -> list[str]:
    raw = secret.encode()
    return [raw.hex(), raw.hex(" "), raw.hex(" ").upper(), raw.hex().upper()]


def test_traffic_log_redacts_verify_and_personal_data(cards: Cards, caplog: pytest.LogCaptureFixture) -> None:
    card = cards.insert("normal")
    with caplog.at_level(TRAFFIC, logger="app.card"):
        CardService.authenticate_sync(READER_00, Pin(PinKind.AUTH, AUTH_PIN))
        CardService.verify_sync(READER_00, Pin(PinKind.SIGN, SIGN_PIN))
        result = CardService.read_text_sync(READER_00, Pin(PinKind.TEXT, TEXT_PIN))
        with pytest.raises(WrongPin):
            CardService.verify_sync(READER_00, Pin(PinKind.SIGN, "ZZZ999"))
    sends = [r.getMessage() for r in caplog.records if r.levelno == TRAFFIC and "SEND" in r.getMessage()]
    assert any(m.startswith("SEND: 00 20 00 80 ** **") for m in sends)  # the VERIFYs were logged, redacted
    text = "\n".join(r.getMessage() for r in caplog.records)
    person = card.scenario.person
    secrets = [AUTH_PIN, SIGN_PIN, TEXT_PIN, "ZZZ999", person.my_number]
    for secret in secrets:
        for shown in _hexes(secret):
            assert shown not in text
    for value in (person.my_number, person.name.encode().hex(" "), person.address.encode().hex(" ")[:30]):
        assert value not in text
    assert result.my_number.last4 == person.my_number[-4:]


def test_pin_object_never_shows_its_value() -> None:
    pin = Pin(PinKind.SIGN, "secret99")
    for shown in (repr(pin), str(pin), f"{pin}", f"{pin!r}"):
        assert "SECRET99" not in shown.upper()
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(pin)
    pin.wipe()
    assert pin.wiped


def test_pin_is_wiped_after_use(cards: Cards) -> None:
    cards.insert("normal")
    pin = Pin(PinKind.AUTH, AUTH_PIN)
    CardService.verify_sync(READER_00, pin)
    assert pin.wiped
    wrong = Pin(PinKind.AUTH, "9999")
    with pytest.raises(WrongPin):
        CardService.verify_sync(READER_00, wrong)
    assert wrong.wiped
    CardService.verify_sync(READER_00, Pin(PinKind.AUTH, AUTH_PIN))  # restore the counter


def test_logger_level_name() -> None:
    assert logging.getLevelName(TRAFFIC) == "TRAFFIC"
    assert TRAFFIC < logging.DEBUG
