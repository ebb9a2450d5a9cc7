"""The doctor: what is ready, without spending a single try.

:func:`diagnose` checks the PC/SC service and the readers, picks the reader whose card answers the
JPKI SELECT (unless one is forced), and reads the card kind, the authentication certificate and the
three retry counters with the empty VERIFY. It sends no VERIFY with data and reads no protected file.
The result is a plain :class:`CardSnapshot`, which the card panel renders and ``doctor`` prints.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from app.card.connection import SmartCardConnection
from app.card.errors import CardError, NoCard, NotFound, NotMyNumberCard, ServiceUnavailable
from app.card.jpki import CardKind, CertificateInfo, JpkiSession, PinStatus
from app.card.pins import PinKind
from app.card.text_ap import TextApSession

logger = logging.getLogger(__name__)

EXPIRY_WARNING_DAYS = 90

EXIT_OK = 0
EXIT_NO_SERVICE_OR_READER = 3
EXIT_NO_CARD = 4
EXIT_NOT_MY_NUMBER_CARD = 5
EXIT_CARD_FAILED = 6


@dataclass(frozen=True, slots=True)
class ReaderInfo:
    name: str
    card_present: bool


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the user should know or do. ``code`` is stable; the presenter words it."""

    code: str
    pin: PinKind | None = None
    remaining: int | None = None
    days_left: int | None = None


@dataclass(frozen=True, slots=True)
class CardInfo:
    reader: str
    atr: bytes
    kind: CardKind
    certificate: CertificateInfo | None = None
    pins: dict[PinKind, PinStatus] = field(default_factory=dict)

    def pin(self, kind: PinKind) -> PinStatus:
        return self.pins.get(kind) or PinStatus(kind, None)


@dataclass(frozen=True, slots=True)
class CardSnapshot:
    """Everything the card panel shows and ``doctor --json`` prints, as of ``taken_at``."""

    service_ok: bool
    readers: tuple[ReaderInfo, ...] = ()
    card: CardInfo | None = None
    problems: tuple[Problem, ...] = ()
    failed: bool = False  # the card failed mid-read (removed, reset, timeout, bad answer)
    taken_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    apdu_count: int = 0

    @property
    def exit_code(self) -> int:
        codes = {p.code for p in self.problems}
        if not self.service_ok or "reader_not_found" in codes:
            return EXIT_NO_SERVICE_OR_READER
        if self.failed:
            return EXIT_CARD_FAILED
        if not self.readers:
            return EXIT_NO_SERVICE_OR_READER
        if self.card is None:
            return EXIT_NO_CARD
        if self.card.kind is CardKind.NOT_MY_NUMBER_CARD:
            return EXIT_NOT_MY_NUMBER_CARD
        return EXIT_OK

    def days_left(self) -> int | None:
        if self.card is None or self.card.certificate is None:
            return None
        return self.card.certificate.days_left(self.taken_at)

    def expired(self) -> bool:
        cert = self.card.certificate if self.card else None
        return cert is not None and cert.expired(self.taken_at)

    def to_json(self, message: Callable[[Problem], str]) -> dict[str, object]:
        """The exact ``doctor --json`` object (issue 5, point 7)."""
        card: dict[str, object] | None = None
        if self.card is not None:
            cert = self.card.certificate
            card = {
                "reader": self.card.reader,
                "atr": self.card.atr.hex(),
                "kind": self.card.kind.value,
                "auth_certificate": None if cert is None else cert.to_json(self.taken_at),
                "pins": {
                    kind.value: {
                        "remaining": self.card.pin(kind).remaining,
                        "max": self.card.pin(kind).max,
                        "blocked": self.card.pin(kind).blocked,
                    }
                    for kind in PinKind
                },
            }
        return {
            "service": "ok" if self.service_ok else "unavailable",
            "readers": [{"name": r.name, "card_present": r.card_present} for r in self.readers],
            "card": card,
            "problems": [{"code": p.code, "message": message(p)} for p in self.problems],
        }


def card_problems(card: CardInfo, now: datetime) -> list[Problem]:
    """Warnings about a readable card: certificate expiry and low or blocked counters."""
    problems: list[Problem] = []
    cert = card.certificate
    if cert is not None:
        days = cert.days_left(now)
        if cert.expired(now):
            problems.append(Problem("certificate_expired", days_left=days))
        elif days <= EXPIRY_WARNING_DAYS:
            problems.append(Problem("certificate_expiring", days_left=days))
    for kind in PinKind:
        status = card.pin(kind)
        if status.blocked:
            problems.append(Problem(f"{kind.value}_pin_blocked", pin=kind, remaining=0))
        elif status.remaining == 1:
            problems.append(Problem(f"{kind.value}_pin_last_try", pin=kind, remaining=1))
    return problems


