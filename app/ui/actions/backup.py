"""File → バックアップを書き出す… / バックアップから読み込む…: the CLI's ``backup export|import`` in the GUI.

Export writes the versioned JSON of ``app.store.backup`` (never a remembered number) and says where in
the status bar. Import reads and validates the whole file first (a malformed, foreign or newer file:
one Japanese sentence, nothing changed), then asks before replacing the household, replaces it in one
transaction through the household session (so every view reloads), forgets the undo history (it
refers to the replaced records) and deletes the keyring entries the replaced household referenced.

Every dialog is opened with ``open()`` (window-modal, no nested event loop), so tests drive them. The
store is imported on use only: this module is loaded with the window.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.i18n import words
from app.ui.actions.menu_actions import MenuActions, SessionGetter
from app.ui.widgets.file_dialog import file_dialog
from app.ui.widgets.message_box import Button, Icon, message_box

if TYPE_CHECKING:
    from app.session import HouseholdSession
    from app.store.backup import ImportResult
    from app.store.backup_format import Backup
    from app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class BackupActions(MenuActions):
    """The two File-menu actions and their dialogs for ``window``, on the loaded ``session``."""

    def __init__(self, window: MainWindow, session: SessionGetter) -> None:
        super().__init__(window, "backupActions", session)
        self.confirm_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self.last_import: ImportResult | None = None
        self.export_action = self.make_action("backupExportAction", self.export)
        self.import_action = self.make_action("backupImportAction", self.import_)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("バックアップを書き出す(&B)…"))
        self.export_action.setStatusTip(
            self.tr("世帯の記録をすべて1つのファイルに書き出します（記録した番号は含みません）")
        )
        self.export_action.setToolTip(self.tr("世帯の記録をバックアップファイルに書き出す"))
        self.import_action.setText(self.tr("バックアップから読み込む(&R)…"))
        self.import_action.setStatusTip(self.tr("バックアップファイルの内容で世帯の記録を置き換えます"))
        self.import_action.setToolTip(self.tr("バックアップファイルから世帯の記録を読み込む"))

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Add both actions and a separator to ``menu``, above ``before`` when given."""
        for action in (self.export_action, self.import_action):
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        if before is not None:
            menu.insertSeparator(before)
        else:
            menu.addSeparator()

    # --- the session ---------------------------------------------------------------------------

    def _ready_session(self) -> HouseholdSession | None:
        """The loaded session with its store open; otherwise say why nothing can be done."""
        session = self.session()
        if session is not None:
            session.ensure_store()
        if session is None or session.store is None:
            self._tell(self.tr("保存データを開けていないため、この操作はできません。"), warning=True)
            return None
        return session

    # --- export -----------------------------------------------------------------------------------

    def export(self) -> QFileDialog:
        dialog = self.save_dialog(
            self.tr("バックアップを書き出す"),
            f"myna-prep-backup-{date.today().isoformat()}.json",
            name="backupExportDialog",
            kind=self.tr("Myna Prep バックアップ (*.json)"),
            suffix="json",
        )
        dialog.setAccessibleName(self.tr("バックアップの保存先"))
        dialog.fileSelected.connect(self.export_to)
        self.show_dialog(dialog)
        return dialog

    def export_to(self, path: str) -> bool:
        """Write the backup to ``path`` (the file dialog already asked before replacing a file)."""
        from app.store.backup import export_backup
        from app.store.errors import StoreError

        session = self._ready_session()
        if session is None or session.store is None:
            return False
        target = Path(path)
        try:
            count = export_backup(session.store, target, overwrite=True)
        except StoreError as exc:
            log.warning("Backup export failed: %s", exc.detail)
            self._tell(words(exc.text()), warning=True)
            return False
        text = self.tr("{count} 人分の記録を書き出しました: {path}").format(count=count, path=target)
        if any(m.received for m in session.household.members):
            # The records travel; the kept certificate files do not (docs/backup-format.md).
            text += self.tr(
                "（受け取った証明書ファイルの本体はこのパソコンに残ります。"
                "別のパソコンで e-Tax に添付するときは、ファイルも持っていってください）"
            )
        self.window.announce(text)
        return True

    # --- import -----------------------------------------------------------------------------------

    def import_(self) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = file_dialog(self.window, self.tr("バックアップから読み込む"), folder or ".")
        dialog.setObjectName("backupImportDialog")
        dialog.setAccessibleName(self.tr("読み込むバックアップファイル"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Myna Prep バックアップ (*.json)"), self.tr("すべてのファイル (*)")])
        dialog.fileSelected.connect(self.confirm_import)
        self.show_dialog(dialog)
        return dialog

    def confirm_import(self, path: str) -> QMessageBox | None:
        """Validate the whole file, then ask before replacing the household (None: refused, told)."""
        from app.store.backup import read_backup
        from app.store.errors import BackupError

        session = self._ready_session()
        if session is None:
            return None
        if session.read_only:
            self._tell(
                self.tr(
                    "読み取り専用で開いているため、バックアップを読み込めません（何も変更していません）。"
                ),
                warning=True,
            )
            return None
        try:
            document = read_backup(Path(path))
        except BackupError as exc:
            log.info("Backup refused: %s", exc.detail)
            self._tell(words(exc.text()), warning=True)
            return None
        box = message_box(
            self.window,
            Icon.Question,
            self.tr("バックアップから読み込む"),
            self.tr(
                "いまの世帯の記録（{now} 人分）を、バックアップの記録（{new} 人分）ですべて置き換えますか？"
            ).format(now=len(session.members), new=len(document.profiles)),
            name="backupImportConfirm",
            informative=self.tr(
                "置き換えた後は元に戻せません。先にいまの記録を書き出しておくと安心です。\n{path}"
            ).format(path=path),
            buttons=Button.Yes | Button.Cancel,
            labels={Button.Yes: self.tr("置き換える"), Button.Cancel: self.tr("キャンセル")},
            default=Button.Cancel,
            accessible_name=self.tr("バックアップからの読み込みの確認"),
        )
        yes = box.button(Button.Yes)
        yes.setObjectName("backupImportReplaceButton")
        box.finished.connect(lambda _r: self._confirmed(path) if box.clickedButton() is yes else None)
        box.destroyed.connect(self._confirm_gone)
        self.confirm_box = box
        box.open()
        return box

    def _confirm_gone(self) -> None:
        self.confirm_box = None

    def _confirmed(self, path: str) -> None:
        self.import_from(path)

    def import_from(self, path: str) -> bool:
        """Replace the household with the backup at ``path`` (validated again: it may have changed)."""
        from app.store.backup import import_backup, read_backup
        from app.store.errors import BackupError
        from app.ui.steps.step4_issuer_numbers import numbers_for

        session = self._ready_session()
        if session is None:
            return False
        target = Path(path)
        try:
            document = read_backup(target)
        except BackupError as exc:
            log.info("Backup refused: %s", exc.detail)
            self._tell(words(exc.text()), warning=True)
            return False
        numbers = numbers_for(session)
        removed = numbers.removed_refs()  # undo ends with the import: their numbers go too
        results: list[ImportResult] = []
        if session.call(lambda s: results.append(import_backup(s, target))) is not None or not results:
            return False  # the session told the user; nothing was replaced
        result = results[0]
        self.last_import = result
        session.undo_stack.clear()  # its commands refer to the replaced records
        unforgotten = numbers.delete_refs(result.dropped_secret_refs + removed)
        text = self.tr("{path} から {count} 人分の記録を読み込みました").format(
            path=target, count=result.profiles
        )
        self.window.announce(text)
        notes: list[str] = []
        if _numbers_remembered(document):
            notes.append(
                self.tr(
                    "バックアップには記録した番号が含まれないため、"
                    "必要な番号は STEP4 でもう一度記録してください。"
                )
            )
        if unforgotten is not None:
            notes.append(unforgotten)
        if notes:
            self._tell(text, warning=False, informative="\n".join(notes))
        return True

    # --- helpers ----------------------------------------------------------------------------------

    def _tell(self, text: str, *, warning: bool, informative: str = "") -> None:
        self.window.statusBar().showMessage(text, 15000)
        box = message_box(
            self.window,
            Icon.Warning if warning else Icon.Information,
            self.tr("バックアップ"),
            text,
            name="backupMessageBox",
            informative=informative,
            accessible_name=self.tr("バックアップについてのお知らせ"),
        )
        box.destroyed.connect(self._message_gone)
        self.message_box = box
        box.open()

    def _message_gone(self) -> None:
        self.message_box = None


def _numbers_remembered(document: Backup) -> bool:
    return any(c.number_remembered for p in document.profiles for c in p.certificates)
