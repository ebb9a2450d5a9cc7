"""One careful HTTPS GET with httpx: bounded in time and size, redirects only on the same host.

The request carries a fixed User-Agent and nothing else about the user (no cookies, no query of
ours, no identifiers). Every failure becomes an :class:`UpdateRejected` with a :class:`Failure`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from app import version
from app.domain.catalog_update import Failure, UpdateRejected, same_origin, url_problem
from app.net.decoding import Decoder

log = logging.getLogger(__name__)

USER_AGENT = f"MynaPrep/{version()} (catalog update)"
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})

# (bytes received so far, Content-Length or None)
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True, slots=True)
class Limits:
    """The issue's defaults; tests pass small values so that a stalled server fails fast."""

    connect_timeout: float = 5.0
    total_timeout: float = 20.0  # the whole download, redirects included
    max_bytes: int = 1024 * 1024
    max_redirects: int = 3


@dataclass(frozen=True, slots=True)
class Fetcher:
    """How to fetch: the limits, and whether plain http to 127.0.0.1 is allowed (tests, ``--url``)."""

    limits: Limits = Limits()
    allow_loopback_http: bool = False

    async def get(self, url: str, progress: Progress | None = None, *, max_bytes: int | None = None) -> bytes:
        """The body of ``url`` (status 200 only). Cancelling the awaiting task stops the download."""
        problem = url_problem(url, allow_loopback_http=self.allow_loopback_http)
        if problem:
            raise UpdateRejected(Failure.INSECURE_URL, problem)
        limits = self.limits
        timeout = httpx.Timeout(limits.total_timeout, connect=limits.connect_timeout)
        # identity: nothing to unpack; a server that compresses anyway is decoded under the cap.
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json, */*;q=0.1",
            "Accept-Encoding": "identity",
        }
        try:
            async with (
                asyncio.timeout(limits.total_timeout),
                httpx.AsyncClient(
                    timeout=timeout, headers=headers, follow_redirects=False, trust_env=False
                ) as client,
            ):
                return await self._follow(client, url, progress, max_bytes or limits.max_bytes)
        except TimeoutError:
            raise UpdateRejected(
                Failure.TIMEOUT, f"no complete answer within {limits.total_timeout} s"
            ) from None
        except httpx.TimeoutException as exc:
            raise UpdateRejected(Failure.TIMEOUT, type(exc).__name__) from None
        except httpx.HTTPError as exc:  # refused, unresolvable, TLS, protocol errors
            raise UpdateRejected(Failure.UNREACHABLE, f"{type(exc).__name__}: {exc}") from None

    async def _follow(
        self, client: httpx.AsyncClient, url: str, progress: Progress | None, max_bytes: int
    ) -> bytes:
        start = url
        for _hop in range(self.limits.max_redirects + 1):
            async with client.stream("GET", url) as response:
                if response.status_code in REDIRECT_CODES:
                    target = urljoin(url, response.headers.get("Location", ""))
                    if not same_origin(start, target) or url_problem(
                        target, allow_loopback_http=self.allow_loopback_http
                    ):
                        raise UpdateRejected(Failure.REDIRECT_REFUSED, f"to {target}")
                    log.info("Catalog download redirected within the host")
                    url = target
                    continue
                if response.status_code in (404, 410):
                    raise UpdateRejected(Failure.NOT_FOUND, f"HTTP {response.status_code}")
                if response.status_code != 200:
                    raise UpdateRejected(Failure.SERVER_ERROR, f"HTTP {response.status_code}")
                return await _read_capped(response, progress, max_bytes)
        raise UpdateRejected(Failure.REDIRECT_REFUSED, "too many redirects")


def _declared_length(response: httpx.Response) -> int | None:
    try:
        return int(response.headers["Content-Length"])
    except (KeyError, ValueError):
        return None


async def _read_capped(response: httpx.Response, progress: Progress | None, max_bytes: int) -> bytes:
    """Read the body, refusing at once when it is, says it will be, or DECODES to more than ``max_bytes``.

    The raw bytes are read and undone here (app.net.decoding), never by httpx, whose decoders unpack a
    whole network chunk before anyone can count.
    """
    decoder = Decoder(response.headers.get("Content-Encoding"), max_bytes)
    declared = _declared_length(response)
    if declared is not None and declared > max_bytes:
        raise UpdateRejected(Failure.TOO_LARGE, f"Content-Length {declared}")
    total = None if decoder.encoded else declared
    received = 0
    body = bytearray()
    async for chunk in response.aiter_raw():
        received += len(chunk)
        if received > max_bytes:
            raise UpdateRejected(Failure.TOO_LARGE, f"more than {max_bytes} bytes")
        body += decoder.feed(chunk)
        if len(body) > max_bytes:
            raise UpdateRejected(Failure.TOO_LARGE, f"more than {max_bytes} bytes decoded")
        if progress is not None:
            progress(len(body), total)
    return bytes(body)
