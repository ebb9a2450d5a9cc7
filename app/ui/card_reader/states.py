"""What the card panel and the header chip show, decided from a diagnosis (no Qt, no words).

One state per snapshot; a snapshot *needs attention* (要対応, the one loud state of
app/domain/status.py) only for real problems: a locked password, one try left, an expired
certificate. Having no reader, no card or no service is a situation to explain, not an alarm.
"""

from __future__ import annotations

from enum import StrEnum

from app.card.diagnosis import CardInfo, CardSnapshot, Problem
from app.card.jpki import CardKind, PinStatus
from app.card.pins import PinKind

# The real problems; other codes are situations or mild notes (an expiry within 90 days).
ATTENTION_CODES = frozenset(
    {
        "certificate_expired",
        *(f"{k.value}_pin_blocked" for k in PinKind),
        *(f"{k.value}_pin_last_try" for k in PinKind),
    }
)


class CardState(StrEnum):
    CHECKING = "checking"  # not diagnosed yet
    NO_SERVICE = "no_service"  # the computer's smart-card service is missing or silent
    NO_READER = "no_reader"
    NO_CARD = "no_card"
    NOT_MY_NUMBER_CARD = "not_my_number_card"
    FAILED = "failed"  # the card (or reader) failed while being read
    CARD = "card"  # a My Number card (or a smartphone's certificate) was read


def card_state(snapshot: CardSnapshot | None) -> CardState:
    if snapshot is None:
        return CardState.CHECKING
    if not snapshot.service_ok:
        return CardState.NO_SERVICE
    card = snapshot.card
    if card is not None and card.kind is CardKind.NOT_MY_NUMBER_CARD:
        return CardState.NOT_MY_NUMBER_CARD
    if card is not None and not snapshot.failed:
        return CardState.CARD
    if snapshot.failed or card is not None:
        return CardState.FAILED
    if not snapshot.readers:
        return CardState.NO_READER
    return CardState.NO_CARD if {p.code for p in snapshot.problems} <= {"no_card"} else CardState.FAILED


def attention_problems(snapshot: CardSnapshot | None) -> tuple[Problem, ...]:
    """The real problems of ``snapshot`` (要対応), in the diagnosis' order."""
    if snapshot is None:
        return ()
    return tuple(p for p in snapshot.problems if p.code in ATTENTION_CODES)


def shown_pins(card: CardInfo) -> tuple[PinKind, ...]:
    """The passwords worth a row: a smartphone's certificate has no 券面事項入力補助用 password."""
    if card.kind is CardKind.SMARTPHONE_JPKI:
        return (PinKind.AUTH, PinKind.SIGN)
    return tuple(PinKind)


def pin_needs_attention(status: PinStatus) -> bool:
    return status.remaining is not None and status.remaining <= 1


def reader_names(snapshot: CardSnapshot) -> tuple[str, ...]:
    """The reader holding the card when one was read, else every reader the service lists."""
    if snapshot.card is not None:
        return (snapshot.card.reader,)
    return tuple(reader.name for reader in snapshot.readers)
