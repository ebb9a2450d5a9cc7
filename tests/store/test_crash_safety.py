"""SIGKILL a writer at random moments, >= 50 times: the file stays sound and keeps every commit."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.store.engine import DB_NAME
from app.store.repository import Store
from tests.store.helpers import integrity

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
LANES = 2  # independent data directories killed in parallel, to keep the test short


def kill_once(data_dir: Path, first_id: int, rng: random.Random) -> tuple[set[int], bool]:
    """Start a writer, SIGKILL it at a random moment; return the ids it reported as committed."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.crash_child", str(data_dir), str(first_id)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    early = rng.random() < 0.2  # sometimes during start-up: creating, checking, migrating the file
    if early:
        time.sleep(rng.uniform(0.0, 0.5))
    else:
        ready, _, _ = select.select([child.stdout], [], [], 30)
        assert ready, "the writer did not start"
        time.sleep(rng.uniform(0.0, 0.08))
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")
    lines = out.decode().split("\n")[:-1]  # a line without its newline may be cut by the kill
    return {int(line) for line in lines if line.isdigit()}, early


def lane(data_dir: Path, lane_no: int, kills: int) -> tuple[int, int]:
    rng = random.Random(f"{os.getpid()}-{lane_no}-{time.time_ns()}")
    committed: set[int] = set()
    late_kills_with_commits = 0
    for k in range(kills):
        ids, early = kill_once(data_dir, (lane_no * 1000 + k) * 100_000, rng)
        committed |= ids
        if ids and not early:
            late_kills_with_commits += 1
        db = data_dir / DB_NAME
        if db.exists():
            assert integrity(db) == [("ok",)], f"lane {lane_no}, kill {k}"
        store, notices = Store.open(data_dir)
        try:
            assert notices == (), f"lane {lane_no}, kill {k}: {notices}"
            members = store.load_household().members
            have = {int(i.split(".")[1]) for m in members for i in m.progress}
        finally:
            store.close()
        missing = committed - have
        assert not missing, f"lane {lane_no}, kill {k}: lost committed ids {sorted(missing)[:5]}"
    return len(committed), late_kills_with_commits


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    per_lane = -(-KILLS // LANES)
    with ThreadPoolExecutor(LANES) as pool:
        futures = [pool.submit(lane, tmp_path / f"lane{n}", n, per_lane) for n in range(LANES)]
        results = [f.result() for f in futures]
    assert per_lane * LANES >= KILLS
    # the kills really landed while commits were flowing, not only before or after
    assert sum(r[0] for r in results) > 100
    assert sum(r[1] for r in results) >= KILLS // 2
