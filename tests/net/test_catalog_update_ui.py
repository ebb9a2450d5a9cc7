"""Help → カタログの更新を確認… under qasync: progress, Cancel, repaint during a slow download, reload."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.net.download import Fetcher
from app.session import HouseholdSession
from app.store import catalog_files
from app.store.update_document import sign
from app.ui.actions.catalog_update import SETTINGS_CHECK_AT_START, CatalogUpdateActions
from app.ui.application import attach, build_window
from app.ui.shell.main_window import MainWindow
from tests.net.conftest import DOC, GENEROUS, INSTALLED_VERSION, Keys, Publisher, document, trusting
from tests.net.server import Gate, LocalServer

NEWER = "2099.3.0"


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)
    gc.collect()


@pytest.fixture
def trust_test_key(keys: Keys) -> Iterator[None]:
    """The household session reads the active catalog with the trusted key: the test's here."""
    with trusting(keys.public):
        yield


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    win = build_window(data_dir, "ja")
    qtbot.addWidget(win)
    win.resize(900, 640)
    with qtbot.waitExposed(win):
        win.show()
    return win


def actions_for(window: MainWindow, url: str, keys: Keys) -> CatalogUpdateActions:
    fetcher = Fetcher(GENEROUS, allow_loopback_http=True)
    session = lambda: window.session  # noqa: E731  # the one attach() gave the window, once loaded
    return CatalogUpdateActions(window, session, url=url, fetcher=fetcher, public_key=keys.public)


class PaintCounter(QObject):
    def __init__(self, target: QObject) -> None:
        super().__init__()
        self.count = 0
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_menu_offers_the_check_and_the_start_up_choice_is_off(window: MainWindow) -> None:
    texts = [a.text() for a in window.help_menu.actions()]
    assert "カタログの更新を確認(&U)…" in texts and "起動時にカタログの更新を確認する" in texts
    updates = window.catalog_updates
    assert not updates.start_up_action.isChecked() and not updates.check_at_start_up
    assert updates.schedule_start_up_check() is False  # no network without the user's choice
    updates.start_up_action.setChecked(True)
    assert window.settings.value(SETTINGS_CHECK_AT_START) == "true"
    assert CatalogUpdateActions(window).start_up_action.isChecked()


def test_window_repaints_during_a_slow_download_then_reloads_the_catalog(
    window: MainWindow,
    server: LocalServer,
    keys: Keys,
    data_dir: Path,
    loop: qasync.QEventLoop,
    trust_test_key: None,
) -> None:
    session = attach(window, data_dir)
    assert isinstance(session, HouseholdSession)
    assert session.catalog.catalog_version == INSTALLED_VERSION
    body = document(NEWER)
    gate = Gate()
    server.gated(DOC, body, gate)  # the body stops half-way until the window has repainted
    server.serve(DOC + ".sig", sign(body, keys.private))
    updates = actions_for(window, server.url(DOC), keys)
    paints = PaintCounter(window)
    seen: dict[str, int] = {}

    def tick() -> None:
        window.statusBar().showMessage(f"tick {paints.count}")
        window.update()
        dialog = updates.dialog
        if dialog is not None and dialog.bar.value() > 0:
            seen.setdefault("paints_at_first_bytes", paints.count)
            if paints.count >= seen["paints_at_first_bytes"] + 3:
                seen["paints_while_waiting"] = paints.count - seen["paints_at_first_bytes"]
                gate.open()

    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(tick)
    ticker.start()
    result = loop.run_until_complete(updates.run_check(interactive=True))
    ticker.stop()
    assert seen["paints_while_waiting"] >= 3  # painted three times while the download was stalled
    assert result.status == "updated" and NEWER in result.text
    assert session.catalog.catalog_version == NEWER
    assert catalog_files.active(data_dir, keys.public).version == NEWER
    assert updates.result_box is not None and updates.result_box.text() == result.text


@pytest.mark.parametrize("how", ["cancel button", "closing the window"])
def test_cancel_in_the_progress_dialog_keeps_the_catalog(
    how: str, window: MainWindow, server: LocalServer, keys: Keys, data_dir: Path, loop: qasync.QEventLoop
) -> None:
    before = catalog_files.accepted_path(data_dir).read_bytes()
    body = document(NEWER)
    server.gated(DOC, body, Gate())  # never completes
    server.serve(DOC + ".sig", sign(body, keys.private))
    updates = actions_for(window, server.url(DOC), keys)

    def press_cancel_once_bytes_arrive() -> None:
        dialog = updates.dialog
        if dialog is not None and dialog.bar.value() > 0:
            if how == "cancel button":
                dialog.cancel_button.click()
            else:
                window.close()

    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(press_cancel_once_bytes_arrive)
    ticker.start()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # Closing the only window would end the test's event loop too (as it ends the app's): keep it.
    app.setQuitOnLastWindowClosed(False)
    try:
        result = loop.run_until_complete(updates.run_check(interactive=True))
    finally:
        app.setQuitOnLastWindowClosed(True)
        ticker.stop()
    assert result.status == "cancelled"
    assert catalog_files.accepted_path(data_dir).read_bytes() == before
    assert updates.result_box is None  # the user chose to stop: no box to dismiss
    assert updates.check_action.isEnabled() and updates.dialog is None
    if how == "cancel button":
        assert window.statusBar().currentMessage() == result.text


def test_refused_update_is_one_sentence_in_a_box(
    window: MainWindow, publisher: Publisher, keys: Keys, data_dir: Path, loop: qasync.QEventLoop
) -> None:
    before = catalog_files.accepted_path(data_dir).read_bytes()
    url = publisher.publish(document("2099.0.1"))  # validly signed, older than the one in use
    updates = actions_for(window, url, keys)
    result = loop.run_until_complete(updates.run_check(interactive=True))
    assert result.status == "older"
    assert result.text == "受け取ったカタログが今お使いのものより古いため、使いませんでした。"
    assert updates.result_box is not None and updates.result_box.text() == result.text
    assert catalog_files.accepted_path(data_dir).read_bytes() == before


def test_start_up_check_runs_quietly_when_turned_on(
    window: MainWindow, publisher: Publisher, keys: Keys, data_dir: Path, loop: qasync.QEventLoop
) -> None:
    url = publisher.publish(document(NEWER))
    updates = actions_for(window, url, keys)
    updates.start_up_action.setChecked(True)
    versions: list[str] = []
    updates.updated.connect(versions.append)
    result = loop.run_until_complete(updates.run_check(interactive=False))
    assert result.status == "updated" and versions == [NEWER]
    assert updates.result_box is None and window.statusBar().currentMessage() == result.text
