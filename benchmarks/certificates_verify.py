"""Benchmark (not a test): ``myna-prep certificates verify`` on 20 signed files.

Generates 20 files with the test fixture generator (10 RSA-SHA256 生命保険料控除証明書, 10 RSA-SHA1
国民年金保険料等控除証明書), then measures and prints:

1. warm: the command run in-process after one warm-up run (imports done, schemas cached); median and
   worst of several runs. Target: under 1 s for the 20 files;
2. cold: the whole command as a fresh process (interpreter start, imports, 20 files), for reference.

Usage: ``.venv/bin/python benchmarks/certificates_verify.py [--runs N]``
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET_S = 1.0


def make_files(folder: Path) -> list[Path]:
    from tests.certificates import fixtures

    files = []
    for i in range(10):
        files.append(fixtures.valid_file(folder / f"life-{i}.xml", form="TEG800"))
        files.append(fixtures.valid_file(folder / f"pension-{i}.xml", form="TEG840", sha1=True))
    return files


def warm_runs(files: list[Path], data_dir: Path, runs: int) -> list[float]:
    from app.cli import parse, run_command

    argv = ["--data-dir", str(data_dir), "certificates", "verify", "--json", *map(str, files)]
    samples = []
    for i in range(runs + 1):
        sink = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(sink):
            code = run_command(parse(argv))
        elapsed = time.perf_counter() - start
        if code != 0:
            raise SystemExit(f"verify failed with exit {code}")
        if i:  # the first run warms imports and schema caches
            samples.append(elapsed)
    return samples


def cold_run(files: list[Path], data_dir: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(data_dir),
            "certificates",
            "verify",
            *map(str, files),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="myna-prep-bench-") as tmp:
        folder = Path(tmp)
        files = make_files(folder)
        samples = warm_runs(files, folder / "data", args.runs)
        cold = cold_run(files, folder / "data")
    median, worst = statistics.median(samples), max(samples)
    verdict = "ok" if worst < TARGET_S else "SLOWER THAN TARGET"
    print(
        f"certificates verify, 20 files, warm: median {median * 1000:.0f} ms, worst {worst * 1000:.0f} ms "
        f"(target < {TARGET_S * 1000:.0f} ms): {verdict}"
    )
    print(f"certificates verify, 20 files, cold process: {cold * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
