"""Test-wide settings: Qt offscreen, and no test ever touches the real user's data directory."""

from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import settings

# pytest-xdist (the README's command runs with -n auto): PC/SC tests on one worker (tests/parallel.py).
from tests.parallel import (
    pytest_collection_modifyitems,
    pytest_configure,
    pytest_configure_node,
    pytest_runtest_teardown,
    pytest_xdist_make_scheduler,
)

__all__ = [
    "pytest_collection_modifyitems",
    "pytest_configure",
    "pytest_configure_node",
    "pytest_runtest_teardown",
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


# Hypothesis: no deadline anywhere (a busy machine is not a failure); CI (CI=true, as .ci/run runs)
# replays the same examples every run, a developer's run explores new ones. The example counts stay
# each test's own; HYPOTHESIS_PROFILE picks a profile by name.
settings.register_profile("ci", deadline=None, database=None, derandomize=True, print_blob=True)
settings.register_profile("dev", deadline=None, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _speak_japanese() -> None:
    """Every test starts in Japanese, whatever a test before it on this worker switched to and did not
    switch back (with xdist the test before is anyone's). i18n is imported only once Qt is set up."""
    from app import i18n

    if i18n.current_language() not in (None, "ja"):
        i18n.install("ja")
