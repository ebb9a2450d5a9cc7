"""The architecture's one-way dependencies, checked on the source (design.md: ui → domain; card,
store, net → domain). The import contracts in pyproject.toml (import-linter) hold the layers and the
no-cycle rule; the checks below cover what it cannot name (a submodule of Qt)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules_under(package: str) -> dict[Path, set[str]]:
    return {p: imported_modules(p) for p in sorted((APP / package).rglob("*.py"))}


def test_there_is_code_to_check() -> None:
    assert modules_under("domain") and modules_under("ui")


def test_domain_imports_no_frameworks() -> None:
    forbidden = ("PySide6", "smartcard", "sqlmodel", "sqlalchemy", "httpx", "keyring", "qasync")
    for path, names in modules_under("domain").items():
        bad = {n for n in names if n.split(".")[0] in forbidden}
        assert not bad, f"{path.relative_to(APP)} imports {bad}"
        bad_app = {
            n for n in names if n.startswith("app.") and not n.startswith(("app.domain", "app.resources"))
        }
        assert not bad_app, f"{path.relative_to(APP)} imports outer layers {bad_app}"


def test_only_one_card_module_imports_pyscard() -> None:
    importers = [
        p for p, names in modules_under("").items() if any(n.split(".")[0] == "smartcard" for n in names)
    ]
    assert [p.relative_to(APP).as_posix() for p in importers] in ([], ["card/pcsc.py"])


def test_card_layer_imports_no_qt() -> None:
    """The card layer is plain Python and pyscard: its hot-plug watcher reports through a callback,
    and the Qt signals (the relay to the GUI thread) live in app/ui/card_reader/monitor.py."""
    for path, names in modules_under("card").items():
        bad = {n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "qasync")}
        assert not bad, f"{path.relative_to(APP)} imports {bad}"


def test_only_ui_imports_qtwidgets() -> None:
    for path, names in modules_under("").items():
        if "PySide6.QtWidgets" in names:
            assert path.relative_to(APP).parts[0] == "ui", f"{path.relative_to(APP)} imports QtWidgets"


def test_only_the_certificates_package_imports_xml_libraries() -> None:
    """lxml and signxml parse files from outside: one hardened place (app/certificates) does it."""
    for path, names in modules_under("").items():
        if any(n.split(".")[0] in ("lxml", "signxml") for n in names):
            assert path.relative_to(APP).parts[0] == "certificates", f"{path.relative_to(APP)} parses XML"


def test_certificates_package_has_no_qt_or_store() -> None:
    forbidden = ("PySide6", "sqlmodel", "sqlalchemy", "smartcard", "httpx", "qasync")
    for path, names in modules_under("certificates").items():
        bad = {n for n in names if n.split(".")[0] in forbidden or n.startswith(("app.store", "app.ui"))}
        assert not bad, f"{path.relative_to(APP)} imports {bad}"


def test_card_store_net_do_not_import_ui() -> None:
    for package in ("card", "store", "net", "domain", "certificates"):
        for path, names in modules_under(package).items():
            assert not any(n.startswith("app.ui") for n in names), f"{path.relative_to(APP)} imports app.ui"


def test_import_contracts_hold() -> None:
    """``lint-imports`` (also in .ci/run): layers, pyscard in one module, no cycles at any depth."""
    tool = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(tool), "--no-cache"], cwd=APP.parent, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "BROKEN" not in result.stdout
