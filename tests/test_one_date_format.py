"""One way to write a date and a tax year for people: :mod:`app.i18n` (``format_date``,
``format_short_date``, ``format_moment``, ``date_edit_format``, ``tax_year_label``), in the window, the
command line and on paper alike. ISO dates stay in data only: JSON fields, the store, calendar files,
file names.

The scan reads app/ as source (no import): a date formatted anywhere else fails here, with the place.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
FORMATTER = "app/i18n/__init__.py"

# Where ISO or strftime is data, not words for a person (a prefix of the module's path).
DATA_MODULES: dict[str, str] = {
    "app/store/": "the database, backups and file stamps",
    "app/domain/ical.py": "RFC 5545 date fields of the calendar file",
    "app/ui/actions/backup.py": "the default backup file name, which sorts by date",
    "app/ui/actions/print_checklist.py": "the default PDF file name, which sorts by date",
}
# (module, function): a helper whose ISO result only goes into a JSON document.
DATA_FUNCTIONS: frozenset[tuple[str, str]] = frozenset({("app/commands/certificates.py", "_iso")})

_PATTERN = re.compile(r"%[YmbB]|%H:%M|yyyy[/\-.年]|MM/dd|dd/MM|d MMM|\(ddd\)")  # strftime's or Qt's
_YEAR_WORD = re.compile(r"\{\w*\}年")  # 「{year}年分」: a hand-made tax year
# The store's season message still says 「{year}年」 with a Western year; app/store/messages.py is the
# words engineer's (issue #25, item 1): it needs the label passed in from the UI.
_YEAR_WORD_PENDING = frozenset({"app/store/messages.py"})


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(APP.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        yield rel, ast.parse(path.read_text(encoding="utf-8"), rel)


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _is_json_value(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """``{"due": d.isoformat()}`` or ``out["due"] = d.isoformat()`` (through ``x if … else …``)."""
    child, parent = node, parents.get(node)
    while isinstance(parent, ast.IfExp) and child is not parent.test:
        child, parent = parent, parents.get(parent)
    if isinstance(parent, ast.Dict):
        return any(value is child for value in parent.values)
    return isinstance(parent, ast.Assign) and all(isinstance(t, ast.Subscript) for t in parent.targets)


def _function_of(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> str:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            return node.name
    return ""


def _is_data_module(rel: str) -> bool:
    return any(rel.startswith(prefix) for prefix in DATA_MODULES)


def test_no_module_formats_a_date_for_people_itself() -> None:
    found = []
    for rel, tree in _modules():
        if rel == FORMATTER or _is_data_module(rel):
            continue
        parents = _parents(tree)
        for node in ast.walk(tree):
            where = f"{rel}:{getattr(node, 'lineno', '?')}"
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("isoformat", "strftime")
                and not _is_json_value(node, parents)
                and (rel, _function_of(node, parents)) not in DATA_FUNCTIONS
            ):
                found.append(f"{where} .{node.func.attr}() outside JSON data")
            if isinstance(node, ast.JoinedStr):
                fields = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
                parts = {f.attr for f in fields if isinstance(f, ast.Attribute)} & {"year", "month", "day"}
                if len(parts) >= 2:
                    found.append(f"{where} a date put together in an f-string")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _PATTERN.search(node.value):
                found.append(f"{where} a date pattern {node.value!r}")
    assert found == [], "format dates with app.i18n (format_date …):\n" + "\n".join(found)


def test_no_module_writes_a_tax_year_itself() -> None:
    """A tax year reads 「令和7年分」 / "tax year 2025" (app.i18n.tax_year_label), never 「2025年分」."""
    found = []
    for rel, tree in _modules():
        if rel in (FORMATTER, *_YEAR_WORD_PENDING):
            continue
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and _YEAR_WORD.search(text):
                found.append(f"{rel}:{node.lineno} {text[:40]!r}")
    assert found == [], "\n".join(found)
    assert "era_label" not in (APP / "domain" / "deadlines.py").read_text(encoding="utf-8")


def test_the_allow_lists_name_real_places() -> None:
    for prefix in DATA_MODULES:
        assert (ROOT / prefix).exists(), prefix
    for rel, name in DATA_FUNCTIONS:
        assert f"def {name}(" in (ROOT / rel).read_text(encoding="utf-8"), (rel, name)
    for rel in _YEAR_WORD_PENDING:
        assert _YEAR_WORD.search((ROOT / rel).read_text(encoding="utf-8")), f"{rel} is fixed: drop it here"
