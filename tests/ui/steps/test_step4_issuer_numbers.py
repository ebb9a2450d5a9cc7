"""STEP4 issuer numbers: remembered only in a real keyring backend (keyrings.alt in a temp directory).

The database gets the opaque reference alone; the number never reaches SQLite, the backup, the log or
a widget that is not masked. Without a keychain nothing is stored unless the person opts in.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.model import Channel, Relation, TaskState
from app.domain.steps import StepId
from app.session import HouseholdSession
from app.store import messages
from app.store.backup import export_backup
from app.store.repository import Store
from app.store.secrets import PLAINTEXT_FILE, SERVICE_NAME, SecretStore, choose_backend
from app.ui.shell.main_window import MainWindow
from app.ui.steps.secret_clipboard import clear_copied_secret, copy_secret, secret_clipboard_formats
from app.ui.steps.step4_issuer_numbers import numbers_for
from app.ui.steps.step4_issuer_tasks import IssuerTaskList
from app.ui.steps.step4_number_dialogs import RememberNumberDialog, ShowNumberDialog
from app.ui.steps.step4_number_row import NumberRow
from tests.ui.conftest import OpenWindow, open_window, plan_views, seed, stored

__all__ = ["open_window", "seed"]  # fixtures shared with test_plan_household

Seed = Callable[[Callable[[Store], object]], None]
NUMBER = "SEC-7731-0042-8890"


def _life_insurance(store: Store) -> None:
    me = store.add_profile("本人", Relation.SELF)
    for item in ("step0.card", "step1.register", "step2.select"):
        store.set_progress(me.id, item, state=TaskState.DONE)
    store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)


@pytest.fixture
def keychain(tmp_path: Path) -> PlaintextKeyring:
    """A real keyring backend whose file lives in the test's temporary directory."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keychain" / "keyring.cfg")
    return backend


@pytest.fixture
def step4(
    open_window: OpenWindow, seed: Seed, keychain: PlaintextKeyring
) -> Iterator[tuple[MainWindow, HouseholdSession, NumberRow]]:
    """The window on STEP4 with 第一生命's row; numbers go to ``keychain`` (standing for the OS one)."""
    seed(_life_insurance)
    window, session = open_window()
    secrets = SecretStore.for_backend(keychain)
    numbers_for(session).choose = lambda _allow: secrets.choice
    yield window, session, number_row(session)


def number_row(session: HouseholdSession) -> NumberRow:
    tasks = next(v for v in plan_views(session).views[StepId.STEP4] if isinstance(v, IssuerTaskList))
    certificate = session.household.members[0].certificates[0]
    return tasks.card(certificate.id).number


def stored_ref(tmp_path: Path) -> str | None:
    with stored(tmp_path) as store:
        return store.load_household().members[0].certificates[0].secret_ref


def database_bytes(tmp_path: Path) -> bytes:
    """Every byte SQLite wrote: the database, its WAL and shared memory."""
    return b"".join(p.read_bytes() for p in sorted(tmp_path.glob("*.db*")) if p.is_file())


