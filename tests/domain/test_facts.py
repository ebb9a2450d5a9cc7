from __future__ import annotations

import json

import pytest

from app.domain.facts import FactsError, default_facts, expand_facts, fact_ids_in, load_facts

RECORD = {
    "schema": 1,
    "facts": {
        "app_name": {
            "ja": "アプリ<名>",
            "en": "App & name",
            "source": "https://www.digital.go.jp/x",
            "checked": "2026-11-29",
        }
    },
}


def test_expand_fills_the_value_in_the_language_escaped() -> None:
    facts = load_facts(json.dumps(RECORD))
    text = "<p>{{fact:app_name}}</p>"
    assert fact_ids_in(text) == ["app_name"]
    assert expand_facts(text, facts, "ja") == "<p>アプリ&lt;名&gt;</p>"
    assert expand_facts(text, facts, "en", escape=str) == "<p>App & name</p>"


def test_unknown_fact_is_refused() -> None:
    facts = load_facts(json.dumps(RECORD))
    with pytest.raises(FactsError):
        expand_facts("{{fact:missing}}", facts, "ja")


@pytest.mark.parametrize(
    "mutate",
    [
        lambda r: r.update(schema=2),
        lambda r: r["facts"]["app_name"].update(source="http://www.digital.go.jp/x"),
        lambda r: r["facts"]["app_name"].update(checked="29/11/2026"),
        lambda r: r["facts"]["app_name"].update(ja=""),
        lambda r: r["facts"]["app_name"].update(extra="x"),
        lambda r: r["facts"].update({"Bad-Id": r["facts"]["app_name"]}),
    ],
)
def test_malformed_records_are_refused(mutate: object) -> None:
    record = json.loads(json.dumps(RECORD))
    mutate(record)  # type: ignore[operator]
    with pytest.raises(FactsError):
        load_facts(json.dumps(record))


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(FactsError):
        load_facts('{"schema": 1, "schema": 1, "facts": {}}')


def test_the_shipped_record_loads() -> None:
    assert len(default_facts()) >= 1
