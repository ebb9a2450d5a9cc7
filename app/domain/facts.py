"""Dated facts: values that change (app names, store links, kiosk lists, hours, periods), each with the
official source it was checked against and the date of that check.

The record lives in ``resources/catalog/facts.json``; a signed catalog update may carry a newer one, so a
corrected fact reaches users without a release. Page texts name a fact as ``{{fact:ID}}`` and
:func:`expand_facts` fills in the value in the page's language, so every page shows the one recorded value.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

FACTS_RESOURCE = "catalog/facts.json"
SCHEMA_VERSION = 1

_ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_PLACEHOLDER = re.compile(r"\{\{fact:([a-z][a-z0-9_]{0,63})\}\}")


class FactsError(ValueError):
    """The facts record is malformed, or a text names a fact it does not hold."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    ja: str
    en: str
    source: str  # the official page that states it (https URL)
    checked: date  # when a person last read it there

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ja


@dataclass(frozen=True, slots=True)
class Facts:
    schema: int
    by_id: Mapping[str, Fact]

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.by_id.values())

    def __len__(self) -> int:
        return len(self.by_id)

    def __getitem__(self, fact_id: str) -> Fact:
        try:
            return self.by_id[fact_id]
        except KeyError:
            raise FactsError(f"unknown fact {fact_id!r}") from None

    def text(self, fact_id: str, lang: str) -> str:
        return self[fact_id].text(lang)


def _str(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise FactsError(f"{where}: a non-empty string is required")
    return value


def parse_facts(data: object) -> Facts:
    """Validate a decoded facts record. Pure; raises only :class:`FactsError`."""
    if not isinstance(data, dict) or set(data) != {"schema", "facts"}:
        raise FactsError("the record must be an object with exactly 'schema' and 'facts'")
    if data["schema"] != SCHEMA_VERSION or isinstance(data["schema"], bool):
        raise FactsError(f"schema must be {SCHEMA_VERSION}")
    raw = data["facts"]
    if not isinstance(raw, dict):
        raise FactsError("'facts' must be an object")
    facts: dict[str, Fact] = {}
    for fact_id, entry in raw.items():
        where = f"facts.{fact_id}"
        if not _ID_RE.match(fact_id):
            raise FactsError(f"{where}: ids are lower-case ASCII words joined by '_'")
        if not isinstance(entry, dict) or set(entry) != {"ja", "en", "source", "checked"}:
            raise FactsError(f"{where}: needs exactly ja, en, source, checked")
        source = _str(entry["source"], f"{where}.source")
        if not source.startswith("https://"):
            raise FactsError(f"{where}.source: an https URL is required")
        try:
            checked = date.fromisoformat(_str(entry["checked"], f"{where}.checked"))
        except ValueError:
            raise FactsError(f"{where}.checked: a date YYYY-MM-DD is required") from None
        facts[fact_id] = Fact(
            fact_id, _str(entry["ja"], f"{where}.ja"), _str(entry["en"], f"{where}.en"), source, checked
        )
    return Facts(SCHEMA_VERSION, facts)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise FactsError(f"{key!r} is written twice")
        result[key] = value
    return result


def load_facts(text: str) -> Facts:
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except FactsError:
        raise
    except (ValueError, RecursionError) as exc:
        raise FactsError(f"not JSON ({exc})") from None
    return parse_facts(data)


@cache
def default_facts() -> Facts:
    """The record shipped in resources/ (read once)."""
    from app.resources import read_text

    return load_facts(read_text(FACTS_RESOURCE))


def fact_ids_in(text: str) -> list[str]:
    return _PLACEHOLDER.findall(text)


def expand_facts(text: str, facts: Facts, lang: str, *, escape: Callable[[str], str] = html.escape) -> str:
    """Replace every ``{{fact:ID}}`` with the fact's value in ``lang`` (HTML-escaped by default)."""
    return _PLACEHOLDER.sub(lambda match: escape(facts.text(match.group(1), lang)), text)
