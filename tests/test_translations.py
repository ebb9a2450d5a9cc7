"""The translation check (issue 7): the .ts is what lupdate makes of the code, every entry is
finished, and the committed .qm is the compiled .ts and really translates."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent


def _load_build_tool() -> ModuleType:
    """translations/build.py is a developer tool outside the package: loaded by path."""
    spec = importlib.util.spec_from_file_location("translations_build", ROOT / "translations" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


build = _load_build_tool()

NEW_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
</TS>
"""


def test_ts_is_current_and_every_entry_is_finished() -> None:
    """``translations/build.py --check``: fails on a stale .ts or an unfinished/vanished entry."""
    problems = build.check()
    assert not problems, "\n".join(problems[:40]) + (
        f"\n… {len(problems)} in all" if len(problems) > 40 else ""
    )


def test_check_command_exit_code() -> None:
    assert build.main(["--check"]) == 0


def _mini_project(root: Path, code: str) -> Path:
    (root / "app").mkdir(parents=True, exist_ok=True)
    (root / "app" / "widget.py").write_text(textwrap.dedent(code), encoding="utf-8")
    ts = build.ts_path("en", root)
    ts.parent.mkdir(parents=True, exist_ok=True)
    return ts


def _finish(ts: Path, translations: dict[str, str]) -> None:
    text = ts.read_text(encoding="utf-8")
    for source, english in translations.items():
        old = f'<source>{source}</source>\n        <translation type="unfinished"></translation>'
        assert old in text, text
        text = text.replace(old, f"<source>{source}</source>\n        <translation>{english}</translation>")
    ts.write_text(text, encoding="utf-8")


CODE = """
    from PySide6.QtWidgets import QWidget

    class Page(QWidget):
        def title(self) -> str:
            return self.tr("保存しました")
"""


def test_check_reports_new_unfinished_and_vanished_strings(tmp_path: Path) -> None:
    ts = _mini_project(tmp_path, CODE)
    ts.write_text(NEW_TS, encoding="utf-8")
    stale = build.check(tmp_path)
    assert any("running lupdate would change" in p and "保存しました" in p for p in stale), stale

    build.update_all(tmp_path)
    unfinished = build.check(tmp_path)
    assert unfinished == [
        "myna-prep_en.ts: [Page] '保存しました': unfinished (no finished English translation)"
    ]

    _finish(ts, {"保存しました": "Saved"})
    assert build.check(tmp_path) == []

    # The string leaves the code: the committed .ts still has it, so the check fails.
    (tmp_path / "app" / "widget.py").write_text(
        textwrap.dedent(CODE).replace("保存しました", "削除しました"), encoding="utf-8"
    )
    gone = build.check(tmp_path)
    assert any("would change" in p for p in gone), gone


def test_check_rejects_aliased_tr_without_context(tmp_path: Path) -> None:
    ts = _mini_project(
        tmp_path,
        """
        from PySide6.QtCore import QCoreApplication

        def tr(text: str) -> str:
            return QCoreApplication.translate("Plan", text)

        LABEL = tr("待ち")
        """,
    )
    ts.write_text(NEW_TS, encoding="utf-8")
    build.update_all(tmp_path)
    problems = build.check(tmp_path)
    assert len(problems) == 1 and "no context" in problems[0], problems


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("{name}のメモ", "Note on {name}", []),
        ("{name}のメモ", "Note", ["placeholders differ"]),
        ("残り %1 / %2 回", "%1 of %2 tries left", []),
        ("残り %1 / %2 回", "%2 tries left", ["placeholders differ"]),
        ("終了(&Q)", "&Quit", []),
        ("終了(&Q)", "Quit", ["mnemonic"]),
        ("Q&A", "Q&&A", []),
    ],
)
def test_entry_problems_compare_placeholders_and_mnemonics(
    source: str, translation: str, expected: list[str]
) -> None:
    entry = build.Entry("Ctx", source, "", translation, "", False)
    problems = build.entry_problems(entry)
    assert len(problems) == len(expected)
    for problem, fragment in zip(problems, expected, strict=True):
        assert fragment in problem


def test_release_builds_a_catalogue_that_translates(tmp_path: Path) -> None:
    """lrelease of the .ts gives a .qm that Qt loads and uses."""
    built = build.release_all(tmp_path)
    assert [p.name for p in built] == ["myna-prep_en.qm"]
    translator = QTranslator()
    assert translator.load(str(built[0]))
    assert translator.translate("MainWindow", "次へ(&N) >") == "&Next >"
    assert translator.translate("Labels", "完了") == "完了 (complete)"
    assert translator.translate("Steps", "STEP0 全体図") == "STEP0 Overview"


def test_committed_catalogue_is_the_compiled_ts() -> None:
    """The .qm in the package is committed; it must be exactly what lrelease makes of the .ts."""
    assert build.stale_catalogues() == []


