"""``myna-prep doctor``: the exact JSON schema and the exit code of every scenario."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.commands import doctor
from tests.card.conftest import REPO, Cards
from tests.vcard.jpki_card import READER_00, READER_01

pytestmark = pytest.mark.pcsc

TOP_KEYS = {"service", "readers", "card", "problems"}
CARD_KEYS = {"reader", "atr", "kind", "auth_certificate", "pins"}
CERT_KEYS = {
    "subject",
    "issuer",
    "serial",
    "not_before",
    "not_after",
    "days_left",
    "expired",
    "sha256",
    "filing_period_warning",  # app.domain.card_expiry (issue 24)
}


def check_schema(payload: dict[str, Any]) -> None:
    assert set(payload) == TOP_KEYS
    assert payload["service"] in ("ok", "unavailable")
    for reader in payload["readers"]:
        assert set(reader) == {"name", "card_present"}
        assert isinstance(reader["name"], str) and isinstance(reader["card_present"], bool)
    for problem in payload["problems"]:
        assert set(problem) == {"code", "message"}
        assert problem["code"] and problem["message"]
    card = payload["card"]
    if card is None:
        return
    assert set(card) == CARD_KEYS
    assert card["kind"] in ("my_number_card", "smartphone_jpki", "not_my_number_card")
    bytes.fromhex(card["atr"])
    assert set(card["pins"]) == {"auth", "sign", "text"}
    for name, maximum in (("auth", 3), ("sign", 5), ("text", 3)):
        pin = card["pins"][name]
        assert set(pin) == {"remaining", "max", "blocked"}
        assert pin["max"] == maximum
        assert pin["remaining"] is None or isinstance(pin["remaining"], int)
        assert isinstance(pin["blocked"], bool)
    cert = card["auth_certificate"]
    if cert is not None:
        assert set(cert) == CERT_KEYS
        datetime.fromisoformat(cert["not_before"])
        datetime.fromisoformat(cert["not_after"])
        assert isinstance(cert["days_left"], int) and isinstance(cert["expired"], bool)
        assert cert["sha256"] == cert["sha256"].lower() and len(cert["sha256"]) == 64
        int(cert["serial"], 16)


def run_json(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict[str, Any]]:
    parser = argparse.ArgumentParser()
    doctor.configure(parser)
    code = doctor.run(parser.parse_args(["--json", *extra]))
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # one JSON object, one line
    payload = json.loads(out)
    check_schema(payload)
    return code, payload


@pytest.mark.parametrize(
    ("scenario", "exit_code", "kind", "codes"),
    [
        ("normal", 0, "my_number_card", []),
        ("few_tries", 0, "my_number_card", ["auth_pin_last_try", "text_pin_last_try"]),
        ("blocked", 0, "my_number_card", ["auth_pin_blocked", "sign_pin_blocked", "text_pin_blocked"]),
        ("expired", 0, "my_number_card", ["certificate_expired"]),
        ("smartphone", 0, "smartphone_jpki", []),
        ("not_my_number", 5, "not_my_number_card", ["not_my_number_card"]),
        ("juki", 5, "not_my_number_card", ["not_my_number_card"]),
        ("expiring", 0, "my_number_card", ["certificate_expiring"]),
        ("blocked_63c0", 0, "my_number_card", ["auth_pin_blocked"]),
        ("slow", 0, "my_number_card", []),
    ],
)
def test_json_per_scenario(
    cards: Cards,
    capsys: pytest.CaptureFixture[str],
    scenario: str,
    exit_code: int,
    kind: str,
    codes: list[str],
) -> None:
    card = cards.insert(scenario)
    before = dict(card.model.remaining)
    code, payload = run_json(capsys)
    assert code == exit_code
    assert payload["service"] == "ok"
    assert payload["card"]["kind"] == kind
    assert payload["card"]["reader"] == READER_00
    assert [p["code"] for p in payload["problems"]] == codes
    assert card.model.remaining == before and card.model.verify_with_data == 0
    if kind == "my_number_card":
        cert = payload["card"]["auth_certificate"]
        assert cert["sha256"] == card.model.certs.auth_sha256
        assert cert["expired"] is (scenario == "expired")
        pins = payload["card"]["pins"]
        assert pins["auth"]["remaining"] == before["auth"]
        assert pins["sign"]["remaining"] == before["sign"]
        assert pins["auth"]["blocked"] is (before["auth"] == 0)


def test_no_card_exit_4(pcscd: object, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = run_json(capsys)
    assert code == 4
    assert payload["card"] is None
    assert {r["name"] for r in payload["readers"]} == {READER_00, READER_01}
    assert [p["code"] for p in payload["problems"]] == ["no_card"]


def test_forced_reader(cards: Cards, capsys: pytest.CaptureFixture[str]) -> None:
    cards.insert("normal", slot=1)
    code, payload = run_json(capsys, "--reader", READER_00)
    assert code == 4
    code, payload = run_json(capsys, "--reader", READER_01)
    assert code == 0 and payload["card"]["reader"] == READER_01
    code, payload = run_json(capsys, "--reader", "No Such Reader 00 00")
    assert code == 3 and [p["code"] for p in payload["problems"]] == ["reader_not_found"]


def test_card_failing_mid_read_exit_6(cards: Cards, capsys: pytest.CaptureFixture[str]) -> None:
    cards.insert("normal", pull_after=5)
    code, payload = run_json(capsys, "--lang", "en")
    assert code == 6
    assert payload["problems"][0]["code"] == "card_removed"
    assert "removed" in payload["problems"][0]["message"]


def test_human_output_is_japanese_by_default(cards: Cards, capsys: pytest.CaptureFixture[str]) -> None:
    cards.insert("few_tries")
    parser = argparse.ArgumentParser()
    doctor.configure(parser)
    assert doctor.run(parser.parse_args([])) == 0
    out = capsys.readouterr().out
    assert "利用者証明用電子証明書パスワード: 1/3" in out
    assert "あと1回" in out
    assert doctor.run(parser.parse_args(["--lang", "en"])) == 0
    out = capsys.readouterr().out
    assert "Password tries left:" in out and "1/3" in out


def _subprocess(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_subprocess_module_entry(cards: Cards) -> None:
    cards.insert("normal")
    proc = _subprocess(["-m", "app.commands.doctor", "--json"])
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    payload = json.loads(proc.stdout)
    check_schema(payload)
    assert payload["card"]["kind"] == "my_number_card"


def test_subprocess_service_unavailable_exit_3(tmp_path: Path) -> None:
    # The client library honours PCSCLITE_CSOCK_NAME: point it at nothing = no PC/SC service.
    proc = _subprocess(
        ["-m", "app.commands.doctor", "--json"], env={"PCSCLITE_CSOCK_NAME": str(tmp_path / "none.comm")}
    )
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    payload = json.loads(proc.stdout)
    check_schema(payload)
    assert payload["service"] == "unavailable"
    assert payload["readers"] == [] and payload["card"] is None
    assert [p["code"] for p in payload["problems"]] == ["service_unavailable"]
    assert "pcscd" in payload["problems"][0]["message"]


@pytest.mark.parametrize(
    ("scenario", "changes", "exit_code", "first_problem"),
    [
        ("normal", {}, 0, None),
        ("blocked", {}, 0, "auth_pin_blocked"),
        (None, {}, 4, "no_card"),
        ("not_my_number", {}, 5, "not_my_number_card"),
        ("normal", {"pull_after": 7}, 6, "card_removed"),
    ],
)
def test_subprocess_python_m_app_doctor(
    cards: Cards, scenario: str | None, changes: dict[str, int], exit_code: int, first_problem: str | None
) -> None:
    card = cards.insert(scenario, **changes) if scenario else None
    proc = _subprocess(["-m", "app", "doctor", "--json"])
    assert proc.returncode == exit_code, proc.stderr
    assert "Traceback" not in proc.stderr
    payload = json.loads(proc.stdout)
    check_schema(payload)
    codes = [p["code"] for p in payload["problems"]]
    assert (codes[0] if codes else None) == first_problem
    if card is not None:
        assert card.model.verify_with_data == 0


def _days_to_filing_end() -> int:
    """Days from today in Japan to the end of the season's filing period."""
    from datetime import timedelta, timezone

    from app.domain.deadlines import current_tax_year, filing_period

    today = datetime.now(timezone(timedelta(hours=9))).date()
    return (filing_period(current_tax_year(today)).end - today).days


