"""Benchmark (not a test): ``myna-prep certificates verify`` on 20 signed files.

Generates 20 files with the test fixture generator (10 RSA-SHA256 生命保険料控除証明書, 10 RSA-SHA1
国民年金保険料等控除証明書), then measures and prints:

1. warm: the command run in-process after one warm-up run (imports done, schemas cached); median and
   worst of several runs. Target: under 1 s for the 20 files;
2. cold: the whole command as a fresh process (interpreter start, imports, 20 files), for reference;
3. hostile files (issue 23), each up to the 4 MB cap, each in a fresh process: the time of one
   ``verify_bytes`` (imports warmed on a real file first) and the process's peak memory (max RSS,
   interpreter and imports included). Target: every file answered in < 1 s with < 300 MB.

Usage: ``.venv/bin/python benchmarks/certificates_verify.py [--runs N] [--hostile-only]``
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
HOSTILE_S = 1.0
HOSTILE_MB = 300

# Run in a fresh process per hostile file: prints "<seconds> <peak MB> <verdict> <reason>".
_ONE = """
import resource, sys, time
sys.path.insert(0, {root!r})
from app.certificates.verify import verify_bytes
from tests.certificates import fixtures
verify_bytes(fixtures.sign(fixtures.teg800()))  # imports and schema caches warm
data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
v = verify_bytes(data)
if v.facts is not None:
    _ = v.facts.fields[:60]
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{elapsed:.3f}} {{peak:.0f}} {{v.verdict.value}} {{v.reason.value}}")
"""


def hostile_rows(folder: Path) -> list[tuple[str, int, float, float, str]]:
    """(name, bytes, seconds, peak MB, verdict/reason) for each hostile file."""
    from tests.certificates import hostile

    builders = {
        "forged issuer (throwaway CA)": hostile.forged_issuer,
        "two base64 transforms": lambda: hostile.with_transforms(
            hostile.B64_TRANSFORM, hostile.B64_TRANSFORM
        ),
        "8<?x?>4000 (self-signed)": lambda: hostile.split_amount("<?x?>"),
        "padded KeyInfo (512 KB modulus)": lambda: hostile.padded_keyinfo(512_000),
        **hostile.BIG_FILES,
        # under the byte counts, refused on the tree:
        "100,000 elements": lambda: hostile.many_elements(100_000),
        "5,000 attributes on one element": lambda: hostile.many_attributes(5_000),
        # inside every bound, really signed: the most work a file can ask for
        "48,000 fields, validly signed": lambda: hostile.signed_fields(48_000),
    }
    rows = []
    for i, (name, build) in enumerate(builders.items()):
        path = folder / f"hostile-{i}.xml"
        path.write_bytes(build())
        out = subprocess.run(
            [sys.executable, "-c", _ONE.format(root=str(ROOT)), str(path)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        rows.append((name, path.stat().st_size, float(out[0]), float(out[1]), f"{out[2]} / {out[3]}"))
    return rows


def print_hostile(rows: list[tuple[str, int, float, float, str]]) -> bool:
    print("| file | size | time | peak memory | answer |")
    print("|---|---:|---:|---:|---|")
    ok = True
    for name, size, seconds, peak, answer in rows:
        ok = ok and seconds < HOSTILE_S and peak < HOSTILE_MB
        print(f"| {name} | {size / 1024:,.0f} KB | {seconds * 1000:,.0f} ms | {peak:,.0f} MB | {answer} |")
    print(f"hostile files: every one < {HOSTILE_S:.0f} s and < {HOSTILE_MB} MB: {'ok' if ok else 'NOT MET'}")
    return ok


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
    parser.add_argument("--hostile-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="myna-prep-bench-") as tmp:
        ok = print_hostile(hostile_rows(Path(tmp)))
        if args.hostile_only:
            return 0 if ok else 1
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
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
