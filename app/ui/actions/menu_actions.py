"""What every feature's menu actions share: they belong to the window, follow its language, and get
the household session from the composition root (``app.ui.application``), never from the window.

A feature subclasses :class:`MenuActions`, makes its QActions with :meth:`MenuActions.make_action` and sets
their texts in ``retranslate`` (called again whenever the window's language changes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from app.session import HouseholdSession
    from app.ui.shell.main_window import MainWindow

# The household session once it has loaded, else None (before the first paint's attach, or in a
# window that shows no household).
SessionGetter = Callable[[], "HouseholdSession | None"]


def no_session() -> HouseholdSession | None:
    return None


class MenuActions(QObject):
    """A feature's actions on ``window``; ``session`` is the composition root's getter."""

    def __init__(self, window: MainWindow, name: str, session: SessionGetter = no_session) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self.window = window
        self.session = session
        window.installEventFilter(self)

    def retranslate(self) -> None:
        """Set the actions' texts in the current language (each feature says its own)."""

    def make_action(self, name: str, slot: Callable[..., object], *, checkable: bool = False) -> QAction:
        """A QAction in the window named ``name``: ``slot`` runs when it is chosen (a checkable one:
        gets the new state)."""
        action = QAction(self.window)
        action.setObjectName(name)
        if checkable:
            action.setCheckable(True)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(slot)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
