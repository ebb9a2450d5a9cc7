"""券面事項入力補助 AP: its password, the basic four items and the My Number.

Results are personal data. They are read only when the user asks, never logged (reads run with the
connection's traffic log redacted), never stored, and their ``repr`` hides them: the My Number shows
only its last four digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.card import apdu
from app.card.connection import ApduChannel, SmartCardConnection
from app.card.errors import ApduError, BadResponse, CardReset, NotFound
from app.card.jpki import PinStatus, pin_status_from_sw, read_ber_file, send_verify
from app.card.pins import DEFAULT_POLICY, Pin, PinKind, TryPolicy

TAG_BASIC4 = 0xFF20
TAG_HEADER = 0xDF21
TAG_NAME = 0xDF22
TAG_ADDRESS = 0xDF23
TAG_BIRTH = 0xDF24
TAG_SEX = 0xDF25
TAG_MY_NUMBER = 0xFF10
MY_NUMBER_READ = 0x11

_DIGITS12 = re.compile(r"[0-9]{12}")


@dataclass(frozen=True, slots=True)
class MyNumber:
    """The 12-digit 個人番号. ``repr``/``str`` show only the last four digits."""

    _digits: str = field(repr=False)

    def __post_init__(self) -> None:
        if not _DIGITS12.fullmatch(self._digits):
            raise BadResponse("the My Number field does not hold 12 digits")

    @property
    def last4(self) -> str:
        return self._digits[-4:]

    def masked(self) -> str:
        return "*" * 8 + self.last4

    def reveal(self) -> str:
        """The full number: call only to show it to the user who asked, never to log or store it."""
        return self._digits

    def __repr__(self) -> str:
        return f"MyNumber({self.masked()})"

    __str__ = __repr__


SEX_CODES = {"1": "male", "2": "female", "9": "not_applicable", "0": "unknown"}


@dataclass(frozen=True, slots=True)
class BasicInfo:
    """基本4情報. ``repr`` hides the values."""

    name: str
    address: str
    birth_date: str  # as stored (believed YYYYMMDD)
    sex: str  # ISO 5218 code: "1", "2", "9"

    @property
    def sex_code(self) -> str:
        return SEX_CODES.get(self.sex, "unknown")

    def __repr__(self) -> str:
        return "BasicInfo(name=<hidden>, address=<hidden>, birth_date=<hidden>, sex=<hidden>)"

    __str__ = __repr__


def parse_basic4(data: bytes) -> BasicInfo:
    """Parse EF 0002: ``FF 20 len { DF21 header, DF22 name, DF23 address, DF24 birth, DF25 sex }``."""
    outer = apdu.parse_tlv_header(data)
    if outer.tag != TAG_BASIC4:
        raise BadResponse("basic four information does not start with FF 20")
    end = outer.header_size + outer.length
    if end > len(data):
        raise BadResponse("basic four information truncated")
    fields = dict(apdu.parse_tlv_children(data[outer.header_size : end]))
    try:
        return BasicInfo(
            name=fields[TAG_NAME].decode("utf-8"),
            address=fields[TAG_ADDRESS].decode("utf-8"),
            birth_date=fields[TAG_BIRTH].decode("ascii"),
            sex=fields[TAG_SEX].decode("ascii"),
        )
    except KeyError as exc:
        raise BadResponse("basic four information lacks a field") from exc
    except UnicodeDecodeError as exc:
        raise BadResponse("basic four information is not text") from exc


def parse_my_number(data: bytes) -> MyNumber:
    """Parse EF 0001: ``FF 10 0C`` + 12 ASCII digits (the trailing bytes are ignored)."""
    header = apdu.parse_tlv_header(data)
    if header.tag != TAG_MY_NUMBER or header.length != 12:
        raise BadResponse("My Number field has an unexpected header")
    value = data[header.header_size : header.header_size + 12]
    if len(value) != 12:
        raise BadResponse("My Number field truncated")
    try:
        return MyNumber(value.decode("ascii"))
    except UnicodeDecodeError as exc:
        raise BadResponse("My Number field is not ASCII") from exc


class TextApSession:
    """The 券面事項入力補助 AP on one connection. Construction selects the AP."""

    def __init__(self, connection: SmartCardConnection) -> None:
        self.connection = connection
        self.channel = ApduChannel(connection)
        self.verified = False
        self.select()

    def select(self) -> None:
        try:
            self.channel.send(apdu.select_df(apdu.AID_TEXT))
        except ApduError as exc:
            raise NotFound(exc.sw, "the 券面事項入力補助 AP is not on this card") from exc  # i18n: log
        self.verified = False

    def pin_status(self) -> PinStatus:
        def query() -> PinStatus:
            self.channel.send(apdu.select_ef(apdu.EF_TEXT_PIN))
            _data, sw = self.channel.transmit(apdu.verify_status())
            return pin_status_from_sw(PinKind.TEXT, sw)

        try:
            return query()
        except CardReset:
            self.select()
            return query()

    def verify(self, pin: Pin, *, confirmations: int = 0, policy: TryPolicy = DEFAULT_POLICY) -> None:
        try:
            if pin.kind is not PinKind.TEXT:
                raise ValueError("the 券面事項入力補助 AP needs its own password")  # i18n: our bug
            status = self.pin_status()
            policy.check(PinKind.TEXT, status.remaining, confirmations)
            self.channel.send(apdu.select_ef(apdu.EF_TEXT_PIN))
            send_verify(self.channel, pin)
        finally:
            pin.wipe()
        self.verified = True

    def read_basic4(self) -> BasicInfo:
        with self.connection.sensitive():
            self.channel.send(apdu.select_ef(apdu.EF_TEXT_BASIC4))
            return parse_basic4(read_ber_file(self.channel))

    def read_my_number(self) -> MyNumber:
        with self.connection.sensitive():
            self.channel.send(apdu.select_ef(apdu.EF_TEXT_MY_NUMBER))
            return parse_my_number(self.channel.send(apdu.read_binary(0, MY_NUMBER_READ)))
