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

TRAFFIC = 5  # below DEBUG: APDU traffic (VERIFY data redacted by the card layer)
logging.addLevelName(TRAFFIC, "TRAFFIC")

_SECRET_PATTERNS = (
    re.compile(r"(?i)\b(pin|password|passwd|暗証番号|パスワード)(\s*[=:]\s*)\S+"),
    re.compile(r"\b\d{12}\b"),  # a My Number has 12 digits
)


def redact(text: str) -> str:
    text = _SECRET_PATTERNS[0].sub(r"\1\2[redacted]", text)
    return _SECRET_PATTERNS[1].sub("[redacted]", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir/myna-prep.log`` (1 MiB x 5 files). Returns the file, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "myna-prep.log"
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