def _read_card(
    session: JpkiSession, connection: SmartCardConnection, reader: str, atr: bytes
) -> tuple[CardInfo, CardError | None]:
    """Certificate and counters. On failure returns what was read and the error."""
    certificate: CertificateInfo | None = None
    pins: dict[PinKind, PinStatus] = {}
    error: CardError | None = None
    try:
        if session.kind is CardKind.MY_NUMBER_CARD:
            # On a smartphone (GP-SE) token the certificate is PIN-protected: we do not read it.
            certificate = session.read_auth_certificate()
        for kind in (PinKind.AUTH, PinKind.SIGN):
            pins[kind] = session.pin_status(kind)
        try:
            pins[PinKind.TEXT] = TextApSession(connection).pin_status()
        except NotFound:
            pins[PinKind.TEXT] = PinStatus(PinKind.TEXT, None)
    except CardError as exc:
        error = exc
    info = CardInfo(reader=reader, atr=atr, kind=session.kind, certificate=certificate, pins=pins)
    return info, error


ConnectionFactory = Callable[[str], SmartCardConnection]


def _default_factory(reader: str) -> SmartCardConnection:
    from app.card.pcsc import PcscConnection

    return PcscConnection(reader)


def _atr_of(connection: SmartCardConnection) -> bytes:
    atr = getattr(connection, "atr", b"")
    return atr if isinstance(atr, bytes) else b""


def diagnose(
    reader: str | None = None,
    *,
    now: datetime | None = None,
    connect: ConnectionFactory | None = None,
) -> CardSnapshot:
    """Run the whole diagnosis. Never raises a CardError: failures become problems."""
    from app.card import pcsc

    connect = connect or _default_factory
    now = now or datetime.now(UTC)
    try:
        states = pcsc.reader_states()
    except CardError as exc:
        if not isinstance(exc, ServiceUnavailable):
            logger.info("listing readers failed: %s", exc)
        return CardSnapshot(service_ok=False, problems=(Problem(exc.code),), taken_at=now)
    # Every later outcome is this one, refined: the service answered and these readers are there.
    readers = tuple(ReaderInfo(s.name, s.card_present) for s in states)
    seen = CardSnapshot(service_ok=True, readers=readers, taken_at=now)
    if not readers:
        return replace(seen, problems=(Problem("no_reader"),))
    if reader is not None:
        if reader not in {r.name for r in readers}:
            return replace(seen, problems=(Problem("reader_not_found"),))
        candidates = [reader]
    else:
        candidates = [r.name for r in readers if r.card_present]

    fallback: CardInfo | None = None
    connect_error: CardError | None = None
    count = 0
    for name in candidates:
        try:
            connection = connect(name)
        except NoCard:
            continue
        except ServiceUnavailable as exc:
            return replace(seen, service_ok=False, problems=(Problem(exc.code),))
        except CardError as exc:
            # Quirk: for up to 400 ms after a removal pcscd still lists the card as present and
            # connecting fails. Try the other readers before reporting it.
            logger.info("connecting to %s failed: %s", name, exc)
            connect_error = connect_error or exc
            continue
        try:
            # one transaction for the whole read: the selects and reads depend on each other, and
            # another program (or the app's other connection) must not select a file in between
            with connection, connection.transaction():
                atr = _atr_of(connection)
                try:
                    session = JpkiSession(connection)
                except NotMyNumberCard:
                    count += connection.apdu_count
                    if fallback is None:
                        fallback = CardInfo(reader=name, atr=atr, kind=CardKind.NOT_MY_NUMBER_CARD)
                    continue
                info, error = _read_card(session, connection, name, atr)
                count += connection.apdu_count
        except CardError as exc:
            count += connection.apdu_count
            return replace(seen, problems=(Problem(exc.code),), failed=True, apdu_count=count)
        problems = card_problems(info, now)
        if error is not None:
            problems.insert(0, Problem(error.code))
        return replace(seen, card=info, problems=tuple(problems), failed=error is not None, apdu_count=count)
    if fallback is not None:
        return replace(seen, card=fallback, problems=(Problem("not_my_number_card"),), apdu_count=count)
    if connect_error is not None:
        return replace(seen, problems=(Problem(connect_error.code),), failed=True)
    return replace(seen, problems=(Problem("no_card"),))
