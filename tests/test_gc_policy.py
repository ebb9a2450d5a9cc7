"""The collector policy (app/ui/application.py): with Qt up, only the GUI thread collects cycles, and
the tests run that way too (tests/qt_gc.py). Why: benchmarks/gc_threads.py."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.application import collect_due_garbage

TESTS = Path(__file__).resolve().parent


class _Cycle:
    """Garbage that owns a running Qt timer and refers to itself, as a closed qasync loop does."""

    def __init__(self, on_destroyed: list[str]) -> None:
        self.me = self
        self.timer = QTimer()
        self.timer.start(60_000)
        self.timer.destroyed.connect(
            lambda *_: on_destroyed.append(threading.current_thread().name),
            Qt.ConnectionType.DirectConnection,
        )


def test_qt_tests_run_under_the_apps_policy(qapp: QApplication) -> None:
    assert not gc.isenabled()
    timer = qapp.findChild(QTimer, "guiThreadCollector", Qt.FindChildOption.FindDirectChildrenOnly)
    assert isinstance(timer, QTimer) and timer.isActive()


def test_a_worker_thread_never_collects_and_the_gui_thread_does(qapp: QApplication) -> None:
    collections: list[str] = []
    destroyed: list[str] = []

    def on_collection(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(threading.current_thread().name)

    def allocate() -> None:  # what the card worker does while it parses a card's answers
        for _ in range(20 * gc.get_threshold()[0]):
            cycle: list[object] = []
            cycle.append(cycle)

    _Cycle(destroyed)
    gc.callbacks.append(on_collection)
    try:
        worker = threading.Thread(target=allocate, name="card-io")
        worker.start()
        worker.join()
        assert collections == [] and destroyed == []  # far past the threshold, nothing collected there
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collect_due_garbage()  # any generation due takes the youngest with it, where the timer is
    finally:
        gc.callbacks.remove(on_collection)
    assert set(collections) == {"MainThread"} and destroyed == ["MainThread"]


def test_no_test_collects_garbage_by_hand() -> None:
    """Under the policy a test needs no collection of its own; the two left measure reference counts."""
    needle = "gc." + "collect("
    measuring = {"test_qt_binding.py", "checklist/test_pdf.py"}
    found = {
        path.relative_to(TESTS).as_posix()
        for path in TESTS.rglob("*.py")
        if needle in path.read_text(encoding="utf-8")
    }
    assert found <= measuring, found - measuring
