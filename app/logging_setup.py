"""Rotating log files in the data directory, with a last line of defence against secrets.

Code never logs a password, PIN or card data in the first place; the filter below additionally
masks anything that looks like one (long digit runs such as a My Number, ``pin=...`` pairs), so a
mistake elsewhere cannot write one to disk.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from app.store import fileutil

_KEYWORDS = r"(?:pin|password|passwd|passcode|暗証番号|パスワード)"  # i18n: what the redaction finds
_SEP = r"[ \t\-‐‑–—－　]"  # one space (also full-width) or hyphen between digit groups
_SECRET_PATTERNS = (
    # "pin=1234", "password: x", "パスワード：1234": anything after an explicit separator.
    re.compile(rf"(?i)(?<![A-Za-z0-9_])({_KEYWORDS})(\s*[=:：]\s*)\S+"),
    # "PIN 1234", "暗証番号は 1234": a value with a digit after a keyword and spaces (or は).
    re.compile(rf"(?i)(?<![A-Za-z0-9_])({_KEYWORDS})(\s*は?\s*)(?=\S*\d)\S+"),  # i18n: a pattern
    # A My Number, an issuer number: 8+ digits, also full-width and in groups ("1234 5678 9012").
    re.compile(rf"(?<!\d)\d{{3,}}(?:{_SEP}?\d{{3,}})*(?!\d)"),
)
_MIN_DIGITS = 8


def _digits(match: re.Match[str]) -> str:
    run = match.group(0)
    return "[redacted]" if sum(ch.isdigit() for ch in run) >= _MIN_DIGITS else run


def redact(text: str) -> str:
    text = _SECRET_PATTERNS[0].sub(r"\1\2[redacted]", text)
    text = _SECRET_PATTERNS[1].sub(r"\1\2[redacted]", text)
    return _SECRET_PATTERNS[2].sub(_digits, text)


class RedactingFilter(logging.Filter):
    """Masks the message, the exception text (``exc_info``) and the stack of every record."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir/myna-prep.log`` (1 MiB x 5 files). Returns the file, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        fileutil.ensure_private_dir(log_dir)  # 0700, the logs in it 0600 (before the first line)
        path = log_dir / "myna-prep.log"
        fileutil.create_private_file(path)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1 << 20, backupCount=5, encoding="utf-8", delay=True
        )
    except OSError:
        path = None
        handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    return path
