"""The README's one test command on every core: pytest-xdist, with the PC/SC tests on one worker.

pcscd, its socket and the vpcd ports are host-wide, so the tests that use them (marked ``pcsc`` or
using the ``pcscd`` fixture, in any folder) run one after another on the first worker while the rest
is shared out as usual. xdist's ``--dist loadgroup`` cannot do this with pytest 9 (it renames
``item._nodeid``), and only the workers see markers, so each worker writes the node ids of its
serial tests into a folder the controller made; the scheduler reads them before the first test.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from xdist.scheduler import LoadScheduling

SERIAL_DIR = "myna_prep_serial_dir"


def is_serial(item: pytest.Item) -> bool:
    return item.get_closest_marker("pcsc") is not None or "pcscd" in getattr(item, "fixturenames", ())


def is_slow(item: pytest.Item) -> bool:
    return item.get_closest_marker("slow") is not None


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput") and config.getoption("dist", "no") == "load":
        folder = tempfile.mkdtemp(prefix="myna-prep-xdist-")
        setattr(config, "_" + SERIAL_DIR, folder)
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.hookimpl(trylast=True)  # after the test's own fixtures (cards out of the readers) are gone
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    if is_serial(item) and (nextitem is None or not is_serial(nextitem)):
        from tests.card.conftest import stop_pcscd

        stop_pcscd()


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: a worker per core and one more, since the PC/SC worker spends most of its time
    waiting on pcscd and the virtual cards (2 cores, the whole suite, alternating runs: 214 s and
    204 s with 3 workers, 239 s and 246 s with 2). PYTEST_XDIST_AUTO_NUM_WORKERS still decides."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores + 1


@pytest.hookimpl(optionalhook=True)  # xdist's hooks: unknown when run with -p no:xdist
def pytest_configure_node(node: Any) -> None:
    folder = getattr(node.config, "_" + SERIAL_DIR, None)
    if folder is not None:
        node.workerinput[SERIAL_DIR] = folder


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if is_serial(item) and item.get_closest_marker("pcsc") is None:
            item.add_marker(pytest.mark.pcsc)
    # The serial tests first, in their order: one stretch of PC/SC work, after which the stack stops
    # and the host-wide lock is free for other sessions (pytest_runtest_teardown below). Then the slow
    # ones, so that another worker runs them meanwhile: last in the queue (their place by name), one
    # worker ran them alone for a minute after the other had finished.
    items[:] = sorted(items, key=lambda item: (not is_serial(item), not is_slow(item)))
    folder = getattr(config, "workerinput", {}).get(SERIAL_DIR)
    if folder is not None:  # written before xdist reports the collection to the controller
        serial = "\n".join(item.nodeid for item in items if is_serial(item))
        worker = config.workerinput["workerid"]
        partial = Path(folder, f"{worker}.part")
        partial.write_text(serial, encoding="utf-8")
        partial.replace(Path(folder, f"{worker}.txt"))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> LoadScheduling | None:
    folder = getattr(config, "_" + SERIAL_DIR, None)
    return None if folder is None else SerialOnFirstWorker(config, log, Path(folder))


class SerialOnFirstWorker(LoadScheduling):
    """xdist's load scheduling, except that the serial tests all go to the first worker at once."""

    def __init__(self, config: pytest.Config, log: Any, folder: Path) -> None:
        super().__init__(config, log)
        self._folder = folder

    def schedule(self) -> None:
        if self.collection is not None or len(self.nodes) < 2 or not self._check_nodes_have_same_collection():
            super().schedule()
            return
        collection = next(iter(self.node2collection.values()))
        serial_ids: set[str] = set()
        for listing in self._folder.glob("*.txt"):
            serial_ids.update(filter(None, listing.read_text(encoding="utf-8").splitlines()))
        serial = [index for index, nodeid in enumerate(collection) if nodeid in serial_ids]
        if not serial:
            super().schedule()
            return
        self.collection = collection
        if self.maxschedchunk is None:
            self.maxschedchunk = len(collection)
        first = self.nodes[0]
        self.node2pending[first].extend(serial)
        first.send_runtest_some(serial)
        chosen = set(serial)
        self.pending[:] = [index for index in range(len(collection)) if index not in chosen]
        chunk = max(2, min(len(self.pending) // len(self.nodes) // 4, self.maxschedchunk))
        for node in self.nodes[1:]:
            self._send_tests(node, chunk)
        if not self.pending:
            for node in self.nodes:
                node.shutdown()
