"""The catalog of certificates and data types obtainable through マイナポータル連携 for 確定申告.

The data lives in ``resources/catalog/catalog.json`` (sources in ``SOURCES.md`` next to it). It is
validated here by hand-written checks (the domain layer uses the standard library only); any
malformed catalog raises :class:`CatalogError` with a Japanese message naming the faulty place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, NoReturn

from app.domain.model import Channel
from app.domain.received import ListedSigner

SCHEMA_VERSION = 1
CATALOG_RESOURCE = "catalog/catalog.json"

# The guide's screenshots show these made-up companies; they must never become issuers or suggestions.
FICTIONAL_ISSUER_NAMES: tuple[str, ...] = ("株式会社国税", "国税株式会社", "国税生命保険会社")

_ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_SOURCE_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class CatalogError(ValueError):
    """The catalog is malformed. ``str(error)`` is a Japanese message for a person."""

    def __init__(self, message: str, path: str = "") -> None:
        self.path = path
        self.detail = message
        where = f"（{path}）" if path else ""
        super().__init__(f"証明書カタログの形式が正しくありません{where}: {message}")


@dataclass(frozen=True, slots=True)
class Issuer:
    """Who issues the item: typed by the user, or fixed (日本年金機構, 国税庁, 医療保険者 …)."""

    typed: bool
    name_ja: str | None = None  # set when fixed
    name_en: str | None = None
    examples: tuple[str, ...] = ()  # suggestions for a typed issuer (real companies from the sources)


@dataclass(frozen=True, slots=True)
class IssuerNeeds:
    """What the issuer side needs before it delivers: a registration/consent, numbers to enter."""

    registration_ja: str | None
    registration_en: str | None
    numbers: tuple[str, ...]  # e.g. ("証券番号",), ("寄附番号",), ("口座番号",)


@dataclass(frozen=True, slots=True)
class AvailableFrom:
    """The usual first day of availability, relative to the tax year (offset 1: the next year)."""

    year_offset: int
    month: int
    day: int


@dataclass(frozen=True, slots=True)
class Availability:
    months: tuple[int, ...]  # the months it usually becomes available, in season order
    available_from: AvailableFrom | None  # None: no fixed season (e.g. after each donation)
    hint_ja: str
    hint_en: str


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    id: str
    name_ja: str
    name_en: str
    channels: tuple[Channel, ...]
    readiness_listed: frozenset[Channel]  # channels on which 証明書の準備状況 shows this item
    issuer: Issuer
    issuer_needs: IssuerNeeds
    availability: Availability
    needs_step5: bool  # e-Taxマイページ「e-Taxからの情報取得を希望する」 is needed
    since_tax_year: int | None  # first tax year available (None: not confirmed)
    sources: tuple[str, ...]  # keys of SOURCES.md
    note_ja: str = ""
    note_en: str = ""
    # The issuer-side registration (issuer_needs.registration) is a task of its own even though the
    # channel is not a 民間送達サービス (ねんきんネット「電子送付を希望する」, iDeCo, 小規模企業共済).
    registration_task: bool = False

    def listed_in_readiness(self, channel: Channel) -> bool:
        """Whether 証明書の準備状況 shows this item when delivered through ``channel``."""
        return channel in self.readiness_listed

    def name(self, lang: str = "ja") -> str:
        return self.name_en if lang == "en" else self.name_ja


@dataclass(frozen=True, slots=True)
class Catalog:
    schema_version: int
    catalog_version: str
    entries: tuple[CatalogEntry, ...]
    # Known signers of electronic certificates (issue 23): each with the official page it was read
    # from and the day it was checked. Only signers with such a source are ever listed.
    signers: tuple[ListedSigner, ...] = ()

    def __iter__(self) -> Iterator[CatalogEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, type_id: str) -> CatalogEntry | None:
        return next((e for e in self.entries if e.id == type_id), None)

    def __getitem__(self, type_id: str) -> CatalogEntry:
        entry = self.get(type_id)
        if entry is None:
            raise KeyError(type_id)
        return entry

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.entries)


# --- validation --------------------------------------------------------------------------------


def _fail(path: str, message: str) -> NoReturn:
    raise CatalogError(message, path)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "真偽値"
    if isinstance(value, int):
        return "整数"
    if isinstance(value, float):
        return "小数"
    if isinstance(value, str):
        return "文字列"
    if isinstance(value, list):
        return "配列"
    if isinstance(value, dict):
        return "オブジェクト"
    return type(value).__name__


def _object(
    value: object, path: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        _fail(path, f"オブジェクトが必要ですが{_type_name(value)}です")
    for key in required:
        if key not in value:
            _fail(path, f"項目「{key}」がありません")
    allowed = set(required) | set(optional)
    for key in value:
        if key not in allowed:
            _fail(path, f"不明な項目「{key}」があります")
    return value


def _str(value: object, path: str, *, empty: bool = False) -> str:
    if not isinstance(value, str):
        _fail(path, f"文字列が必要ですが{_type_name(value)}です")
    if not empty and not value.strip():
        _fail(path, "空の文字列は使えません")
    for fictional in FICTIONAL_ISSUER_NAMES:
        if fictional in value:
            _fail(path, f"ガイドの画面例の架空の名称「{fictional}」は使えません")
    return value


def _opt_str(value: object, path: str) -> str | None:
    return None if value is None else _str(value, path)


def _int(value: object, path: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(path, f"整数が必要ですが{_type_name(value)}です")
    if not low <= value <= high:
        _fail(path, f"{low}〜{high}の整数が必要ですが{value}です")
    return value


def _bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        _fail(path, f"真偽値（true/false）が必要ですが{_type_name(value)}です")
    return value


def _list(value: object, path: str, *, nonempty: bool = False) -> list[Any]:
    if not isinstance(value, list):
        _fail(path, f"配列が必要ですが{_type_name(value)}です")
    if nonempty and not value:
        _fail(path, "空の配列は使えません")
    return value


def _str_list(value: object, path: str, *, nonempty: bool = False) -> tuple[str, ...]:
    items = tuple(_str(v, f"{path}[{i}]") for i, v in enumerate(_list(value, path, nonempty=nonempty)))
    if len(set(items)) != len(items):
        _fail(path, "同じ値が重複しています")
    return items


def _channels(value: object, path: str, *, nonempty: bool) -> tuple[Channel, ...]:
    codes = _str_list(value, path, nonempty=nonempty)
    result: list[Channel] = []
    for i, code in enumerate(codes):
        try:
            result.append(Channel(code))
        except ValueError:
            _fail(f"{path}[{i}]", f"不明な配信経路「{code}」です（{', '.join(c.value for c in Channel)}）")
    return tuple(result)


def _issuer(value: object, path: str) -> Issuer:
    obj = _object(value, path, ("typed",), ("name_ja", "name_en", "examples"))
    typed = _bool(obj["typed"], f"{path}.typed")
    if typed:
        if "name_ja" in obj or "name_en" in obj:
            _fail(path, "利用者が入力する発行元（typed: true）には固定の名称を書けません")
        examples = _str_list(obj.get("examples", []), f"{path}.examples")
        return Issuer(typed=True, examples=examples)
    if "examples" in obj:
        _fail(path, "固定の発行元（typed: false）には候補（examples）を書けません")
    for key in ("name_ja", "name_en"):
        if key not in obj:
            _fail(path, f"固定の発行元には項目「{key}」が必要です")
    return Issuer(
        typed=False,
        name_ja=_str(obj["name_ja"], f"{path}.name_ja"),
        name_en=_str(obj["name_en"], f"{path}.name_en"),
    )


def _issuer_needs(value: object, path: str) -> IssuerNeeds:
    obj = _object(value, path, ("registration_ja", "registration_en", "numbers"))
    reg_ja = _opt_str(obj["registration_ja"], f"{path}.registration_ja")
    reg_en = _opt_str(obj["registration_en"], f"{path}.registration_en")
    if (reg_ja is None) != (reg_en is None):
        _fail(path, "registration_ja と registration_en は両方とも書くか、両方とも null にしてください")
    return IssuerNeeds(reg_ja, reg_en, _str_list(obj["numbers"], f"{path}.numbers"))


def _availability(value: object, path: str) -> Availability:
    obj = _object(value, path, ("months", "from", "hint_ja", "hint_en"))
    months = tuple(
        _int(m, f"{path}.months[{i}]", 1, 12) for i, m in enumerate(_list(obj["months"], f"{path}.months"))
    )
    if len(set(months)) != len(months):
        _fail(f"{path}.months", "同じ月が重複しています")
    start: AvailableFrom | None = None
    if obj["from"] is not None:
        fpath = f"{path}.from"
        fobj = _object(obj["from"], fpath, ("year_offset", "month", "day"))
        start = AvailableFrom(
            year_offset=_int(fobj["year_offset"], f"{fpath}.year_offset", 0, 1),
            month=_int(fobj["month"], f"{fpath}.month", 1, 12),
            day=_int(fobj["day"], f"{fpath}.day", 1, 28),
        )
        if not months:
            _fail(path, "from を書くときは months も必要です")
        if start.month != months[0]:
            _fail(
                fpath, f"from.month（{start.month}）は months の最初の月（{months[0]}）と同じにしてください"
            )
    elif months:
        _fail(path, "months を書くときは from も必要です")
    return Availability(
        months, start, _str(obj["hint_ja"], f"{path}.hint_ja"), _str(obj["hint_en"], f"{path}.hint_en")
    )


_ENTRY_REQUIRED = (
    "id",
    "name_ja",
    "name_en",
    "channels",
    "readiness_listed",
    "issuer",
    "issuer_needs",
    "availability",
    "needs_step5",
    "since_tax_year",
    "sources",
)


def _entry(value: object, path: str) -> CatalogEntry:
    obj = _object(value, path, _ENTRY_REQUIRED, ("note_ja", "note_en", "registration_task"))
    entry_id = _str(obj["id"], f"{path}.id")
    if not _ID_RE.match(entry_id):
        _fail(
            f"{path}.id", f"ID「{entry_id}」は英小文字で始まる英小文字・数字・_（64文字まで）にしてください"
        )
    channels = _channels(obj["channels"], f"{path}.channels", nonempty=True)
    listed = _channels(obj["readiness_listed"], f"{path}.readiness_listed", nonempty=False)
    for i, channel in enumerate(listed):
        if channel not in channels:
            _fail(f"{path}.readiness_listed[{i}]", f"「{channel.value}」は channels にない配信経路です")
    since = obj["since_tax_year"]
    sources = _str_list(obj["sources"], f"{path}.sources", nonempty=True)
    for i, key in enumerate(sources):
        if not _SOURCE_RE.match(key):
            _fail(f"{path}.sources[{i}]", f"出典キー「{key}」は英小文字・数字・-で書いてください")
    return CatalogEntry(
        id=entry_id,
        name_ja=_str(obj["name_ja"], f"{path}.name_ja"),
        name_en=_str(obj["name_en"], f"{path}.name_en"),
        channels=channels,
        readiness_listed=frozenset(listed),
        issuer=_issuer(obj["issuer"], f"{path}.issuer"),
        issuer_needs=_issuer_needs(obj["issuer_needs"], f"{path}.issuer_needs"),
        availability=_availability(obj["availability"], f"{path}.availability"),
        needs_step5=_bool(obj["needs_step5"], f"{path}.needs_step5"),
        since_tax_year=None if since is None else _int(since, f"{path}.since_tax_year", 2000, 2100),
        sources=sources,
        note_ja=_str(obj.get("note_ja", ""), f"{path}.note_ja", empty=True),
        note_en=_str(obj.get("note_en", ""), f"{path}.note_en", empty=True),
        registration_task=_registration_task(obj, path),
    )


def _registration_task(obj: dict[str, Any], path: str) -> bool:
    if "registration_task" not in obj:
        return False
    task = _bool(obj["registration_task"], f"{path}.registration_task")
    if task and obj["issuer_needs"].get("registration_ja") is None:
        _fail(f"{path}.registration_task", "registration_task には issuer_needs.registration_ja が必要です")
    return task


def parse_catalog(data: object) -> Catalog:
    """Validate already-decoded JSON data and build the catalog."""
    obj = _object(
        data, "", ("schema_version", "catalog_version", "entries"), ("sources_file", "issuer_signers")
    )
    version = _int(obj["schema_version"], "schema_version", 0, 1_000_000)
    if version != SCHEMA_VERSION:
        _fail(
            "schema_version", f"このアプリが読めるのはスキーマ版 {SCHEMA_VERSION} だけですが {version} です"
        )
    catalog_version = _str(obj["catalog_version"], "catalog_version")
    if "sources_file" in obj:
        _str(obj["sources_file"], "sources_file")
    raw_entries = _list(obj["entries"], "entries", nonempty=True)
    entries = tuple(_entry(e, f"entries[{i}]") for i, e in enumerate(raw_entries))
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        if entry.id in seen:
            _fail(f"entries[{i}].id", f"ID「{entry.id}」が entries[{seen[entry.id]}] と重複しています")
        seen[entry.id] = i
    signers = tuple(
        _signer(s, f"issuer_signers[{i}]")
        for i, s in enumerate(_list(obj.get("issuer_signers", []), "issuer_signers", nonempty=False))
    )
    return Catalog(version, catalog_version, entries, signers)


_SPKI = re.compile(r"^[0-9a-f]{64}$")


def _signer(data: object, path: str) -> ListedSigner:
    """``{"organisation", "spki_sha256", "source", "checked_on"}``: the source an https page."""
    obj = _object(data, path, ("organisation", "spki_sha256", "source", "checked_on"), ())
    spki = _str(obj["spki_sha256"], f"{path}.spki_sha256")
    if not _SPKI.match(spki):
        _fail(f"{path}.spki_sha256", "SHA-256 の16進数64桁（小文字）が必要です")
    source = _str(obj["source"], f"{path}.source")
    if not source.startswith("https://"):
        _fail(f"{path}.source", "出典は https の URL が必要です")
    try:
        checked = date.fromisoformat(_str(obj["checked_on"], f"{path}.checked_on"))
    except ValueError:
        _fail(f"{path}.checked_on", "YYYY-MM-DD の日付が必要です")
    return ListedSigner(_str(obj["organisation"], f"{path}.organisation"), spki, source, checked)


def load_catalog(text: str) -> Catalog:
    """Parse and validate catalog JSON text. Pure; raises only :class:`CatalogError`."""
    if not isinstance(text, str):
        raise CatalogError(f"JSONの文字列が必要ですが{_type_name(text)}です")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except CatalogError:
        raise
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise CatalogError(f"JSONとして読めません（{exc}）") from None
    try:
        return parse_catalog(data)
    except RecursionError:
        raise CatalogError("入れ子が深すぎます") from None


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CatalogError(f"同じ項目「{key}」が二度書かれています")
        result[key] = value
    return result


@cache
def default_catalog() -> Catalog:
    """The catalog shipped in resources/ (read through app.resources; read once, immutable)."""
    from app.resources import read_text

    return load_catalog(read_text(CATALOG_RESOURCE))
