"""The wheel's packages: every package under app/, found rather than listed, plus resources/ as
app._resources (mapped in pyproject.toml) with its data folders. A hand-kept list in pyproject.toml
once missed app.domain.checklist and app.ui.first_run; tests/packaging/test_wheel.py compares the
wheel with the tree. Everything else about the build lives in pyproject.toml."""

from setuptools import find_namespace_packages, find_packages, setup

resources = ["app._resources", *(f"app._resources.{name}" for name in find_namespace_packages("resources"))]
setup(packages=[*find_packages(include=["app", "app.*"]), *resources])
