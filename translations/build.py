#!/usr/bin/env python3
"""The explicit translation step: lupdate (app/ → translations/*.ts) and lrelease (→ app/i18n/*.qm).

    .venv/bin/python translations/build.py            # lupdate + lrelease (after changing strings)
    .venv/bin/python translations/build.py --check    # CI/tests: stale .ts or .qm, unfinished entries
    .venv/bin/python translations/build.py --release-only   # only the .qm

The compiled ``app/i18n/*.qm`` is committed (a few kB), so an install, a wheel, the PyInstaller spec
and a fresh checkout all have it without Qt at build time and without compiling at start-up;
``--check`` fails when it is not what lrelease makes of the committed ``.ts``. This file is a
developer tool: it is not part of the installed package and imports neither Qt nor the app.

The source language of our strings is Japanese; see translations/README.md.
"""

from __future__ import annotations

import ast
import difflib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_LANGUAGE = "ja_JP"
# Target languages (the .ts file name suffix → Qt locale name). Japanese is the source: no file.
TARGETS: dict[str, str] = {"en": "en_US"}
TS_DIR = "translations"
QM_PACKAGE_DIR = "app/i18n"
SCAN_DIRS: tuple[str, ...] = ("app",)
BASENAME = "myna-prep"

# Where Japanese literals must be inside a call lupdate sees: all of app/, since the GUI, the command
# line, the PDF and every error message a person reads are built there (issue 25: dict translations
# in app/certificates and app/domain had slipped past a check limited to the UI).
USER_FACING: tuple[str, ...] = ("app",)
# Whole files whose Japanese is no sentence of ours, with why. Everything else is marked line by line
# with '# i18n: <why>' (a pattern, a key matched in a schema, a developer message).
NOT_USER_TEXT: dict[str, str] = {
    "app/domain/labels.py": "official labels and service names: facts used exactly, said through 'Labels'",
    "app/domain/steps.py": "the NTA guide's step titles and checklist rows: facts, said through 'Steps'",
    "app/domain/links.py": "the official pages' own titles: facts, shown as the page names itself",
    "app/domain/deadlines.py": "era names (令和, 平成) of the tax-year formatter",
    "app/domain/catalog.py": "the catalog file's checks, for its authors: a person reads one only as the"
    " technical detail inside app/i18n/catalog.py's malformed() sentence",
}
# Files exempt from the literal check while their texts move into the catalogue (none left).
NOT_YET_IN_CATALOGUE: frozenset[str] = frozenset()
# Errors whose message a person reads (their ``text()``): they take a reason code or a store Message
# that the catalogue says, never a sentence built where they are raised.
USER_ERRORS: frozenset[str] = frozenset(
    {
        "RenderError",
        "StoreError",
        "KnownError",
        "BugError",
        "StoreWriteError",
        "StoreOpenError",
        "StoreValidationError",
        "BackupError",
        "SecretsUnavailableError",
    }
)
# Japanese letters (kana, kanji); punctuation such as ・ or （ alone is not text to translate.
_JAPANESE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff]")
# Calls whose string arguments lupdate extracts (or that never reach the user: logging).
_EXTRACTING_CALLS = frozenset({"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"})
_LOGGERS = frozenset({"log", "logger", "logging"})
EXEMPT_MARKER = "# i18n:"
_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
_MNEMONIC = re.compile(r"&(?!&)\S")


class ToolNotFound(RuntimeError):
    """Neither PySide6's bundled tool nor one on PATH was found."""


def ts_path(lang: str, root: Path = ROOT) -> Path:
    return root / TS_DIR / f"{BASENAME}_{lang}.ts"


def qm_path(lang: str, directory: Path | None = None) -> Path:
    return (directory or ROOT / QM_PACKAGE_DIR) / f"{BASENAME}_{lang}.qm"


def tool(name: str) -> list[str]:
    """The command for a Qt Linguist tool (``lupdate`` / ``lrelease``).

    PySide6 ships the real binaries inside its package directory; ``find_spec`` locates it without
    loading any Qt library.
    """
    exe = f"{name}.exe" if os.name == "nt" else name
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidate = Path(location) / exe
            if candidate.is_file():
                return [str(candidate)]
    for candidate_name in (f"pyside6-{name}", name):
        found = shutil.which(candidate_name)
        if found:
            return [found]
    raise ToolNotFound(f"{name} not found: install PySide6-Essentials (it ships pyside6-{name})")


