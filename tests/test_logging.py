from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

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
