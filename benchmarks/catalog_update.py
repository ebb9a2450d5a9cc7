"""Benchmark (not a test): what the signed catalog update costs.

Measures, and prints:

1. reading the active catalog in a fresh interpreter (imports included) without an accepted update
   (the shipped catalog) and with one (signature check, pydantic envelope, catalog and facts);
2. the same read again in a warm process (what a reload after an update costs);
3. a whole ``update_catalog`` against a local HTTP server (download, verify, atomic write).

Usage: ``.venv/bin/python benchmarks/catalog_update.py [--runs N]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.resources import read_text  # noqa: E402
from app.store import catalog_files  # noqa: E402
from app.store.update_document import build_document, new_key_pair, sign  # noqa: E402

PRIVATE, PUBLIC = new_key_pair()


def signed(version: str) -> tuple[bytes, bytes]:
    catalog = json.loads(read_text("catalog/catalog.json"))
    catalog["catalog_version"] = version
    body = build_document(catalog, json.loads(read_text("catalog/facts.json")), date.today())
    return body, sign(body, PRIVATE)


def cold_read(folder: Path, runs: int) -> float:
    """Median ms of ``active(folder)`` in a fresh interpreter, imports included."""
    code = (
        "import time; t = time.perf_counter(); from pathlib import Path; "
        "from app.store import catalog_files; "
        f"catalog_files.active(Path({str(folder)!r}), {PUBLIC!r}); print((time.perf_counter() - t) * 1000)"
    )
    samples = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(samples)


def warm_read(folder: Path, runs: int) -> float:
    catalog_files.active(folder, PUBLIC)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        catalog_files.active(folder, PUBLIC)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def local_update(folder: Path, runs: int) -> float:
    from app.net.catalog_update import update_catalog
    from app.net.download import Fetcher

    files: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = files.get(self.path, b"")
            self.send_response(200 if self.path in files else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/catalog-update.json"
    samples = []
    for run in range(runs):
        files["/catalog-update.json"], files["/catalog-update.json.sig"] = signed(f"2099.{run + 10}")
        start = time.perf_counter()
        fetcher = Fetcher(allow_loopback_http=True)
        outcome = asyncio.run(update_catalog(folder, url, fetcher=fetcher, public_key=PUBLIC))
        samples.append((time.perf_counter() - start) * 1000)
        assert outcome.updated
    server.shutdown()
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        shipped, updated = Path(tmp) / "shipped", Path(tmp) / "updated"
        shipped.mkdir()
        catalog_files.save_update(updated, *signed("2099.1"), "https://example.invalid/")
        size = len(signed("2099.1")[0])
        print(f"update document: {size} bytes")
        print(f"cold active(), shipped catalog: {cold_read(shipped, runs):.0f} ms (median of {runs})")
        print(f"cold active(), accepted update: {cold_read(updated, runs):.0f} ms (median of {runs})")
        print(f"warm active(), accepted update: {warm_read(updated, runs * 4):.1f} ms")
        print(f"update_catalog over 127.0.0.1: {local_update(Path(tmp) / 'net', runs):.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
