"""Size of the frozen Myna Prep beside a frozen bare PySide6 window, both built in the same run.

Run: .venv/bin/python benchmarks/bundle_size.py [--out DIR] [--app-dist DIR]
Target (issue 17): Myna Prep's onedir bundle <= 1.15x the bare window's.
The bare window is what a plain ``pyinstaller --windowed --onedir`` makes of a QMainWindow script
(PyInstaller's default PySide6 hooks; stripped on Linux like ours). Ours is packaging/myna-prep.spec;
``--app-dist`` measures a bundle already built by packaging/build-linux instead of building it again.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.15
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
sys.exit(0 if "--self-test" in sys.argv else app.exec())
"""


def size_of(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pyinstaller(args: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args], check=True
    )
    return time.monotonic() - started


def build_bare(out: Path) -> tuple[Path, float]:
    work = out / "bare"
    work.mkdir(parents=True, exist_ok=True)
    script = work / "bare_window.py"
    script.write_text(BARE, encoding="utf-8")
    strip = ["--strip"] if sys.platform.startswith("linux") else []
    seconds = pyinstaller(
        [
            "--windowed",
            "--onedir",
            *strip,
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--specpath",
            str(work),
            str(script),
        ]
    )
    return work / "dist" / "bare_window", seconds


def build_app(out: Path) -> tuple[Path, float]:
    subprocess.run([sys.executable, str(ROOT / "translations" / "build.py"), "--release-only"], check=True)
    seconds = pyinstaller(
        [
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(ROOT / "packaging" / "myna-prep.spec"),
        ]
    )
    return out / "dist" / "myna-prep", seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bundle-size", help="build folder")
    parser.add_argument("--app-dist", type=Path, help="an already built dist/myna-prep to measure")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare, bare_seconds = build_bare(args.out)
    if args.app_dist:
        app, app_seconds = args.app_dist, None
    else:
        app, app_seconds = build_app(args.out)
    bare_size, app_size = size_of(bare), size_of(app)
    ratio = app_size / bare_size
    mib = 1024 * 1024
    print(f"bare PySide6 window: {bare_size / mib:7.1f} MiB  ({bare}, built in {bare_seconds:.0f} s)")
    built = f"built in {app_seconds:.0f} s" if app_seconds is not None else "prebuilt"
    print(f"Myna Prep:           {app_size / mib:7.1f} MiB  ({app}, {built})")
    print(f"ratio:               {ratio:7.2f}  (target <= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