def appears_in(data: bytes, number: str) -> bool:
    return any(number.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def enter_number(qtbot: QtBot, dialog: RememberNumberDialog, number: str) -> None:
    qtbot.waitUntil(dialog.isVisible)  # opened with .open(); waitExposed is a context manager
    QTest.keyClicks(dialog.field, number)


def test_remember_stores_the_number_in_the_keychain_only(
    qtbot: QtBot,
    step4: tuple[MainWindow, HouseholdSession, NumberRow],
    keychain: PlaintextKeyring,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    window, session, row = step4
    assert row.remember_button.isVisibleTo(row) and not row.show_button.isVisibleTo(row)
    assert row.remember_button.text() == "番号を記録…"
    assert row.remember_button.accessibleName() == "第一生命の番号を記録する"

    QTest.mouseClick(row.remember_button, Qt.MouseButton.LeftButton)
    dialog = row.dialog
    assert isinstance(dialog, RememberNumberDialog) and dialog.isModal()
    assert dialog.field.echoMode() is QLineEdit.EchoMode.Password  # masked while typing
    assert dialog.field.accessibleName() == "第一生命の番号"
    assert not dialog.opt_in.isVisibleTo(dialog)  # a keychain is there: no opt-in needed
    assert not dialog.save_button.isEnabled()
    enter_number(qtbot, dialog, NUMBER)
    assert dialog.save_button.isEnabled()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.dialog is None)

    ref = stored_ref(tmp_path)
    assert ref is not None and ref.startswith("mp-") and NUMBER not in ref
    assert keychain.get_password(SERVICE_NAME, ref) == NUMBER
    assert not appears_in(database_bytes(tmp_path), NUMBER)
    assert ref.encode() in database_bytes(tmp_path)  # the check above looks at the right bytes
    backup = tmp_path / "backup.json"
    with stored(tmp_path) as store:
        export_backup(store, backup)
    text = backup.read_text(encoding="utf-8")
    assert NUMBER not in text and ref not in text
    assert json.loads(text)["profiles"][0]["certificates"][0]["number_remembered"] is True
    assert NUMBER not in caplog.text
    assert not (tmp_path / PLAINTEXT_FILE).exists()

    # The row now says it is remembered, and offers show / copy / forget.
    assert row.status.text() == "番号: 記録済み" and row.status.isVisibleTo(row)
    assert not row.remember_button.isVisibleTo(row)
    assert all(b.isVisibleTo(row) for b in (row.show_button, row.copy_button, row.forget_button))
    assert window.statusBar().currentMessage() == "番号を記録しました"
    assert session.household.members[0].certificates[0].secret_ref == ref


def test_show_is_masked_until_asked_and_copy_puts_it_on_the_clipboard(
    qtbot: QtBot, step4: tuple[MainWindow, HouseholdSession, NumberRow]
) -> None:
    _window, _session, row = step4
    assert row.numbers.remember(row.certificate_id, NUMBER) is None
    QTest.mouseClick(row.show_button, Qt.MouseButton.LeftButton)
    dialog = row.dialog
    assert isinstance(dialog, ShowNumberDialog)
    qtbot.waitUntil(dialog.isVisible)  # opened with .open(); waitExposed is a context manager
    assert dialog.field.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.field.text() == NUMBER and dialog.field.isReadOnly()
    assert dialog.field.displayText() != NUMBER  # what is painted: bullets
    dialog.show_toggle.setChecked(True)
    assert dialog.field.displayText() == NUMBER
    dialog.reject()
    qtbot.waitUntil(lambda: row.dialog is None)

    assert row.copy()
    clipboard = QApplication.clipboard()
    assert clipboard.text() == NUMBER
    mime = clipboard.mimeData()
    assert mime is not None and bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    clipboard.clear()


def test_forget_deletes_the_keychain_entry_and_the_reference(
    qtbot: QtBot,
    step4: tuple[MainWindow, HouseholdSession, NumberRow],
    keychain: PlaintextKeyring,
    tmp_path: Path,
) -> None:
    window, _session, row = step4
    assert row.numbers.remember(row.certificate_id, NUMBER) is None
    ref = stored_ref(tmp_path)
    assert ref is not None

    QTest.mouseClick(row.forget_button, Qt.MouseButton.LeftButton)
    box = row.confirm_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)  # opened with .open(); waitExposed is a context manager
    assert box.text() == "第一生命の番号の記録を消しますか？キーチェーンからも削除されます。"
    assert stored_ref(tmp_path) == ref  # nothing happens before the answer
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: stored_ref(tmp_path) is None)

    assert keychain.get_password(SERVICE_NAME, ref) is None
    assert row.remember_button.isVisibleTo(row) and not row.status.isVisibleTo(row)
    assert window.statusBar().currentMessage() == "番号の記録を消しました"


