"""Parsers fuzzed with hypothesis on random and truncated bytes: only our domain errors come out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.card import apdu
from app.card.errors import ALL_ERRORS, BadResponse, CardError, PinBlocked, WrongPin, error_for_sw
from app.card.jpki import CertificateInfo, pin_status_from_sw
from app.card.pins import Pin, PinKind, is_valid
from app.card.text_ap import parse_basic4, parse_my_number
from tests.vcard.jpki_card import Person, basic4_file, my_number_file

FUZZ = settings(max_examples=400, deadline=None)


@FUZZ
@given(st.binary(max_size=12))
def test_tlv_header_random(data: bytes) -> None:
    try:
        header = apdu.parse_tlv_header(data)
    except BadResponse:
        return
    assert header.header_size <= len(data)
    assert header.length >= 0


@FUZZ
@given(st.integers(min_value=0, max_value=0xFFFFFF), st.sampled_from([0x30, 0xFF20, 0xDF22]))
def test_tlv_header_round_trip(length: int, tag: int) -> None:
    tag_bytes = tag.to_bytes(2 if tag > 0xFF else 1, "big")
    if length < 0x80:
        encoded = bytes((length,))
    else:
        size = (length.bit_length() + 7) // 8
        encoded = bytes((0x80 | size,)) + length.to_bytes(size, "big")
    header = apdu.parse_tlv_header(tag_bytes + encoded + b"\x00")
    assert (header.tag, header.length, header.header_size) == (tag, length, len(tag_bytes) + len(encoded))
    for cut in range(len(tag_bytes) + len(encoded)):
        with pytest.raises(BadResponse):
            apdu.parse_tlv_header((tag_bytes + encoded)[:cut])


@FUZZ
@given(st.binary(max_size=8))
def test_der_length_random(data: bytes) -> None:
    try:
        total = apdu.der_total_length(data)
    except BadResponse:
        return
    assert data[0] == 0x30 and total >= 2


@FUZZ
@given(st.binary(max_size=64))
def test_certificate_parse_random(data: bytes) -> None:
    with pytest.raises(BadResponse):
        CertificateInfo.from_der(data)


def _basic4_ok() -> bytes:
    return basic4_file(Person())


@FUZZ
@given(st.binary(max_size=300))
def test_basic4_random(data: bytes) -> None:
    try:
        info = parse_basic4(data)
    except BadResponse:
        return
    assert isinstance(info.name, str)


@FUZZ
@given(st.integers(min_value=0, max_value=len(_basic4_ok()) - 17))
def test_basic4_truncated(cut: int) -> None:
    with pytest.raises(BadResponse):
        parse_basic4(_basic4_ok()[:cut])


@FUZZ
@given(st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=255))
def test_basic4_corrupted(position: int, value: int) -> None:
    data = bytearray(_basic4_ok())
    data[position % len(data)] = value
    try:
        info = parse_basic4(bytes(data))
    except BadResponse:
        return
    assert isinstance(info.address, str)


def test_basic4_round_trip() -> None:
    person = Person()
    info = parse_basic4(basic4_file(person))
    assert (info.name, info.address, info.birth_date, info.sex) == (
        person.name,
        person.address,
        person.birth_date,
        person.sex,
    )


@FUZZ
@given(st.binary(max_size=20))
def test_my_number_random(data: bytes) -> None:
    try:
        number = parse_my_number(data)
    except BadResponse:
        return
    assert len(number.reveal()) == 12


@FUZZ
@given(st.integers(min_value=0, max_value=14))
def test_my_number_truncated(cut: int) -> None:
    with pytest.raises(BadResponse):
        parse_my_number(my_number_file(Person())[:cut])


@FUZZ
@given(st.integers(min_value=0, max_value=0xFFFF), st.sampled_from([None, "auth", "sign", "text"]))
def test_sw_mapping_is_total(sw: int, pin: str | None) -> None:
    error = error_for_sw(sw, pin=pin)
    assert isinstance(error, CardError)
    assert type(error) in ALL_ERRORS
    assert error.code
    if pin is not None and sw & 0xFFF0 == 0x63C0:
        assert isinstance(error, PinBlocked if sw == 0x63C0 else WrongPin)


@FUZZ
@given(st.integers(min_value=0, max_value=0xFFFF), st.sampled_from(list(PinKind)))
def test_pin_status_from_any_sw(sw: int, kind: PinKind) -> None:
    try:
        status = pin_status_from_sw(kind, sw)
    except CardError:
        return
    assert status.remaining is None or 0 <= status.remaining <= 15


@FUZZ
@given(st.sampled_from(list(PinKind)), st.text(max_size=20))
def test_pin_validation(kind: PinKind, text: str) -> None:
    if is_valid(kind, text):
        pin = Pin(kind, text)
        assert text not in repr(pin) or not text
        pin.wipe()
        assert pin.wiped
    else:
        with pytest.raises(CardError):
            Pin(kind, text)


@FUZZ
@given(st.binary(min_size=5, max_size=40))
def test_verify_data_is_redacted(data: bytes) -> None:
    command = bytes((0x00, 0x20, 0x00, 0x80, len(data))) + data
    shown = apdu.redact_apdu(command)
    assert data.hex(" ") not in shown
    assert "redacted" in shown
