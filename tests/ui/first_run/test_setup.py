"""The first-run setup creates the members it was given, on the real store, and can be skipped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.model import Relation
from app.ui.first_run.setup import (
    SETTING_DEVICE,
    Device,
    FirstRunDialog,
    needs_first_run,
    open_setup,
)
from tests.ui.conftest import OpenWindow, open_window, stored

__all__ = ["open_window"]


def _fill(dialog: FirstRunDialog, own: str, others: list[tuple[str, Relation]]) -> None:
    dialog.lines[0].name.setText(own)
    for name, relation in others:
        QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        line = dialog.lines[-1]
        line.name.setText(name)
        line.relation.setCurrentIndex(line.relation.findData(relation.value))


def test_setup_creates_the_members_it_was_given(open_window: OpenWindow, tmp_path: Path) -> None:
    window, session = open_window()
    assert needs_first_run(window.settings)
    assert [m.profile.display_name for m in session.members] == ["本人"]  # made on first start
    dialog = open_setup(window, session)
    _fill(dialog, "山田 太郎", [("山田 花子", Relation.SPOUSE), ("山田 一郎", Relation.CHILD)])
    QTest.mouseClick(dialog.device.button_for(Device.PHONE), Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    store = stored(tmp_path)  # what a later start reads back
    try:
        profiles = {m.profile.display_name: m.profile.relation for m in store.load_household().members}
    finally:
        store.close()
    assert profiles == {"山田 太郎": Relation.SELF, "山田 花子": Relation.SPOUSE, "山田 一郎": Relation.CHILD}
    assert session.profile is not None and session.profile.display_name == "山田 太郎"
    assert window.settings.value(SETTING_DEVICE) == Device.PHONE.value
    assert not needs_first_run(window.settings)


def test_running_it_again_adds_nobody_twice_and_skip_changes_nothing(open_window: OpenWindow) -> None:
    window, session = open_window()
    first = open_setup(window, session)
    _fill(first, "太郎", [("花子", Relation.SPOUSE)])
    first.accept()
    again = open_setup(window, session)
    assert again.lines[0].name.text() == "太郎" and "花子" in again.registered.text()
    _fill(again, "太郎", [("花子", Relation.SPOUSE), ("", Relation.CHILD)])  # an empty line is ignored
    again.accept()
    assert sorted(m.profile.display_name for m in session.members) == ["太郎", "花子"]
    skipped = open_setup(window, session)
    _fill(skipped, "次郎", [])
    QTest.mouseClick(skipped.skip_button, Qt.MouseButton.LeftButton)
    assert sorted(m.profile.display_name for m in session.members) == ["太郎", "花子"]


def test_the_help_menu_opens_the_setup(open_window: OpenWindow) -> None:
    window, _session = open_window()
    action = window.help.setup_action
    assert action.isEnabled()
    action.trigger()
    dialogs = window.findChildren(FirstRunDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()
