"""The pure checks of a catalog update: addresses, redirects, versions, URLs inside, validation."""

from __future__ import annotations

import copy
import json

import pytest

from app.domain.catalog_update import (
    Failure,
    UpdateRejected,
    check_update,
    compare_versions,
    off_list_urls,
    require_newer,
    same_origin,
    url_problem,
    urls_in,
)
from app.resources import read_text

CATALOG = json.loads(read_text("catalog/catalog.json"))
FACTS = json.loads(read_text("catalog/facts.json"))


@pytest.mark.parametrize(
    ("url", "loopback", "ok"),
    [
        ("https://myna-prep.github.io/catalog/catalog-update.json", False, True),
        ("http://myna-prep.github.io/catalog-update.json", True, False),
        ("http://127.0.0.1:8000/x.json", True, True),
        ("http://127.0.0.1:8000/x.json", False, False),
        ("http://localhost:8000/x.json", True, False),
        ("https://user@myna-prep.github.io/x.json", False, False),
        ("https://myna-prep.github.io:99999/x.json", False, False),
        ("file:///etc/passwd", True, False),
        ("https:///x.json", False, False),
    ],
)
def test_url_problem(url: str, loopback: bool, ok: bool) -> None:
    assert (url_problem(url, allow_loopback_http=loopback) is None) is ok


def test_same_origin() -> None:
    assert same_origin("https://a.example/x", "https://a.example/y/z?q")
    assert not same_origin("https://a.example/x", "https://b.example/x")
    assert not same_origin("https://a.example/x", "http://a.example/x")
    assert not same_origin("https://a.example/x", "https://a.example:8443/x")


@pytest.mark.parametrize(
    ("a", "b", "order"),
    [
        ("2026.12.1", "2026.11.1", 1),
        ("2026.11.1", "2026.11.1", 0),
        ("2026.11", "2026.11.0", 0),
        ("2026.9.1", "2026.10.0", -1),
        ("2027", "2026.99.99", 1),
    ],
)
def test_versions_compare_numerically(a: str, b: str, order: int) -> None:
    assert compare_versions(a, b) == order


@pytest.mark.parametrize("bad", ["", "2026.x", "v2026", "2026..1", "1.2.3.4.5.6.7"])
def test_malformed_version_is_invalid(bad: str) -> None:
    with pytest.raises(UpdateRejected) as caught:
        compare_versions(bad, "1")
    assert caught.value.failure is Failure.INVALID


def test_urls_are_found_in_keys_values_and_prose() -> None:
    data = {"a": ["see https://www.nta.go.jp/x.htm）と", {"http://evil.example/": "ftp://x.example/y"}]}
    assert urls_in(data) == ["https://www.nta.go.jp/x.htm", "http://evil.example/", "ftp://x.example/y"]
    assert off_list_urls(data) == ["http://evil.example/", "ftp://x.example/y"]


def test_shipped_data_passes_and_versions_are_ordered() -> None:
    update = check_update(CATALOG, FACTS)
    assert update.version == CATALOG["catalog_version"]
    assert require_newer(update, "2000.1") is True
    assert require_newer(update, update.version) is False
    with pytest.raises(UpdateRejected) as caught:
        require_newer(update, "2999.1")
    assert caught.value.failure is Failure.OLDER


def test_official_url_in_a_note_is_fine_and_a_look_alike_is_not() -> None:
    catalog = copy.deepcopy(CATALOG)
    catalog["entries"][0]["note_en"] = "See https://www.nta.go.jp/taxes/ for details."
    check_update(catalog, FACTS)
    catalog["entries"][0]["note_en"] = "See https://www.nta.go.jp.example.com/ for details."
    with pytest.raises(UpdateRejected) as caught:
        check_update(catalog, FACTS)
    assert caught.value.failure is Failure.OFF_LIST_URL


def test_invalid_catalog_or_facts() -> None:
    for catalog, facts in ((CATALOG, {"schema": 1}), ({**CATALOG, "entries": []}, FACTS)):
        with pytest.raises(UpdateRejected) as caught:
            check_update(catalog, facts)
        assert caught.value.failure is Failure.INVALID