def _run(command: Sequence[str]) -> str:
    result = subprocess.run(  # noqa: S603 - a fixed tool with our own paths
        list(command), capture_output=True, text=True, encoding="utf-8", errors="replace", check=False
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed ({result.returncode}):\n{output}")
    return output


def lupdate(ts_file: Path, root: Path = ROOT, target_language: str = "en_US") -> str:
    """Run lupdate over the app into ``ts_file`` (created if missing, else merged).

    ``-locations none`` keeps the file stable while code moves: the check fails only when a string
    changes, not whenever somebody adds a line above one. ``-no-obsolete`` drops strings that are
    gone, so a vanished entry shows up as a diff.
    """
    sources = [str(root / d) for d in SCAN_DIRS]
    return _run(
        [
            *tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            target_language,
            *sources,
            "-ts",
            str(ts_file),
        ]
    )


def lrelease(ts_file: Path, qm_file: Path) -> Path:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    _run([*tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)])
    if not qm_file.is_file():
        raise RuntimeError(f"lrelease wrote no {qm_file}")
    return qm_file


def release_all(out_dir: Path | None = None, root: Path = ROOT) -> list[Path]:
    """Compile every .ts into ``out_dir`` (default app/i18n, where the committed .qm live)."""
    return [lrelease(ts_path(lang, root), qm_path(lang, out_dir)) for lang in TARGETS]


def update_all(root: Path = ROOT) -> list[Path]:
    """Refresh every .ts from the code (developers run this after changing strings)."""
    files = []
    for lang, locale in TARGETS.items():
        ts = ts_path(lang, root)
        lupdate(ts, root, locale)
        files.append(ts)
    return files


@dataclass(frozen=True, slots=True)
class Entry:
    context: str
    source: str
    comment: str
    translation: str
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    numerus: bool


def entries(ts_file: Path) -> Iterator[Entry]:
    root = ET.parse(ts_file).getroot()  # noqa: S314 - our own file
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if translation is not None and message.get("numerus") == "yes":
                text = " | ".join(form.text or "" for form in translation.iter("numerusform"))
            else:
                text = "" if translation is None else translation.text or ""
            yield Entry(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                translation=text,
                kind=kind,
                numerus=message.get("numerus") == "yes",
            )


def entry_problems(entry: Entry) -> list[str]:
    """What is wrong with one entry of a finished translation file."""
    where = f"[{entry.context or '<no context>'}] {entry.source!r}"
    if entry.kind in ("vanished", "obsolete"):
        return [f"{where}: {entry.kind} (the string is gone from the code; run translations/build.py)"]
    if not entry.context:
        return [
            f"{where}: no context — lupdate saw tr() through an alias (tr = self.tr, "
            "tr = QCoreApplication.translate, _t(...)); call self.tr(...) or "
            'QCoreApplication.translate("Context", "...") with literal strings'
        ]
    if entry.kind == "unfinished" or not entry.translation.strip():
        return [f"{where}: unfinished (no finished English translation)"]
    problems = []
    if sorted(_PLACEHOLDER.findall(entry.source)) != sorted(_PLACEHOLDER.findall(entry.translation)):
        problems.append(f"{where}: placeholders differ in {entry.translation!r}")
    if bool(_MNEMONIC.search(entry.source)) != bool(_MNEMONIC.search(entry.translation)):
        problems.append(f"{where}: the source and {entry.translation!r} disagree on a mnemonic (&)")
    return problems


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _is_logging(call: ast.Call) -> bool:
    func = call.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in _LOGGERS


