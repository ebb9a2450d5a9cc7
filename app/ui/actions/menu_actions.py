"""What every feature's menu actions share: they belong to the window, follow its language, and get
the household session from the composition root (``app.ui.application``), never from the window.

A feature subclasses :class:`MenuActions`, makes its QActions with :meth:`MenuActions.make_action` and
sets their texts in ``retranslate`` (called again whenever the window's language changes). Its dialogs
open with :meth:`MenuActions.show_dialog` and its failures with :meth:`MenuActions.warn`: window-modal
without a nested event loop, kept as ``dialog`` / ``error_box`` so tests can drive them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.ui.widgets.file_dialog import file_dialog
from app.ui.widgets.message_box import Icon, message_box

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
        self.dialog: QDialog | None = None  # the dialog on screen, until it closes
        self.error_box: QMessageBox | None = None  # the last failure said
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

    def save_dialog(self, title: str, file_name: str, *, name: str, kind: str, suffix: str) -> QFileDialog:
        """A dialog to save ``file_name`` (in the Documents folder) as ``kind`` ("PDF ファイル (*.pdf)");
        it asks before replacing a file. Connect ``fileSelected``, then :meth:`show_dialog`."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = file_dialog(self.window, title, str(Path(folder or ".") / file_name))
        dialog.setObjectName(name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(kind)
        dialog.setDefaultSuffix(suffix)
        return dialog

    def show_dialog(self, dialog: QDialog) -> None:
        """Open ``dialog`` window-modal; it is deleted when it closes and kept as ``dialog`` till then."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._dialog_gone(dialog))
        self.dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open(receiver, member) hides QDialog.open()

    def _dialog_gone(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def warn(self, title: str, text: str, *, name: str, detail: str = "") -> QMessageBox:
        """Say what could not be done in a window-modal warning, ``detail`` (the reason) below it."""
        box = message_box(self.window, Icon.Warning, title, text, name=name, informative=detail)
        box.open()
        self.error_box = box
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
