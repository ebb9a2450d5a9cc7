"""The light parts of the store stay light: catching store errors or parsing the backup command must
not load SQLAlchemy/sqlmodel (they cost ~0.25 s and must stay off the path to the first paint).
Parsing the command line loads QtCore for its words (app.i18n), but no Qt GUI module."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlmodel", "sqlalchemy", "pydantic", "keyring", "PySide6.QtGui", "PySide6.QtWidgets")


def loaded_after(statement: str) -> set[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


@pytest.mark.parametrize(
    "statement",
    [
        "import app.store",
        "import app.store.errors, app.store.messages",
        "import app.commands.backup",
        "import app.store.quick",
        "from app import cli; cli.build_parser(('backup',)).parse_args(['backup', 'export', 'x.json'])",
    ],
)
def test_light_imports_do_not_load_heavy_libraries(statement: str) -> None:
    loaded = loaded_after(statement)
    assert not [m for m in loaded if m in HEAVY or m.startswith(tuple(f"{h}." for h in HEAVY))]


def test_the_repository_does_load_sqlmodel() -> None:
    # the check above would pass vacuously if the module names were wrong
    assert {"sqlmodel", "sqlalchemy"} <= loaded_after("import app.store.repository")
    assert "PySide6.QtGui" in loaded_after("import PySide6.QtGui")
