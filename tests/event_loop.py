"""Running qasync's loop from a test: to the end of an awaitable, or until a condition holds."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import qasync

T = TypeVar("T")


def run(loop: qasync.QEventLoop, awaitable: Awaitable[T]) -> T:
    """``loop.run_until_complete(awaitable)`` without qasync's last ``processEvents`` after the loop
    stopped: a task step dispatched there runs with no running loop, and the first
    ``asyncio.get_running_loop()`` in it fails (seen as 'no running event loop' in the PIN dialog,
    once in a loaded run)."""
    future = asyncio.ensure_future(awaitable, loop=loop)
    future.add_done_callback(lambda _done: loop.stop())
    loop.run_forever()
    return future.result()


def until(loop: qasync.QEventLoop, predicate: Callable[[], Any], what: str, seconds: float = 60) -> None:
    """Run the event loop until ``predicate`` holds; the limit only stops a hang, it measures nothing."""
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        loop.call_later(0.02, loop.stop)
        loop.run_forever()
