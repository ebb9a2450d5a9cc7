"""The pure checks on a catalog update: where it may come from, whether it is newer, whether every URL
in it is official, and that its catalog and dated facts are valid.

The envelope, its signature and the download live in ``app.net``; this module only judges decoded
data (standard library only). Every refusal is an :class:`UpdateRejected` carrying a :class:`Failure`,
which the CLI and the window turn into one sentence in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit

from app.domain.catalog import Catalog, CatalogError, parse_catalog
from app.domain.facts import Facts, FactsError, parse_facts
from app.domain.links import is_official_url

_VERSION_RE = re.compile(r"^\d{1,9}(\.\d{1,9}){0,5}$")
# A URL anywhere in a text: scheme, then everything up to white space or a closing bracket/quote.
_URL_RE = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s\"'<>）」]+")
LOOPBACK_HOST = "127.0.0.1"


class Failure(Enum):
    """Why an update was not taken (each has one sentence in the CLI and in the window)."""

    INSECURE_URL = "insecure_url"  # not https (plain http only for 127.0.0.1 when allowed)
    UNREACHABLE = "unreachable"  # connection refused, name not found, TLS failure
    TIMEOUT = "timeout"  # no answer, or the download took longer than allowed
    NOT_FOUND = "not_found"  # HTTP 404/410
    SERVER_ERROR = "server_error"  # any other non-200 answer
    REDIRECT_REFUSED = "redirect_refused"  # a redirect to another host or scheme, or too many
    TOO_LARGE = "too_large"  # more than the size cap
    NOT_JSON = "not_json"
    INVALID = "invalid"  # envelope, catalog or facts do not validate
    BAD_SIGNATURE = "bad_signature"
    OLDER = "older"  # validly signed, but older than the catalog in use (a roll-back)
    OFF_LIST_URL = "off_list_url"  # a URL inside is not on the official allow-list
    SAVE_FAILED = "save_failed"  # the accepted update could not be written
    CANCELLED = "cancelled"


class UpdateRejected(Exception):
    """The update was not taken; nothing on disk changed. ``detail`` is for the log only."""

    def __init__(self, failure: Failure, detail: str = "") -> None:
        self.failure = failure
        self.detail = detail
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)


@dataclass(frozen=True, slots=True)
class CatalogUpdate:
    """A validated update: the catalog and the dated facts that travel with it."""

    catalog: Catalog
    facts: Facts

    @property
    def version(self) -> str:
        return self.catalog.catalog_version


def url_problem(url: str, *, allow_loopback_http: bool = False) -> str | None:
    """Why ``url`` may not be fetched (None: it may). https only; plain http only for 127.0.0.1 and
    only when the caller says so (tests, and ``--url`` on the loopback address)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return "malformed URL"
    if parts.username or parts.password:
        return "credentials in the URL"
    if not parts.hostname:
        return "no host"
    if parts.scheme == "https":
        return None
    if parts.scheme == "http" and allow_loopback_http and parts.hostname == LOOPBACK_HOST:
        return None
    return f"scheme {parts.scheme or '(none)'} is not allowed for {parts.hostname}"


def same_origin(a: str, b: str) -> bool:
    """Redirects stay on the host they started from (same scheme, host and port)."""
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


def version_key(version: str) -> tuple[int, ...]:
    """``"2026.11.1"`` → ``(2026, 11, 1)``; trailing zeros do not count (2026.11 == 2026.11.0)."""
    if not _VERSION_RE.match(version):
        raise UpdateRejected(Failure.INVALID, f"version {version!r} is not dotted numbers")
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def compare_versions(candidate: str, active: str) -> int:
    """-1, 0 or 1 as ``candidate`` is older than, the same as or newer than ``active``."""
    a, b = version_key(candidate), version_key(active)
    return (a > b) - (a < b)


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def urls_in(data: object) -> list[str]:
    """Every URL written anywhere in decoded JSON (keys and values, also inside prose)."""
    return [match.group(0) for text in _strings(data) for match in _URL_RE.finditer(text)]


def off_list_urls(data: object) -> list[str]:
    return [url for url in urls_in(data) if not is_official_url(url)]


def check_update(catalog_data: object, facts_data: object) -> CatalogUpdate:
    """Validate the catalog and facts of an (already authenticated) update document."""
    try:
        catalog = parse_catalog(catalog_data)
        facts = parse_facts(facts_data)
    except (CatalogError, FactsError) as exc:
        raise UpdateRejected(Failure.INVALID, str(exc)) from None
    except RecursionError:
        raise UpdateRejected(Failure.INVALID, "nested too deeply") from None
    version_key(catalog.catalog_version)
    bad = off_list_urls([catalog_data, facts_data])
    if bad:
        raise UpdateRejected(Failure.OFF_LIST_URL, ", ".join(bad[:3]))
    return CatalogUpdate(catalog, facts)


def require_newer(update: CatalogUpdate, active_version: str) -> bool:
    """True when ``update`` is newer than the active catalog; False when it is the same version.
    Older is refused: a validly signed old catalog must not roll users back."""
    order = compare_versions(update.version, active_version)
    if order < 0:
        raise UpdateRejected(Failure.OLDER, f"{update.version} < {active_version}")
    return order > 0
