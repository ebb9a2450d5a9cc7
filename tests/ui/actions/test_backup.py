"""File → バックアップを書き出す… / バックアップから読み込む…: real store, real dialogs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.model import Channel, Household, Relation, TaskState
from app.store import messages
from app.store.backup import export_backup
from app.store.backup_format import FORMAT_ID, FORMAT_VERSION
from app.store.messages import Message
from app.store.repository import Store
from app.store.secrets import SERVICE_NAME, SecretStore
from app.ui.actions.backup import BackupActions
from app.ui.shell.main_window import MainWindow
from app.ui.steps.step4_issuer_numbers import numbers_for
from tests.ui.conftest import OpenWindow, open_window, profile_bar, seed, stored

__all__ = ["open_window", "seed"]  # fixtures shared with test_plan_household

Seed = Callable[[Callable[[Store], object]], None]


def _family(store: Store) -> None:
    me = store.add_profile("山田 太郎", Relation.SELF)
    spouse = store.add_profile("山田 花子", Relation.SPOUSE)
    store.set_progress(me.id, "step0.card", state=TaskState.DONE)
    store.set_progress(spouse.id, "step1.app", state=TaskState.DONE, note="スマホで済み")
    store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)


def household_now(tmp_path: Path) -> Household:
    with stored(tmp_path) as store:
        return store.load_household()


def actions_of(window: MainWindow) -> BackupActions:
    return window.backup_actions


def message_text(actions: BackupActions) -> str:
    box = actions.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box.text()


def test_the_actions_sit_in_the_file_menu_above_quit(open_window: OpenWindow) -> None:
    window, _session = open_window()
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts[-3:] == ["バックアップを書き出す(&B)…", "バックアップから読み込む(&R)…", "終了(&Q)"]
    actions = actions_of(window)
    assert actions.export_action.statusTip() and actions.import_action.statusTip()
    export = actions.export()
    assert export.isVisible() and export.isModal()
    assert export.accessibleName() == "バックアップの保存先"
    export.reject()


def test_export_then_import_round_trip_in_the_window(
    qtbot: QtBot, open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    seed(_family)
    window, session = open_window()
    actions = actions_of(window)
    before = household_now(tmp_path)

    # Export through the save dialog, as a person would.
    target = tmp_path / "out" / "family.json"
    target.parent.mkdir()
    dialog = actions.export()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == (FORMAT_ID, FORMAT_VERSION)
    assert [p["display_name"] for p in document["profiles"]] == ["山田 太郎", "山田 花子"]
    assert window.statusBar().currentMessage() == f"2 人分の記録を書き出しました: {target}"

    # Change the household in the window: a third member.
    assert session.add_profile("山田 松", Relation.PARENT) is None
    assert len(household_now(tmp_path).members) == 3

    # Import through the open dialog, then the confirmation.
    dialog = actions.import_()
    assert isinstance(dialog, QFileDialog)
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: actions.confirm_box is not None and actions.confirm_box.isVisible())
    box = actions.confirm_box
    assert box is not None
    assert box.text() == (
        "いまの世帯の記録（3 人分）を、バックアップの記録（2 人分）ですべて置き換えますか？"
    )
    assert len(household_now(tmp_path).members) == 3  # nothing replaced before the answer
    replace = box.button(QMessageBox.StandardButton.Yes)
    assert replace.text() == "置き換える"
    replace.click()
    qtbot.waitUntil(lambda: actions.last_import is not None)

    after = household_now(tmp_path)
    assert after == before  # ids, progress, notes and certificates as exported
    assert session.household == after  # the window reloaded
    names = [profile_bar(session).combo.itemText(i) for i in range(profile_bar(session).combo.count())]
    assert not any("山田 松" in n for n in names)
    assert window.statusBar().currentMessage() == f"{target} から 2 人分の記録を読み込みました"
    assert not session.undo_stack.canUndo()


def test_cancelled_import_changes_nothing(
    qtbot: QtBot, open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    seed(_family)
    window, session = open_window()
    actions = actions_of(window)
    target = tmp_path / "family.json"
    assert actions.export_to(str(target))
    assert session.add_profile("山田 松", Relation.PARENT) is None
    before = household_now(tmp_path)
    box = actions.confirm_import(str(target))
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: actions.confirm_box is None)
    assert household_now(tmp_path) == before and actions.last_import is None


def _newer(path: Path) -> None:
    path.write_text(json.dumps({"format": FORMAT_ID, "version": FORMAT_VERSION + 1, "profiles": []}))


def _foreign(path: Path) -> None:
    path.write_text(json.dumps({"format": "something-else", "version": 1}))


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00\xffnot json at all")


def _missing_name(path: Path) -> None:
    doc = {
        "format": FORMAT_ID,
        "version": 1,
        "exported_at": "2026-04-28T00:00:00+00:00",
        "app_version": "0",
        "profiles": [{"id": 1, "display_name": "", "relation": "self"}],
    }
    path.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    ("write", "sentence"),
    [
        (_newer, messages.backup_newer),
        (_foreign, messages.backup_foreign),
        (_garbage, messages.backup_not_json),
        (_missing_name, lambda p: messages.backup_invalid(p, "profiles[0].display_name")),
    ],
)
def test_a_bad_file_is_refused_in_one_sentence_and_nothing_changes(
    qtbot: QtBot,
    open_window: OpenWindow,
    seed: Seed,
    tmp_path: Path,
    write: Callable[[Path], None],
    sentence: Callable[[Path], Message],
) -> None:
    seed(_family)
    window, session = open_window()
    actions = actions_of(window)
    bad = tmp_path / "bad.json"
    write(bad)
    before = household_now(tmp_path)

    dialog = actions.import_()
    dialog.selectFile(str(bad))
    dialog.accept()
    qtbot.waitUntil(lambda: actions.message_box is not None)
    assert message_text(actions) == str(sentence(bad))
    assert actions.confirm_box is None  # never asked: the file was refused first
    assert window.statusBar().currentMessage() == str(sentence(bad))
    # Even when asked to import it directly, the file is refused and nothing changes.
    assert not actions.import_from(str(bad))
    assert household_now(tmp_path) == before == session.household


def test_import_forgets_the_replaced_households_numbers(
    qtbot: QtBot, open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    seed(_family)
    window, session = open_window()
    actions = actions_of(window)
    target = tmp_path / "family.json"
    assert actions.export_to(str(target))

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "kr.cfg")
    secrets = SecretStore.for_backend(backend)
    numbers = numbers_for(session)
    numbers.choose = lambda _allow: secrets.choice
    certificate = session.household.members[0].certificates[0]
    assert numbers.remember(certificate.id, "POL-5555-0001") is None
    ref = household_now(tmp_path).members[0].certificates[0].secret_ref
    assert ref is not None and backend.get_password(SERVICE_NAME, ref) == "POL-5555-0001"

    assert actions.import_from(str(target))
    assert household_now(tmp_path).members[0].certificates[0].secret_ref is None
    assert actions.last_import is not None and actions.last_import.dropped_secret_refs == (ref,)
    assert backend.get_password(SERVICE_NAME, ref) is None  # the keyring entry is gone too
    assert "POL-5555-0001" not in target.read_text(encoding="utf-8")


def test_import_says_numbers_must_be_entered_again(
    qtbot: QtBot, open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    def fill(store: Store) -> None:
        _family(store)
        cert = store.load_household().members[0].certificates[0]
        store.set_certificate_secret(cert.id, "mp-" + "0" * 32)

    seed(fill)
    window, _session = open_window()
    actions = actions_of(window)
    target = tmp_path / "family.json"
    assert actions.export_to(str(target))
    assert json.loads(target.read_text())["profiles"][0]["certificates"][0]["number_remembered"] is True
    assert actions.import_from(str(target))
    box = actions.message_box
    assert isinstance(box, QMessageBox)
    assert box.informativeText().startswith("バックアップには記録した番号が含まれないため")


def test_a_read_only_store_refuses_import_but_still_exports(
    open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    import sqlite3

    from app.store.engine import DB_NAME
    from app.store.migrations import LATEST

    seed(_family)
    backup = tmp_path / "family.json"
    with stored(tmp_path) as store:
        export_backup(store, backup)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")  # written by a newer version: read-only
    conn.commit()
    conn.close()
    window, session = open_window()
    session.ensure_store()
    assert session.read_only
    before = household_now(tmp_path)
    actions = actions_of(window)
    assert actions.confirm_import(str(backup)) is None
    assert message_text(actions) == (
        "読み取り専用で開いているため、バックアップを読み込めません（何も変更していません）。"
    )
    assert household_now(tmp_path) == before
    again = tmp_path / "again.json"
    assert actions.export_to(str(again))  # reading is fine
    assert json.loads(again.read_text())["profiles"] == json.loads(backup.read_text())["profiles"]


def test_import_also_forgets_numbers_only_undo_still_held(
    qtbot: QtBot, open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    seed(_family)
    window, session = open_window()
    actions = actions_of(window)
    target = tmp_path / "family.json"
    assert actions.export_to(str(target))
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "kr.cfg")
    secrets = SecretStore.for_backend(backend)
    numbers = numbers_for(session)
    numbers.choose = lambda _allow: secrets.choice
    certificate = session.household.members[0].certificates[0]
    assert numbers.remember(certificate.id, "POL-5555-0002") is None
    ref = household_now(tmp_path).members[0].certificates[0].secret_ref
    assert ref is not None
    session.remove_certificates([certificate.id], "第一生命")  # undo holds the reference now
    assert backend.get_password(SERVICE_NAME, ref) == "POL-5555-0002"
    assert actions.import_from(str(target))
    assert actions.last_import is not None and actions.last_import.dropped_secret_refs == ()
    assert backend.get_password(SERVICE_NAME, ref) is None
    assert not session.undo_stack.canUndo()
