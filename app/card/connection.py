"""The narrow connection port every card session talks through (yubikit style).

A connection sends one APDU and returns ``(data, sw)``. :class:`ApduChannel` adds the two ISO 7816
transport rules sessions should not repeat (``61xx`` GET RESPONSE, ``6Cxx`` resend with the right Le)
and turns status words into domain errors once.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Self

from app.card.apdu import INS_GET_RESPONSE, build_apdu
from app.card.errors import BadResponse, error_for_sw
from app.card.status import SW


class SmartCardConnection(abc.ABC):
    """One open connection to a card. Sessions borrow it; whoever opened it closes it."""

    #: When true, response data is left out of the traffic log (personal data being read).
    redact_responses: bool = False

    @abc.abstractmethod
    def send_and_receive(self, apdu: bytes | bytearray) -> tuple[bytes, int]:
        """Send one APDU; return the response data and the status word."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the card; safe to call twice."""

    @property
    def apdu_count(self) -> int:
        """How many APDUs this connection has sent (benchmarks and tests read it)."""
        return 0

    @contextmanager
    def sensitive(self) -> Iterator[None]:
        """Keep response data out of the traffic log inside the block."""
        previous = self.redact_responses
        self.redact_responses = True
        try:
            yield
        finally:
            self.redact_responses = previous

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the card for a multi-APDU flow (a no-op where the transport has no such notion)."""
        yield

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.close()


class ApduChannel:
    """APDU exchange over a connection with the transport rules applied."""

    MAX_CHAINED_RESPONSES = 16

    def __init__(self, connection: SmartCardConnection) -> None:
        self.connection = connection

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send ``apdu``; follow ``61xx`` and ``6Cxx``; return (data, sw) without judging the SW."""
        data, sw = self.connection.send_and_receive(apdu)
        if sw & 0xFF00 == 0x6C00 and len(apdu) >= 4:
            # Wrong Le: the card tells the right one. Resend with it (case 2 APDUs only).
            header = apdu[:5] if len(apdu) == 5 else None
            if header is not None:
                data, sw = self.connection.send_and_receive(header[:4] + bytes((sw & 0xFF,)))
        collected = bytearray(data)
        rounds = 0
        while sw & 0xFF00 == 0x6100:
            rounds += 1
            if rounds > self.MAX_CHAINED_RESPONSES:
                raise BadResponse("too many chained responses")
            le = sw & 0xFF or 256
            more, sw = self.connection.send_and_receive(build_apdu(0x00, INS_GET_RESPONSE, 0, 0, le=le))
            collected += more
        return bytes(collected), sw

    def send(self, apdu: bytes, *, pin: str | None = None) -> bytes:
        """Send ``apdu`` and return its data; any SW but 9000 raises the mapped domain error."""
        data, sw = self.transmit(apdu)
        if sw != SW.OK:
            raise error_for_sw(sw, pin=pin)
        return data
