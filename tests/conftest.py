"""Test-wide settings: Qt offscreen, and no test ever touches the real user's data directory."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest

# pytest-xdist (the README's command runs with -n auto): PC/SC tests on one worker (tests/parallel.py).
from tests.parallel import (
    pytest_collection_modifyitems,
    pytest_configure,
    pytest_configure_node,
    pytest_xdist_make_scheduler,
)

__all__ = [
    "pytest_collection_modifyitems",
    "pytest_configure",
    "pytest_configure_node",
    "pytest_xdist_make_scheduler",
]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# Tests that forget --data-dir still land in a throwaway directory, never in the user's.
os.environ.setdefault("MYNA_PREP_DATA_DIR", tempfile.mkdtemp(prefix="myna-prep-tests-"))
# The tests run as on a Japanese system (the app's first language): with no --lang the window and
# the commands speak Japanese. Qt takes the language from LANGUAGE, else LC_ALL, else LC_MESSAGES;
# LC_MESSAGES alone leaves the C library's own messages (strerror) as they were. Tests of the English
# default set LANGUAGE=en for their own child process.
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)
os.environ["LC_MESSAGES"] = "ja_JP.UTF-8"


@pytest.fixture(autouse=True)
def _language_restored() -> Iterator[None]:
    """A test that switches the language (i18n.install) leaves the next one in the language it found,
    even when it fails before switching back: with xdist the next test on a worker is anyone's."""
    from app import i18n

    before = i18n.current_language()
    yield
    if i18n.current_language() != before:
        i18n.install(before or "ja")
