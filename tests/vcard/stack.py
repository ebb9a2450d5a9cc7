"""Bring-up of the PC/SC test stack, shared by the pytest fixtures, the benchmark and the screenshot
script: a host-wide lock, pcscd in the foreground (never ``--auto-exit``), and small waits.

pcscd's socket (/run/pcscd/pcscd.comm) and the vpcd ports are host-wide, so sessions take turns
through an advisory lock file; whoever started pcscd stops it.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.vcard.jpki_card import READER_00

LOCK_FILE = Path(os.environ.get("MYNA_PREP_PCSC_LOCK", "/tmp/myna-prep-pcsc-tests.lock"))
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PID_FILE = Path("/run/pcscd/pcscd.pid")


class StackUnavailable(RuntimeError):
    """The PC/SC test stack cannot be brought up here (the message says why)."""


def wait_until(predicate: Callable[[], bool], timeout: float, what: str, interval: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def pcscd_binary() -> str | None:
    found = shutil.which("pcscd")
    if found:
        return found
    return "/usr/sbin/pcscd" if Path("/usr/sbin/pcscd").exists() else None


def missing() -> str | None:
    """Why the stack cannot run here, or None."""
    import importlib.util

    if pcscd_binary() is None:
        return "pcscd is not installed (Debian: apt-get install pcscd)"
    if not VPCD_DRIVER.exists():
        return "the vpcd reader driver is not installed (Debian: apt-get install vsmartcard-vpcd)"
    if importlib.util.find_spec("smartcard") is None:
        return "pyscard is not installed"
    return None


def running_pcscd() -> int | None:
    try:
        pid = int("".join(ch for ch in PID_FILE.read_text(errors="ignore") if ch.isdigit()))
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (OSError, ValueError):
        return None
    state = stat.rsplit(")", 1)[-1].split()[0]
    return None if state in ("Z", "X") else pid


def card_present(reader: str) -> bool:
    from app.card import pcsc

    return any(s.name == reader and s.card_present for s in pcsc.reader_states())


@contextmanager
def stack_lock(wait: float = 900.0) -> Iterator[None]:
    with LOCK_FILE.open("a") as lock:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StackUnavailable(f"another session held {LOCK_FILE} for {wait:.0f} s") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@contextmanager
def pcscd_stack(log: Path | None = None) -> Iterator[bool]:
    """A pcscd with the ``Virtual PCD 00 00`` reader; yields whether we started it (and stop it)."""
    reason = missing()
    if reason:
        raise StackUnavailable(reason)
    proc: subprocess.Popen[bytes] | None = None
    if running_pcscd() is None:
        if os.geteuid() != 0:
            raise StackUnavailable("pcscd is not running and starting it needs root")
        binary = pcscd_binary()
        assert binary is not None
        out = log.open("wb") if log is not None else subprocess.DEVNULL
        try:
            proc = subprocess.Popen([binary, "--foreground", "--info"], stdout=out, stderr=subprocess.STDOUT)
        finally:
            if log is not None and not isinstance(out, int):
                out.close()
    from app.card import pcsc
    from app.card.errors import CardError

    def reader_ready() -> bool:
        if proc is not None and proc.poll() is not None:
            raise StackUnavailable(f"pcscd exited with {proc.returncode} (log: {log})")
        try:
            return READER_00 in pcsc.list_readers()
        except CardError:
            return False

    try:
        try:
            wait_until(reader_ready, 10, "the 'Virtual PCD 00 00' reader")
        except AssertionError as exc:
            raise StackUnavailable(str(exc)) from exc
        yield proc is not None
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