def untranslated_literals(root: Path = ROOT) -> list[str]:
    """Japanese string literals in the UI code that lupdate cannot see.

    A literal is fine inside a call lupdate extracts (``self.tr``, ``QCoreApplication.translate``,
    ``QT_TRANSLATE_NOOP``), in a logging call or a docstring, or when its line, or the first line of
    its statement, carries ``# i18n: <why>`` (data translated elsewhere, a font name, a date format).
    Anything else reaches the user untranslated: a helper such as ``_tr("…")`` or a plain
    ``setText("…")``.
    """
    problems = []
    for name in USER_FACING:
        where = root / name
        paths = [where] if where.suffix == ".py" else sorted(where.rglob("*.py"))
        for path in paths:
            relative = path.relative_to(root).as_posix()
            if not path.is_file() or relative in NOT_YET_IN_CATALOGUE or relative in NOT_USER_TEXT:
                continue
            source = path.read_text(encoding="utf-8")
            lines = source.splitlines()
            tree = ast.parse(source, str(path))
            parents: dict[ast.AST, ast.AST] = {}
            docstrings: set[int] = set()
            for node in ast.walk(tree):
                for child in ast.iter_child_nodes(node):
                    parents[child] = node
                body = getattr(node, "body", None)
                if (
                    isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                    and body
                ):
                    first = body[0]
                    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                        docstrings.add(id(first.value))
            constants = [
                n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
            for node in sorted(constants, key=lambda n: (n.lineno, n.col_offset)):
                text = str(node.value)
                if id(node) in docstrings or not _JAPANESE.search(text):
                    continue
                exempt = EXEMPT_MARKER in lines[node.lineno - 1]
                parent = parents.get(node)
                while parent is not None and not exempt:
                    if isinstance(parent, ast.Call) and (
                        _call_name(parent) in _EXTRACTING_CALLS or _is_logging(parent)
                    ):
                        exempt = True
                    elif isinstance(parent, ast.stmt):
                        exempt = EXEMPT_MARKER in lines[parent.lineno - 1]
                        break
                    parent = parents.get(parent)
                if not exempt:
                    where = f"{path.relative_to(root)}:{node.lineno}"
                    problems.append(
                        f"{where}: {text[:40]!r} is not in a tr()/translate() call lupdate sees "
                        f"(mark data translated elsewhere with '{EXEMPT_MARKER} <why>')"
                    )
    return problems


def _is_text(node: ast.expr) -> bool:
    """A sentence built in place: a string literal, an f-string, or text joined to one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_text(node.left) or _is_text(node.right))


def sentences_in_errors(root: Path = ROOT) -> list[str]:
    """User-facing errors (:data:`USER_ERRORS`) raised with a sentence instead of a code or Message.

    Such a sentence reaches the window or the terminal as written, in one language (the English
    ``RenderError("the output could not be opened")`` was shown inside Japanese sentences).
    """
    problems = []
    for path in sorted((root / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            call = isinstance(node, ast.Call) and _call_name(node) in USER_ERRORS and node.args
            if call and _is_text(node.args[0]):
                problems.append(
                    f"{path.relative_to(root)}:{node.lineno}: {_call_name(node)} is given a sentence; "
                    "give it a reason code or an app.store.messages.Message (said by the catalogue)"
                )
    return problems


def stale_catalogues(root: Path = ROOT) -> list[str]:
    """The committed .qm must be exactly what lrelease makes of the committed .ts."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="myna-prep-lrelease-") as tmp:
        for lang in TARGETS:
            committed = qm_path(lang, root / QM_PACKAGE_DIR)
            fresh = lrelease(ts_path(lang, root), qm_path(lang, Path(tmp)))
            if not committed.is_file() or committed.read_bytes() != fresh.read_bytes():
                problems.append(
                    f"{committed.relative_to(root)} is stale or missing; run translations/build.py"
                )
    return problems


def check(root: Path = ROOT) -> list[str]:
    """Problems that fail the build: lupdate would change a .ts, an entry is not finished, or a
    committed .qm is not the compiled .ts."""
    problems: list[str] = untranslated_literals(root) + sentences_in_errors(root)
    for lang, locale in TARGETS.items():
        ts = ts_path(lang, root)
        if not ts.is_file():
            problems.append(f"{ts.relative_to(root)} is missing; run translations/build.py")
            continue
        with tempfile.TemporaryDirectory(prefix="myna-prep-lupdate-") as tmp:
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            lupdate(copy, root, locale)
            before = ts.read_text(encoding="utf-8").splitlines()
            after = copy.read_text(encoding="utf-8").splitlines()
        if before != after:
            diff = list(
                difflib.unified_diff(before, after, str(ts.relative_to(root)), "after lupdate", lineterm="")
            )
            shown = "\n".join(diff[:80]) + ("\n…" if len(diff) > 80 else "")
            problems.append(f"running lupdate would change {ts.relative_to(root)}:\n{shown}")
        for entry in entries(ts):
            problems.extend(f"{ts.name}: {p}" for p in entry_problems(entry))
    if (root / QM_PACKAGE_DIR).is_dir():
        problems.extend(stale_catalogues(root))
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="translations/build.py",
        description="Refresh translations/*.ts from the code (lupdate) and compile app/i18n/*.qm (lrelease).",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; fail when lupdate would change a .ts or an entry is unfinished/vanished",
    )
    parser.add_argument(
        "--release-only", action="store_true", help="only compile the .qm files"
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check()
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print(f"translations: {len(problems)} problem(s)", file=sys.stderr)
                return 1
            print("translations: up to date and complete")
            return 0
        if not args.release_only:
            for ts in update_all():
                unfinished = [e for e in entries(ts) if entry_problems(e)]
                print(f"{ts.relative_to(ROOT)}: {len(unfinished)} entr(ies) to translate or fix")
        for qm in release_all():
            print(f"{qm.relative_to(ROOT)} built")
    except (ToolNotFound, RuntimeError) as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
