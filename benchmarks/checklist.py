"""Benchmark (not a test): a full household's checklist PDF. Target: <= 1 s.

A household of 7 members (the store tests' 6 members with every checklist item, 3 certificates and 5
linkages each and 2 delegations, plus salary/pension/medical certificates for the filer and a member
with nothing recorded) is written to a real SQLite store in a temporary folder. Then, in this process
after imports, each run: loads the household, builds the checklist model, lays it out, paints it on a
QPdfWriter (embedded font, vector QR codes) and renames the file into place, exactly as
``myna-prep checklist --household`` does. Prints the first (cold: font registration, first layout)
and the median and worst of the warm runs, and also one end-to-end CLI run in a fresh interpreter.

Usage: ``.venv/bin/python benchmarks/checklist.py [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET_S = 1.0
TODAY = date(2026, 1, 14)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtGui import QGuiApplication

    from app.domain.catalog import default_catalog
    from app.domain.checklist import build_checklist
    from app.printing.checklist import export_pdf
    from app.store.repository import Store
    from tests.checklist.helpers import fill_full

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="myna-prep-bench-") as tmp:
        data = Path(tmp) / "data"
        store, _ = Store.open(data)
        try:
            fill_full(store)
        finally:
            store.close()
        pdf = Path(tmp) / "household.pdf"

        def once() -> tuple[float, int]:
            start = time.perf_counter()
            opened, _ = Store.open(data)
            try:
                household = opened.load_household()
            finally:
                opened.close()
            checklist = build_checklist(household, default_catalog(), TODAY)
            pages = export_pdf(checklist, pdf)
            return time.perf_counter() - start, pages

        cold, pages = once()
        warm = [once()[0] for _ in range(max(args.runs, 1))]
        size_kib = pdf.stat().st_size / 1024

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "--data-dir",
                str(data),
                "checklist",
                "--household",
                "--pdf",
                str(Path(tmp) / "cli.pdf"),
            ],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
        cli = time.perf_counter() - start
    del app

    median = statistics.median(warm)
    print(f"full household checklist: {pages} pages, {size_kib:.0f} KiB")
    print(f"  first run (font registration, cold caches): {cold * 1000:.0f} ms")
    print(f"  warm runs: median {median * 1000:.0f} ms, worst {max(warm) * 1000:.0f} ms ({len(warm)} runs)")
    print(f"  myna-prep checklist --household (fresh interpreter, imports included): {cli * 1000:.0f} ms")
    verdict = "ok" if max(cold, median) <= TARGET_S else "OVER TARGET"
    print(f"  target <= {TARGET_S:.1f} s: {verdict}")
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    raise SystemExit(main())
