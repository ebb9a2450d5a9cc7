"""The card chip in the header and the card sheet over the real window, on a real store, with the
virtual card through pyscard → pcscd → vpcd."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.domain.card_steps import opens_card_reader
from app.domain.steps import STEPS, StepId
from app.ui.application import attach, build_window
from app.ui.card_reader.dock import CardReaderParts, attach_card_panel
from app.ui.card_reader.sheet import AUTO_OPEN_KEY
from app.ui.card_reader.states import CardState
from app.ui.shell.main_window import Badge as WindowBadge
from app.ui.shell.main_window import MainWindow
from tests.card.conftest import Cards, PcscStack, Removals
from tests.card.conftest import until as wait_for

pytestmark = pytest.mark.pcsc

INDEX = {step.id: index for index, step in enumerate(STEPS)}


@pytest.fixture
def window_parts(
    pcscd: PcscStack, qtbot: QtBot, tmp_path: Path, loop: qasync.QEventLoop
) -> Iterator[tuple[MainWindow, CardReaderParts]]:
    window = build_window(tmp_path, "ja")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show_page(INDEX[StepId.STEP0])
    with qtbot.waitExposed(window):
        window.show()
    session = attach(window, tmp_path)
    parts = attach_card_panel(window, session)
    yield window, parts
    assert parts.monitor is not None
    parts.monitor.stop()
    parts.panel.shutdown()
    session.close()
    gc.collect()


def until(loop: qasync.QEventLoop, predicate: Callable[[], Any], what: str = "the panel") -> None:
    wait_for(loop, predicate, what)


def test_the_chip_shows_reader_card_and_tries(
    window_parts: tuple[MainWindow, CardReaderParts], cards: Cards, loop: qasync.QEventLoop
) -> None:
    window, parts = window_parts
    chip, panel = parts.sheet.chip, parts.panel
    assert chip.isVisible() and chip.window() is window  # in the header, above the pages
    until(loop, lambda: panel.state is CardState.NO_CARD and not panel.busy)
    assert chip.text() == "カードリーダー: カードなし"
    assert not chip.attention
    card = cards.insert("normal")
    until(loop, lambda: panel.state is CardState.CARD and not panel.busy)
    assert chip.text() == "マイナンバーカード・残り 3 回"
    assert "Virtual PCD 00 00" in chip.toolTip()  # the reader, and every password's tries
    assert "残り 5 / 5 回" in chip.toolTip()
    assert card.model.verify_with_data == 0  # showing the tries spent none
    assert parts.monitor is not None
    removals = Removals(parts.monitor)
    cards.remove(card)
    until(loop, lambda: removals.count == 1, "the monitor to report the removal")
    cards.insert("few_tries")
    until(loop, lambda: panel.state is CardState.CARD and not panel.busy)
    assert chip.attention  # one try left is a real problem: 要対応
    assert chip.text().startswith("要対応: ") and "残り1回" in chip.text()


def test_the_sheet_opens_on_card_steps_only_and_keeps_the_page_wide(
    window_parts: tuple[MainWindow, CardReaderParts], loop: qasync.QEventLoop
) -> None:
    window, parts = window_parts
    sheets = parts.sheet
    page_width = window.stack.width()
    assert not sheets.is_open()  # STEP0 does not read the card
    opened = []
    for step in STEPS:
        window.show_page(INDEX[step.id])
        QApplication.processEvents()
        assert sheets.is_open() is opens_card_reader(step.id, sheets.badge_of(step.id)), step.id
        if sheets.is_open():
            opened.append(step.id)
        assert window.stack.width() == page_width  # an overlay: the page is never squeezed
        if sheets.is_open():
            assert sheets.sheet.geometry().right() <= window.rect().right()
            assert sheets.sheet.width() >= 330 and sheets.chip.isChecked()
            # below the header (the chip stays visible), above Back/Next
            assert sheets.sheet.geometry().top() >= window.stack.mapTo(window, QPoint(0, 0)).y()
            next_top = window.next_button.mapTo(window, QPoint(0, 0)).y()
            assert sheets.sheet.geometry().bottom() < next_top
    assert StepId.STEP1 in opened and set(opened) <= {StepId.STEP1, StepId.STEP5}


def test_a_step_the_plan_does_not_need_keeps_the_sheet_closed(
    window_parts: tuple[MainWindow, CardReaderParts], loop: qasync.QEventLoop
) -> None:
    window, parts = window_parts
    window.set_badge(StepId.STEP5, WindowBadge.NOT_NEEDED)
    window.show_page(INDEX[StepId.STEP5])
    assert not parts.sheet.is_open()
    window.set_badge(StepId.STEP5, WindowBadge.NEEDS_ACTION)
    window.show_page(INDEX[StepId.STEP4])
    window.show_page(INDEX[StepId.STEP5])
    assert parts.sheet.is_open()


def test_closing_the_sheet_is_remembered(
    window_parts: tuple[MainWindow, CardReaderParts], loop: qasync.QEventLoop
) -> None:
    window, parts = window_parts
    sheets = parts.sheet
    window.show_page(INDEX[StepId.STEP1])
    assert sheets.is_open()
    sheets.sheet.close_button.click()
    assert not sheets.is_open() and not sheets.chip.isChecked()
    assert window.settings.value(AUTO_OPEN_KEY) == "false"
    window.show_page(INDEX[StepId.STEP2])
    window.show_page(INDEX[StepId.STEP5])
    assert not sheets.is_open()  # the user's choice holds on the other card step too
    sheets.chip.click()  # opening it again turns the automatic opening back on
    assert sheets.is_open() and window.settings.value(AUTO_OPEN_KEY) == "true"
    window.show_page(INDEX[StepId.STEP3])
    assert sheets.is_open()  # opened by the user: it stays while they move on
    sheets.action.trigger()  # View ▸ カードリーダーパネル
    assert not sheets.is_open()
    assert sheets.action in window.view_menu.actions()


def test_chip_and_sheet_switch_language(
    window_parts: tuple[MainWindow, CardReaderParts], loop: qasync.QEventLoop
) -> None:
    _window, parts = window_parts
    sheets = parts.sheet
    until(loop, lambda: parts.panel.state is CardState.NO_CARD and not parts.panel.busy)
    try:
        i18n.install("en")
        QApplication.processEvents()
        assert sheets.action.text() == "Card &reader panel"
        assert sheets.sheet.close_button.text() == "Close"
        assert sheets.chip.text() == "Card reader: no card"
    finally:
        i18n.install("ja")
    QApplication.processEvents()
    assert sheets.action.text() == "カードリーダーパネル(&R)"
    assert sheets.chip.text() == "カードリーダー: カードなし"
