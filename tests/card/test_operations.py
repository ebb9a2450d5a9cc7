"""Authentication, password checks and the 券面事項入力補助 AP over the real PC/SC path."""

from __future__ import annotations

import hashlib

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from app.card import pcsc
from app.card.errors import (
    CardReset,
    ConfirmationRequired,
    InvalidPinFormat,
    PinBlocked,
    SecurityStatusNotSatisfied,
    WrongPin,
)
from app.card.jpki import JpkiSession
from app.card.pins import Pin, PinKind
from app.card.worker import CardService
from tests.card.conftest import Cards
from tests.vcard.jpki_card import AUTH_PIN, READER_00, SIGN_PIN, TEXT_PIN

pytestmark = pytest.mark.pcsc


def test_authentication_signature_verifies_with_the_certificate(cards: Cards) -> None:
    card = cards.insert("normal")
    first = CardService.authenticate_sync(READER_00, Pin(PinKind.AUTH, AUTH_PIN))
    second = CardService.authenticate_sync(READER_00, Pin(PinKind.AUTH, AUTH_PIN))
    assert first.certificate.sha256 == card.model.certs.auth_sha256
    assert first.challenge != second.challenge  # a fresh challenge every time
    cert = x509.load_der_x509_certificate(card.model.certs.auth)
    key = cert.public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    key.verify(first.signature, first.challenge, padding.PKCS1v15(), hashes.SHA256())
    assert len(first.signature) == 256
    assert card.model.signatures == 2
    assert card.model.remaining["auth"] == 3


def test_smartphone_token_authenticates_after_the_password(cards: Cards) -> None:
    card = cards.insert("smartphone")
    result = CardService.authenticate_sync(READER_00, Pin(PinKind.AUTH, AUTH_PIN))
    assert result.certificate.sha256 == card.model.certs.auth_sha256
    assert card.model.signatures == 1


def test_wrong_password_spends_exactly_one_try(cards: Cards) -> None:
    card = cards.insert("normal")
    with pytest.raises(WrongPin) as info:
        CardService.authenticate_sync(READER_00, Pin(PinKind.AUTH, "0000"))
    assert info.value.remaining == 2 and info.value.code == "wrong_pin"
    assert "0000" not in str(info.value) and "0000" not in repr(info.value)
    assert card.model.remaining["auth"] == 2
    assert card.model.verify_with_data == 1
    assert card.model.signatures == 0
    # the right password afterwards resets the counter
    CardService.verify_sync(READER_00, Pin(PinKind.AUTH, AUTH_PIN))
    assert card.model.remaining["auth"] == 3


def test_blocked_password_sends_nothing(cards: Cards) -> None:
    card = cards.insert("blocked")
    for kind, pin in ((PinKind.AUTH, AUTH_PIN), (PinKind.SIGN, SIGN_PIN), (PinKind.TEXT, TEXT_PIN)):
        with pytest.raises(PinBlocked) as info:
            CardService.verify_sync(READER_00, Pin(kind, pin), confirmations=2)
        assert info.value.code == "pin_blocked" and info.value.pin == kind.value
    assert card.model.verify_with_data == 0


def test_one_try_left_needs_two_confirmations(cards: Cards) -> None:
    card = cards.insert("few_tries")
    for confirmations in (0, 1):
        with pytest.raises(ConfirmationRequired) as info:
            CardService.verify_sync(READER_00, Pin(PinKind.AUTH, AUTH_PIN), confirmations=confirmations)
        assert info.value.remaining == 1
    assert card.model.verify_with_data == 0
    CardService.verify_sync(READER_00, Pin(PinKind.AUTH, AUTH_PIN), confirmations=2)
    assert card.model.verify_with_data == 1
    assert card.model.remaining["auth"] == 3
    # sign has 2 tries left: no confirmation needed; a wrong try leaves 1
    with pytest.raises(WrongPin) as wrong:
        CardService.verify_sync(READER_00, Pin(PinKind.SIGN, "WRONG1"))
    assert wrong.value.remaining == 1


def test_sign_password_is_upper_cased(cards: Cards) -> None:
    card = cards.insert("normal")
    CardService.verify_sync(READER_00, Pin(PinKind.SIGN, SIGN_PIN.lower()))
    assert card.model.remaining["sign"] == 5
    assert card.model.verify_with_data == 1


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (PinKind.AUTH, "123"),
        (PinKind.AUTH, "12345"),
        (PinKind.AUTH, "12a4"),
        (PinKind.TEXT, "１２３４"),
        (PinKind.SIGN, "ABC12"),
        (PinKind.SIGN, "ABCDEFGHIJ1234567"),
        (PinKind.SIGN, "ABC-123"),
    ],
)
def test_invalid_formats_are_refused_before_sending(kind: PinKind, text: str) -> None:
    with pytest.raises(InvalidPinFormat) as info:
        Pin(kind, text)
    assert text not in str(info.value)


def test_text_ap_reads_basic_four_and_masks_the_my_number(cards: Cards) -> None:
    card = cards.insert("normal")
    result = CardService.read_text_sync(READER_00, Pin(PinKind.TEXT, TEXT_PIN))
    person = card.scenario.person
    assert result.basic.name == person.name
    assert result.basic.address == person.address
    assert result.basic.birth_date == person.birth_date
    assert result.basic.sex_code == "female"
    assert result.my_number.reveal() == person.my_number
    assert result.my_number.masked() == "********" + person.my_number[-4:]
    for shown in (repr(result), str(result), repr(result.basic), repr(result.my_number)):
        assert person.my_number not in shown
        assert person.name not in shown and person.address not in shown


def test_text_ap_wrong_password(cards: Cards) -> None:
    card = cards.insert("normal")
    with pytest.raises(WrongPin) as info:
        CardService.read_text_sync(READER_00, Pin(PinKind.TEXT, "0000"))
    assert info.value.remaining == 2 and info.value.pin == "text"
    assert card.model.remaining["text"] == 2


def test_signing_without_verify_is_refused_by_the_card(cards: Cards) -> None:
    cards.insert("normal")
    with pcsc.PcscConnection(READER_00) as conn:
        session = JpkiSession(conn)
        with pytest.raises(SecurityStatusNotSatisfied):
            session.sign_with_auth_key(b"\x00" * 51)


def test_reset_by_another_program(cards: Cards) -> None:
    card = cards.insert("normal")
    with pcsc.PcscConnection(READER_00) as conn:
        session = JpkiSession(conn)
        session.verify(Pin(PinKind.AUTH, AUTH_PIN))
        assert PinKind.AUTH in session.verified
        pcsc.reset_card(READER_00)
        # read-only work re-selects and carries on; the verified state is gone
        cert = session.read_auth_certificate()
        assert cert.sha256 == card.model.certs.auth_sha256
        assert session.verified == set()
        pcsc.reset_card(READER_00)
        with pytest.raises(CardReset):
            session.sign_with_auth_key(hashlib.sha256(b"x").digest())
