"""The wheel's packages: every package under app/, found rather than listed, plus resources/ as
app._resources (mapped in pyproject.toml). A hand-kept list in pyproject.toml once missed
app.domain.checklist and app.ui.first_run; tests/packaging/test_wheel.py compares wheel and tree.
Everything else about the build lives in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["app", "app.*"]), "app._resources"])
