from __future__ import annotations

import pytest

from app.domain.links import OFFICIAL_LINKS, LinkRefused, is_official_url, require_official


@pytest.mark.parametrize("link", OFFICIAL_LINKS, ids=lambda link: link.id)
def test_every_official_link_passes_the_allow_list(link: object) -> None:
    assert is_official_url(link.url)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "url",
    [
        "https://myna.go.jp/",
        "https://www.e-tax.nta.go.jp/",
        "https://www.keisan.nta.go.jp/kyoutu/ky/sm/top",
        "https://www.nenkin.go.jp/n_net/",
        "https://WWW.NTA.GO.JP/taxes/",
        "https://www.jpki.go.jp/",
        "https://www.digital.go.jp/",
    ],
)
def test_official_hosts_are_allowed(url: str) -> None:
    assert require_official(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "http://myna.go.jp/",  # not https
        "https://myna.go.jp.evil.example/",  # look-alike suffix
        "https://evilmyna.go.jp/",  # not a subdomain
        "https://user:pw@myna.go.jp/",  # credentials in the URL
        "https://myna.go.jp:8443/",  # unusual port
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://example.com/?next=https://myna.go.jp/",
        "https://[::1]/",
        "not a url",
        "",
    ],
)
def test_other_urls_are_refused(url: str) -> None:
    assert not is_official_url(url)
    with pytest.raises(LinkRefused):
        require_official(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example\\.myna.go.jp/",  # a backslash: WHATWG parsers read it as a path separator
        "https://evil.example%2f.myna.go.jp/",  # percent-encoding in the host
        "https://evil%2eexample.myna.go.jp/",
        "https://@myna.go.jp/",  # an empty user name is still userinfo
        "https://myna.go.jp@/",
        "https://www..myna.go.jp/",  # an empty label
        "https://.myna.go.jp/",
        "https://myna.go.jp../",
        "https://myna.go.jp:/",  # an empty port
        "https://myna.go.jp\t.evil.example/",
    ],
)
def test_hosts_with_parser_dependent_characters_are_refused(url: str) -> None:
    """Issue 12: the allow-list itself refuses these; it must not rely on Qt's URL parser doing it."""
    assert not is_official_url(url)


@pytest.mark.parametrize("url", ["https://MYNA.GO.JP/", "https://myna.go.jp./", "https://myna.go.jp:443/x"])
def test_plain_spellings_of_official_hosts_stay_allowed(url: str) -> None:
    assert is_official_url(url)
