"""Fixtures for the catalog update: a throwaway signing key, signed documents, a real HTTP server."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.net.download import Fetcher, Limits
from app.resources import read_text
from app.store import catalog_files, update_document
from app.store.update_document import build_document, new_key_pair, sign
from tests.net.server import LocalServer, start_server

# Small limits for the stalled servers only, so they fail fast (the defaults are the issue's: 5 s,
# 20 s, 1 MiB); every other test gets generous limits, so a busy machine never turns it into a timeout.
FAST = Limits(connect_timeout=0.5, total_timeout=0.5)
GENEROUS = Limits(connect_timeout=30, total_timeout=60)
INSTALLED_VERSION = "2099.1.1"  # newer than any shipped catalog, so the accepted file is the active one
DOC = "/catalog-update.json"


@dataclass(frozen=True)
class Keys:
    private: bytes
    public: bytes


@pytest.fixture(scope="session")
def keys() -> Keys:
    return Keys(*new_key_pair())


@contextlib.contextmanager
def trusting(public_key: bytes) -> Iterator[None]:
    """Inside the block the app trusts ``public_key`` where it reads the shipped key (the CLI and the
    window take no key parameter). The swap lives here, in the tests: the app has no test path."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(update_document, "shipped_public_key", lambda: public_key)
        yield


def shipped_data() -> tuple[dict[str, Any], dict[str, Any]]:
    return json.loads(read_text("catalog/catalog.json")), json.loads(read_text("catalog/facts.json"))


def document(
    version: str,
    *,
    change: Callable[[dict[str, Any], dict[str, Any]], None] | None = None,
) -> bytes:
    """A document with the shipped catalog and facts at ``version``; ``change`` edits them first."""
    catalog, facts = copy.deepcopy(shipped_data())
    catalog["catalog_version"] = version
    if change is not None:
        change(catalog, facts)
    return build_document(catalog, facts, date(2026, 12, 1))


@dataclass
class Publisher:
    """Puts a signed document (or a broken one) on the test server."""

    server: LocalServer
    keys: Keys

    def publish(self, body: bytes, *, signature: bytes | None = None, path: str = DOC) -> str:
        self.server.serve(path, body)
        self.server.serve(
            path + ".sig", signature if signature is not None else sign(body, self.keys.private)
        )
        return self.server.url(path)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = start_server()
    yield srv
    srv.stop()


@pytest.fixture
def publisher(server: LocalServer, keys: Keys) -> Publisher:
    return Publisher(server, keys)


@pytest.fixture
def data_dir(tmp_path: Path, keys: Keys) -> Path:
    """A data folder that already holds an accepted update at INSTALLED_VERSION."""
    folder = tmp_path / "data"
    body = document(INSTALLED_VERSION)
    catalog_files.save_update(folder, body, sign(body, keys.private), "https://example.invalid/earlier")
    assert catalog_files.active(folder, keys.public).version == INSTALLED_VERSION
    return folder


@pytest.fixture
def fetcher() -> Fetcher:
    return Fetcher(GENEROUS, allow_loopback_http=True)
