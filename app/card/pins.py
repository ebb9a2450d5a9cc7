"""Password handling: validation before anything is sent, a wipeable holder, and the lockout rule.

A :class:`Pin` keeps its bytes in a ``bytearray`` that :meth:`Pin.wipe` zeroes; its ``repr`` and
``str`` never show the value. Python strings typed by the user cannot be zeroed: callers should drop
them (and clear the input field) as soon as the Pin exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, StrEnum

from app.card.errors import ConfirmationRequired, InvalidPinFormat, PinBlocked


class PinKind(StrEnum):
    AUTH = "auth"  # 利用者証明用電子証明書パスワード: 4 digits, 3 tries
    SIGN = "sign"  # 署名用電子証明書パスワード: 6–16 A–Z/0–9, 5 tries
    TEXT = "text"  # 券面事項入力補助用パスワード: 4 digits, 3 tries


MAX_TRIES: dict[PinKind, int] = {PinKind.AUTH: 3, PinKind.SIGN: 5, PinKind.TEXT: 3}

_FOUR_DIGITS = re.compile(r"[0-9]{4}")
_SIGN = re.compile(r"[A-Z0-9]{6,16}")


def normalise(kind: PinKind, text: str) -> str:
    """What would be sent for ``text``: the sign password is upper-cased; nothing else changes."""
    return text.upper() if kind is PinKind.SIGN else text


def is_valid(kind: PinKind, text: str) -> bool:
    value = normalise(kind, text)
    pattern = _SIGN if kind is PinKind.SIGN else _FOUR_DIGITS
    return value.isascii() and pattern.fullmatch(value) is not None


class Pin:
    """A validated password for one PIN kind, held in a wipeable buffer."""

    __slots__ = ("_buffer", "kind")

    def __init__(self, kind: PinKind, text: str) -> None:
        self.kind = kind
        if not is_valid(kind, text):
            raise InvalidPinFormat(kind.value)
        self._buffer = bytearray(normalise(kind, text).encode("ascii"))

    def __len__(self) -> int:
        return len(self._buffer)

    @property
    def wiped(self) -> bool:
        return not any(self._buffer)

    def buffer(self) -> bytearray:
        """The live buffer (do not keep a copy of it)."""
        if self.wiped:
            raise InvalidPinFormat(self.kind.value, "password already used and wiped")
        return self._buffer

    def wipe(self) -> None:
        for i in range(len(self._buffer)):
            self._buffer[i] = 0

    def __enter__(self) -> Pin:
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.wipe()

    def __repr__(self) -> str:
        return f"Pin({self.kind.value}, ****)"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("a Pin cannot be pickled")


class Attempt(Enum):
    ALLOWED = "allowed"
    NEEDS_CONFIRMATION = "needs_confirmation"
    BLOCKED = "blocked"


#: How many separate confirmations the user must give before the last try is spent.
CONFIRMATIONS_FOR_LAST_TRY = 2


@dataclass(frozen=True, slots=True)
class TryPolicy:
    """The one-try-left rule. Unknown counters are treated like one try left."""

    confirmations_for_last_try: int = CONFIRMATIONS_FOR_LAST_TRY

    def assess(self, remaining: int | None) -> Attempt:
        if remaining is not None and remaining <= 0:
            return Attempt.BLOCKED
        if remaining is None or remaining == 1:
            return Attempt.NEEDS_CONFIRMATION
        return Attempt.ALLOWED

    def check(self, kind: PinKind, remaining: int | None, confirmations: int) -> None:
        """Raise unless a VERIFY may be sent now. Never retries, never decides for the user."""
        decision = self.assess(remaining)
        if decision is Attempt.BLOCKED:
            raise PinBlocked(kind.value)
        if decision is Attempt.NEEDS_CONFIRMATION and confirmations < self.confirmations_for_last_try:
            raise ConfirmationRequired(kind.value, remaining)


DEFAULT_POLICY = TryPolicy()
