"""Help ▸ the app's guide pages, the official FAQ, the hotline with its guidance numbers, shortcuts;
View ▸ the steps by their titles."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.facts import default_facts
from app.domain.links import LINK_BY_ID, is_official_url
from app.domain.steps import STEPS, StepId
from app.ui.application import build_window
from app.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = build_window(tmp_path, "ja")
    qtbot.addWidget(win)
    win.restore()
    return win


def test_hotline_shows_the_recorded_number_and_guidance_numbers(window: MainWindow) -> None:
    facts = default_facts()
    box = window.help.show_hotline()
    text = box.text()
    assert facts["hotline_number"].ja in text
    assert f"マイナンバーカードについて: 音声ガイダンス {facts['hotline_guidance_card'].ja}" in text
    assert f"マイナポータルについて: 音声ガイダンス {facts['hotline_guidance_portal'].ja}" in text
    opened: list[str] = []
    window.open_external = lambda url: opened.append(url.toString()) or True  # type: ignore[assignment]
    page_button = next(b for b in box.buttons() if b.text() == "公式ページを開く")
    page_button.click()
    assert opened == [LINK_BY_ID["mynumber_inquiry"].url] and is_official_url(opened[0])
    box.close()


def test_faq_opens_the_official_page_and_the_guide_opens_our_pages(window: MainWindow) -> None:
    opened: list[str] = []
    window.open_external = lambda url: opened.append(url.toString()) or True  # type: ignore[assignment]
    window.help.faq_action.trigger()
    assert opened == [LINK_BY_ID["mynaportal_faq"].url]
    ready = next(i for i, s in enumerate(STEPS) if s.id is StepId.READY)
    window.help.guide_actions[ready].trigger()
    assert window.current_index() == ready


def test_menus_name_the_steps_by_their_titles(window: MainWindow) -> None:
    for action, guide, step in zip(window.step_actions, window.help.guide_actions, STEPS, strict=True):
        title = window.sidebar_text(step.id)
        assert action.text().endswith(title) and guide.text().endswith(title)
    assert window.step_actions[2].text() == "&3 STEP2  証明書等を選ぶ"
    shortcuts = window.help.show_shortcuts()
    assert "Ctrl+PgDown" in shortcuts.text() and "Alt+0" in shortcuts.text()
    shortcuts.close()
