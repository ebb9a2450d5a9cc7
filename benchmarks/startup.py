"""Cold-start time of Myna Prep beside a bare PySide6 QMainWindow, measured in the same run.

Run: .venv/bin/python benchmarks/startup.py [--runs N]
Targets (issue 2): first paint <= 2.5x the bare window; stored progress shown <= 4x.
Each figure is the median wall time of N fresh processes, offscreen, with a throwaway data dir.

The processes may write bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped for them): an installed app
runs from compiled modules (pip and PyInstaller compile them), so the warm-up run compiles ours once
and the timed runs measure start-up, not the compiler. ``--no-bytecode`` measures the other case.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class W(QMainWindow):
    painted = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv[:1])
w = W(); w.resize(1100, 760); w.show()
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(runs: int, cmd: list[str], env: dict[str, str]) -> float:
    timed(cmd, env)  # warm the OS file cache once; "cold" here means a fresh process
    return statistics.median(timed(cmd, env) for _ in range(runs))


def stored_household(data_dir: str) -> None:
    """A household as people leave it between sessions: members with recorded progress."""
    from datetime import date

    from app.domain.model import Channel, LinkageStatus, Relation, Service, TaskState
    from app.domain.steps import CHECKLIST_ITEMS
    from app.store.repository import Store

    store, _ = Store.open(data_dir)
    with store:
        for name, relation in (("本人", Relation.SELF), ("配偶者", Relation.SPOUSE), ("母", Relation.PARENT)):
            pid = store.add_profile(name, relation).id
            for item in CHECKLIST_ITEMS[:8]:
                store.set_progress(pid, item.id, state=TaskState.DONE)
            store.add_certificate(pid, "life_insurance", "みらい生命", Channel.MINKAN_ETAX)
            store.add_certificate(pid, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
            store.set_linkage(pid, Service.ETAX, status=LinkageStatus.COMPLETE, follow_up=date(2027, 2, 1))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-bytecode", action="store_true", help="compile every module in every run")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    if args.no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as data:
        env["MYNA_PREP_DATA_DIR"] = data
        stored_household(data)
        bare = median_of(args.runs, [sys.executable, "-c", BARE], env)
        painted = median_of(args.runs, [sys.executable, "-m", "app", "--quit-after-startup"], env)
        loaded = median_of(args.runs, [sys.executable, "-m", "app", "--quit-after-startup=loaded"], env)
    rows = (
        ("bare PySide6 QMainWindow", bare, ""),
        ("myna-prep first paint", painted, "(target <= 2.5x)"),
        ("myna-prep progress shown", loaded, "(target <= 4x)"),
    )
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1, 5, 15 min)")
    for label, seconds, target in rows:
        ratio = f"ratio {seconds / bare:4.2f}x {target}" if target else ""
        print(f"{label:<30}{seconds * 1000:7.0f} ms  {ratio}".rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
