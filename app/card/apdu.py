"""APDU building, status words and the small BER/DER parsers the JPKI flows need.

Pure functions over bytes; every malformed input raises :class:`app.card.errors.BadResponse`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.card.errors import BadResponse

# AIDs (jpki-protocol.md §1)
AID_JPKI = bytes.fromhex("D392F000260100000001")
AID_TEXT = bytes.fromhex("D3921000310001010408")

# JPKI AP EFs
EF_TOKEN = 0x0006
EF_AUTH_CERT = 0x000A
EF_AUTH_CA_CERT = 0x000B
EF_AUTH_KEY = 0x0017
EF_AUTH_PIN = 0x0018
EF_SIGN_PIN = 0x001B
# 券面事項入力補助 AP EFs
EF_TEXT_PIN = 0x0011
EF_TEXT_MY_NUMBER = 0x0001
EF_TEXT_BASIC4 = 0x0002

SHA256_DIGEST_INFO_PREFIX = bytes.fromhex("3031300D060960864801650304020105000420")

INS_VERIFY = 0x20
INS_CHANGE_REFERENCE_DATA = 0x24
INS_RESET_RETRY_COUNTER = 0x2C
INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_GET_RESPONSE = 0xC0
INS_COMPUTE_DIGITAL_SIGNATURE = 0x2A

#: Commands whose data field is a secret and must never be logged.
SECRET_DATA_INS = frozenset({INS_VERIFY, INS_CHANGE_REFERENCE_DATA, INS_RESET_RETRY_COUNTER})


def build_apdu(cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None) -> bytes:
    """A short APDU (cases 1–4). ``le`` 1..256, with 256 encoded as ``00``."""
    for name, value in (("cla", cla), ("ins", ins), ("p1", p1), ("p2", p2)):
        if not 0 <= value <= 0xFF:
            raise ValueError(f"{name} out of range")
    if len(data) > 255:
        raise ValueError("data longer than a short APDU allows")
    apdu = bytes((cla, ins, p1, p2))
    if data:
        apdu += bytes((len(data),)) + data
    if le is not None:
        if not 1 <= le <= 256:
            raise ValueError("le must be 1..256")
        apdu += bytes((le & 0xFF,))
    return apdu


def select_df(aid: bytes) -> bytes:
    """SELECT by DF name without FCI (``00 A4 04 0C``)."""
    return build_apdu(0x00, INS_SELECT, 0x04, 0x0C, aid)


def select_ef(fid: int) -> bytes:
    """SELECT EF under the current DF (``00 A4 02 0C 02 FID``): the only form JPKI accepts."""
    return build_apdu(0x00, INS_SELECT, 0x02, 0x0C, fid.to_bytes(2, "big"))


def read_binary(offset: int, le: int) -> bytes:
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("offset out of range for READ BINARY")
    return build_apdu(0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, le=le)


def verify_status() -> bytes:
    """The empty VERIFY: asks for the tries left and costs none (``00 20 00 80``)."""
    return build_apdu(0x00, INS_VERIFY, 0x00, 0x80)


def compute_digital_signature(digest_info: bytes) -> bytes:
    return build_apdu(0x80, INS_COMPUTE_DIGITAL_SIGNATURE, 0x00, 0x80, digest_info, le=256)


def redact_apdu(apdu: bytes | bytearray) -> str:
    """Hex of an APDU for the traffic log, with the data of VERIFY-like commands hidden."""
    if len(apdu) > 5 and apdu[1] in SECRET_DATA_INS:
        return apdu[:4].hex(" ") + " ** ** (redacted)"
    return bytes(apdu).hex(" ")


@dataclass(frozen=True, slots=True)
class TlvHeader:
    """A BER tag + length header: ``tag`` (1 or 2 bytes as an int), value ``length``, header size."""

    tag: int
    length: int
    header_size: int

    @property
    def total(self) -> int:
        return self.header_size + self.length


def parse_tlv_header(data: bytes, offset: int = 0) -> TlvHeader:
    """Parse the tag (1–2 bytes, e.g. ``30``, ``FF 20``, ``DF 22``) and the length (short, 81, 82, 83).

    Raises BadResponse on truncated or unsupported encodings (indefinite length, tags over 2 bytes).
    """
    pos = offset
    if pos >= len(data):
        raise BadResponse("TLV header truncated (no tag)")
    tag = data[pos]
    pos += 1
    if tag & 0x1F == 0x1F:
        if pos >= len(data):
            raise BadResponse("TLV header truncated (tag)")
        second = data[pos]
        pos += 1
        if second & 0x80:
            raise BadResponse("TLV tag longer than 2 bytes")
        tag = (tag << 8) | second
    if pos >= len(data):
        raise BadResponse("TLV header truncated (no length)")
    first = data[pos]
    pos += 1
    if first < 0x80:
        length = first
    elif first == 0x80:
        raise BadResponse("indefinite TLV length")
    else:
        count = first & 0x7F
        if count > 3:
            raise BadResponse("TLV length too large")
        if pos + count > len(data):
            raise BadResponse("TLV header truncated (length)")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    return TlvHeader(tag=tag, length=length, header_size=pos - offset)


def der_total_length(header: bytes) -> int:
    """Total size (header + content) of the DER object whose first bytes are ``header``.

    The JPKI certificate EFs start with ``30 82 LL LL``; files are padded after the object.
    """
    parsed = parse_tlv_header(header)
    if parsed.tag != 0x30:
        raise BadResponse("certificate does not start with a DER SEQUENCE")
    return parsed.total


def parse_tlv_children(data: bytes) -> list[tuple[int, bytes]]:
    """Split a run of TLVs into (tag, value) pairs; trailing ``00``/``FF`` padding ends the run."""
    items: list[tuple[int, bytes]] = []
    pos = 0
    while pos < len(data):
        if data[pos] in (0x00,) or (data[pos] == 0xFF and pos + 1 < len(data) and data[pos + 1] == 0xFF):
            break
        header = parse_tlv_header(data, pos)
        start = pos + header.header_size
        end = start + header.length
        if end > len(data):
            raise BadResponse("TLV value truncated")
        items.append((header.tag, bytes(data[start:end])))
        pos = end
    return items
