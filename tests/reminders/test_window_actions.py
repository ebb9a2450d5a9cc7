"""The window's reminders: File ▸ カレンダーに書き出す… writes the same calendar file as the command, and
View ▸ ログイン時に知らせる (off by default) creates and removes the login item; both speak English too."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import i18n
from app.session import HouseholdSession
from app.store.repository import Store
from app.ui.actions.reminders import ReminderActions
from app.ui.application import attach, build_window
from app.ui.shell.main_window import MainWindow
from tests.reminders.conftest import TODAY, fill_household


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A home of its own, so the login item never lands in the real one."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, home: Path) -> Iterator[tuple[MainWindow, ReminderActions]]:
    data = tmp_path / "data"
    store, _ = Store.open(data)
    try:
        fill_household(store)
    finally:
        store.close()
    shown = build_window(data, "ja")
    qtbot.addWidget(shown)
    shown.restore()
    with qtbot.waitExposed(shown):
        shown.show()
    session: HouseholdSession = attach(shown, data, today=lambda: TODAY)
    actions = shown.findChild(ReminderActions, "reminderActions")
    assert isinstance(actions, ReminderActions)
    yield shown, actions
    session.close()


def test_the_menus_hold_the_actions(window: tuple[MainWindow, ReminderActions]) -> None:
    shown, actions = window
    file_items = shown.file_menu.actions()
    assert actions.export_action in file_items
    assert file_items.index(actions.export_action) < file_items.index(shown.quit_action)
    checklist = shown.checklist_actions
    assert checklist is not None
    assert file_items.index(checklist.export_action) < file_items.index(actions.export_action)
    assert actions.login_action in shown.view_menu.actions()
    assert actions.login_action.isCheckable() and not actions.login_action.isChecked()  # off by default
    assert actions.export_action.text() == "カレンダーに書き出す(&C)…"


def test_export_writes_the_households_calendar(
    window: tuple[MainWindow, ReminderActions], tmp_path: Path
) -> None:
    shown, actions = window
    dialog = actions.export()
    assert dialog.defaultSuffix() == "ics"
    dialog.reject()
    target = tmp_path / "dates.ics"
    assert actions.export_to(str(target))
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 8 and "山田 花子" in text and "123456" not in text
    assert str(target) in shown.statusBar().currentMessage()

    link = tmp_path / "link.ics"
    link.symlink_to(target)
    assert not actions.export_to(str(link))
    assert actions.error_box is not None and actions.error_box.objectName() == "calendarErrorBox"
    assert link.is_symlink()


def test_login_switch_creates_and_removes_the_item(
    window: tuple[MainWindow, ReminderActions], home: Path
) -> None:
    _shown, actions = window
    item = home / ".config" / "autostart" / "jp.mynaprep.MynaPrep.reminders.desktop"
    actions.login_action.trigger()
    assert actions.login_action.isChecked() and item.is_file()
    assert "reminders --notify" in item.read_text(encoding="utf-8")
    actions.login_action.trigger()
    assert not actions.login_action.isChecked() and not item.exists()


def test_english(window: tuple[MainWindow, ReminderActions], tmp_path: Path) -> None:
    _shown, actions = window
    i18n.install("en")
    try:
        assert actions.export_action.text() == "Export to &calendar…"
        assert actions.login_action.text() == "Notify &me at login"
        target = tmp_path / "en.ics"
        assert actions.export_to(str(target))
        assert "Filing deadline" in target.read_text(encoding="utf-8")
    finally:
        i18n.install("ja")
