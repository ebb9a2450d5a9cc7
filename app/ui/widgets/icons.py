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


_STATUS_ICON = {  # quiet shapes for the neutral states; the orange triangle only for 要対応
    "not_started": "status_not_started",
    "next": "status_next",
    "in_progress": "status_in_progress",
    "waiting": "badge_in_progress",
    "done": "badge_done",
    "not_needed": "badge_not_needed",
    "undecided": "status_undecided",
    "attention": "badge_needs_action",
}


def status_icon(status: str) -> QIcon:
    """The icon of a :class:`app.domain.status.Status` value (its string, so this module stays light)."""
    return icon(_STATUS_ICON[status])
