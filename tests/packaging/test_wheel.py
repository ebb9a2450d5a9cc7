"""The built wheel carries every package and module of the tree: an editable install (the README's, CI's)
and the PyInstaller bundle read the tree directly, so only a real wheel shows a package left out."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps"]
    subprocess.run(
        [*pip, "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob("myna_prep-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _tree_files(folder: Path, suffix: str) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob(f"*{suffix}") if "__pycache__" not in p.parts}


def test_every_module_under_app_is_in_the_wheel(wheel_names: set[str]) -> None:
    modules = {f"app/{p.as_posix()}" for p in _tree_files(ROOT / "app", ".py")}
    missing = sorted(modules - wheel_names)
    assert not missing, f"not in the wheel: {missing}"
    # the two that a hand-kept package list once missed
    assert "app/domain/checklist/__init__.py" in wheel_names
    assert "app/ui/first_run/__init__.py" in wheel_names


def test_resources_and_translations_are_in_the_wheel(wheel_names: set[str]) -> None:
    shipped = {p for p in _tree_files(ROOT / "resources", "") if (ROOT / "resources" / p).is_file()}
    missing = sorted(p.as_posix() for p in shipped if f"app/_resources/{p.as_posix()}" not in wheel_names)
    assert not missing, f"resources not in the wheel: {missing}"
    assert any(name.startswith("app/i18n/") and name.endswith(".qm") for name in wheel_names)
    assert "app/py.typed" in wheel_names


def test_no_test_code_is_shipped(wheel_names: set[str]) -> None:
    assert not [n for n in wheel_names if n.startswith(("tests/", "benchmarks/", "docs/"))]
