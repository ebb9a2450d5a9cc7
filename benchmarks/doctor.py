"""Benchmark (not a test): ``myna-prep doctor`` on the virtual card.

Prints: the APDU count of one diagnosis (goal ≤ 20); the wall time of ``python -m app doctor --json``
beside OpenSC's ``pkcs15-tool --read-certificate 01`` on the same card in the same run; and the worst
stall of the Qt event loop (a 5 ms heartbeat QTimer) while the card panel diagnoses, authenticates,
checks a password and reads the basic four items (goal ≤ 50 ms).

Needs pcscd with the vsmartcard vpcd driver (started here if absent; root) — see tests/card/conftest.py.
Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/doctor.py``
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.card.diagnosis import diagnose  # noqa: E402
from tests.vcard.jpki_card import AUTH_PIN, READER_00, SIGN_PIN, TEXT_PIN, VirtualCard  # noqa: E402
from tests.vcard.stack import card_present, pcscd_stack, stack_lock, wait_until  # noqa: E402

RUNS = 7


def present() -> bool:
    return card_present(READER_00)


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=REPO, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{command[:3]} failed with {proc.returncode}: {proc.stderr.decode()[-300:]}")
    return elapsed


def ui_stall() -> float:
    import qasync
    from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from app.card.pins import PinKind
    from app.card.worker import CardService
    from app.ui.card_reader.panel import CardPanel

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    panel = CardPanel(CardService(timeout=20))
    panel.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def answer(text: str) -> None:
        def fill() -> None:
            dialog = panel.flows.active_dialog
            if dialog is None or not dialog.isVisible():
                loop.call_later(0.01, fill)
                return
            dialog.edit.setText(text)
            dialog.ok_button.click()

        loop.call_later(0.01, fill)

    async def scenario() -> None:
        await panel.flows.refresh()
        answer(AUTH_PIN)
        assert await panel.flows.authenticate()
        answer(SIGN_PIN)
        assert await panel.flows.check_pin(PinKind.SIGN)
        answer(TEXT_PIN)
        assert await panel.flows.read_basic_info()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    loop.run_until_complete(asyncio.sleep(0.2))  # the panel warms the card worker up at creation
    last[0] = time.perf_counter()
    timer.start()
    loop.run_until_complete(scenario())
    timer.stop()
    panel.shutdown()
    panel.close()
    loop.close()
    asyncio.set_event_loop(None)
    return max(gaps)


def external_card_stall(scenario: str) -> float:
    card = subprocess.Popen(
        [sys.executable, "-m", "tests.vcard.jpki_card", "--scenario", scenario],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_until(present, 10, f"the {scenario} card")
        return ui_stall()
    finally:
        card.send_signal(signal.SIGINT)
        card.wait(5)
        wait_until(lambda: not present(), 3, "the card to go")


def main() -> int:
    with stack_lock(), pcscd_stack():
        card = VirtualCard("normal").insert()
        try:
            wait_until(present, 3, "the card")
            snapshot = diagnose()
            assert snapshot.exit_code == 0, snapshot.problems
            apdus = snapshot.apdu_count
            in_process = []
            for _ in range(20):
                started = time.perf_counter()
                diagnose()
                in_process.append(time.perf_counter() - started)
            doctor = [timed([sys.executable, "-m", "app", "doctor", "--json"]) for _ in range(RUNS)]
            tool = shutil.which("pkcs15-tool")
            opensc = (
                [timed([tool, "--reader", READER_00, "--read-certificate", "01"]) for _ in range(RUNS)]
                if tool
                else []
            )
            card.remove()
            wait_until(lambda: not present(), 3, "the card to go")
            # The card runs in its own process here, as a real card would: its RSA arithmetic
            # must not compete with the UI for this process's GIL.
            stall = external_card_stall("normal")
            slow_stall = external_card_stall("slow")
        finally:
            card.remove()

    ms = 1000.0

    def row(label: str, value: str) -> None:
        print(f"{label:<52}: {value}")

    row("doctor APDUs (one diagnosis, virtual card)", f"{apdus}  (goal <= 20)")
    row("diagnose() in-process, median of 20", f"{statistics.median(in_process) * ms:7.1f} ms")
    row(
        f"python -m app doctor --json, median of {RUNS}",
        f"{statistics.median(doctor) * ms:7.1f} ms  (min {min(doctor) * ms:.1f})",
    )
    if opensc:
        row(
            f"pkcs15-tool --read-certificate 01, median of {RUNS}",
            f"{statistics.median(opensc) * ms:7.1f} ms  (min {min(opensc) * ms:.1f})",
        )
    else:
        row("pkcs15-tool --read-certificate 01", "(opensc not installed)")
    row("UI worst stall, panel flows on the normal card", f"{stall * ms:7.1f} ms  (goal <= 50)")
    row("UI worst stall, panel flows on the slow card", f"{slow_stall * ms:7.1f} ms  (goal <= 50)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
