"""Reproduction (not a test): which thread runs Python's cyclic collector, and what that does to Qt.

Python collects cycles in whichever thread crosses the allocation threshold. The app's card work runs
on other threads (``card-io`` diagnoses, ``card-monitor`` polls the readers), so with the automatic
collector on, some collections run there, and any Qt object that is cyclic garbage at that moment is
destroyed on that thread. The app therefore turns the automatic collector off and collects in the GUI
thread (:func:`app.ui.application.collect_garbage_in_the_gui_thread`).

Each run is a fresh process with the real card panel and monitor on the real pcscd + vpcd stack, the
virtual card in its own process (as a real card: its arithmetic does not allocate in ours). Each round
the GUI thread drops a "canary" — a Python object that owns a running QTimer and an unparented widget
and refers to itself, the shape a closed qasync event loop has — and the panel diagnoses the card.
Counted per run: collections by thread, canary Qt objects destroyed off the GUI thread, Qt warnings,
and how the process ended (a negative code is a crash by signal). Modes: ``auto`` (the collector as
Python starts it) and ``app`` (the app's policy).

Needs pcscd with the vsmartcard vpcd driver (started here if absent; root) — see tests/card/conftest.py.
Run: ``.venv/bin/python benchmarks/gc_threads.py [--runs 10] [--rounds 40]``
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = """
import asyncio, gc, json, sys, threading
from collections import Counter
import qasync
from PySide6.QtCore import QTimer, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel

mode, rounds = sys.argv[1], int(sys.argv[2])
warnings: Counter[str] = Counter()
collections: Counter[str] = Counter()
destroyed: Counter[str] = Counter()

def on_message(kind: QtMsgType, _context: object, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg and "propagateSizeHints" not in message:
        warnings[message.split(":")[-1].strip()[:80]] += 1

def on_collection(phase: str, _info: dict[str, int]) -> None:
    if phase == "start":
        collections[threading.current_thread().name] += 1

def destroyed_here(kind: str):
    def record(*_args: object) -> None:
        destroyed[f"{kind} on {threading.current_thread().name}"] += 1
    return record

qInstallMessageHandler(on_message)
app = QApplication([])
gc.callbacks.append(on_collection)
if mode == "app":
    from app.ui.application import collect_garbage_in_the_gui_thread
    collect_garbage_in_the_gui_thread(app)
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)

from app.card.worker import CardService
from app.ui.card_reader.monitor import CardMonitor
from app.ui.card_reader.panel import CardPanel

class Canary:
    def __init__(self) -> None:
        self.me = self
        self.timer = QTimer()
        self.timer.start(60_000)
        self.label = QLabel("canary")
        for thing in (self.timer, self.label):
            thing.destroyed.connect(destroyed_here(type(thing).__name__), Qt.ConnectionType.DirectConnection)

panel = CardPanel(CardService(timeout=20))
monitor = CardMonitor(panel)
panel.attach_monitor(monitor)
monitor.start()

async def work() -> None:
    for _ in range(rounds):
        Canary()
        await panel.flows.refresh()
    gc.collect()  # the rest, in the GUI thread

loop.run_until_complete(work())
monitor.stop()
panel.shutdown()
print(json.dumps({"collections": collections, "made": 2 * rounds, "destroyed": destroyed,
                  "warnings": warnings}), flush=True)
"""


def run_once(mode: str, rounds: int) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(rounds)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    result: dict[str, object] = json.loads(lines[-1]) if lines else {}
    result["code"] = proc.returncode
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--modes", default="auto,app")
    args = parser.parse_args()

    from tests.vcard.jpki_card import READER_00
    from tests.vcard.stack import card_present, pcscd_stack, stack_lock, wait_until

    with stack_lock(), pcscd_stack():
        card = subprocess.Popen(
            [sys.executable, "-m", "tests.vcard.jpki_card", "--scenario", "normal"],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
        )
        try:
            wait_until(lambda: card_present(READER_00), 10, "the card")
            for mode in args.modes.split(","):
                report(mode, [run_once(mode, args.rounds) for _ in range(args.runs)], args.rounds)
        finally:
            card.send_signal(signal.SIGINT)
            try:
                card.wait(10)
            except subprocess.TimeoutExpired:  # blocked in its socket: nothing left to keep
                card.kill()
                card.wait()
    return 0


def report(mode: str, results: list[dict[str, object]], rounds: int) -> None:
    collections: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    destroyed: Counter[str] = Counter()
    made = 0
    crashed = [r["code"] for r in results if r["code"] != 0]
    for result in results:
        collections.update(result.get("collections", {}))  # type: ignore[arg-type]
        warnings.update(result.get("warnings", {}))  # type: ignore[arg-type]
        destroyed.update(result.get("destroyed", {}))  # type: ignore[arg-type]
        made += int(result.get("made", 0))  # type: ignore[call-overload]
    total = sum(collections.values())
    print(f"mode {mode}: {len(results)} runs x {rounds} rounds")
    print(f"  collections: {total}, by thread: {dict(collections)}")
    off_thread = {key: n for key, n in destroyed.items() if not key.endswith(" on MainThread")}
    print(f"  canary Qt objects destroyed: {sum(destroyed.values())} of {made}")
    print(f"  ... off the GUI thread: {sum(off_thread.values())} {off_thread}")
    print(f"  runs that crashed: {len(crashed)} {crashed}")
    print(f"  Qt warnings: {sum(warnings.values())} {dict(warnings.most_common(4))}")


if __name__ == "__main__":
    raise SystemExit(main())
