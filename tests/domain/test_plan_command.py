"""``myna-prep plan`` end to end, over a real store in a temporary data directory.

(It lives with the plan's tests; it may move to tests/commands once that folder has an owner.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import parse, run_command
from app.domain.model import Channel, LinkageStatus, Relation, Service, TaskState
from app.domain.steps import CHECKLIST_ITEMS
from app.store.repository import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    store, _ = Store.open(tmp_path)
    try:
        taro = store.add_profile("山田太郎")
        store.add_profile("山田花子", Relation.SPOUSE)
        store.add_certificate(taro.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
        store.add_certificate(taro.id, "public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)
        store.add_certificate(taro.id, "salary_withholding", "国税庁", Channel.ETAX)
        store.set_linkage(taro.id, Service.ETAX, status=LinkageStatus.COMPLETE)
        for item in ("step0.card", "step0.reader", "step1.app", "step1.register", "step1.login"):
            store.set_progress(taro.id, item, state=TaskState.DONE)
        for item in ("step2.open_page", "step2.select", "step3.notices"):
            store.set_progress(taro.id, item, state=TaskState.DONE)
    finally:
        store.close()
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_command(parse(list(argv)))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "plan", "--json", "--today", "2026-01-14")
    assert (code, err) == (0, "")
    doc: dict[str, Any] = json.loads(out)
    assert doc["profile"]["name"] == "山田太郎"
    assert doc["tax_year_label"] == "令和7年分"
    assert doc["filing_period"] == {"start": "2026-02-16", "end": "2026-03-16"}
    assert doc["days_left"] == 61
    assert [(r["service"], r["status"]) for r in doc["linkages"]] == [
        ("etax", "complete"),
        ("e_shishobako", None),
        ("nenkin_net", None),
    ]
    assert [(t["issuer"], t["task"], t["state"]) for t in doc["issuer_tasks"]] == [
        ("日本生命", "registration", "todo"),
        ("日本生命", "link", "todo"),
    ]
    assert doc["step5_needed"] is True
    assert [(c["type_id"], c["readiness_label"]) for c in doc["certificates"]] == [
        ("life_insurance", None),
        ("public_pension_withholding", "未記載"),
        ("salary_withholding", "未記載"),
    ]
    assert doc["summary"] == {
        "ready": 0,
        "total": 3,
        "received": 0,
        "received_signer_known": 0,
        "text": "3件中0件が準備完了",
    }
    assert doc["next_action"]["kind"] == "link_service"
    assert doc["next_action"]["service"] == "e_shishobako"
    assert doc["next_action"]["phrase"] == "e-私書箱との連携を行いましょう"
    assert doc["badges"]["step3"]["badge"] == "needs_action"
    assert doc["badges"]["delegation"]["badge"] == "not_needed"


def test_plan_profile_and_lang(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "--data-dir", str(data_dir), "plan", "--json", "--profile", "山田花子", "--lang", "en"
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["profile"]["relation"] == "spouse"
    assert doc["certificates"] == []
    assert doc["next_action"]["phrase"] == "Have your My Number card at hand"
    # --lang given before the subcommand works too.
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "--lang", "en", "plan", "--today", "2026-03-17")
    assert code == 0
    assert "— tax year 2026\n" in out  # app.i18n.tax_year_label, as the window says it
    assert "Filing period: Tue 16 Feb 2027 – Mon 15 Mar 2027" in out
    assert "Next: " in out


def test_plan_human_output(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "plan", "--today", "2026-01-14")
    assert code == 0
    assert "次にすること: e-私書箱との連携を行いましょう" in out
    assert "申告期間: 2026年2月16日（月） 〜 2026年3月16日（月）（残り61日）" in out


def test_unknown_profile_exits_2_with_one_message(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "plan", "--profile", "誰か")
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "誰か" in err


def test_empty_data_dir_answers_for_the_default_member_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Contract: a fresh folder answers for the member the GUI would show; STEP3–5 are undecided."""
    target = tmp_path / "fresh"
    code, out, err = _run(capsys, "plan", "--json", "--data-dir", str(target), "--today", "2026-11-25")
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert (doc["profile"]["name"], doc["profile"]["relation"]) == ("本人", "self")
    assert (doc["summary"]["ready"], doc["summary"]["total"]) == (0, 0)
    assert {s: doc["badges"][s]["badge"] for s in ("step3", "step4", "step5")} == dict.fromkeys(
        ("step3", "step4", "step5"), "undecided"
    )
    assert doc["badges"]["step3"]["label"] == "STEP2次第"
    assert doc["next_action"]["item_id"] == "step0.card"
    assert not target.exists()