def test_replacing_a_number_keeps_its_reference(
    qtbot: QtBot,
    step4: tuple[MainWindow, HouseholdSession, NumberRow],
    keychain: PlaintextKeyring,
    tmp_path: Path,
) -> None:
    _window, _session, row = step4
    assert row.numbers.remember(row.certificate_id, NUMBER) is None
    ref = stored_ref(tmp_path)
    assert row.numbers.remember(row.certificate_id, "  NEW-1  ") is None
    assert stored_ref(tmp_path) == ref and ref is not None
    assert keychain.get_password(SERVICE_NAME, ref) == "NEW-1"
    assert row.numbers.remember(row.certificate_id, "   ") == "番号を入力してください。"
    assert keychain.get_password(SERVICE_NAME, ref) == "NEW-1"


def test_a_number_missing_from_the_keychain_is_said_in_words(
    qtbot: QtBot,
    step4: tuple[MainWindow, HouseholdSession, NumberRow],
    keychain: PlaintextKeyring,
    tmp_path: Path,
) -> None:
    _window, _session, row = step4
    assert row.numbers.remember(row.certificate_id, NUMBER) is None
    ref = stored_ref(tmp_path)
    assert ref is not None
    keychain.delete_password(SERVICE_NAME, ref)  # e.g. the database was copied to another PC
    assert row.open_show() is None
    box = row.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "キーチェーンにこの番号が見つかりませんでした（必要ならもう一度記録してください）。"
    box.close()


@pytest.fixture
def headless(open_window: OpenWindow, seed: Seed, tmp_path: Path) -> tuple[HouseholdSession, NumberRow]:
    """No OS keychain: keyring's own fail backend, decided by the real choose_backend."""
    seed(_life_insurance)
    _window, session = open_window()
    nothing = fail.Keyring()  # type: ignore[no-untyped-call]
    numbers_for(session).choose = lambda allow: choose_backend(
        tmp_path, allow_plaintext=allow, candidate=nothing
    )
    return session, number_row(session)


def test_without_a_keychain_nothing_is_stored_unless_the_person_opts_in(
    qtbot: QtBot, headless: tuple[HouseholdSession, NumberRow], tmp_path: Path
) -> None:
    _session, row = headless
    dialog = row.open_remember()
    enter_number(qtbot, dialog, NUMBER)
    assert dialog.backend_note.isVisibleTo(dialog)
    assert dialog.backend_note.text() == str(messages.NO_KEYRING)
    assert dialog.opt_in.isVisibleTo(dialog)
    assert dialog.opt_in.text() == "暗号化されないファイルに保存することに同意する(&A)"
    assert dialog.opt_in.accessibleName() == "暗号化されないファイルに保存することに同意する"
    assert not dialog.opt_in.isChecked()
    assert not dialog.save_button.isEnabled()  # no opt-in: nothing to save with
    dialog.accept()  # even when forced (Enter, a slot): refused in words, dialog stays open
    assert dialog.isVisible()
    assert dialog.error.text() == f"⚠ {messages.NO_KEYRING}"
    assert row.numbers.remember(row.certificate_id, NUMBER) == str(messages.NO_KEYRING)
    assert stored_ref(tmp_path) is None
    assert not (tmp_path / PLAINTEXT_FILE).exists()
    assert not appears_in(database_bytes(tmp_path), NUMBER)
    dialog.reject()
    qtbot.waitUntil(lambda: row.dialog is None)


