"""Compressed answers against the real 127.0.0.1 server: the cap counts DECODED bytes as they come out.

A "gzip, gzip" answer of a few KB that unpacks to 2 GiB, a deflate bomb and a brotli answer each end in
one failure and leave the accepted catalog byte-for-byte; a real document sent compressed still works.
"""

from __future__ import annotations

import gzip
import os
import resource
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest

from app.domain.catalog_update import Failure, UpdateRejected
from app.net.catalog_update import Outcome
from app.net.download import Fetcher
from app.store import catalog_files
from tests.net.conftest import DOC, Keys, Publisher, document
from tests.net.server import LocalServer
from tests.net.test_catalog_update import NEWER, accepted_bytes, run

MIB = 1024 * 1024
REPO = Path(__file__).resolve().parents[2]


def gzip_twice_bomb(gib: int = 2) -> bytes:
    """``gib`` GiB of zeros as 1 MiB gzip members, gzipped again: a few KB on the wire."""
    member = gzip.compress(bytes(MIB), compresslevel=9)
    return gzip.compress(member * (1024 * gib), compresslevel=9)


def deflate_bomb(mib: int = 32) -> bytes:
    packer = zlib.compressobj(9)
    return b"".join(packer.compress(bytes(MIB)) for _ in range(mib)) + packer.flush()


def bombs() -> dict[str, tuple[bytes, str, Failure]]:
    cases = {
        "gzip twice": (gzip_twice_bomb(), "gzip, gzip", Failure.TOO_LARGE),
        "deflate": (deflate_bomb(), "deflate", Failure.TOO_LARGE),
    }
    try:
        import brotli  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return cases
    # Never unpacked: only gzip and deflate are undone (with the cap); br is refused unread.
    cases["brotli"] = (brotli.compress(bytes(32 * MIB)), "br", Failure.NOT_JSON)
    return cases


BOMBS = bombs()


@pytest.mark.parametrize("case", list(BOMBS))
def test_bomb_is_refused_within_the_cap(
    case: str, server: LocalServer, data_dir: Path, fetcher: Fetcher, keys: Keys
) -> None:
    body, coding, expected = BOMBS[case]
    server.serve(DOC, body, headers={"Content-Encoding": coding})
    before = accepted_bytes(data_dir)
    tracemalloc.start()
    try:
        with pytest.raises(UpdateRejected) as caught:
            run(data_dir, server.url(DOC), fetcher, keys)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.failure is expected, caught.value.detail
    # The bomb unpacks to 32 MiB or more; never more than the 1 MiB cap (plus a step) is decoded.
    assert peak < 8 * MIB, f"peak {peak} bytes while refusing {case}"
    assert accepted_bytes(data_dir) == before
    assert server.requests[0].headers["Accept-Encoding"] == "identity"


@pytest.mark.parametrize("coding", ["gzip", "deflate", "raw deflate", "gzip, deflate"])
def test_a_compressed_document_is_still_accepted(
    coding: str, server: LocalServer, publisher: Publisher, data_dir: Path, fetcher: Fetcher, keys: Keys
) -> None:
    body = document(NEWER)
    publisher.publish(body)
    packers = {
        "gzip": gzip.compress,
        "deflate": zlib.compress,
        "raw deflate": lambda data: zlib.compress(data, wbits=-zlib.MAX_WBITS),
    }
    encoded = body
    for layer in coding.split(", "):
        encoded = packers[layer](encoded)
    server.serve(DOC, encoded, headers={"Content-Encoding": coding.replace("raw ", "")})
    assert run(data_dir, server.url(DOC), fetcher, keys) == Outcome(True, NEWER)
    active = catalog_files.active(data_dir, keys.public)
    assert (active.version, active.source) == (NEWER, "update")


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is what Linux enforces")
def test_no_traceback_under_a_memory_limit(server: LocalServer, tmp_path: Path) -> None:
    """The CLI in a child process limited to 1.5 GiB (the bomb would unpack to 2 GiB)."""
    server.serve(DOC, gzip_twice_bomb(), headers={"Content-Encoding": "gzip, gzip"})
    limit = 1536 * MIB

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data), "--lang", "en", "catalog", "update",
         "--url", server.url(DOC)],
        capture_output=True, text=True, timeout=120, cwd=REPO, preexec_fn=limit_memory, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert (result.returncode, result.stdout) == (1, ""), result.stderr
    assert result.stderr == "The catalog received was too large and was not used.\n"
    assert not catalog_files.accepted_path(data).exists()
