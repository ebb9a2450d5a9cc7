"""The card panel in the main window, bound to the household on a real store, with the
virtual card through pyscard → pcscd → vpcd."""

from __future__ import annotations

import asyncio
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
from app.ui.card_reader.states import CardState
from app.ui.shell.main_window import MainWindow
from tests.card.conftest import Cards, PcscStack, Removals
from tests.card.test_card_panel import answer_dialog
from tests.event_loop import run, until
from tests.vcard.jpki_card import AUTH_PIN

pytestmark = pytest.mark.pcsc
Docked = tuple[MainWindow, HouseholdSession, CardBinding, Removals]


@pytest.fixture
def docked(pcscd: PcscStack, qtbot: QtBot, tmp_path: Path, loop: qasync.QEventLoop) -> Iterator[Docked]:
    window = build_window(tmp_path, "ja")
    qtbot.addWidget(window)
    window.restore()
    with qtbot.waitExposed(window):
        window.show()
    session = attach(window, tmp_path)
    parts = give_card_reader(window, session)
    panel = parts.panel
    until(
        loop, lambda: panel.state is CardState.NO_CARD and not panel.flows.busy, "the monitor's first report"
    )
    assert parts.monitor is not None
    yield window, session, parts.binding, Removals(parts.monitor)
    assert parts.monitor is not None
    parts.monitor.stop()
    parts.panel.shutdown()
    session.close()


def test_authenticating_binds_the_card_and_inserting_it_switches_member(
    docked: Docked,
    cards: Cards,
    loop: qasync.QEventLoop,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    window, session, binding, removals = docked
    panel = binding.panel
    assert panel is not None and session.profile is not None
    own_id = session.profile.id
    card = cards.insert("normal")

    answer_dialog(loop, panel, AUTH_PIN)
    assert run(loop, panel.flows.authenticate()) is True
    box = binding.offer_box
    assert box is not None and box.isVisible()
    assert session.profile.display_name in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    # said where the person is looking, not only in the status bar: whose card this is now
    assert not panel.owner_label.isHidden() and session.profile.display_name in panel.owner_label.text()
    assert "登録しました" in panel.owner_label.text()
    sha = card.model.certs.auth_sha256
    assert session.profile_for_card(sha) is not None
    assert session.profile_for_card(sha).id == own_id  # type: ignore[union-attr]
    with Store.open(tmp_path).store as store:
        bound = store.profile_for_card(sha)
    assert bound is not None and bound.id == own_id  # saved, not just shown

    # Another member is current; the bound card, inserted again, switches back to its owner.
    assert session.add_profile("母", Relation.PARENT) is None
    assert session.profile is not None and session.profile.id != own_id
    seen = removals.count
    cards.remove(card)
    until(loop, lambda: removals.count > seen, "the monitor to report the removal")
    cards.insert("normal")
    until(loop, lambda: session.profile is not None and session.profile.id == own_id, "the switch")
    assert "カードです" in window.statusBar().currentMessage()
    assert "カードです" in panel.owner_label.text() and not panel.owner_label.isHidden()


def test_declining_keeps_the_card_unbound(
    docked: Docked,
    cards: Cards,
    loop: qasync.QEventLoop,
) -> None:
    _window, session, binding, _removals = docked
    panel = binding.panel
    assert panel is not None
    card = cards.insert("normal")
    answer_dialog(loop, panel, AUTH_PIN)
    assert run(loop, panel.flows.authenticate()) is True
    assert binding.offer_box is not None
    binding.offer_box.button(QMessageBox.StandardButton.No).click()
    assert session.profile_for_card(card.model.certs.auth_sha256) is None


def test_pulling_the_card_closes_the_password_dialog_and_focus_stays_put(
    docked: Docked,
    cards: Cards,
    loop: qasync.QEventLoop,
) -> None:
    window, _session, binding, _removals = docked
    panel = binding.panel
    card = cards.insert("normal")

    window.show_page(1)  # STEP1: the card reader is in the page, unfolded
    until(
        loop,
        lambda: not panel.flows.busy and panel.auth_button.isVisible() and panel.auth_button.isEnabled(),
        "the diagnosis",
    )
    panel.refresh_button.setFocus()
    run(loop, panel.flows.refresh())
    assert panel.refresh_button.hasFocus() or panel.focusWidget() is panel.refresh_button  # not 閉じる
    task = panel.flows.spawn(panel.flows.authenticate())

    until(
        loop,
        lambda: panel.flows.active_dialog is not None and panel.flows.active_dialog.isVisible(),
        "the dialog",
    )
    assert panel.working_label.isHidden() or panel.flows.busy  # "working" only while the card is read
    cards.remove(card)
    # the task itself is awaited inside the loop: its last step (a re-diagnosis) needs a running loop
    run(loop, asyncio.wait_for(task, 60))
    assert task.result() is False and panel.flows.active_dialog is None  # closed, nothing was sent
    assert card.model.verify_with_data == 0
