"""``myna-prep plan --json`` lists the household's delegations with the rule findings (issue 14)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.cli import parse, run_command
from app.domain.model import Channel, DelegatedService, Delegation, Relation
from app.store.repository import Store


def test_plan_json_lists_delegations_with_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, _ = Store.open(tmp_path)
    with store:
        taro = store.add_profile("山田太郎")
        hanako = store.add_profile("山田花子", Relation.SPOUSE)
        store.add_certificate(hanako.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
        store.save_delegation(
            Delegation(
                0,
                hanako.id,
                taro.id,
                "妻",
                date(2026, 1, 1),
                date(2026, 2, 28),
                frozenset({DelegatedService.MEDICAL_NOTICES}),
            )
        )
    code = run_command(parse(["--data-dir", str(tmp_path), "plan", "--json", "--today", "2026-01-14"]))
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    doc: dict[str, Any] = json.loads(out)
    [d] = doc["delegations"]
    assert d["delegator"] == {"id": hanako.id, "name": "山田花子"}
    assert d["delegate"] == {"id": taro.id, "name": "山田太郎"}
    assert (d["relation_name"], d["valid_from"], d["valid_to"]) == ("妻", "2026-01-01", "2026-02-28")
    assert d["services"] == ["medical_notices"]
    codes = [f["code"] for f in d["findings"]]
    # only the medical service chosen: the life insurance needs the notices service too (issue 24)
    assert codes == ["misses_filing_period", "own_preparation", "no_notices_service"]
    missing = d["findings"][0]
    assert missing["warning"] is True
    assert missing["params"]["period_start"] == "2026-02-16"
    assert missing["params"]["period_end"] == "2026-03-16"
    assert "2026年2月16日" in missing["text"]
    assert d["findings"][1]["params"]["type_ids"] == ["life_insurance"]
    assert "生命保険料控除証明書" in d["findings"][1]["text"]
    assert "お知らせ情報提供サービス" in d["findings"][2]["text"]
