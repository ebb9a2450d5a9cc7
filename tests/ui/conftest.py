"""Shared UI fixtures: a window with its features on a real store, seeding the store, and ways to
reach the views a test looks at."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.session import HouseholdSession
from app.store.repository import Store
from app.ui.application import attach, build_window
from app.ui.shell.main_window import MainWindow, step_index
from app.ui.steps.next_action import NextActionBanner
from app.ui.steps.profile_bar import ProfileBar
from app.ui.steps.views import PlanViews

# A Tuesday before Golden Week: 4/29 昭和の日, 5/3–5/6 holidays → three business days later is 5/7.
TODAY = date(2026, 4, 28)

OpenWindow = Callable[..., tuple[MainWindow, HouseholdSession]]


@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path) -> Iterator[OpenWindow]:
    """Open a window on ``tmp_path`` and attach the household the way run_gui does (after paint)."""
    sessions: list[HouseholdSession] = []

    def make(today: date = TODAY) -> tuple[MainWindow, HouseholdSession]:
        window = build_window(tmp_path, "ja")
        qtbot.addWidget(window)
        window.restore()
        with qtbot.waitExposed(window):
            window.show()
        session = attach(window, tmp_path, today=lambda: today)
        sessions.append(session)
        window.build_all_pages()
        return window, session

    yield make
    for session in sessions:
        session.close()


@pytest.fixture
def seed(tmp_path: Path) -> Callable[[Callable[[Store], object]], None]:
    """Write to the store before the window opens (as an earlier session would have)."""

    def run(fill: Callable[[Store], object]) -> None:
        store, _ = Store.open(tmp_path)
        try:
            fill(store)
        finally:
            store.close()

    return run


def stored(tmp_path: Path) -> Store:
    store, _ = Store.open(tmp_path)
    return store


page_index = step_index  # where a step's page stands in the window


def plan_views(session: HouseholdSession) -> PlanViews:
    """The views the composition root installed for ``session`` (tests may look them up)."""
    found = session.findChild(PlanViews)
    assert isinstance(found, PlanViews)
    return found


def banner(session: HouseholdSession) -> NextActionBanner:
    return next(w for w in plan_views(session).header_widgets if isinstance(w, NextActionBanner))


def profile_bar(session: HouseholdSession) -> ProfileBar:
    return next(w for w in plan_views(session).header_widgets if isinstance(w, ProfileBar))
