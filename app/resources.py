"""Access to the files under resources/ (installed as the package ``app._resources``)."""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path


def resource(relative: str) -> Traversable:
    """A file under resources/, e.g. ``resource("pages/ja/step1.html")``."""
    return files("app._resources").joinpath(relative)


def read_text(relative: str) -> str:
    return resource(relative).read_text(encoding="utf-8")


def resource_path(relative: str) -> Path:
    """A real filesystem path (resources are plain files in every install we ship)."""
    with as_file(resource(relative)) as path:
        return Path(path)
