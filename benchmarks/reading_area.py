"""The share of the window the page being read gets (issue 22's goal): every page of the real window,
first launch and a household of three with two delegations, in Japanese and English.

Run: .venv/bin/python benchmarks/reading_area.py [--sizes 1024x700,1280x800] [--scales 1,1.5,2]
Goal (issue 22): at 1024×700 every page ≥ 0.55 at 100 % text and ≥ 0.40 at 200 %.
Each configuration runs in a fresh offscreen process (text size and language are process-wide);
the measurement is :func:`app.ui.shell.reading_area.reading_share`, the one the test uses.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = {1.0: 0.55, 2.0: 0.40}


def measure_one(size: str, scale: float, lang: str, household: bool) -> dict[str, float]:
    """In this process: the window as ``--screenshot`` shows it, measured page by page."""
    sys.path.insert(0, str(ROOT))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.ui.application import attach, build_window, show_offscreen
    from app.ui.shell.reading_area import measure_pages
    from app.ui.widgets import theme

    app = QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as data:
        directory = Path(data)
        if household:
            from tests.ui.households import sample_household

            sample_household(directory)
        lang = i18n.start(lang, directory)
        theme.apply(app, "light", focus_ring=True)
        theme.set_font_scale(app, scale)
        window = build_window(directory, lang)
        attach(window, directory)
        width, _, height = size.partition("x")
        parts = show_offscreen(window, (int(width), int(height)))
        try:
            return measure_pages(window)
        finally:
            parts.panel.shutdown()
            window.session.close() if window.session is not None else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1024x700,1280x800")
    parser.add_argument("--scales", default="1,1.5,2")
    parser.add_argument(
        "--one", nargs=4, metavar=("SIZE", "SCALE", "LANG", "HOUSEHOLD"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.one:
        size, scale, lang, household = args.one
        print(json.dumps(measure_one(size, float(scale), lang, household == "1")))
        return 0
    print(f"{'window':<10}{'text':>6}  {'lang':<4} {'household':<10} {'min':>5} {'median':>7}  lowest page")
    failed = False
    for size in args.sizes.split(","):
        for scale in (float(s) for s in args.scales.split(",")):
            for lang in ("ja", "en"):
                for household in ("0", "1"):
                    command = [sys.executable, __file__, "--one", size, str(scale), lang, household]
                    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
                    shares: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
                    values = sorted(shares.values())
                    lowest = min(shares, key=lambda k: shares[k])
                    median = values[len(values) // 2]
                    who = "three" if household == "1" else "first run"
                    goal = GOAL.get(scale) if size == "1024x700" else None
                    mark = "" if goal is None else ("  ok" if values[0] >= goal else f"  BELOW {goal}")
                    failed |= bool(mark.strip().startswith("BELOW"))
                    where = f"{size:<10}{scale * 100:>5.0f}%  {lang:<4} {who:<10}"
                    print(f"{where} {values[0]:>5.2f} {median:>7.2f}  {lowest}{mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
