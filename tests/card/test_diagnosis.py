"""Diagnosis through pyscard → pcscd → vpcd → our virtual card: every scenario, no try spent."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from app.card.diagnosis import EXIT_NO_CARD, EXIT_NOT_MY_NUMBER_CARD, EXIT_OK, diagnose
from app.card.jpki import CardKind
from app.card.pins import PinKind
from tests.card.conftest import Cards
from tests.vcard.jpki_card import READER_00, READER_01

pytestmark = pytest.mark.pcsc


def test_healthy_card_is_fully_diagnosed_without_spending_a_try(cards: Cards) -> None:
    card = cards.insert("normal")
    before = dict(card.model.remaining)
    snap = diagnose()
    assert snap.exit_code == EXIT_OK
    assert snap.service_ok
    assert {r.name: r.card_present for r in snap.readers} == {READER_00: True, READER_01: False}
    assert snap.card is not None
    assert snap.card.kind is CardKind.MY_NUMBER_CARD
    assert snap.card.reader == READER_00
    assert snap.card.atr == card.scenario.atr
    cert = snap.card.certificate
    assert cert is not None and cert.sha256 == card.model.certs.auth_sha256
    assert "JPKI for user authentication" in cert.issuer
    assert snap.problems == ()
    assert {k: s.remaining for k, s in snap.card.pins.items()} == {
        PinKind.AUTH: 3,
        PinKind.SIGN: 5,
        PinKind.TEXT: 3,
    }
    assert 0 < snap.apdu_count <= 20
    assert card.model.verify_with_data == 0
    assert card.model.remaining == before
    # no protected file was read: every READ BINARY targeted the token or the auth certificate
    assert card.model.signatures == 0


@pytest.mark.parametrize(
    ("scenario", "auth", "sign", "text", "codes"),
    [
        ("few_tries", 1, 2, 1, {"auth_pin_last_try", "text_pin_last_try"}),
        ("blocked", 0, 0, 0, {"auth_pin_blocked", "sign_pin_blocked", "text_pin_blocked"}),
        ("blocked_63c0", 0, 5, 3, {"auth_pin_blocked"}),
    ],
)
def test_counters(cards: Cards, scenario: str, auth: int, sign: int, text: int, codes: set[str]) -> None:
    card = cards.insert(scenario)
    snap = diagnose()
    assert snap.exit_code == EXIT_OK
    assert snap.card is not None
    assert snap.card.pin(PinKind.AUTH).remaining == auth
    assert snap.card.pin(PinKind.SIGN).remaining == sign
    assert snap.card.pin(PinKind.TEXT).remaining == text
    assert snap.card.pin(PinKind.AUTH).blocked is (auth == 0)
    assert {p.code for p in snap.problems} == codes
    assert card.model.verify_with_data == 0


def test_expired_and_expiring_certificates(cards: Cards) -> None:
    card = cards.insert("expired")
    snap = diagnose()
    assert snap.expired() and snap.days_left() is not None and snap.days_left() < 0  # type: ignore[operator]
    assert [p.code for p in snap.problems] == ["certificate_expired"]
    assert snap.exit_code == EXIT_OK
    cards.remove(card)
    cards.insert("expiring", slot=1)
    snap = diagnose()
    assert not snap.expired()
    assert snap.days_left() in (29, 30)
    assert [p.code for p in snap.problems] == ["certificate_expiring"]


@pytest.mark.parametrize("scenario", ["not_my_number", "juki"])
def test_not_a_my_number_card(cards: Cards, scenario: str) -> None:
    cards.insert(scenario)
    snap = diagnose()
    assert snap.exit_code == EXIT_NOT_MY_NUMBER_CARD
    assert snap.card is not None and snap.card.kind is CardKind.NOT_MY_NUMBER_CARD
    assert snap.card.certificate is None
    assert [p.code for p in snap.problems] == ["not_my_number_card"]


def test_smartphone_token_reads_no_protected_certificate(cards: Cards) -> None:
    card = cards.insert("smartphone")
    snap = diagnose()
    assert snap.exit_code == EXIT_OK
    assert snap.card is not None and snap.card.kind is CardKind.SMARTPHONE_JPKI
    assert snap.card.certificate is None
    assert snap.card.pin(PinKind.TEXT).remaining is None
    assert bytes.fromhex("00a4020c02000a") not in card.model.log  # the certificate EF was not touched
    assert card.model.verify_with_data == 0


def test_no_card(pcscd: object) -> None:
    snap = diagnose()
    assert snap.exit_code == EXIT_NO_CARD
    assert snap.card is None
    assert [p.code for p in snap.problems] == ["no_card"]


def test_picks_the_reader_whose_card_answers_the_jpki_select(cards: Cards) -> None:
    cards.insert("not_my_number", slot=0)
    card = cards.insert("normal", slot=1)
    snap = diagnose()
    assert snap.exit_code == EXIT_OK
    assert snap.card is not None and snap.card.reader == READER_01
    assert snap.card.certificate is not None
    assert snap.card.certificate.sha256 == card.model.certs.auth_sha256
    forced = diagnose(READER_00)
    assert forced.exit_code == EXIT_NOT_MY_NUMBER_CARD
    assert forced.card is not None and forced.card.reader == READER_00


def test_two_programs_diagnosing_one_card_at_once_both_read_it_whole(cards: Cards) -> None:
    """Each diagnosis holds the card for its selects and reads (a PC/SC transaction): another
    program's SELECT can no longer land between ours and our READ BINARY (the app's monitor and
    ``myna-prep doctor``, or a browser's JPKI client, on one card)."""
    card = cards.insert("slow")  # 50 ms an APDU: the two readers overlap for their whole read
    for _round in range(2):
        with ThreadPoolExecutor(2) as pool:
            snaps = list(pool.map(lambda _n: diagnose(READER_00), range(2)))
        for snap in snaps:
            assert snap.exit_code == EXIT_OK, (snap.problems, snap.apdu_count)
            assert snap.card is not None and snap.card.certificate is not None
            assert snap.card.certificate.sha256 == card.model.certs.auth_sha256
