"""Every fault the issue lists, against a real HTTP server on 127.0.0.1: each leaves the accepted
catalog file byte-for-byte as it was; only a newer, validly signed, valid update replaces it."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.domain.catalog_update import Failure, UpdateRejected
from app.net.catalog_update import Outcome, update_catalog
from app.net.download import Fetcher, Limits
from app.store import catalog_files
from app.store.update_document import new_key_pair, sign
from tests.net.conftest import DOC, FAST, INSTALLED_VERSION, Keys, Publisher, document
from tests.net.server import Gate, LocalServer

NEWER = "2099.1.2"


def run(data_dir: Path, url: str, fetcher: Fetcher, keys: Keys, **kwargs: Any) -> Outcome:
    return asyncio.run(update_catalog(data_dir, url, fetcher=fetcher, public_key=keys.public, **kwargs))


def accepted_bytes(data_dir: Path) -> bytes:
    return catalog_files.accepted_path(data_dir).read_bytes()


def test_success_replaces_catalog_and_facts(
    publisher: Publisher, data_dir: Path, fetcher: Fetcher, keys: Keys
) -> None:
    def correct_fact(_catalog: dict[str, Any], facts: dict[str, Any]) -> None:
        facts["facts"]["hotline_number"]["checked"] = "2026-12-01"
        facts["facts"]["hotline_number"]["en"] = "0120-95-0178 (toll-free)"

    before = accepted_bytes(data_dir)
    url = publisher.publish(document(NEWER, change=correct_fact))
    outcome = run(data_dir, url, fetcher, keys)
    assert outcome == Outcome(True, NEWER)
    assert accepted_bytes(data_dir) != before
    active = catalog_files.active(data_dir, keys.public)
    assert (active.version, active.source, active.url) == (NEWER, "update", url)
    fact = active.facts["hotline_number"]
    assert (fact.en, fact.checked.isoformat()) == ("0120-95-0178 (toll-free)", "2026-12-01")


def test_already_current_changes_nothing(
    publisher: Publisher, data_dir: Path, fetcher: Fetcher, keys: Keys
) -> None:
    before = accepted_bytes(data_dir)
    outcome = run(data_dir, publisher.publish(document(INSTALLED_VERSION)), fetcher, keys)
    assert outcome == Outcome(False, INSTALLED_VERSION)
    assert accepted_bytes(data_dir) == before


def test_first_update_over_the_shipped_catalog(
    publisher: Publisher, tmp_path: Path, fetcher: Fetcher, keys: Keys
) -> None:
    folder = tmp_path / "fresh"
    assert catalog_files.active(folder, keys.public).source == "shipped"
    outcome = run(folder, publisher.publish(document(NEWER)), fetcher, keys)
    assert outcome.updated and catalog_files.active(folder, keys.public).version == NEWER


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _off_list_fact(_catalog: dict[str, Any], facts: dict[str, Any]) -> None:
    facts["facts"]["hotline_number"]["source"] = "https://myna-go.example.com/inquiry"


def _off_list_note(catalog: dict[str, Any], _facts: dict[str, Any]) -> None:
    catalog["entries"][0]["note_ja"] += "詳しくは http://nta.go.jp.example.net/ を見てください。"


def _bad_entry(catalog: dict[str, Any], _facts: dict[str, Any]) -> None:
    catalog["entries"][0]["channels"] = ["fax"]


# name → (arrange the server and return the URL, expected failure)
Arrange = Callable[[LocalServer, Publisher, Keys], str]
FAULTS: dict[str, tuple[Arrange, Failure]] = {
    "404": (lambda s, p, k: s.url("/missing.json"), Failure.NOT_FOUND),
    "500": (lambda s, p, k: (s.serve(DOC, b"oops", status=500), s.url(DOC))[1], Failure.SERVER_ERROR),
    "signature 404": (
        lambda s, p, k: (s.serve(DOC, document(NEWER)), s.url(DOC))[1],
        Failure.NOT_FOUND,
    ),
    "connect refused": (lambda s, p, k: f"http://127.0.0.1:{_free_port()}{DOC}", Failure.UNREACHABLE),
    "never answers": (lambda s, p, k: (s.silent(DOC), s.url(DOC))[1], Failure.TIMEOUT),
    "slow drip": (lambda s, p, k: (s.drip(DOC, document(NEWER), 0.05), s.url(DOC))[1], Failure.TIMEOUT),
    "oversized (declared)": (lambda s, p, k: p.publish(b" " * (1024 * 1024 + 1)), Failure.TOO_LARGE),
    "oversized (streamed)": (lambda s, p, k: (s.endless(DOC), s.url(DOC))[1], Failure.TOO_LARGE),
    "invalid JSON": (lambda s, p, k: p.publish(b'{"format": "myna-prep-catalog-update", '), Failure.NOT_JSON),
    "not UTF-8": (lambda s, p, k: p.publish(b"\xff\xfe{}"), Failure.NOT_JSON),
    "envelope schema": (
        lambda s, p, k: p.publish(document(NEWER).replace(b'"format_version": 1', b'"format_version": "1"')),
        Failure.INVALID,
    ),
    "duplicate key": (
        lambda s, p, k: p.publish(document(NEWER).replace(b'"format": ', b'"format": 1, "format": ')),
        Failure.INVALID,
    ),
    "catalog schema": (lambda s, p, k: p.publish(document(NEWER, change=_bad_entry)), Failure.INVALID),
    "bad signature (other key)": (
        lambda s, p, k: p.publish(document(NEWER), signature=sign(document(NEWER), new_key_pair()[0])),
        Failure.BAD_SIGNATURE,
    ),
    "bad signature (tampered)": (
        lambda s, p, k: p.publish(
            document(NEWER, change=_off_list_fact), signature=sign(document(NEWER), k.private)
        ),
        Failure.BAD_SIGNATURE,
    ),
    "signature not base64": (
        lambda s, p, k: p.publish(document(NEWER), signature=b"not a signature"),
        Failure.BAD_SIGNATURE,
    ),
    "older version": (lambda s, p, k: p.publish(document("2099.1.0")), Failure.OLDER),
    "off-list URL in a fact": (
        lambda s, p, k: p.publish(document(NEWER, change=_off_list_fact)),
        Failure.OFF_LIST_URL,
    ),
    "off-list URL in a note": (
        lambda s, p, k: p.publish(document(NEWER, change=_off_list_note)),
        Failure.OFF_LIST_URL,
    ),
    "redirect to another host": (
        lambda s, p, k: (
            p.publish(document(NEWER), path="/elsewhere.json"),
            s.redirect(DOC, s.url("/elsewhere.json").replace("127.0.0.1", "localhost")),
            s.url(DOC),
        )[2],
        Failure.REDIRECT_REFUSED,
    ),
    "redirect loop": (lambda s, p, k: (s.redirect(DOC, DOC), s.url(DOC))[1], Failure.REDIRECT_REFUSED),
}


@pytest.mark.parametrize("case", list(FAULTS))
def test_fault_leaves_active_catalog_unchanged(
    case: str, server: LocalServer, publisher: Publisher, data_dir: Path, fetcher: Fetcher, keys: Keys
) -> None:
    arrange, expected = FAULTS[case]
    url = arrange(server, publisher, keys)
    if expected is Failure.TIMEOUT:  # a stalled server: fail after 0.5 s instead of 20 s
        fetcher = Fetcher(FAST, allow_loopback_http=True)
    before = accepted_bytes(data_dir)
    with pytest.raises(UpdateRejected) as caught:
        run(data_dir, url, fetcher, keys)
    assert caught.value.failure is expected, caught.value.detail
    assert accepted_bytes(data_dir) == before
    assert catalog_files.active(data_dir, keys.public).version == INSTALLED_VERSION


def test_redirect_within_the_host_is_followed(
    server: LocalServer, publisher: Publisher, data_dir: Path, fetcher: Fetcher, keys: Keys
) -> None:
    publisher.publish(document(NEWER), path="/v2/catalog-update.json")
    server.redirect(DOC, "/v2/catalog-update.json", status=301)
    server.redirect(DOC + ".sig", server.url("/v2/catalog-update.json.sig"), status=308)
    assert run(data_dir, server.url(DOC), fetcher, keys) == Outcome(True, NEWER)


def test_cancel_mid_download_leaves_active_catalog_unchanged(
    server: LocalServer, publisher: Publisher, data_dir: Path, keys: Keys
) -> None:
    gate = Gate()
    body = document(NEWER)
    publisher.publish(body)
    server.gated(DOC, body, gate)  # half the body, then nothing until the gate opens (never, here)
    before = accepted_bytes(data_dir)
    received: list[int] = []

    async def scenario() -> None:
        task = asyncio.current_task()
        assert task is not None

        def progress(done: int, _total: int | None) -> None:
            received.append(done)
            task.cancel()  # what the progress dialog's Cancel does

        # Generous limits: only the cancellation may end this download.
        await update_catalog(
            data_dir,
            server.url(DOC),
            fetcher=Fetcher(Limits(connect_timeout=30, total_timeout=60), allow_loopback_http=True),
            public_key=keys.public,
            progress=progress,
        )

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(scenario())
    assert received and received[0] < len(body)
    assert accepted_bytes(data_dir) == before


@pytest.mark.parametrize(
    ("url", "allow"),
    [
        ("http://127.0.0.1:9/catalog-update.json", False),  # loopback http only when allowed
        ("http://localhost:9/catalog-update.json", True),  # only the literal 127.0.0.1
        ("http://myna-prep.github.io/catalog-update.json", True),
        ("ftp://myna-prep.github.io/catalog-update.json", False),
        ("https://user:pw@myna-prep.github.io/catalog-update.json", False),
    ],
)
def test_only_https_or_allowed_loopback(url: str, allow: bool, data_dir: Path, keys: Keys) -> None:
    before = accepted_bytes(data_dir)
    with pytest.raises(UpdateRejected) as caught:
        run(data_dir, url, Fetcher(Limits(), allow_loopback_http=allow), keys)
    assert caught.value.failure is Failure.INSECURE_URL
    assert accepted_bytes(data_dir) == before


def test_request_carries_only_the_fixed_user_agent(
    server: LocalServer, publisher: Publisher, data_dir: Path, fetcher: Fetcher, keys: Keys
) -> None:
    run(data_dir, publisher.publish(document(NEWER)), fetcher, keys)
    assert [r.path for r in server.requests] == [DOC, DOC + ".sig"]
    for request in server.requests:
        names = {name.lower() for name in request.headers}
        assert names <= {"host", "user-agent", "accept", "accept-encoding", "connection"}, names
        assert request.headers["User-Agent"].startswith("MynaPrep/")
        assert "cookie" not in names and "authorization" not in names
