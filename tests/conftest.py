"""Test-wide settings: Qt offscreen, and no test ever touches the real user's data directory."""

from __future__ import annotations

import os
import sys
import tempfile

import pytest
from hypothesis import settings

# pytest-xdist (the README's command runs with -n auto): PC/SC tests on one worker (tests/parallel.py).
from tests.parallel import (
    is_serial,
    pytest_collection_modifyitems,
    pytest_configure,
    pytest_configure_node,
    pytest_runtest_teardown,
    pytest_xdist_auto_num_workers,
    pytest_xdist_make_scheduler,
)
from tests.qt_gc import _collect_in_the_gui_thread, qapp  # Qt tests run under the app's collector policy

__all__ = [
    "_collect_in_the_gui_thread",
    "pytest_collection_modifyitems",
    "pytest_configure",
    "pytest_configure_node",
    "pytest_runtest_teardown",
    "pytest_xdist_auto_num_workers",
    "pytest_xdist_make_scheduler",
    "qapp",
]

def _ram_disk() -> str | None:
    """/dev/shm when it is a tmpfs with room for a few runs' files (24 GiB here, 64 MiB in some
    containers: then the disk). The store commits with synchronous=FULL, and on a disk each test's
    household waits for its fsyncs (a seeded household: 0.6 s on /tmp, 0.24 s on /dev/shm, loaded
    host); the commits, the files and a killed process's data are the same on either."""
    if os.environ.get("TMPDIR") or not sys.platform.startswith("linux"):
        return None  # the developer chose, or no such folder
    try:
        with open("/proc/self/mounts", encoding="utf-8") as mounts:
            tmpfs = any(line.split()[1:3] == ["/dev/shm", "tmpfs"] for line in mounts)
        stats = os.statvfs("/dev/shm")
    except OSError:
        return None
    roomy = stats.f_bavail * stats.f_frsize >= 2 << 30
    return "/dev/shm" if tmpfs and roomy and os.access("/dev/shm", os.W_OK | os.X_OK) else None


# Set before the first temporary folder is made; the xdist workers and the apps the tests start
# inherit it. pytest's tmp_path lives below it too.
if (_shm := _ram_disk()) is not None:
    os.environ["TMPDIR"] = _shm
    tempfile.tempdir = None  # forget a folder chosen before this point

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


# Hypothesis: no deadline anywhere (a busy machine is not a failure), and the same examples on every
# run, CI's and a developer's alike (the README's command must not fail by chance: a random example
# once found a rare case the property had wrong). HYPOTHESIS_PROFILE=explore looks for new examples;
# what it finds becomes an @example. The example counts stay each test's own.
settings.register_profile("replay", deadline=None, database=None, derandomize=True, print_blob=True)
settings.register_profile("explore", deadline=None, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "replay"))


@pytest.fixture(autouse=True)
def _speak_japanese() -> None:
    """Every test starts in Japanese, whatever a test before it on this worker switched to and did not
    switch back (with xdist the test before is anyone's). i18n is imported only once Qt is set up."""
    from app import i18n

    if i18n.current_language() not in (None, "ja"):
        i18n.install("ja")


# A socket path that never exists: pcsc-lite's client library (in-process and in every child) takes it
# from PCSCLITE_CSOCK_NAME, so to it no PC/SC service runs.
NO_PCSCD = os.path.join(tempfile.gettempdir(), f"myna-prep-no-pcscd-{os.getpid()}", "pcscd.comm")


@pytest.fixture(autouse=True)
def _pcscd_only_for_the_pcsc_tests(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the PC/SC tests reach the host's pcscd. Any other test, and any app it starts (a real window
    has a card monitor that reads every card it sees), would otherwise talk to the virtual cards the
    PC/SC tests insert meanwhile on the other worker, or in another session on this host."""
    if not is_serial(request.node):
        monkeypatch.setenv("PCSCLITE_CSOCK_NAME", NO_PCSCD)
