"""Setuptools hook: every build (``pip install .``, ``pip install -e .``, wheels) compiles the
translations (translations/*.ts → app/i18n/*.qm) with lrelease, through the same code as
``translations/build.py``. Metadata and everything else live in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _i18n_build() -> ModuleType:
    # Loaded by path: importing the ``app`` package here would need its runtime dependencies.
    spec = importlib.util.spec_from_file_location("_myna_prep_i18n_build", HERE / "app" / "_i18n_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    """Compile the .qm into the source tree first, so package data (and editable installs) see it."""

    def run(self) -> None:
        for qm in _i18n_build().release_all(HERE / "app" / "i18n", HERE):
            self.announce(f"compiled {qm.relative_to(HERE)}", level=2)
        super().run()


if __name__ == "__main__":  # setuptools' build backend runs this file as __main__
    setup(cmdclass={"build_py": BuildPyWithTranslations})
