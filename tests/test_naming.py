"""One name for one thing: the household session is ``session`` in every module (it was called
``controller`` in about 250 places, a second name a newcomer had to map back to ``HouseholdSession``)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def names_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.arg):
            found.add(node.arg)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
    return found


def test_the_household_session_has_one_name() -> None:
    sources = [*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py")]
    sources = [p for p in sources if p.name != "parallel.py"]  # xdist's own 'controller' process
    assert len(sources) > 200
    offenders = {
        str(path.relative_to(ROOT)): sorted(n for n in names_in(path) if "controller" in n.lower())
        for path in sources
    }
    assert not {path: names for path, names in offenders.items() if names}
