"""One catalogue for the command line too: ``--lang en`` makes --help, argparse's refusals and every
command English; ``--lang ja`` Japanese; without it the system's language decides, as in the window."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import SUBCOMMANDS
from tests.cli_runner import Completed, run_in_process

# Kana and kanji; official names in English glosses (「マイナポータル連携」) are allowed by listing them.
_JAPANESE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff]")
_GLOSSES = ("マイナポータル連携", "本人")


def run_app(*args: str, language: str = "ja", data_dir: Path) -> Completed:
    """The command on a system in ``language``: this process's own (Japanese, tests/conftest.py)
    runs it here; another needs a child, since Qt reads the system's language once per process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE=language, MYNA_PREP_DATA_DIR=str(data_dir))
    if language == "ja":
        return run_in_process(*args, env=env)
    child = subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120
    )
    return Completed(child.returncode, child.stdout, child.stderr)


def japanese_in(text: str) -> list[str]:
    for gloss in _GLOSSES:
        text = text.replace(gloss, "")
    return [line for line in text.splitlines() if _JAPANESE.search(line)]


@pytest.mark.parametrize(
    "command", ["", *SUBCOMMANDS, "certificates verify", "certificates import", "backup export"]
)
def test_help_is_english_with_lang_en(command: str, tmp_path: Path) -> None:
    args = [*command.split(), "--help", "--lang", "en"] if command else ["--lang", "en", "--help"]
    result = run_app(*args, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: ")
    assert "show this help message and exit" in result.stdout
    assert japanese_in(result.stdout) == []


def test_help_is_japanese_with_lang_ja(tmp_path: Path) -> None:
    result = run_app("--lang", "ja", "plan", "--help", language="en", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("使い方: ")
    assert "このヘルプを表示して終了します" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "english"),
    [
        (("--no-such-option",), 2, "unrecognized arguments: --no-such-option"),
        (("--lang", "en", "--theme", "blue"), 2, "invalid choice: 'blue'"),
        (("plan", "--profile", "誰か"), 2, "No profile has been registered yet."),
        (("checklist",), 2, "the following arguments are required: --pdf"),
        (("checklist", "--pdf", "/no/such/folder/x.pdf"), 1, "The folder does not exist: /no/such/folder"),
        (("checklist", "--pdf", "x.pdf", "--profile", "a", "--household"), 2, "cannot be used together"),
        (("backup",), 2, "the following arguments are required: ACTION"),
        (("certificates",), 2, "the following arguments are required: ACTION"),
        (("certificates", "verify"), 2, "the following arguments are required: FILE"),
        (("certificates", "import", "/no/such/file.xml"), 2, "No profile has been registered yet."),
        (("plan", "--today", "someday"), 2, "invalid fromisoformat value: 'someday'"),
        # The store's own sentences too (app/store/messages.py through app.i18n.words).
        (("backup", "import", "/no/such/file.json"), 1, 'The file "/no/such/file.json" was not found'),
    ],
)
def test_refusals_are_english_with_lang_en(
    args: tuple[str, ...], code: int, english: str, tmp_path: Path
) -> None:
    result = run_app("--lang", "en", *args, data_dir=tmp_path)
    assert result.returncode == code, result.stdout + result.stderr
    assert english in result.stderr
    assert japanese_in(result.stderr.replace("誰か", "")) == []
    assert "Traceback" not in result.stderr


def test_plan_speaks_english_with_lang_en(tmp_path: Path) -> None:
    """The plan's own sentences (next action, labels, summary) come from the catalogue too."""
    text = run_app("--lang", "en", "plan", "--today", "2026-01-14", data_dir=tmp_path)
    assert text.returncode == 0, text.stderr
    assert "Next: Have your My Number card at hand" in text.stdout
    assert japanese_in(text.stdout) == []
    doc = run_app("plan", "--json", "--lang", "en", data_dir=tmp_path)
    assert doc.returncode == 0, doc.stderr
    assert '"next_action_phrase": "Have your My Number card at hand"' in doc.stdout
    assert '"text": "0 of 0 ready"' in doc.stdout
    japanese = run_app("plan", "--lang", "ja", "--today", "2026-01-14", language="en", data_dir=tmp_path)
    assert "次にすること: マイナンバーカードを手元に用意しましょう" in japanese.stdout


def test_certificates_report_in_english_with_lang_en(tmp_path: Path) -> None:
    result = run_app("certificates", "verify", "--lang", "en", "/no/such/file.xml", data_dir=tmp_path)
    assert result.returncode == 7, result.stderr
    assert "/no/such/file.xml: not a certificate" in result.stdout
    assert "The file could not be opened" in result.stdout
    assert japanese_in(result.stdout) == []
    japanese = run_app("certificates", "verify", "/no/such/file.xml", language="en", data_dir=tmp_path)
    assert "ファイルを開けませんでした" in run_app(
        "certificates", "verify", "--lang", "ja", "/no/such/file.xml", data_dir=tmp_path
    ).stdout
    assert "The file could not be opened" in japanese.stdout  # the system's language without --lang


def test_the_default_follows_the_system(tmp_path: Path) -> None:
    english = run_app("plan", "--profile", "x", language="en", data_dir=tmp_path)
    japanese = run_app("plan", "--profile", "x", language="ja", data_dir=tmp_path)
    assert "No profile has been registered yet." in english.stderr
    assert "プロフィールがまだ登録されていません" in japanese.stderr


def test_the_saved_view_menu_choice_beats_the_system(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    saved = run_app("plan", "--profile", "x", language="ja", data_dir=tmp_path)
    assert "No profile has been registered yet." in saved.stderr
    japanese = run_app("plan", "--profile", "x", "--lang", "ja", language="en", data_dir=tmp_path)
    assert "プロフィールがまだ登録されていません" in japanese.stderr


def test_store_messages_keep_their_source_and_are_said_in_the_installed_language() -> None:
    """A store sentence is a typed value (source and arguments), not a str: it stays one however it
    travels, and its clauses are said in the same language as the sentence."""
    import errno

    from app import i18n
    from app.store import messages

    message = messages.backup_unreadable(Path("/tmp/x.json"))
    assert message == messages.Message(
        "ファイル「{path}」は{reason}ため、何も変更していません。",
        (("path", "/tmp/x.json"), ("reason", messages.CANNOT_READ)),
    )
    assert not isinstance(message, str)
    assert str(message) == "ファイル「/tmp/x.json」は読み込めないため、何も変更していません。"
    missing = messages.backup_unreadable(Path("/tmp/x.json"), FileNotFoundError(errno.ENOENT, "gone"))
    assert dict(missing.arguments)["reason"] == messages.os_reason(FileNotFoundError(errno.ENOENT, "gone"))
    i18n.install("en")
    try:
        assert i18n.words(message) == 'The file "/tmp/x.json" cannot be read, so nothing was changed.'
        assert i18n.words(messages.EMPTY_NAME) == "Please enter a name."
        said = i18n.words(missing)
        assert "見つからない" not in said and said.isascii(), said  # the clause is English too
    finally:
        i18n.install("ja")
    assert i18n.words(message) == str(message)


def test_a_broken_shipped_catalog_is_said_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged install (the shipped catalog fails its own checks): our sentence in the user's
    language, the check's words for the catalog's authors as its detail, exit 1, no traceback."""
    from app.domain import catalog
    from app.store import catalog_files

    monkeypatch.setattr(catalog_files, "default_catalog", lambda: catalog.parse_catalog({"types": "x"}))
    result = run_app("--lang", "en", "plan", data_dir=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("The certificate catalog is not in the expected form")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
