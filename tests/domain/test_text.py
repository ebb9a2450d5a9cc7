"""Issue 12, item 11: ``inert`` leaves no control, format, surrogate or private-use character."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.model import Relation
from app.domain.text import inert
from app.store.repository import Store
from tests.store.hostile import cli

DROPPED = {"Cc", "Cf", "Cs", "Co"}
HOSTILE = "山田\x1b]0;owned\x07\x1b[2J\u202e太郎\x9b31m\u200b"


@settings(max_examples=500, derandomize=True, database=None)
@given(text=st.text(), multiline=st.booleans())
def test_nothing_dangerous_survives_and_the_rest_is_kept(text: str, multiline: bool) -> None:
    out = inert(text, multiline=multiline)
    allowed = {"\n", "\t"} if multiline else set()
    assert all(unicodedata.category(ch) not in DROPPED or ch in allowed for ch in out)
    assert [ch for ch in text if unicodedata.category(ch) not in DROPPED or ch in allowed] == list(out)
    assert inert(out, multiline=multiline) == out


def test_examples() -> None:
    assert inert(HOSTILE) == "山田]0;owned[2J太郎31m"
    assert inert("一行目\n二行目\t終わり", multiline=True) == "一行目\n二行目\t終わり"
    assert inert("一行目\n二行目") == "一行目二行目"
    assert inert("山田　太郎 (Yamada)") == "山田　太郎 (Yamada)"


def test_plan_prints_no_terminal_escape(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store, _ = Store.open(data)
    with store:
        store.add_profile(HOSTILE, Relation.SELF)
    runs = {
        args: cli("--data-dir", str(data), *args)
        for args in (("plan",), ("plan", "--json"), ("plan", "--profile", "\x1b[2Jいない人"))
    }
    for args, result in runs.items():
        for stream in (result.stdout, result.stderr):
            assert not any(unicodedata.category(ch) in DROPPED and ch not in "\n" for ch in stream), args
        assert "Traceback" not in result.stderr
    named = runs[("plan", "--json")]
    assert json.loads(named.stdout)["profile"]["name"] == "山田]0;owned[2J太郎31m"
    unknown = runs[("plan", "--profile", "\x1b[2Jいない人")]
    assert (
        unknown.returncode == 2
        and "[2Jいない人" in unknown.stderr
        and "山田]0;owned[2J太郎31m" in unknown.stderr
    )
