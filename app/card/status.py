"""Status words (ISO 7816-4) and what they encode; imports nothing of ours, so both the APDU helpers
and the error mapping can use it."""

from __future__ import annotations

from enum import IntEnum


class SW(IntEnum):
    """Status words the JPKI flows meet (ISO 7816-4)."""

    OK = 0x9000
    WARNING_EOF = 0x6282
    VERIFY_FAIL_NO_RETRY = 0x63C0
    MEMORY_FAILURE = 0x6581
    WRONG_LENGTH = 0x6700
    SECURITY_STATUS_NOT_SATISFIED = 0x6982
    AUTH_METHOD_BLOCKED = 0x6983
    REFERENCE_DATA_NOT_USABLE = 0x6984
    CONDITIONS_NOT_SATISFIED = 0x6985
    COMMAND_NOT_ALLOWED = 0x6986
    INCORRECT_PARAMETERS = 0x6A80
    FUNCTION_NOT_SUPPORTED = 0x6A81
    FILE_NOT_FOUND = 0x6A82
    RECORD_NOT_FOUND = 0x6A83
    INCORRECT_P1P2 = 0x6A86
    REFERENCE_NOT_FOUND = 0x6A88
    WRONG_P1P2 = 0x6B00
    INS_NOT_SUPPORTED = 0x6D00
    CLA_NOT_SUPPORTED = 0x6E00
    NO_PRECISE_DIAGNOSIS = 0x6F00


def sw_name(sw: int) -> str:
    """``SW=0x6a82 (FILE_NOT_FOUND)`` — for logs and developer messages."""
    try:
        return f"SW=0x{sw:04x} ({SW(sw).name})"
    except ValueError:
        return f"SW=0x{sw:04x}"


def retries_from_sw(sw: int) -> int | None:
    """Tries left encoded in ``63 Cx``; ``0`` for the blocked words; ``None`` otherwise."""
    if sw & 0xFFF0 == 0x63C0:
        return sw & 0x000F
    if sw in (SW.AUTH_METHOD_BLOCKED, SW.REFERENCE_DATA_NOT_USABLE):
        return 0
    return None
