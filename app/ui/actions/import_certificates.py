"""File → 証明書ファイルを取り込む…: choose received electronic certificates, then show them on 準備完了.

Loaded with the window, so it imports only Qt; the 準備完了 page does the work: the composition root
(``app.ui.application.attach``) hands this action the page's import once the household is there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from app.ui.actions.menu_actions import MenuActions
from app.ui.widgets.file_dialog import file_dialog

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

# Shows 準備完了 and imports the files there; False when the page cannot take them.
CertificateImporter = Callable[[list[Path]], bool]


class CertificateImportAction(MenuActions):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "certificateImportActions")
        self.importer: CertificateImporter | None = None  # set by attach() with the household
        self.action = self.make_action("importCertificatesAction", self.choose)
        self.dialog: QFileDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("証明書ファイルを取り込む(&I)…"))
        self.action.setStatusTip(self.tr("受け取った電子的控除証明書等（XML）の署名を確認して取り込みます"))

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        if before is not None:
            menu.insertAction(before, self.action)
            menu.insertSeparator(before)
        else:
            menu.addAction(self.action)

    def choose(self) -> QFileDialog:
        dialog = file_dialog(self.window, self.tr("証明書ファイルを取り込む"))
        dialog.setObjectName("importCertificatesMenuDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("電子的控除証明書等 (*.xml)"))
        dialog.filesSelected.connect(lambda files: self.import_files([Path(f) for f in files]))
        self.dialog = dialog
        dialog.open()
        return dialog

    def import_files(self, paths: list[Path]) -> bool:
        """Show the 準備完了 page and import ``paths`` there (False before the household is attached)."""
        return self.importer is not None and self.importer(paths)
