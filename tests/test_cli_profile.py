"""Every command that takes ``--profile`` refuses a name no member has alike: the same sentence and
the same exit status, in Japanese and in English. The refusal, the household loader and the store's
notice printer live in one module (app/commands/household.py); the scans below keep them there."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.cli import parse, run_command
from app.commands.household import EXIT_UNKNOWN_PROFILE
from app.domain.model import Relation
from app.store.repository import Store

ROOT = Path(__file__).resolve().parents[1]
# What a command would call to read the household or say the store's notices on its own.
READERS = frozenset({"load_stored_household", "notices", "default_member"})


def commands(tmp_path: Path) -> dict[str, list[str]]:
    """Each command that takes --profile, with what else it needs to get as far as the profile."""
    return {
        "plan": ["plan"],
        "checklist": ["checklist", "--pdf", str(tmp_path / "never.pdf")],
        "reminders": ["reminders", "--due"],
        "certificates import": ["certificates", "import", str(tmp_path / "never.xml")],
    }


def said(capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str]) -> tuple[int, str, str]:
    code = run_command(parse(["--data-dir", str(data_dir), *argv]))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def family(tmp_path: Path) -> Path:
    data = tmp_path / "family"
    store, _ = Store.open(data)
    with store:
        store.add_profile("山田 太郎", Relation.SELF)
        store.add_profile("山田 花子", Relation.SPOUSE)
    return data


@pytest.mark.parametrize(
    ("lang", "start"),
    [
        ("ja", "プロフィール「山田 三郎」は登録されていません（登録済み: 山田 太郎"),
        ("en", 'There is no profile named "山田 三郎" (known: 山田 太郎'),
    ],
)
def test_an_unknown_profile_is_refused_in_one_sentence_by_every_command(
    family: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, start: str
) -> None:
    answers = {
        name: said(capsys, family, [*argv, "--profile", "山田 三郎", "--lang", lang])
        for name, argv in commands(tmp_path).items()
    }
    assert len(set(answers.values())) == 1, answers  # the same status, output and sentence
    code, out, err = answers["plan"]
    assert (code, out) == (EXIT_UNKNOWN_PROFILE, "")
    assert err.startswith(start) and "山田 花子" in err and err.count("\n") == 1
    assert not (tmp_path / "never.pdf").exists()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ja", "プロフィールがまだ登録されていません。アプリを起動して登録してください。\n"),
        ("en", "No profile has been registered yet. Start the app and add one.\n"),
    ],
)
def test_with_nobody_registered_every_command_says_so_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, sentence: str
) -> None:
    for name, argv in commands(tmp_path).items():
        answer = said(capsys, tmp_path / "empty", [*argv, "--profile", "誰か", "--lang", lang])
        assert answer == (EXIT_UNKNOWN_PROFILE, "", sentence), name


def _string_constants(path: Path) -> list[str]:
    return [n.value for n in ast.walk(ast.parse(path.read_text("utf-8"))) if isinstance(n, ast.Constant)]


def test_only_the_household_module_words_the_refusal() -> None:
    wording = "登録されていません"
    holders = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "app").rglob("*.py")
        if any(isinstance(s, str) and wording in s for s in _string_constants(p))
    )
    assert holders == ["app/commands/household.py"]


def test_only_the_household_module_reads_the_store_for_a_command() -> None:
    """The household loader and its notice printer are written once (not again in each command)."""
    readers = sorted(
        p.name
        for p in (ROOT / "app" / "commands").glob("*.py")
        if any(
            isinstance(n, ast.Attribute | ast.Name) and getattr(n, "attr", getattr(n, "id", "")) in READERS
            for n in ast.walk(ast.parse(p.read_text("utf-8")))
        )
    )
    assert readers == ["household.py"]
