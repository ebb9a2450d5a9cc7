"""Fetch and judge a catalog update: the document at URL, its signature at URL + ".sig".

:func:`fetch_update` writes nothing; :func:`update_catalog` (the CLI and the window) keeps an accepted
update through ``app.store.catalog_files``, which owns the file beside the database.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from app.domain.catalog_update import CatalogUpdate, Failure, UpdateRejected, require_newer
from app.net.download import Fetcher, Progress
from app.store import catalog_files
from app.store.update_document import MAX_SIGNATURE_BYTES, open_update

# Where the project publishes signed updates (docs/catalog-update-format.md). Only this address is
# asked, and only when the user chose to check.
DEFAULT_URL = "https://myna-prep.github.io/catalog/catalog-update.json"
SIGNATURE_SUFFIX = ".sig"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A verified, valid update and the exact bytes to keep. ``newer`` False: already current."""

    update: CatalogUpdate
    document: bytes
    signature: bytes
    url: str
    newer: bool


async def fetch_update(
    url: str,
    active_version: str,
    *,
    fetcher: Fetcher | None = None,
    public_key: bytes | None = None,
    progress: Progress | None = None,
) -> Fetched:
    """Download, verify (signature, envelope, catalog, facts, URLs) and compare with the active version.

    Raises ``UpdateRejected`` on any fault, including a validly signed older catalog.
    """
    fetcher = fetcher or Fetcher()
    budget = fetcher.limits.total_timeout
    try:
        async with asyncio.timeout(budget):  # both files together, not each on its own
            document = await fetcher.get(url, progress)
            signature = await fetcher.get(url + SIGNATURE_SUFFIX, max_bytes=MAX_SIGNATURE_BYTES)
    except TimeoutError:
        raise UpdateRejected(Failure.TIMEOUT, f"no complete answer within {budget} s") from None
    update = open_update(document, signature, public_key)
    newer = require_newer(update, active_version)
    return Fetched(update, document, signature, url, newer)


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of a successful check: ``updated`` False means the catalog in use was already current."""

    updated: bool
    version: str


async def update_catalog(
    data_dir: Path,
    url: str = DEFAULT_URL,
    *,
    fetcher: Fetcher | None = None,
    public_key: bytes | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """Check ``url`` and keep a newer verified update beside the database (the CLI and the window).

    On any fault (``UpdateRejected``) or cancellation the accepted file is untouched: it is replaced
    only by one atomic write after every check has passed.
    """
    current = catalog_files.active(data_dir, public_key)
    fetched = await fetch_update(
        url, current.version, fetcher=fetcher, public_key=public_key, progress=progress
    )
    if not fetched.newer:
        return Outcome(False, current.version)
    catalog_files.save_update(data_dir, fetched.document, fetched.signature, fetched.url)
    return Outcome(True, fetched.update.version)
