"""Qt's file dialog in the user's language throughout.

Qt's own Japanese catalogue (qtbase_ja) lacks the labels of the widget-based dialog's form —
「&Look in:」 and 「Files of &type:」 stayed English beside translated ones. Each dialog we open sets
those labels from our catalogue, so the dialog speaks one language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def localise(dialog: QFileDialog) -> QFileDialog:
    """Set the labels Qt's catalogue leaves untranslated (returns ``dialog``)."""
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("FileDialog", "場所(&L):"))
    dialog.setLabelText(label.FileName, QCoreApplication.translate("FileDialog", "ファイル名(&N):"))
    dialog.setLabelText(label.FileType, QCoreApplication.translate("FileDialog", "ファイルの種類(&T):"))
    return dialog


def file_dialog(parent: QWidget | None, title: str, directory: str = "") -> QFileDialog:
    """A QFileDialog with every label in the user's language."""
    return localise(QFileDialog(parent, title, directory))