def test_a_stale_catalogue_is_reported(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "translations", tmp_path / "translations")
    (tmp_path / "app" / "i18n").mkdir(parents=True)
    (tmp_path / "app" / "i18n" / "myna-prep_en.qm").write_bytes(b"old")
    problems = build.stale_catalogues(tmp_path)
    assert problems == ["app/i18n/myna-prep_en.qm is stale or missing; run translations/build.py"]


def test_nothing_compiles_translations_at_install_or_start_up() -> None:
    """No build hook (setup.py only finds packages), no Qt in [build-system], no lrelease at run time."""
    import tomllib

    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert not any(word in setup for word in ("lrelease", "lupdate", "translations", "cmdclass")), setup
    build_system = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]
    assert not any("pyside" in r.lower() for r in build_system["requires"])
    for path in (ROOT / "app").rglob("*.py"):
        assert "lrelease" not in path.read_text(encoding="utf-8"), path


def test_check_finds_japanese_that_lupdate_cannot_see(tmp_path: Path) -> None:
    """A helper like ``_tr("…")`` or a bare ``setText("…")`` would reach English users in Japanese."""
    ui = tmp_path / "app" / "ui"
    ui.mkdir(parents=True)
    (ui / "panel.py").write_text(
        textwrap.dedent(
            '''
            """モジュールの説明は対象外。"""
            import logging

            from PySide6.QtCore import QCoreApplication

            log = logging.getLogger(__name__)
            NAMES = {"ja": "日本語"}  # i18n: endonyms


            def _tr(text: str) -> str:
                return QCoreApplication.translate("Panel", text)


            def texts() -> list[str]:
                log.info("ログは対象外")
                return [
                    QCoreApplication.translate("Panel", "見える文字列"),
                    _tr("見えない文字列"),
                    "・".join(["a", "b"]),
                    "直書きの文字列",
                ]
            '''
        ),
        encoding="utf-8",
    )
    problems = build.untranslated_literals(tmp_path)
    assert [p.split(":")[1] for p in problems] == ["19", "21"], problems
    assert "見えない文字列" in problems[0] and "直書きの文字列" in problems[1]


def test_no_user_text_in_app_is_built_outside_the_catalogue() -> None:
    """All of app/ (GUI, commands, PDF, the domain's and the store's words, error messages): a Japanese
    literal is in a call lupdate sees or marked as no sentence of ours; a user-facing error carries a
    code or a store Message, never a sentence written where it is raised."""
    assert build.USER_FACING == ("app",)
    assert build.untranslated_literals() == []
    assert build.sentences_in_errors() == []


def test_the_exempt_files_exist_and_still_need_their_exemption() -> None:
    """An exemption that no longer applies is removed, so the list says what is really outside."""
    for name in (*build.NOT_USER_TEXT, *build.NOT_YET_IN_CATALOGUE):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert build._JAPANESE.search(text), f"{name} has no Japanese left: drop its exemption"


def test_check_finds_dict_translations_outside_the_ui(tmp_path: Path) -> None:
    """Issue 25: English kept in a Python dict (app/certificates/glossary.py, app/domain/lock_recovery.py)
    never reached the catalogue, and the check, limited to the UI, did not see it."""
    (tmp_path / "app" / "certificates").mkdir(parents=True)
    (tmp_path / "app" / "certificates" / "glossary.py").write_text(
        textwrap.dedent(
            """
            GLOSSARY: dict[str, str] = {
                "保険会社名": "insurer",
                "法人番号": "corporate number",
            }

            def english(segments: tuple[str, ...]) -> str:
                return " – ".join(GLOSSARY.get(s, s) for s in segments)
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "app" / "domain").mkdir(parents=True)
    (tmp_path / "app" / "domain" / "lock_recovery.py").write_text(
        '_FULL = {"ja": {"text": "窓口で再設定します。"}, "en": {"text": "Reset it at the counter."}}\n',
        encoding="utf-8",
    )
    problems = build.untranslated_literals(tmp_path)
    assert [p.split(":")[:2] for p in problems] == [
        ["app/certificates/glossary.py", "3"],
        ["app/certificates/glossary.py", "4"],
        ["app/domain/lock_recovery.py", "1"],
    ], problems


def test_check_finds_sentences_given_to_user_facing_errors(tmp_path: Path) -> None:
    (tmp_path / "app" / "printing").mkdir(parents=True)
    (tmp_path / "app" / "printing" / "sheet.py").write_text(
        textwrap.dedent(
            """
            def paint(ok: bool, name: str) -> None:
                if not ok:
                    raise RenderError("the output refused a new page (is the disk full?)")
                if not name:
                    raise RenderError(f"the bundled font {name} could not be loaded")
                raise RenderError(RenderFailure.PDF_INCOMPLETE)
                raise StoreNotFoundError(f"profile {name}")  # a detail for the log, said by NOT_FOUND
            """
        ),
        encoding="utf-8",
    )
    problems = build.sentences_in_errors(tmp_path)
    assert [p.split(":")[1] for p in problems] == ["4", "6"], problems
    assert all("RenderError is given a sentence" in p for p in problems)
