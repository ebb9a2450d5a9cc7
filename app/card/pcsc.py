"""The PC/SC adapter: the only module in ``app`` that imports pyscard.

Holds every reader quirk: shared connect with T=0|T=1, reconnect after a reset by another program,
status-change waits with timeouts, the PnP pseudo-reader, and the mapping of PC/SC result codes
(and pyscard exceptions) to :mod:`app.card.errors`. pcsc-lite wants one context per thread, so every
object here creates its own context in the thread that uses it.

APDU traffic is logged at :data:`TRAFFIC` (below DEBUG) with VERIFY data redacted.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from smartcard import scard

from app.card.apdu import redact_apdu
from app.card.connection import SmartCardConnection
from app.card.errors import (
    BadResponse,
    CardError,
    CardRemoved,
    CardReset,
    CardTimeout,
    NoCard,
    ReaderBusy,
    ReaderGone,
    ServiceUnavailable,
)
from app.card.status import sw_name

TRAFFIC = 5  # below DEBUG: APDU traffic (VERIFY data redacted); the only definition
logging.addLevelName(TRAFFIC, "TRAFFIC")
logger = logging.getLogger(__name__)

_S_SUCCESS = 0

#: PC/SC result codes -> our errors. Anything else is a CardError carrying the hex code.
_HRESULT_ERRORS: dict[int, type[CardError]] = {
    0x8010001D: ServiceUnavailable,  # SCARD_E_NO_SERVICE: pcscd / Smart Card service not running
    0x8010001E: ServiceUnavailable,  # SCARD_E_SERVICE_STOPPED
    0x80100014: ServiceUnavailable,  # SCARD_F_UNKNOWN_ERROR (seen when the daemon dies)
    0x80100013: ReaderGone,  # SCARD_F_COMM_ERROR
    0x80100069: CardRemoved,  # SCARD_W_REMOVED_CARD
    0x80100016: CardRemoved,  # SCARD_E_NOT_TRANSACTED: the card vanished mid-APDU
    0x80100066: CardRemoved,  # SCARD_W_UNRESPONSIVE_CARD
    0x80100067: CardRemoved,  # SCARD_W_UNPOWERED_CARD
    0x80100068: CardReset,  # SCARD_W_RESET_CARD
    0x8010000C: NoCard,  # SCARD_E_NO_SMARTCARD
    0x80100009: ReaderGone,  # SCARD_E_UNKNOWN_READER
    0x80100017: ReaderGone,  # SCARD_E_READER_UNAVAILABLE
    0x80100003: ReaderGone,  # SCARD_E_INVALID_HANDLE (the reader went away under us)
    0x8010000B: ReaderBusy,  # SCARD_E_SHARING_VIOLATION
    0x8010000A: CardTimeout,  # SCARD_E_TIMEOUT
    0x80100002: CardTimeout,  # SCARD_E_CANCELLED (our own cancel of a wait)
    0x8010000F: BadResponse,  # SCARD_E_PROTO_MISMATCH
    0x80100065: BadResponse,  # SCARD_W_UNSUPPORTED_CARD
}

SCARD_E_NO_READERS_AVAILABLE = 0x8010002E
SCARD_E_TIMEOUT = 0x8010000A
SCARD_E_CANCELLED = 0x80100002
SCARD_W_RESET_CARD = 0x80100068


def error_for_hresult(hresult: int, what: str) -> CardError:
    """The domain error for a PC/SC result code (``what`` names the failed call)."""
    hresult &= 0xFFFFFFFF
    cls = _HRESULT_ERRORS.get(hresult, CardError)
    return cls(f"{what}: PC/SC 0x{hresult:08X}")


def _check(hresult: int, what: str) -> None:
    if hresult != _S_SUCCESS:
        raise error_for_hresult(hresult, what)


def _hresult_of(exc: BaseException) -> int | None:
    value = getattr(exc, "hresult", None)
    return value if isinstance(value, int) else None


@contextmanager
def _pyscard_errors(what: str) -> Iterator[None]:
    """Turn the exceptions pyscard itself may raise into ours."""
    try:
        yield
    except CardError:
        raise
    except scard.error as exc:  # SWIG-level failures
        raise CardError(f"{what}: {type(exc).__name__}") from exc
    except Exception as exc:
        hresult = _hresult_of(exc)
        if hresult is not None:
            raise error_for_hresult(hresult, what) from exc
        module = type(exc).__module__ or ""
        if module.startswith("smartcard"):
            raise CardError(f"{what}: {type(exc).__name__}") from exc
        raise


@dataclass(frozen=True, slots=True)
class ReaderState:
    name: str
    card_present: bool
    atr: bytes = b""
    exclusive: bool = False
    mute: bool = False


class Context:
    """A PC/SC context owned by the thread that created it."""

    def __init__(self) -> None:
        with _pyscard_errors("SCardEstablishContext"):
            hresult, handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        _check(hresult, "SCardEstablishContext")
        self.handle: Any = handle
        self._released = False
        self._lock = threading.Lock()

    def list_readers(self) -> list[str]:
        with _pyscard_errors("SCardListReaders"):
            hresult, readers = scard.SCardListReaders(self.handle, [])
        if hresult in (SCARD_E_NO_READERS_AVAILABLE, _S_SUCCESS) and not readers:
            return []
        _check(hresult, "SCardListReaders")
        return [str(r) for r in readers]

    def states(self, readers: Sequence[str]) -> list[ReaderState]:
        """Current state of ``readers`` without waiting."""
        if not readers:
            return []
        query = [(r, scard.SCARD_STATE_UNAWARE) for r in readers]
        with _pyscard_errors("SCardGetStatusChange"):
            hresult, result = scard.SCardGetStatusChange(self.handle, 0, query)
        if hresult == SCARD_E_TIMEOUT:
            hresult = _S_SUCCESS
        _check(hresult, "SCardGetStatusChange")
        return [_reader_state(name, event, atr) for name, event, atr in result]

    def wait_change(
        self, known: Sequence[tuple[str, int]], timeout_ms: int
    ) -> list[tuple[str, int, bytes]] | None:
        """Block until a state in ``known`` differs (or timeout/cancel: ``None``)."""
        with _pyscard_errors("SCardGetStatusChange"):
            hresult, result = scard.SCardGetStatusChange(self.handle, timeout_ms, list(known))
        if hresult in (SCARD_E_TIMEOUT, SCARD_E_CANCELLED):
            return None
        _check(hresult, "SCardGetStatusChange")
        return [(str(name), int(event), bytes(atr)) for name, event, atr in result]

    def cancel(self) -> None:
        """Interrupt a blocking wait; safe from any thread."""
        with self._lock:
            if not self._released:
                scard.SCardCancel(self.handle)

    def release(self) -> None:
        with self._lock:
            if self._released:
                return
            self._released = True
        scard.SCardReleaseContext(self.handle)

    def __enter__(self) -> Context:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _reader_state(name: str, event: int, atr: Any) -> ReaderState:
    present = bool(event & scard.SCARD_STATE_PRESENT) and not bool(event & scard.SCARD_STATE_EMPTY)
    return ReaderState(
        name=str(name),
        card_present=present,
        atr=bytes(atr) if present else b"",
        exclusive=bool(event & scard.SCARD_STATE_EXCLUSIVE),
        mute=bool(event & scard.SCARD_STATE_MUTE),
    )


def list_readers() -> list[str]:
    """Reader names. Raises ServiceUnavailable when the PC/SC service is not running."""
    with Context() as ctx:
        return ctx.list_readers()


def reader_states() -> list[ReaderState]:
    """Every reader and whether a card is present (a snapshot, no waiting)."""
    with Context() as ctx:
        return ctx.states(ctx.list_readers())


def is_present_event(event: int) -> bool:
    return bool(event & scard.SCARD_STATE_PRESENT) and not bool(event & scard.SCARD_STATE_EMPTY)


def without_changed(event: int) -> int:
    return int(event) & ~int(scard.SCARD_STATE_CHANGED)


class PcscConnection(SmartCardConnection):
    """A shared connection (T=0 or T=1) to the card in ``reader``.

    After ``SCARD_W_RESET_CARD`` (another program reset the card) the handle is reconnected and
    :class:`CardReset` is raised: the caller re-selects and treats every PIN as unverified.
    """

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._context = Context()
        self._handle: Any = None
        self._count = 0
        try:
            with _pyscard_errors("SCardConnect"):
                hresult, handle, protocol = scard.SCardConnect(
                    self._context.handle,
                    reader,
                    scard.SCARD_SHARE_SHARED,
                    scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
                )
            _check(hresult, f"SCardConnect({reader})")
            self._handle = handle
            self._protocol: int = int(protocol)
            self.atr = self._read_atr()
        except BaseException:
            self.close()
            raise

    def _read_atr(self) -> bytes:
        with _pyscard_errors("SCardStatus"):
            hresult, _name, _state, _protocol, atr = scard.SCardStatus(self._handle)
        _check(hresult, "SCardStatus")
        return bytes(atr)

    @property
    def apdu_count(self) -> int:
        return self._count

    def send_and_receive(self, apdu: bytes | bytearray) -> tuple[bytes, int]:
        if self._handle is None:
            raise CardRemoved("connection closed")
        if logger.isEnabledFor(TRAFFIC):
            logger.log(TRAFFIC, "SEND: %s", redact_apdu(apdu))
        command = list(apdu)
        self._count += 1
        try:
            with _pyscard_errors("SCardTransmit"):
                hresult, response = scard.SCardTransmit(self._handle, self._protocol, command)
        finally:
            command.clear()
        if hresult == SCARD_W_RESET_CARD:
            self._reconnect()
            raise CardReset("the card was reset; re-select and verify again")
        _check(hresult, "SCardTransmit")
        if len(response) < 2:
            # pcscd answers "success" with no bytes when the card vanished mid-APDU.
            raise CardRemoved("the card returned no response")
        data = bytes(response[:-2])
        sw = (response[-2] << 8) | response[-1]
        if logger.isEnabledFor(TRAFFIC):
            shown = f"<{len(data)} bytes redacted>" if self.redact_responses and data else data.hex(" ")
            logger.log(TRAFFIC, "RECV: %s %s", shown, sw_name(sw))
        return data, sw

    def _reconnect(self) -> None:
        with _pyscard_errors("SCardReconnect"):
            hresult, protocol = scard.SCardReconnect(
                self._handle,
                scard.SCARD_SHARE_SHARED,
                scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
                scard.SCARD_LEAVE_CARD,
            )
        _check(hresult, "SCardReconnect")
        self._protocol = int(protocol)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the card for a multi-APDU flow so no other program interleaves."""
        with _pyscard_errors("SCardBeginTransaction"):
            hresult = scard.SCardBeginTransaction(self._handle)
        if hresult == SCARD_W_RESET_CARD:
            self._reconnect()
            with _pyscard_errors("SCardBeginTransaction"):
                hresult = scard.SCardBeginTransaction(self._handle)
        _check(hresult, "SCardBeginTransaction")
        try:
            yield
        finally:
            if self._handle is not None:
                scard.SCardEndTransaction(self._handle, scard.SCARD_LEAVE_CARD)

    def close(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            with suppress(Exception):  # closing must not mask the original error
                scard.SCardDisconnect(handle, scard.SCARD_LEAVE_CARD)
        self._context.release()


def reset_card(reader: str) -> None:
    """Reset the card in ``reader`` as another program would (tests and support tools)."""
    with Context() as ctx:
        hresult, handle, _protocol = scard.SCardConnect(
            ctx.handle, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        _check(hresult, "SCardConnect")
        scard.SCardDisconnect(handle, scard.SCARD_RESET_CARD)
