"""The shipped catalog, and every malformed shape of one raising CatalogError (never another error)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.catalog import (
    FICTIONAL_ISSUER_NAMES,
    Catalog,
    CatalogError,
    default_catalog,
    load_catalog,
    parse_catalog,
)
from app.domain.channels import READINESS_LISTED_CHANNELS
from app.domain.model import Channel

ROOT = Path(__file__).resolve().parents[2]
CATALOG_FILE = ROOT / "resources" / "catalog" / "catalog.json"
SOURCES_FILE = ROOT / "resources" / "catalog" / "SOURCES.md"

REQUIRED_NAMES = (
    "給与所得の源泉徴収票",
    "公的年金等の源泉徴収票",
    "生命保険料控除証明書",
    "地震保険料控除証明書",
    "社会保険料（国民年金保険料）控除証明書",
    "小規模企業共済等掛金払込証明書（iDeCo）",  # the printed name of the iDeCo document
    "小規模企業共済等掛金控除証明書（小規模企業共済）",
    "寄附金受領証明書（ふるさと納税）",
    "寄附金控除に関する証明書（ふるさと納税）",
    "特定口座年間取引報告書",
    "住宅借入金等特別控除証明書",
    "年末残高等証明書",
    "年末残高情報",
    "医療費通知情報",
    "生命保険契約等の一時金／年金の支払調書",
    "損害保険契約等の満期返戻金等／年金の支払調書",
    "寄附金受領証明書（ふるさと納税以外の寄附金）",
)


def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CATALOG_FILE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


def test_default_catalog_loads_through_resources(catalog: Catalog) -> None:
    assert catalog.schema_version == 1
    assert catalog.catalog_version
    assert len(catalog) == len(raw()["entries"])


def test_every_required_item_is_present(catalog: Catalog) -> None:
    names = {e.name_ja for e in catalog}
    missing = [n for n in REQUIRED_NAMES if n not in names]
    assert missing == []


def test_ids_are_unique_and_stable_shaped(catalog: Catalog) -> None:
    assert len(set(catalog.ids)) == len(catalog.ids)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in catalog.ids)


# Ids are stored in the database and in backups: they may be added, never renamed or removed.
RELEASED_IDS = frozenset(
    {
        "salary_withholding",
        "public_pension_withholding",
        "life_insurance",
        "earthquake_insurance",
        "national_pension_premium",
        "small_business_mutual_aid_ideco",
        "small_business_mutual_aid_kyosai",
        "furusato_receipt",
        "furusato_annual",
        "donation_other",
        "securities_annual_report",
        "housing_loan_deduction_certificate",
        "housing_loan_balance_certificate",
        "housing_loan_balance_info",
        "medical_expense_notice",
        "life_insurance_payment_statement",
        "nonlife_insurance_maturity_statement",
    }
)


def test_released_ids_are_kept(catalog: Catalog) -> None:
    assert set(catalog.ids) >= RELEASED_IDS


def test_every_channel_is_used_by_some_entry(catalog: Catalog) -> None:
    used = {ch for e in catalog for ch in e.channels}
    assert used == set(Channel)


def test_readiness_listing_agrees_with_the_guide(catalog: Catalog) -> None:
    # The guide: 民間送達・e-Tax連携サービス, MyPost, ねんきんネット and e-Tax items show 未記載.
    for entry in catalog:
        for channel in entry.channels:
            assert entry.listed_in_readiness(channel) == (channel in READINESS_LISTED_CHANNELS), entry.id


def test_step5_items(catalog: Catalog) -> None:
    assert {e.id for e in catalog if e.needs_step5} == {"salary_withholding", "housing_loan_balance_info"}


def test_fixed_issuers_for_nenkin_net_etax_and_mynaportal(catalog: Catalog) -> None:
    fixed_channels = {Channel.NENKIN_NET, Channel.ETAX, Channel.MYNAPORTAL}
    for entry in catalog:
        if set(entry.channels) <= fixed_channels:
            assert not entry.issuer.typed, entry.id
            assert entry.issuer.name_ja
        else:
            assert entry.issuer.typed, entry.id
    assert catalog["public_pension_withholding"].issuer.name_ja == "日本年金機構"
    assert catalog["medical_expense_notice"].issuer.name_ja == "マイナポータル（審査支払機関のデータ）"
    assert catalog["salary_withholding"].issuer.name_ja == "勤務先（給与等の支払者）"


def test_issuer_numbers(catalog: Catalog) -> None:
    assert "証券番号" in catalog["life_insurance"].issuer_needs.numbers
    assert "寄附番号" in catalog["furusato_receipt"].issuer_needs.numbers
    assert "口座番号" in catalog["securities_annual_report"].issuer_needs.numbers


def test_fictional_sample_names_appear_nowhere_in_the_catalog_files() -> None:
    for path in (CATALOG_FILE,):
        text = path.read_text(encoding="utf-8")
        for name in FICTIONAL_ISSUER_NAMES:
            assert name not in text


def test_no_radical_code_points_in_the_catalog() -> None:
    text = CATALOG_FILE.read_text(encoding="utf-8")
    assert [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF] == []


def test_every_source_key_is_described_in_the_sidecar(catalog: Catalog) -> None:
    sidecar = SOURCES_FILE.read_text(encoding="utf-8")
    keys = set(re.findall(r"^\| ([a-z0-9-]+) \|", sidecar, flags=re.MULTILINE))
    for entry in catalog:
        assert set(entry.sources) <= keys, entry.id
        assert f"| {entry.id} |" in sidecar


def test_load_catalog_round_trips_the_file(catalog: Catalog) -> None:
    assert load_catalog(CATALOG_FILE.read_text(encoding="utf-8")) == catalog


# --- malformed catalogs ------------------------------------------------------------------------


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(data)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def _delete(data: dict[str, Any], path: tuple[Any, ...]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return data


E0 = ("entries", 0)
MUTATIONS: dict[str, Any] = {
    "top level is a list": lambda d: [d],
    "top level is null": lambda d: None,
    "no schema_version": lambda d: _delete(d, ("schema_version",)),
    "schema_version as text": lambda d: _set(d, ("schema_version",), "1"),
    "schema_version as bool": lambda d: _set(d, ("schema_version",), True),
    "future schema_version": lambda d: _set(d, ("schema_version",), 2),
    "empty catalog_version": lambda d: _set(d, ("catalog_version",), " "),
    "unknown top-level key": lambda d: _set(d, ("extra",), 1),
    "entries not a list": lambda d: _set(d, ("entries",), {}),
    "no entries": lambda d: _set(d, ("entries",), []),
    "entry is a string": lambda d: _set(d, E0, "life_insurance"),
    "entry without id": lambda d: _delete(d, (*E0, "id")),
    "entry id with capitals": lambda d: _set(d, (*E0, "id"), "Life"),
    "entry id as number": lambda d: _set(d, (*E0, "id"), 7),
    "duplicate id": lambda d: _set(d, ("entries", 1, "id"), d["entries"][0]["id"]),
    "empty Japanese name": lambda d: _set(d, (*E0, "name_ja"), ""),
    "channels empty": lambda d: _set(d, (*E0, "channels"), []),
    "unknown channel": lambda d: _set(d, (*E0, "channels"), ["fax"]),
    "duplicate channel": lambda d: _set(d, (*E0, "channels"), ["etax", "etax"]),
    "channels not a list": lambda d: _set(d, (*E0, "channels"), "etax"),
    "readiness_listed outside channels": lambda d: _set(d, (*E0, "readiness_listed"), ["mypost"]),
    "issuer not an object": lambda d: _set(d, (*E0, "issuer"), "国税庁"),
    "fixed issuer without name": lambda d: _set(d, (*E0, "issuer"), {"typed": False}),
    "typed issuer with a fixed name": lambda d: _set(
        d, (*E0, "issuer"), {"typed": True, "name_ja": "x", "name_en": "x"}
    ),
    "issuer typed as string": lambda d: _set(d, (*E0, "issuer", "typed"), "yes"),
    "fictional issuer example": lambda d: _set(
        d, ("entries", 2, "issuer"), {"typed": True, "examples": ["株式会社国税"]}
    ),
    "fictional fixed issuer": lambda d: _set(
        d, (*E0, "issuer"), {"typed": False, "name_ja": "国税生命保険会社", "name_en": "x"}
    ),
    "numbers not a list": lambda d: _set(d, (*E0, "issuer_needs", "numbers"), "証券番号"),
    "registration only in one language": lambda d: _set(d, (*E0, "issuer_needs", "registration_en"), None),
    "month 13": lambda d: _set(d, (*E0, "availability", "months"), [13]),
    "month as float": lambda d: _set(d, (*E0, "availability", "months"), [2.0]),
    "from without months": lambda d: _set(d, (*E0, "availability", "months"), []),
    "from month not first month": lambda d: _set(d, (*E0, "availability", "from", "month"), 3),
    "year_offset 2": lambda d: _set(d, (*E0, "availability", "from", "year_offset"), 2),
    "day 31": lambda d: _set(d, (*E0, "availability", "from", "day"), 31),
    "months without from": lambda d: _set(d, (*E0, "availability", "from"), None),
    "needs_step5 as 1": lambda d: _set(d, (*E0, "needs_step5"), 1),
    "since_tax_year as text": lambda d: _set(d, (*E0, "since_tax_year"), "2023"),
    "since_tax_year out of range": lambda d: _set(d, (*E0, "since_tax_year"), 1999),
    "no sources": lambda d: _set(d, (*E0, "sources"), []),
    "bad source key": lambda d: _set(d, (*E0, "sources"), ["Has Space"]),
    "unknown entry key": lambda d: _set(d, (*E0, "colour"), "red"),
    "note as list": lambda d: _set(d, (*E0, "note_ja"), ["a"]),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_malformed_catalog_raises_catalog_error(name: str) -> None:
    bad = MUTATIONS[name](raw())
    with pytest.raises(CatalogError) as info:
        load_catalog(json.dumps(bad, ensure_ascii=False))
    message = str(info.value)
    assert message.startswith("証明書カタログの形式が正しくありません")


def test_error_names_the_faulty_place() -> None:
    bad = _set(raw(), ("entries", 3, "channels"), ["fax"])
    with pytest.raises(CatalogError) as info:
        load_catalog(json.dumps(bad))
    assert info.value.path == "entries[3].channels[0]"
    assert "fax" in str(info.value)


@pytest.mark.parametrize(
    "text",
    ["", "{", "not json", "[1, 2", '{"a": 1, "a": 2}', "[" * 100_000 + "]" * 100_000, "NaN"],
)
def test_unreadable_text_raises_catalog_error(text: str) -> None:
    with pytest.raises(CatalogError):
        load_catalog(text)


def test_non_string_input_raises_catalog_error() -> None:
    with pytest.raises(CatalogError):
        load_catalog(b"{}")  # type: ignore[arg-type]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_arbitrary_json_yields_a_catalog_or_catalog_error(value: Any) -> None:
    try:
        result = parse_catalog(value)
    except CatalogError as exc:
        assert str(exc).startswith("証明書カタログの形式が正しくありません")
    else:
        assert isinstance(result, Catalog)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


ALL_PATHS = _paths(raw())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_PATHS), json_values, st.booleans())
def test_any_single_mutation_of_the_real_catalog_is_caught_or_valid(
    path: tuple[Any, ...], value: Any, delete: bool
) -> None:
    data = _delete(raw(), path) if delete else _set(raw(), path, value)
    try:
        result = load_catalog(json.dumps(data))
    except CatalogError:
        return
    assert isinstance(result, Catalog)


def test_catalog_details_from_the_2026_11_review() -> None:
    """Error 8: who issues what, the printed names, registrations as tasks, no stale example years."""
    cat = default_catalog()
    assert cat["salary_withholding"].issuer.name_ja == "勤務先（給与等の支払者）"  # not 国税庁
    assert "審査支払機関" in (cat["medical_expense_notice"].issuer.name_ja or "")
    assert "医療保険者" not in (cat["medical_expense_notice"].issuer.name_ja or "")
    assert cat["small_business_mutual_aid_ideco"].name_ja.startswith("小規模企業共済等掛金払込証明書")
    for type_id in (
        "national_pension_premium",
        "small_business_mutual_aid_ideco",
        "small_business_mutual_aid_kyosai",
    ):
        assert cat[type_id].registration_task, type_id
    assert "電子送付を希望する" in (cat["national_pension_premium"].issuer_needs.registration_ja or "")
    # examples tied to one past year (「令和5年分は2024年1月4日〜10日」) are gone: hints are year-relative
    for entry in cat:
        for text in (entry.availability.hint_ja, entry.availability.hint_en, entry.note_ja, entry.note_en):
            assert not re.search(r"令和[56]年分は|tax year 202[34]:", text), (entry.id, text)
