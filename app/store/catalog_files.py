"""The active catalog: an accepted signed update kept beside the database, else the shipped one.

``accepted-catalog.json`` in the data folder holds the update exactly as it was downloaded (the signed
document and its signature, base64) plus where and when it came from. It is re-verified each time it
is read; when it is missing, damaged, signed by another key, or not newer than the catalog shipped
with this release (after an upgrade), the shipped catalog and facts are used. It is replaced only
whole (atomic write), so a failed or cancelled update leaves it exactly as it was.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.catalog import CATALOG_RESOURCE, Catalog, default_catalog
from app.domain.catalog_update import Failure, UpdateRejected, compare_versions
from app.domain.facts import Facts, default_facts
from app.store.fileutil import atomic_write_bytes, ensure_dir, read_regular_file

log = logging.getLogger(__name__)

ACCEPTED_FILE = "accepted-catalog.json"
STORED_FORMAT = "myna-prep-accepted-catalog-update"


@dataclass(frozen=True, slots=True)
class ActiveCatalog:
    catalog: Catalog
    facts: Facts
    source: str  # "shipped" or "update"
    sha256: str  # of the shipped catalog.json, or of the signed update document
    url: str | None = None  # where the update came from
    accepted: str | None = None  # when it was accepted (UTC, ISO 8601)

    @property
    def version(self) -> str:
        return self.catalog.catalog_version


def accepted_path(data_dir: Path) -> Path:
    return data_dir / ACCEPTED_FILE


def shipped() -> ActiveCatalog:
    from app.resources import resource

    digest = hashlib.sha256(resource(CATALOG_RESOURCE).read_bytes()).hexdigest()
    return ActiveCatalog(default_catalog(), default_facts(), "shipped", digest)


# An accepted update was at most a 1 MiB download plus its signature.
ACCEPTED_MAX_BYTES = 2 * 1024 * 1024


def active(data_dir: Path, public_key: bytes | None = None) -> ActiveCatalog:
    """The catalog and facts in use. ``public_key``: the signing key to trust (default: the shipped one)."""
    path = accepted_path(data_dir)
    try:
        # Never blocks on a FIFO or follows a link planted in the data folder; the cap is the download's.
        raw = read_regular_file(path, ACCEPTED_MAX_BYTES, follow_symlinks=False)
    except (FileNotFoundError, NotADirectoryError):  # no update yet, or no data folder to hold one
        return shipped()
    except OSError as exc:
        log.warning("The accepted catalog update cannot be read (%s); using the shipped catalog", exc)
        return shipped()
    try:
        candidate = _read_accepted(raw, public_key)
    except (UpdateRejected, ValueError, KeyError, TypeError) as exc:
        log.warning("The accepted catalog update is not usable (%s); using the shipped catalog", exc)
        return shipped()
    fallback = shipped()
    if compare_versions(candidate.version, fallback.version) <= 0:
        log.info("The shipped catalog %s is as new as the accepted update; using it", fallback.version)
        return fallback
    return candidate


def active_catalog(data_dir: Path, public_key: bytes | None = None) -> Catalog:
    return active(data_dir, public_key).catalog


def active_facts(data_dir: Path, public_key: bytes | None = None) -> Facts:
    return active(data_dir, public_key).facts


def _read_accepted(raw: bytes, public_key: bytes | None) -> ActiveCatalog:
    from app.store.update_document import open_update  # cryptography, pydantic: only when a file exists

    stored = json.loads(raw.decode("utf-8"))
    if not isinstance(stored, dict) or stored.get("format") != STORED_FORMAT:
        raise ValueError("not an accepted catalog update file")
    try:
        document = base64.b64decode(stored["document"], validate=True)
    except binascii.Error:
        raise ValueError("document is not base64") from None
    signature = str(stored["signature"]).encode("ascii")
    update = open_update(document, signature, public_key)
    return ActiveCatalog(
        update.catalog,
        update.facts,
        "update",
        hashlib.sha256(document).hexdigest(),
        url=str(stored.get("url") or "") or None,
        accepted=str(stored.get("accepted") or "") or None,
    )


def save_update(
    data_dir: Path, document: bytes, signature: bytes, url: str, *, now: datetime | None = None
) -> None:
    """Keep a verified update (all or nothing). Raises ``UpdateRejected(SAVE_FAILED)`` on a disk error."""
    stored = {
        "format": STORED_FORMAT,
        "url": url,
        "accepted": (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
        "signature": signature.decode("ascii").strip(),
        "document": base64.b64encode(document).decode("ascii"),
    }
    data = (json.dumps(stored, indent=1) + "\n").encode("utf-8")
    try:
        ensure_dir(data_dir)
        atomic_write_bytes(accepted_path(data_dir), data)
    except OSError as exc:
        raise UpdateRejected(Failure.SAVE_FAILED, str(exc)) from None
