"""Matching a kept file to a planned certificate, the plan's readiness, and ``plan --json``'s ``received``."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.certificates.verify import verify_bytes
from app.cli import parse, run_command
from app.domain.catalog import default_catalog
from app.domain.model import CertificateSelection, Channel, MemberState, Profile, Readiness
from app.domain.plan import UnitState, build_plan
from app.domain.received import (
    ReceivedFile,
    Verdict,
    find_received,
    issuer_matches,
    normalize_issuer,
    unmatched,
)
from app.store.repository import Store
from tests.certificates import fixtures

TODAY = date(2026, 1, 14)  # filing for tax year 2025


def record(issuer: str = "テスト生命保険株式会社", year: int | None = 2025, **kw: object) -> ReceivedFile:
    fields: dict[str, object] = {
        "id": 1,
        "profile_id": 1,
        "sha256": "a" * 64,
        "file_name": "a.xml",
        "stored_name": "received/a.xml",
        "imported_at": datetime(2026, 1, 10, tzinfo=UTC),
        "verdict": Verdict.VALID,
        "form": "TEG800",
        "type_id": "life_insurance",
        "tax_year": year,
        "issuer": issuer,
        "person": "公的 一郎",
    }
    fields.update(kw)
    return ReceivedFile(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "in_file"),
    [
        ("テスト生命", "テスト生命保険株式会社"),
        ("テスト生命保険（株）", "テスト生命保険株式会社"),
        ("テスト生命保険㈱", "株式会社 テスト生命保険"),
        ("ﾃｽﾄ生命保険", "テスト生命保険株式会社"),  # half-width kana (NFKC)
        ("テスト 生命 保険", "テスト生命保険"),
        ("TEST Life", "test life 株式会社"),
        ("日本年金機構", "差出人 日本年金機構"),
    ],
)
def test_issuer_names_match_after_normalising(typed: str, in_file: str) -> None:
    assert issuer_matches(typed, in_file)


@pytest.mark.parametrize(
    ("typed", "in_file"), [("みらい生命", "テスト生命保険株式会社"), ("株式会社", "株式会社")]
)
def test_different_or_empty_names_do_not_match(typed: str, in_file: str) -> None:
    assert not issuer_matches(typed, in_file)


@given(st.text(max_size=30))
def test_normalising_is_idempotent_and_never_fails(name: str) -> None:
    once = normalize_issuer(name)
    assert normalize_issuer(once) == once
    assert " " not in once and "株式会社" not in once


def test_find_received_needs_type_year_issuer_and_a_valid_verdict() -> None:
    ok = record()
    assert find_received("life_insurance", "テスト生命", [ok], 2025) is ok
    assert find_received("earthquake_insurance", "テスト生命", [ok], 2025) is None
    assert find_received("life_insurance", "テスト生命", [ok], 2024) is None
    assert find_received("life_insurance", "みらい生命", [ok], 2025) is None
    assert find_received("life_insurance", "テスト生命", [record(verdict=Verdict.TAMPERED)], 2025) is None
    assert unmatched([ok], [("life_insurance", "みらい生命")], 2025) == (ok,)
    assert unmatched([ok], [("life_insurance", "テスト生命")], 2025) == ()


def _member(*received: ReceivedFile, readiness: Readiness | None = None) -> MemberState:
    selection = CertificateSelection(
        1, "life_insurance", "テスト生命", Channel.E_SHISHOBAKO, readiness=readiness
    )
    return MemberState(Profile(1, "山田太郎"), certificates=(selection,), received=received)


def test_a_verified_file_makes_the_certificate_ready_whatever_the_portal_shows() -> None:
    catalog = default_catalog()
    before = build_plan(_member(readiness=Readiness.INCOMPLETE), catalog, TODAY)
    assert not before.certificates[0].ready and before.summary.received == 0
    after = build_plan(_member(record(), readiness=Readiness.INCOMPLETE), catalog, TODAY)
    status = after.certificates[0]
    assert status.ready and status.state is UnitState.DONE and status.received is not None
    assert (after.summary.ready, after.summary.total, after.summary.received) == (1, 1, 1)
    assert status.readiness is Readiness.INCOMPLETE  # what the portal shows stays as recorded


def test_a_file_for_another_year_does_not_count() -> None:
    plan = build_plan(_member(record(year=2024)), default_catalog(), TODAY)
    assert plan.certificates[0].received is None and not plan.certificates[0].ready


def test_plan_json_reports_received(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = fixtures.sign(fixtures.teg800())
    store, _ = Store.open(tmp_path)
    with store:
        taro = store.add_profile("山田太郎")
        store.add_certificate(taro.id, "life_insurance", "テスト生命", Channel.E_SHISHOBAKO)
        store.add_certificate(taro.id, "earthquake_insurance", "みらい損保", Channel.E_SHISHOBAKO)
        store.keep_received(taro.id, data, verify_bytes(data), "life.xml")
    code = run_command(parse(["--data-dir", str(tmp_path), "plan", "--json", "--today", TODAY.isoformat()]))
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    life, quake = doc["certificates"]
    assert quake["received"] is None
    received = life["received"]
    assert received["verified"] is True and received["form"] == "TEG800" and received["tax_year"] == 2025
    assert received["imported_at"].startswith("20") and life["ready"] is True
    assert doc["summary"]["received"] == 1 and "データ受領済" in doc["summary"]["text"]
