"""What one view tells the window or another view, and what the notices above the pages remember.

The household session (:mod:`app.session`) carries the household and its changes only; a view that
wants a passing word in the status bar (``status``) or another step's page (``show_step``) says it
here. The window makes one bus (``MainWindow.bus``) and reacts to it; the composition root hands it
to the views. Like qutebrowser's ``message.global_bridge``, but one per window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass
class BannerState:
    """What the person did with the notices above the pages, for as long as the window is open (the
    views are built again on a language change; a closed notice stays closed)."""

    follow_ups_dismissed: bool = False  # 再確認のお知らせ was closed
    season_notice_dismissed: bool = False  # the new-season notice was read


class ViewBus(QObject):
    """The views' messages to the window: a word for the status bar, a step's page to show."""

    status = Signal(str, int)  # a passing word for the status bar, and for how many milliseconds
    show_step = Signal(object)  # a view asks for a step's page (a StepId)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewBus")
        self.banners = BannerState()
