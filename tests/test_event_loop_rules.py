"""Tests run qasync's loop one way (tests/event_loop.py): ``run_until_complete`` ends with a
``processEvents`` after the loop stopped, where a task's step finds no running loop."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_test_calls_run_until_complete() -> None:
    callers = [
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("*.py")
        if path.name not in ("event_loop.py", Path(__file__).name)
        and "run_until_complete(" in path.read_text(encoding="utf-8")
    ]
    assert not callers