def test_certificates_ending_before_the_filing_period_ends_are_named(
    cards: Cards, capsys: pytest.CaptureFixture[str]
) -> None:
    """Read without a password, whatever the days left: the date, the period and the municipal renewal.
    (Two days' margin either side: the card's not-after is 23:59:59 in Japan, the test's day may be UTC's.)"""
    cards.insert("normal", valid_to_days=_days_to_filing_end() - 2)
    code, payload = run_json(capsys)
    warning = payload["card"]["auth_certificate"]["filing_period_warning"]
    assert code == 0 and warning["code"] == "before_filing_ends"
    assert warning["expires_on"] < warning["period_end"]
    assert "市区町村" in warning["text"] and "申告期間" in warning["text"]
    parser = argparse.ArgumentParser()
    doctor.configure(parser)
    doctor.run(parser.parse_args([]))
    assert "⚠ マイナンバーカードの電子証明書" in capsys.readouterr().out


def test_certificates_lasting_through_the_filing_period_are_quiet(
    cards: Cards, capsys: pytest.CaptureFixture[str]
) -> None:
    cards.insert("normal", valid_to_days=_days_to_filing_end() + 3)
    _code, payload = run_json(capsys)
    assert payload["card"]["auth_certificate"]["filing_period_warning"] is None
