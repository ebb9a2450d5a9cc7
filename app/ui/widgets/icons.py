"""SVG icons from resources/icons (crisp at any scale factor)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from app.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_path(f"icons/{name}.svg")))


def app_icon() -> QIcon:
    return icon("app")


def badge_icon(kind: str) -> QIcon:
    """kind: done, in_progress, needs_action, not_needed."""
    return icon(f"badge_{kind}")
