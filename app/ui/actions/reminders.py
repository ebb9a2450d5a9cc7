"""File ▸ カレンダーに書き出す… and View ▸ ログイン時に知らせる: the reminders in the window.

The calendar file is the same as ``myna-prep reminders --ics`` (app.i18n.reminders.calendar_document),
written private and all or nothing; the file dialog asks before replacing a file, and a link or a device
is refused. The login item (app.desktop.autostart) is off until the person ticks the menu item; its tick
shows whether the item is there now, so a login item removed elsewhere reads as off.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from app.ui.actions.menu_actions import MenuActions, SessionGetter, no_session

if TYPE_CHECKING:
    from app.domain.catalog import Catalog
    from app.domain.model import Household
    from app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class ReminderActions(MenuActions):
    """The calendar export (File menu) and the login notification switch (View menu) of ``window``."""

    def __init__(self, window: MainWindow, session: SessionGetter = no_session) -> None:
        super().__init__(window, "reminderActions", session)
        self.export_action = self.make_action("calendarExportAction", self.export)
        self.login_action = self.make_action("notifyAtLoginAction", self.set_at_login, checkable=True)
        self.retranslate()
        self.sync_login_state()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("カレンダーに書き出す(&C)…"))
        self.export_action.setStatusTip(
            self.tr("再確認の日と申告期間を、カレンダーに取り込めるファイル（.ics）に保存します")
        )
        self.login_action.setText(self.tr("ログイン時に知らせる(&M)"))
        self.login_action.setStatusTip(
            self.tr("パソコンにログインしたとき、その日に確かめることがあれば通知します")
        )

    # ----- data -------------------------------------------------------------------------------
    def _data(self) -> tuple[Household, Catalog, date]:
        session = self.session()
        if session is not None:
            return session.household, session.catalog, session.today()
        from app.store.catalog_files import active_catalog
        from app.store.repository import load_stored_household

        data_dir = self.window.data_dir
        return load_stored_household(data_dir), active_catalog(data_dir), date.today()

    def calendar_text(self) -> str:
        from app.domain.reminders import household_reminders
        from app.i18n.reminders import calendar_document

        household, catalog, today = self._data()
        reminders = household_reminders(household, catalog, today)
        return calendar_document(reminders, household, catalog, datetime.now(UTC))

    # ----- File ▸ カレンダーに書き出す… --------------------------------------------------------------
    def export(self) -> QFileDialog:
        dialog = self.save_dialog(
            self.tr("カレンダーに書き出す"),
            self.tr("確定申告の準備の予定") + ".ics",
            name="calendarExportDialog",
            kind=self.tr("カレンダーファイル (*.ics)"),
            suffix="ics",
        )
        dialog.fileSelected.connect(self.export_to)
        self.show_dialog(dialog)
        return dialog

    def export_to(self, path: str) -> bool:
        """Write the calendar file to ``path`` (the dialog already asked before replacing a file)."""
        from app.store.errors import StoreError
        from app.store.fileutil import NotRegularFileError, atomic_write_bytes

        try:
            text = self.calendar_text()
            atomic_write_bytes(Path(path), text.encode("utf-8"))
        except NotRegularFileError:
            self._error(path, self.tr("保存先が通常のファイルではないため、置き換えません。"))
            return False
        except StoreError as exc:
            from app.i18n import words

            self._error(path, words(exc.text()))
            return False
        except OSError as exc:
            self._error(path, exc.strerror or type(exc).__name__)
            return False
        self.window.statusBar().showMessage(
            self.tr("カレンダーファイルを保存しました: {path}").format(path=path), 6000
        )
        return True

    def _error(self, path: str, detail: str) -> None:
        text = self.tr("カレンダーファイルを保存できませんでした。\n{path}").format(path=path)
        self.warn(self.tr("カレンダー"), text, name="calendarErrorBox", detail=detail)

    # ----- View ▸ ログイン時に知らせる ----------------------------------------------------------------
    def sync_login_state(self) -> None:
        from app.desktop import autostart

        self.login_action.blockSignals(True)
        self.login_action.setChecked(autostart.is_enabled())
        self.login_action.blockSignals(False)

    def set_at_login(self, on: bool) -> None:
        from app.desktop import autostart
        from app.desktop.launch import app_command

        try:
            if on:
                autostart.enable(app_command(self.window.data_dir), autostart.LOGIN_ITEM_TEXTS)
            else:
                autostart.disable()
        except OSError as exc:
            log.warning("The login item could not be changed: %s", type(exc).__name__)
            self.sync_login_state()
            self.warn(
                self.tr("ログイン時に知らせる"),
                self.tr("ログイン時のお知らせを設定できませんでした。"),
                name="loginItemErrorBox",
                detail=exc.strerror or str(exc),
            )
            return
        self.sync_login_state()
        text = (
            self.tr("ログインしたときに、その日に確かめることを知らせます")
            if on
            else self.tr("ログイン時のお知らせをやめました")
        )
        self.window.statusBar().showMessage(text, 6000)


def install(
    window: MainWindow, after: QAction | None = None, session: SessionGetter = no_session
) -> ReminderActions:
    """Add the actions to the window's menus: File (``after`` the given entry, e.g. the checklist's
    用紙サイズ submenu, else above 終了), View (at the end); they live as long as the window."""
    actions = ReminderActions(window, session)
    anchor = window.quit_action
    menu_actions = window.file_menu.actions()
    if after is not None and after in menu_actions:
        following = menu_actions.index(after) + 1
        anchor = menu_actions[following] if following < len(menu_actions) else window.quit_action
    window.file_menu.insertAction(anchor, actions.export_action)
    window.view_menu.addSeparator()
    window.view_menu.addAction(actions.login_action)
    return actions
