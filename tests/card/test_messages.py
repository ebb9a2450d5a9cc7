"""Exit codes and the one-sentence messages of every code (no card needed)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app import i18n
from app.card.diagnosis import CardInfo, CardSnapshot, Problem, ReaderInfo
from app.card.errors import ALL_ERRORS, ApduError, CardError, ConfirmationRequired, PinError, WrongPin
from app.card.jpki import CardKind, PinStatus
from app.card.pins import PinKind
from app.i18n.card import message_for_code, message_for_error, message_for_problem

READERS = (ReaderInfo("R 00", True),)
DIAGNOSIS_CODES = [
    "service_unavailable",
    "no_reader",
    "reader_not_found",
    "reader_gone",
    "reader_busy",
    "no_card",
    "not_my_number_card",
    "card_removed",
    "card_reset",
    "card_timeout",
    "bad_response",
    "not_found",
    "certificate_expired",
    "certificate_expiring",
]


@pytest.mark.parametrize(
    ("snapshot", "code"),
    [
        (CardSnapshot(service_ok=False, problems=(Problem("service_unavailable"),)), 3),
        (CardSnapshot(service_ok=True, problems=(Problem("no_reader"),)), 3),
        (CardSnapshot(service_ok=True, readers=READERS, problems=(Problem("reader_not_found"),)), 3),
        (CardSnapshot(service_ok=True, readers=READERS, problems=(Problem("no_card"),)), 4),
        (
            CardSnapshot(
                service_ok=True, readers=READERS, card=CardInfo("R 00", b"\x3b", CardKind.NOT_MY_NUMBER_CARD)
            ),
            5,
        ),
        (CardSnapshot(service_ok=True, readers=READERS, problems=(Problem("card_removed"),), failed=True), 6),
        (CardSnapshot(service_ok=True, problems=(Problem("card_timeout"),), failed=True), 6),
        (
            CardSnapshot(
                service_ok=True,
                readers=READERS,
                card=CardInfo(
                    "R 00", b"\x3b", CardKind.MY_NUMBER_CARD, pins={PinKind.AUTH: PinStatus(PinKind.AUTH, 0)}
                ),
            ),
            0,
        ),
    ],
)
def test_exit_codes(snapshot: CardSnapshot, code: int) -> None:
    assert snapshot.exit_code == code


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("code", DIAGNOSIS_CODES)
def test_doctor_has_a_sentence_for_every_diagnosis_code(lang: str, code: str) -> None:
    """The doctor and the card panel share one catalogue (app/i18n/card.py), in either language."""
    i18n.install(lang)
    try:
        text = message_for_problem(Problem(code, days_left=12))
        assert text != message_for_code("card_error")
        assert text.endswith(("。", "."))
        assert "%" not in text
        assert text == message_for_code(code, days=12)
    finally:
        i18n.install("ja")


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("kind", list(PinKind))
def test_doctor_pin_problems_name_the_password(lang: str, kind: PinKind) -> None:
    i18n.install(lang)
    try:
        blocked = message_for_problem(Problem(f"{kind.value}_pin_blocked", pin=kind, remaining=0))
        last = message_for_problem(Problem(f"{kind.value}_pin_last_try", pin=kind, remaining=1))
    finally:
        i18n.install("ja")
    assert ("市区町村" in blocked) if lang == "ja" else ("municipal" in blocked)
    # error 2: 利用者証明用 and 署名用 reset with the app and a kiosk; 券面事項入力補助用 at the counter only
    kiosk = "JPKI暗証番号リセット" in blocked and "6:30" in blocked
    assert kiosk is (kind is not PinKind.TEXT)
    assert ("JPKI暗証番号リセット" in last) is (kind is not PinKind.TEXT)
    if lang == "en":
        assert "Only one try is left" in last
    assert blocked != last
    assert "%" not in blocked + last


def test_panel_sentences(qapp: QApplication) -> None:
    fallback = message_for_code("something_else")
    for code in DIAGNOSIS_CODES:
        assert message_for_code(code, days=12) != fallback, code
    assert "pcscd" in message_for_code("service_unavailable")
    sign_blocked = message_for_code("pin_blocked", pin=PinKind.SIGN)
    assert "JPKI暗証番号リセット" in sign_blocked and "ローソン" in sign_blocked and "窓口" in sign_blocked
    assert "コンビニでは再設定できません" in message_for_code("pin_blocked", pin=PinKind.TEXT)
    assert "署名用電子証明書パスワード" in message_for_code("pin_blocked", pin=PinKind.SIGN)
    wrong = message_for_error(WrongPin("auth", 2))
    assert "利用者証明用電子証明書パスワード" in wrong and "2回" in wrong
    assert "あと1回" in message_for_error(ConfirmationRequired("text", 1))
    for cls in ALL_ERRORS:
        error: CardError
        if issubclass(cls, ApduError):
            error = cls(0x6A82)
        elif issubclass(cls, (WrongPin, ConfirmationRequired)):
            error = cls("auth", 1)
        elif issubclass(cls, PinError):
            error = cls("auth")
        else:
            error = cls()
        sentence = message_for_error(error)
        assert sentence and sentence.endswith("。"), cls
