"""Official web pages and the allow-list that guards every link we open.

Only https URLs whose host is one of the official domains below (or a subdomain of one) may be
opened. Everything else is refused: a typo, a look-alike domain or a link pasted into a note must
never send someone to a phishing page during a procedure that asks for card passwords.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

# Official domains, one place. Subdomains are allowed (www.e-tax.nta.go.jp under nta.go.jp).
OFFICIAL_DOMAINS: frozenset[str] = frozenset(
    {
        "myna.go.jp",  # マイナポータル
        "nta.go.jp",  # 国税庁, e-Tax (www.e-tax.nta.go.jp), 確定申告書等作成コーナー (keisan.nta.go.jp)
        "nenkin.go.jp",  # 日本年金機構, ねんきんネット
        "jpki.go.jp",  # 公的個人認証サービス (J-LIS)
        "j-lis.go.jp",  # 地方公共団体情報システム機構
        "kojinbango-card.go.jp",  # マイナンバーカード総合サイト (J-LIS)
        "digital.go.jp",  # デジタル庁
        "e-shishobako.ne.jp",  # e-私書箱
        "mypost.japanpost.jp",  # MyPost (日本郵便)
        "apps.apple.com",  # マイナアプリ (App Store listing; the URL is a dated fact, facts.json)
        "play.google.com",  # マイナアプリ (Google Play listing; the URL is a dated fact, facts.json)
    }
)


class LinkRefused(ValueError):
    """The URL is not an official page we are willing to open."""


def host_is_official(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in OFFICIAL_DOMAINS)


_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")


def _plain_host(netloc: str) -> str | None:
    """The lower-case host of ``netloc`` when it is plain ASCII labels (no ``\\``, ``%``, ``@``, no
    empty label), else ``None``: the check must not rely on a later URL parser to reject such hosts."""
    host = netloc.lower()
    if host.endswith(":443"):
        host = host[: -len(":443")]
    host = host.removesuffix(".")
    if not host or not set(host) <= _HOST_CHARS or "" in host.split("."):
        return None
    return host


def is_official_url(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return False
    if parts.scheme != "https" or parts.username or parts.password or port not in (None, 443):
        return False
    host = _plain_host(parts.netloc)
    return host is not None and host_is_official(host)


def require_official(url: str) -> str:
    if not is_official_url(url):
        raise LinkRefused(url)
    return url


@dataclass(frozen=True, slots=True)
class OfficialLink:
    id: str
    url: str
    label: str  # Japanese; the English label comes from translations


# The official pages the guide points to. Each is checked against the allow-list by a test.
OFFICIAL_LINKS: tuple[OfficialLink, ...] = (
    OfficialLink("card_apply", "https://www.kojinbango-card.go.jp/apply/", "マイナンバーカードの取得申請"),
    OfficialLink(
        "card_smartphones",
        "https://www.jpki.go.jp/prepare/reader/smartphone.html",
        "マイナンバーカード読取対応のスマートフォン",
    ),
    OfficialLink("mynaportal", "https://myna.go.jp/", "マイナポータル"),
    OfficialLink("tax_return_prep", "https://myna.go.jp/svc/tax-return", "「確定申告の事前準備」ページ"),
    OfficialLink("mynaportal_faq", "https://faq.myna.go.jp/", "マイナポータルのよくあるご質問"),
    OfficialLink(
        "mynumber_inquiry",
        "https://www.digital.go.jp/policies/mynumber/inquiry",
        "マイナンバー総合フリーダイヤル（デジタル庁のお問い合わせ先）",
    ),
    OfficialLink(
        "etax_salary",
        "https://www.nta.go.jp/taxes/shiraberu/shinkoku/tokushu/kyuyo-shotoku.htm",
        "給与所得の確定申告がさらに簡単に！【利用者用ページ】",
    ),
    OfficialLink("etax", "https://www.e-tax.nta.go.jp/", "e-Tax"),
    OfficialLink(
        "filing_corner",
        "https://www.keisan.nta.go.jp/kyoutu/ky/sm/top",
        "確定申告書等作成コーナー",
    ),
    OfficialLink("nenkin_net", "https://www.nenkin.go.jp/n_net/", "ねんきんネット"),
    OfficialLink("e_shishobako", "https://www.e-shishobako.ne.jp/", "e-私書箱"),
    OfficialLink("mypost", "https://www.mypost.japanpost.jp/", "MyPost"),
    OfficialLink("jpki", "https://www.jpki.go.jp/", "公的個人認証サービス ポータルサイト"),
)

LINK_BY_ID: dict[str, OfficialLink] = {link.id: link for link in OFFICIAL_LINKS}
