"""The PC/SC test stack: a real pcscd with the vsmartcard vpcd driver, and our virtual JPKI card.

``pcscd`` (session): uses a running pcscd or starts ``pcscd --foreground`` (never ``--auto-exit``) and
stops it at the end; waits for the ``Virtual PCD 00 00`` reader. When pcscd, the vpcd driver or
pyscard is missing the tests are skipped with the reason — or fail when ``MYNA_PREP_REQUIRE_PCSC=1``.

``cards`` (function): inserts virtual cards (slot 0 = ``Virtual PCD 00 00``, slot 1 = ``... 00 01``),
waits until pcscd reports them, and removes them afterwards. Re-inserting into a slot waits out the
0.45 s race in which pcscd would miss the new card.
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.vcard.jpki_card import READER_00, READER_01, Scenario, VirtualCard  # noqa: E402

REQUIRE_ENV = "MYNA_PREP_REQUIRE_PCSC"
VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PID_FILE = Path("/run/pcscd/pcscd.pid")
SLOTS = {0: (35963, READER_00), 1: (35964, READER_01)}
#: pcscd and the vpcd ports are host-wide: concurrent test sessions take turns through this lock.
LOCK_FILE = Path(os.environ.get("MYNA_PREP_PCSC_LOCK", "/tmp/myna-prep-pcsc-tests.lock"))
LOCK_WAIT = 900.0


def _missing() -> str | None:
    if shutil.which("pcscd") is None and not Path("/usr/sbin/pcscd").exists():
        return "pcscd is not installed (Debian: apt-get install pcscd)"
    if not VPCD_DRIVER.exists():
        return "the vpcd reader driver is not installed (Debian: apt-get install vsmartcard-vpcd)"
    if importlib.util.find_spec("smartcard") is None:
        return "pyscard is not installed"
    return None


def _skip_or_fail(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"PC/SC test stack required ({REQUIRE_ENV}=1) but unavailable: {reason}", pytrace=False)
    pytest.skip(reason)


def _running_pcscd() -> int | None:
    try:
        pid = int("".join(ch for ch in PID_FILE.read_text(errors="ignore") if ch.isdigit()))
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (OSError, ValueError):
        return None
    state = stat.rsplit(")", 1)[-1].split()[0]
    return None if state in ("Z", "X") else pid


def wait_until(predicate: object, timeout: float, what: str, interval: float = 0.02) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def card_present(reader: str) -> bool:
    from app.card import pcsc

    return any(s.name == reader and s.card_present for s in pcsc.reader_states())


@dataclass
class PcscStack:
    started: bool
    log: Path | None


@pytest.fixture(scope="session")
def pcscd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PcscStack]:
    reason = _missing()
    if reason:
        _skip_or_fail(reason)
    lock = LOCK_FILE.open("a")
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() > deadline:
                lock.close()
                _skip_or_fail(f"another test session held {LOCK_FILE} for {LOCK_WAIT:.0f} s")
            time.sleep(0.2)
    try:
        yield from _stack(tmp_path_factory)
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


def _stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PcscStack]:
    proc: subprocess.Popen[bytes] | None = None
    log: Path | None = None
    if _running_pcscd() is None:
        if os.geteuid() != 0:
            _skip_or_fail("pcscd is not running and starting it needs root")
        log = tmp_path_factory.mktemp("pcscd") / "pcscd.log"
        binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
        with log.open("wb") as out:
            proc = subprocess.Popen([binary, "--foreground", "--info"], stdout=out, stderr=subprocess.STDOUT)
    from app.card import pcsc
    from app.card.errors import CardError

    def reader_ready() -> bool:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"pcscd exited with {proc.returncode}; see {log}")
        try:
            return READER_00 in pcsc.list_readers()
        except CardError:
            return False

    try:
        wait_until(reader_ready, 10, "the 'Virtual PCD 00 00' reader")
    except AssertionError as exc:
        if proc is not None:
            proc.terminate()
            proc.wait(5)
        _skip_or_fail(str(exc))
    yield PcscStack(started=proc is not None, log=log)
    if proc is not None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@dataclass
class Cards:
    """Insert and remove virtual cards; everything inserted is removed at teardown."""

    inserted: list[VirtualCard] = field(default_factory=list)

    def insert(self, scenario: Scenario | str = "normal", slot: int = 0, **changes: object) -> VirtualCard:
        from tests.vcard.jpki_card import SCENARIOS

        if isinstance(scenario, str):
            scenario = SCENARIOS[scenario]
        if changes:
            scenario = scenario.with_(**changes)
        port, reader = SLOTS[slot]
        self.wait_absent(slot)
        card = VirtualCard(scenario, port=port)
        card.reader = reader  # type: ignore[attr-defined]
        card.insert()
        self.inserted.append(card)
        wait_until(lambda: card_present(reader), 3, f"pcscd to see the card in {reader}")
        return card

    def remove(self, card: VirtualCard, *, wait: bool = True) -> None:
        card.remove()
        if wait:
            reader = SLOTS[0 if card.port == 35963 else 1][1]
            wait_until(lambda: not card_present(reader), 3, f"pcscd to see {reader} empty")

    def wait_absent(self, slot: int) -> None:
        reader = SLOTS[slot][1]
        wait_until(lambda: not card_present(reader), 3, f"{reader} to be empty")

    def remove_all(self) -> None:
        for card in self.inserted:
            card.remove()
        self.inserted.clear()


@pytest.fixture
def cards(pcscd: PcscStack) -> Iterator[Cards]:
    holder = Cards()
    yield holder
    holder.remove_all()
    for slot in SLOTS:
        holder.wait_absent(slot)
