"""The card panel works out the season's filing period on its card worker when it is made: the
holiday calendar it needs takes ~0.1 s to load the first time, and the first card read used to hold
the window that long (benchmarks/doctor.py: worst stall 137 ms before, 10 ms after)."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.card.worker import CardService
from app.domain import calendar_jp
from app.domain.deadlines import FilingPeriod, filing_period
from app.ui.card_reader.panel import CardPanel
from app.ui.seasons import card_expiry_note


def test_the_panel_loads_the_calendar_on_its_worker(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []

    def recorded(tax_year: int) -> FilingPeriod:
        threads.append(threading.current_thread().name)
        return filing_period(tax_year)

    monkeypatch.setattr(card_expiry_note, "filing_period", recorded)
    panel = CardPanel(CardService(timeout=5))
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: bool(threads))
        assert threads == ["card-io"]  # the worker's thread, never the window's
        assert threading.current_thread() is threading.main_thread()
    finally:
        panel.shutdown()


def test_it_loads_the_year_the_filing_period_falls_in() -> None:
    calendar_jp._holidays_of.cache_clear()
    card_expiry_note.load_calendar(date(2026, 12, 7))  # tax year 2026: filed in February–March 2027
    assert calendar_jp._holidays_of.cache_info().currsize == 1
    before = calendar_jp._holidays_of.cache_info().hits
    calendar_jp.is_national_holiday(date(2027, 3, 15))  # what the note asks afterwards: already there
    assert calendar_jp._holidays_of.cache_info().hits == before + 1
