"""The card layer's error tree. Every error has a stable ``code`` (used by the UI and JSON).

Messages are short English developer text. They never contain a PIN, a My Number or personal data;
the UI and ``doctor`` turn ``code`` into a translated sentence.
"""

from __future__ import annotations

from app.card.status import SW, retries_from_sw, sw_name


class CardError(Exception):
    """Root of every error the card layer raises."""

    code = "card_error"

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.__class__.__doc__ or self.code)


# --- environment -------------------------------------------------------------------------------
class ServiceUnavailable(CardError):
    """The PC/SC service is not running."""

    code = "service_unavailable"


class NoReader(CardError):
    """No card reader is connected."""

    code = "no_reader"


class ReaderGone(CardError):
    """The card reader disappeared."""

    code = "reader_gone"


class ReaderBusy(CardError):
    """Another program holds the reader exclusively."""

    code = "reader_busy"


class NoCard(CardError):
    """No card is in the reader."""

    code = "no_card"


class CardRemoved(CardError):
    """The card was removed (or stopped answering) during the operation."""

    code = "card_removed"


class CardReset(CardError):
    """The card was reset by someone else; every PIN is unverified again."""

    code = "card_reset"


class CardTimeout(CardError):
    """The card did not answer in time."""

    code = "card_timeout"


class NotMyNumberCard(CardError):
    """The card does not hold the JPKI application of a My Number card."""

    code = "not_my_number_card"


class BadResponse(CardError):
    """The card answered something the protocol does not allow."""

    code = "bad_response"


class SignatureInvalid(BadResponse):
    """The card's signature does not verify with its own authentication certificate."""

    code = "signature_invalid"


# --- status words --------------------------------------------------------------------------------
class ApduError(CardError):
    """A status word with no more specific meaning in the current flow."""

    code = "apdu_error"

    def __init__(self, sw: int, message: str = "") -> None:
        self.sw = sw
        super().__init__(message or f"card answered {sw_name(sw)}")


class NotFound(ApduError):
    """The application or file does not exist on this card."""

    code = "not_found"


class SecurityStatusNotSatisfied(ApduError):
    """The card wants a verified PIN first."""

    code = "security_status_not_satisfied"


# --- passwords -----------------------------------------------------------------------------------
class PinError(CardError):
    """A password problem. ``pin`` is the PinKind value ("auth", "sign", "text")."""

    code = "pin_error"

    def __init__(self, pin: str, message: str = "") -> None:
        self.pin = pin
        super().__init__(message or f"{self.__class__.__doc__} ({pin})")


class WrongPin(PinError):
    """The password was wrong; ``remaining`` tries are left."""

    code = "wrong_pin"

    def __init__(self, pin: str, remaining: int) -> None:
        self.remaining = remaining
        super().__init__(pin, f"wrong {pin} password, {remaining} tries left")


class PinBlocked(PinError):
    """The password is blocked; it is reset at the municipal window."""

    code = "pin_blocked"


class InvalidPinFormat(PinError):
    """The password does not have the required format (nothing was sent)."""

    code = "invalid_pin_format"


class ConfirmationRequired(PinError):
    """Only one try is left: the user must confirm twice before it is spent."""

    code = "confirmation_required"

    def __init__(self, pin: str, remaining: int | None) -> None:
        self.remaining = remaining
        super().__init__(pin, f"{pin} password: {remaining} try left, two confirmations required")


ALL_ERRORS: tuple[type[CardError], ...] = (
    CardError,
    ServiceUnavailable,
    NoReader,
    ReaderGone,
    ReaderBusy,
    NoCard,
    CardRemoved,
    CardReset,
    CardTimeout,
    NotMyNumberCard,
    BadResponse,
    SignatureInvalid,
    ApduError,
    NotFound,
    SecurityStatusNotSatisfied,
    PinError,
    WrongPin,
    PinBlocked,
    InvalidPinFormat,
    ConfirmationRequired,
)


def error_for_sw(sw: int, *, pin: str | None = None) -> CardError:
    """Map a non-9000 status word to a domain error, once, for every flow.

    With ``pin`` given (a VERIFY), ``63 Cx`` becomes WrongPin and the blocked words PinBlocked.
    """
    if pin is not None:
        remaining = retries_from_sw(sw)
        if remaining == 0:
            return PinBlocked(pin)
        if remaining is not None:
            return WrongPin(pin, remaining)
    if sw in (SW.AUTH_METHOD_BLOCKED, SW.REFERENCE_DATA_NOT_USABLE):
        return PinBlocked(pin or "unknown")
    if sw == SW.SECURITY_STATUS_NOT_SATISFIED:
        return SecurityStatusNotSatisfied(sw)
    if sw in (SW.FILE_NOT_FOUND, SW.RECORD_NOT_FOUND, SW.REFERENCE_NOT_FOUND):
        return NotFound(sw)
    if sw & 0xFF00 in (0x6400, 0x6500, 0x6F00):
        return BadResponse(f"card reported an internal error (SW=0x{sw:04x})")
    return ApduError(sw)
