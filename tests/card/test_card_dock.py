"""The card panel in the main window, bound to the household on a real store, with the
virtual card through pyscard → pcscd → vpcd."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.model import Relation
from app.session import HouseholdSession
from app.store.repository import Store
from app.ui.application import attach, build_window, give_card_reader
from app.ui.card_reader.dock import CardBinding
from app.ui.shell.main_window import MainWindow
from tests.card.conftest import Cards, PcscStack
from tests.card.test_card_panel import answer_dialog
from tests.vcard.jpki_card import AUTH_PIN

pytestmark = pytest.mark.pcsc


@pytest.fixture
def docked(
    pcscd: PcscStack, qtbot: QtBot, tmp_path: Path, loop: qasync.QEventLoop
) -> Iterator[tuple[MainWindow, HouseholdSession, CardBinding]]:
    window = build_window(tmp_path, "ja")
    qtbot.addWidget(window)
    window.restore()
    with qtbot.waitExposed(window):
        window.show()
    controller = attach(window, tmp_path)
    parts = give_card_reader(window, controller)
    loop.run_until_complete(asyncio.sleep(0.3))  # the monitor's first report and the panel's refresh
    yield window, controller, parts.binding
    assert parts.monitor is not None
    parts.monitor.stop()
    parts.panel.shutdown()
    controller.close()
    gc.collect()


def test_authenticating_binds_the_card_and_inserting_it_switches_member(
    docked: tuple[MainWindow, HouseholdSession, CardBinding],
    cards: Cards,
    loop: qasync.QEventLoop,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window, controller, binding = docked
    panel = binding.panel
    assert panel is not None and controller.profile is not None
    own_id = controller.profile.id
    card = cards.insert("normal")

    answer_dialog(loop, panel, AUTH_PIN)
    assert loop.run_until_complete(panel.authenticate()) is True
    box = binding.offer_box
    assert box is not None and box.isVisible()
    assert controller.profile.display_name in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    # said where the person is looking, not only in the status bar: whose card this is now
    assert not panel.owner_label.isHidden() and controller.profile.display_name in panel.owner_label.text()
    assert "登録しました" in panel.owner_label.text()
    sha = card.model.certs.auth_sha256
    assert controller.profile_for_card(sha) is not None
    assert controller.profile_for_card(sha).id == own_id  # type: ignore[union-attr]
    with Store.open(tmp_path).store as store:
        bound = store.profile_for_card(sha)
    assert bound is not None and bound.id == own_id  # saved, not just shown

    # Another member is current; the bound card, inserted again, switches back to its owner.
    assert controller.add_profile("母", Relation.PARENT) is None
    assert controller.profile is not None and controller.profile.id != own_id
    cards.remove(card)
    loop.run_until_complete(asyncio.sleep(0.5))  # pcscd's re-insert race (pcsc-test-stack.md)
    cards.insert("normal")

    async def switched() -> None:
        while controller.profile is None or controller.profile.id != own_id:
            await asyncio.sleep(0.05)

    loop.run_until_complete(asyncio.wait_for(switched(), 8))
    assert "カードです" in window.statusBar().currentMessage()
    assert "カードです" in panel.owner_label.text() and not panel.owner_label.isHidden()


def test_declining_keeps_the_card_unbound(
    docked: tuple[MainWindow, HouseholdSession, CardBinding],
    cards: Cards,
    loop: qasync.QEventLoop,
) -> None:
    _window, controller, binding = docked
    panel = binding.panel
    assert panel is not None
    card = cards.insert("normal")
    answer_dialog(loop, panel, AUTH_PIN)
    assert loop.run_until_complete(panel.authenticate()) is True
    assert binding.offer_box is not None
    binding.offer_box.button(QMessageBox.StandardButton.No).click()
    assert controller.profile_for_card(card.model.certs.auth_sha256) is None


def test_pulling_the_card_closes_the_password_dialog_and_focus_stays_put(
    docked: tuple[MainWindow, HouseholdSession, CardBinding],
    cards: Cards,
    loop: qasync.QEventLoop,
) -> None:
    window, _controller, binding = docked
    panel = binding.panel
    card = cards.insert("normal")

    async def diagnosed() -> None:
        while panel.busy or not panel.auth_button.isVisible() or not panel.auth_button.isEnabled():
            await asyncio.sleep(0.05)

    window.show_page(1)  # STEP1: the card reader is in the page, unfolded
    loop.run_until_complete(asyncio.wait_for(diagnosed(), 8))
    panel.refresh_button.setFocus()
    loop.run_until_complete(panel.refresh())
    assert panel.refresh_button.hasFocus() or panel.focusWidget() is panel.refresh_button  # not 閉じる
    task = panel.spawn(panel.authenticate())

    async def asked() -> None:
        while panel.active_dialog is None or not panel.active_dialog.isVisible():
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(asked(), 8))
    assert panel.working_label.isHidden() or panel.busy  # "working" only while the card is read
    cards.remove(card)
    loop.run_until_complete(asyncio.wait_for(task, 8))
    assert task.result() is False and panel.active_dialog is None  # closed, nothing was sent
    assert card.model.verify_with_data == 0
