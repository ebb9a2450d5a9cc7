"""What ``gc.freeze()`` at the end of start-up saves: the GUI thread's full collection, before and after.

Builds the real window with its household and card reader (no PC/SC service needed), collects once,
then times a full ``gc.collect()`` (median of 9) with the start-up heap in the collector's sight, and
again after ``gc.freeze()`` moved it out (app/ui/application.py ``_freeze_start_up_objects``).

Run: ``.venv/bin/python benchmarks/gc_freeze.py``
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def full_collection_ms() -> float:
    started = time.perf_counter()
    gc.collect()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import attach, build_window, give_card_reader

    app = QApplication([])
    data = Path(tempfile.mkdtemp(prefix="myna-prep-gc-"))
    window = build_window(data, "ja")
    window.show()
    app.processEvents()
    session = attach(window, data)
    parts = give_card_reader(window, session, watch=False)
    app.processEvents()
    gc.collect()
    tracked = len(gc.get_objects())
    before = statistics.median(full_collection_ms() for _ in range(9))
    gc.freeze()
    after = statistics.median(full_collection_ms() for _ in range(9))
    parts.panel.shutdown()
    print(f"objects after start-up: {tracked}")
    print(f"full collection, start-up heap in sight: {before:7.1f} ms (median of 9)")
    print(f"full collection, after gc.freeze():      {after:7.1f} ms")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1, 5, 15 min)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
