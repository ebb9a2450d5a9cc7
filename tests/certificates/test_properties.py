"""Property tests: the field readers never fail on any value, and no input makes the verifier raise."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from app.certificates.fields import (
    ERA_FIRST_YEAR,
    date_of,
    era_to_year,
    iso_day,
    read_int,
    text_of,
    year_of,
)
from app.certificates.forms import NS_GENERAL, NS_KYOTSU
from app.certificates.verify import verify_bytes
from app.domain.received import Reason, Verdict
from tests.certificates import fixtures

SIGNED = fixtures.sign(fixtures.teg800())
xml_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12
).filter(
    lambda s: all(c in "\t\n\r" or ord(c) >= 0x20 for c in s) and "\ufffe" not in s and "\uffff" not in s
)


def group(**parts: str) -> etree._Element:
    el = etree.Element(f"{{{NS_KYOTSU}}}X", nsmap={None: NS_KYOTSU, "gen": NS_GENERAL})
    for name, text in parts.items():
        etree.SubElement(el, f"{{{NS_GENERAL}}}{name}").text = text
    return el


@given(st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1))
def test_read_int_round_trips_ascii_digits(n: int) -> None:
    assert read_int(f" {n} ") == n


@given(xml_text)
def test_read_int_never_fails(text: str) -> None:
    value = read_int(text)
    assert value is None or str(value).lstrip("-").isdigit()


@given(st.sampled_from(sorted(ERA_FIRST_YEAR)), st.integers(min_value=1, max_value=99))
def test_wareki_years(era: int, yy: int) -> None:
    year = era_to_year(era, yy)
    assert year == ERA_FIRST_YEAR[era] + yy - 1
    assert year_of(group(era=str(era), yy=str(yy))) == year


def test_reiwa_7_is_2025() -> None:
    assert era_to_year(5, 7) == 2025 and era_to_year(4, 31) == 2019 and era_to_year(6, 1) is None


@given(era=xml_text, yy=xml_text, yyyy=xml_text, mm=xml_text, dd=xml_text)
def test_year_and_date_readers_never_fail(era: str, yy: str, yyyy: str, mm: str, dd: str) -> None:
    for el in (group(era=era, yy=yy, mm=mm, dd=dd), group(yyyy=yyyy, mm=mm, dd=dd), group()):
        year = year_of(el)
        assert year is None or 1 <= year <= 9999 + 99
        day = date_of(el)
        assert day is None or isinstance(day, date)
        assert isinstance(text_of(el), str)


@given(st.dates())
def test_western_dates_read_back(day: date) -> None:
    el = group(yyyy=str(day.year), mm=str(day.month), dd=str(day.day))
    assert date_of(el) == day
    assert iso_day(day.isoformat()) == day


@given(xml_text)
def test_iso_day_never_fails(text: str) -> None:
    assert iso_day(text) is None or isinstance(iso_day(text), date)


# derandomize: the same examples on every run (a test must not fail by chance); a wider random fuzz of
# 10 000 mutations was run while writing this and found one crash (C14N, now a verdict; see test_verify).
@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_verdict_not_a_traceback(data: bytes) -> None:
    v = verify_bytes(data)
    assert v.verdict in Verdict and v.verdict is not Verdict.VALID


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=0, max_value=len(SIGNED) - 1), st.binary(min_size=1, max_size=8), st.integers(0, 8)
)
def test_mutated_signed_files_never_raise(position: int, insert: bytes, cut: int) -> None:
    data = SIGNED[:position] + insert + SIGNED[position + cut :]
    v = verify_bytes(data)
    assert v.reason in Reason
    if v.verdict is Verdict.VALID:  # only a change the signature does not cover may still verify
        assert v.facts is not None and v.facts.amounts[0].value == 84000
