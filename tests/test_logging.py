from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.logging_setup import redact, setup_logging


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_log_file_rotates_in_the_data_directory_and_masks_secrets(
    tmp_path: Path, root_logger: logging.Logger
) -> None:
    path = setup_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / "myna-prep.log"
    log = logging.getLogger("app.test")
    log.info("verify with pin=1234 failed")
    log.info("password: hunter22 typed")
    log.info("My Number %s read", "123456789012")
    log.info("an ordinary line")
    for handler in root_logger.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "an ordinary line" in text
    for secret in ("1234 ", "hunter22", "123456789012"):
        assert secret not in text
    assert text.count("[redacted]") == 3


@pytest.mark.parametrize(
    ("raw", "secret"),
    [
        ("PIN=9876", "9876"),
        ("暗証番号: 5555", "5555"),
        ("パスワード=ABC123", "ABC123"),
        ("id 000011112222", "000011112222"),
    ],
)
def test_redact(raw: str, secret: str) -> None:
    assert secret not in redact(raw)


# --- issue 12, item 12: formats the masking missed, exception text, and a hypothesis over formats ------


@pytest.mark.parametrize(
    ("raw", "secret"),
    [
        ("number 1234 5678 9012 read", "5678"),
        ("number 1234-5678-9012 read", "5678"),
        ("PIN 1234 rejected", "1234"),
        ("パスワード：1234", "1234"),
        ("署名用電子証明書パスワード：abcd12", "abcd12"),
        ("暗証番号は 9876 です", "9876"),
        ("番号 １２３４５６７８９０１２", "５６７８"),
    ],
)
def test_redact_catches_the_formats_that_slipped_through(raw: str, secret: str) -> None:
    assert secret not in redact(raw)


def test_ordinary_log_text_is_left_alone() -> None:
    for text in ("follow-up 2027-01-05", "auth tries 3/5", "PIN blocked", "SW 6983", "took 1234 ms"):
        assert redact(text) == text


def test_exception_text_logged_with_exc_info_is_masked(tmp_path: Path, root_logger: logging.Logger) -> None:
    path = setup_logging(tmp_path / "logs")
    assert path is not None
    try:
        raise ValueError("card said 1234 5678 9012 with PIN 4321")
    except ValueError:
        logging.getLogger("app.test").exception("the operation failed")
    for handler in root_logger.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "Traceback" in text and "ValueError" in text
    assert "5678" not in text and "4321" not in text


SEPARATORS = st.sampled_from(["", " ", "-", "　", "－", "‐"])
DIGITS = st.sampled_from(["0123456789", "０１２３４５６７８９"])


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A 12-digit number written in groups of 4 (or none), ASCII or full-width, any separator."""
    table = draw(DIGITS)
    digits = "".join(table[d] for d in draw(st.lists(st.integers(0, 9), min_size=12, max_size=12)))
    sep = draw(SEPARATORS)
    return sep.join(digits[i : i + 4] for i in range(0, 12, 4))


@settings(max_examples=300, derandomize=True, database=None)
@given(
    number=numbers(),
    before=st.sampled_from(["", "number ", "番号", "id=", "(", "My Number: "]),
    after=st.sampled_from(["", " read", "です", ")", "."]),
)
def test_no_number_format_survives_redaction(number: str, before: str, after: str) -> None:
    out = redact(before + number + after)
    digits = [ch for ch in out if ch.isdigit()]
    assert len(digits) < 8, out


@settings(max_examples=200, derandomize=True, database=None)
@given(
    keyword=st.sampled_from(["PIN", "pin", "Password", "パスワード", "暗証番号", "passcode"]),
    sep=st.sampled_from(["=", ": ", "：", " ", "は", " は "]),
    value=st.from_regex(r"[0-9]{4}|[A-Za-z]{2,8}[0-9]{2,8}", fullmatch=True),
)
def test_no_pin_after_a_keyword_survives(keyword: str, sep: str, value: str) -> None:
    assert value not in redact(f"{keyword}{sep}{value}")