def test_global_options_are_accepted_after_the_subcommand(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys, "plan", "--json", "--data-dir", str(data_dir), "--lang", "en", "--today", "2026-01-14"
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["profile"]["name"] == "山田太郎" and doc["summary"]["text"].endswith("ready")
    # before the subcommand still works, and a value given there is kept
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "--lang", "en", "plan", "--json")
    assert code == 0 and json.loads(out)["summary"]["text"].endswith("ready")


def test_linked_in_november_is_waiting_for_the_data_not_ready(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Error 3 as measured: e-Tax and ねんきんネット 完了 on 2026-11-25 (pension and salary slips)."""
    store, _ = Store.open(tmp_path)
    try:
        me = store.add_profile("本人", Relation.SELF)
        store.add_certificate(me.id, "public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)
        store.add_certificate(me.id, "salary_withholding", "勤務先", Channel.ETAX)
        store.set_linkage(me.id, Service.ETAX, status=LinkageStatus.COMPLETE)
        store.set_linkage(me.id, Service.NENKIN_NET, status=LinkageStatus.COMPLETE)
        for item in CHECKLIST_ITEMS:
            store.set_progress(me.id, item.id, state=TaskState.DONE)
    finally:
        store.close()
    code, out, _ = _run(capsys, "plan", "--json", "--data-dir", str(tmp_path), "--today", "2026-11-25")
    assert code == 0
    doc = json.loads(out)
    assert (doc["summary"]["ready"], doc["summary"]["total"]) == (0, 2)
    assert doc["summary"]["text"] == "2件中0件が準備完了"
    pension, salary = doc["certificates"]
    assert (pension["ready"], pension["waiting_for"], pension["expected"]) == (False, "data", "2026-12-20")
    assert (salary["ready"], salary["waiting_for"], salary["expected"]) == (False, "data", "2027-02-01")
    assert "データが届くのを待っています" in doc["next_action_phrase"]


def test_plan_as_a_process(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "plan", "--json", "--today", "2026-01-14"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["next_action"]["service"] == "e_shishobako"


def test_command_module_imports_only_the_standard_library() -> None:
    code = (
        "import sys; import app.commands.plan; "
        "bad = [m for m in ('PySide6', 'sqlmodel', 'sqlalchemy', 'httpx', 'smartcard', 'holidays') "
        "if m in sys.modules]; print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, check=True
    )
    assert result.stdout.strip() == ""


def test_plan_answers_for_the_season_of_today(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """準備完了 recorded on 2026-11-22 counts for 令和8年分, never for 令和9年分 (--today 2027-11-15)."""
    from datetime import UTC, date, datetime

    from app.domain.model import Readiness

    store, _ = Store.open(tmp_path, clock=lambda: datetime(2026, 11, 22, 1, 0, tzinfo=UTC))
    with store:
        me = store.add_profile("本人")
        life = store.add_certificate(me.id, "life_insurance", "みらい生命", Channel.E_SHISHOBAKO)
        store.update_certificate(life.id, readiness=Readiness.READY)
        store.bind_card(me.id, "ab" * 32)
        store.note_card_expiry("ab" * 32, date(2028, 2, 20))  # before 令和9年分's period ends (2028-03-15)

    def plan(today: str) -> dict[str, Any]:
        code, out, err = _run(capsys, "--data-dir", str(tmp_path), "plan", "--json", "--today", today)
        assert (code, err) == (0, "")
        doc: dict[str, Any] = json.loads(out)
        return doc

    same = plan("2026-12-01")
    assert (same["tax_year"], same["summary"]["ready"], same["summary"]["total"]) == (2026, 1, 1)
    assert same["card_certificate"] == {"expires_on": "2028-02-20", "warning": None}
    later = plan("2027-11-15")
    assert (later["tax_year"], later["summary"]["ready"], later["summary"]["total"]) == (2027, 0, 1)
    assert later["certificates"][0]["readiness"] is None
    warning = later["card_certificate"]["warning"]
    assert (warning["code"], warning["period_end"], warning["renewal_from"]) == (
        "before_filing_ends",
        "2028-03-15",
        "2027-11-20",
    )
    assert "2028年2月20日" in warning["text"] and "市区町村" in warning["text"]
