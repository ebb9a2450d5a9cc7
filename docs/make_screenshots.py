"""Screenshots for the README and for review: a sample household, then ``--screenshot``.

Run: .venv/bin/python docs/make_screenshots.py OUT_DIR [--lang ja|en]
The sample (tests/ui/households.py) is a household of three with two delegations, with real company
names a household would type, never the guide's fictional ones; ``--first-run`` shows an empty one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.ui.households import sample_household  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="ja", choices=("ja", "en"))
    parser.add_argument("--theme", choices=("light", "dark"))
    parser.add_argument("--size", default="1200x820", help="window size, e.g. 1024x700")
    parser.add_argument("--scale", default="1", help="text size, e.g. 2 for 200 %%")
    parser.add_argument("--first-run", action="store_true", help="an empty household, as on first launch")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        if not args.first_run:
            sample_household(Path(data))
        command = [sys.executable, "-m", "app", "--data-dir", data, "--lang", args.lang]
        if args.theme:
            command += ["--theme", args.theme]
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            MYNA_PREP_SCREENSHOT_SIZE=args.size,
            MYNA_PREP_FONT_SCALE=args.scale,
        )
        return subprocess.run([*command, "--screenshot", args.out], env=env, cwd=ROOT).returncode


if __name__ == "__main__":
    raise SystemExit(main())