def test_the_opt_in_stores_in_the_data_folders_private_file(
    qtbot: QtBot, headless: tuple[HouseholdSession, NumberRow], tmp_path: Path
) -> None:
    _session, row = headless
    dialog = row.open_remember()
    enter_number(qtbot, dialog, NUMBER)
    dialog.opt_in.setChecked(True)
    assert dialog.save_button.isEnabled()
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.dialog is None)

    ref = stored_ref(tmp_path)
    plaintext = tmp_path / PLAINTEXT_FILE
    assert ref is not None and plaintext.exists()
    assert stat.S_IMODE(os.stat(plaintext).st_mode) == 0o600
    backend = PlaintextKeyring()
    backend.file_path = str(plaintext)
    assert backend.get_password(SERVICE_NAME, ref) == NUMBER
    assert not appears_in(database_bytes(tmp_path), NUMBER)
    assert row.status.text() == "番号: 記録済み"
    # The opt-in is remembered: the next dialog says where numbers go and asks nothing.
    again = row.open_remember()
    assert again.backend_note.text() == str(messages.PLAINTEXT_IN_USE) and not again.opt_in.isVisibleTo(again)
    again.reject()
    assert row.forget()
    assert backend.get_password(SERVICE_NAME, ref) is None and stored_ref(tmp_path) is None


def test_a_removed_issuers_number_stays_while_undo_is_offered_and_goes_when_the_window_closes(
    qtbot: QtBot,
    step4: tuple[MainWindow, HouseholdSession, NumberRow],
    keychain: PlaintextKeyring,
    tmp_path: Path,
) -> None:
    window, session, row = step4
    certificate_id = row.certificate_id
    assert row.numbers.remember(certificate_id, NUMBER) is None
    ref = stored_ref(tmp_path)
    assert ref is not None
    session.remove_certificates([certificate_id], "第一生命")
    assert keychain.get_password(SERVICE_NAME, ref) == NUMBER  # undo could still bring it back
    session.undo_stack.undo()
    assert stored_ref(tmp_path) == ref
    assert numbers_for(session).read(certificate_id) == (NUMBER, None)
    session.undo_stack.redo()
    assert numbers_for(session).removed_refs() == (ref,)
    window.close()
    assert keychain.get_password(SERVICE_NAME, ref) is None


def test_the_number_row_and_backup_actions_speak_english(
    step4: tuple[MainWindow, HouseholdSession, NumberRow],
) -> None:
    window, session, _row = step4
    window.language_menu.choose("en")
    row = number_row(session)  # the views are rebuilt in the new language
    assert row.remember_button.text() == "Remember number…"
    assert row.remember_button.accessibleName() == "Remember the number for 第一生命"
    dialog = row.open_remember()
    assert dialog.save_button.text() == "Remember"
    assert dialog.show_toggle.text() == "&Show the number"
    dialog.reject()
    assert window.backup_actions.export_action.text() == "&Back up to a file…"
    assert window.backup_actions.import_action.text() == "&Restore from a backup…"
    window.language_menu.choose("ja")


# --- issue 12, item 12: the clipboard ----------------------------------------------------------------


def test_copy_marks_the_number_for_this_platforms_clipboard_history(qtbot: QtBot) -> None:
    copy_secret(NUMBER)
    mime = QApplication.clipboard().mimeData()
    assert mime is not None and mime.text() == NUMBER
    for fmt, value in secret_clipboard_formats(sys.platform).items():
        assert bytes(mime.data(fmt).data()) == value
    clear_copied_secret()
    assert QApplication.clipboard().text() == ""


def test_each_platform_gets_its_exclusion_formats() -> None:
    assert secret_clipboard_formats("linux") == {"x-kde-passwordManagerHint": b"secret"}
    assert secret_clipboard_formats("win32") == {
        "ExcludeClipboardContentFromMonitorProcessing": b"\x01",
        "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
        "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    }
    assert secret_clipboard_formats("darwin") == {"application/x-nspasteboard-concealed-type": b"secret"}


def test_the_copied_number_is_cleared_on_quit_but_not_what_was_copied_since(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    copy_secret(NUMBER)
    assert app.aboutToQuit.disconnect(clear_copied_secret)  # it was connected: quitting clears
    app.aboutToQuit.connect(clear_copied_secret)
    clear_copied_secret()  # what aboutToQuit runs
    assert app.clipboard().text() == ""

    copy_secret(NUMBER)
    app.clipboard().setText("ほかのアプリでコピーした文字")
    clear_copied_secret()
    assert app.clipboard().text() == "ほかのアプリでコピーした文字"
    app.clipboard().clear()
