"""File → 証明書ファイルを取り込む…: choose received electronic certificates, then show them on 準備完了.

Loaded with the window, so it imports only Qt; the 準備完了 page does the work (``ReadinessPanel``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from app.domain.steps import STEPS, StepId


class CertificateImportAction(QObject):
    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self.setObjectName("certificateImportActions")
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("importCertificatesAction")
        self.action.triggered.connect(self.choose)
        self.dialog: QFileDialog | None = None
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.action.setText(self.tr("証明書ファイルを取り込む(&I)…"))
        self.action.setStatusTip(self.tr("受け取った電子的控除証明書等（XML）の署名を確認して取り込みます"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        if before is not None:
            menu.insertAction(before, self.action)
            menu.insertSeparator(before)
        else:
            menu.addAction(self.action)

    def choose(self) -> QFileDialog:
        from app.ui.shell.main_window import MainWindow

        parent = self.window if isinstance(self.window, MainWindow) else None
        dialog = QFileDialog(parent, self.tr("証明書ファイルを取り込む"))
        dialog.setObjectName("importCertificatesMenuDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("電子的控除証明書等 (*.xml)"))
        dialog.filesSelected.connect(lambda files: self.import_files([Path(f) for f in files]))
        self.dialog = dialog
        dialog.open()
        return dialog

    def import_files(self, paths: list[Path]) -> bool:
        """Show the 準備完了 page and import ``paths`` there (False when the page has no panel)."""
        from app.ui.shell.main_window import MainWindow
        from app.ui.steps.ready_readiness import ReadinessPanel

        window = self.window
        if not isinstance(window, MainWindow):
            return False
        window.show_page([s.id for s in STEPS].index(StepId.READY))
        panel = window.findChild(ReadinessPanel, "readinessPanel")
        if not isinstance(panel, ReadinessPanel):
            return False
        panel.import_paths(paths)
        return True
