"""Language switching at run time, Qt's own strings, the domain texts for lupdate, and dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n
from app.domain.labels import CHANNEL_LABELS, LINKAGE_STATUS_LABELS, READINESS_LABELS, SERVICE_LABELS
from app.domain.steps import CHECKLIST_ITEMS, STEPS
from app.i18n.labels import OFFICIAL_TEXTS
from app.session import HouseholdSession
from app.ui.application import attach, build_window
from app.ui.shell.main_window import SIDEBAR_SUBTITLES, MainWindow
from app.ui.shell.pages import page_html
from app.ui.widgets import domain_texts

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")
_TAG = re.compile(r"<[^>]+>")

# Texts that are the same in both languages on purpose: each language's own name in the menu.
SAME_IN_BOTH = {"日本語", "English"}


@pytest.fixture(autouse=True)
def japanese_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("ja")


def dispose(win: QWidget) -> None:
    """Delete the window now: a closed window kept until later would still get the next test's
    LanguageChange while its features are torn down."""
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def household(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, HouseholdSession]]:
    i18n.install("ja")
    win = build_window(tmp_path, "ja")
    qtbot.addWidget(win)
    session = attach(win, tmp_path)
    win.build_all_pages()
    win.resize(1200, 820)
    with qtbot.waitExposed(win):
        win.show()
    yield win, session
    dispose(win)


@pytest.fixture
def window(household: tuple[MainWindow, HouseholdSession]) -> MainWindow:
    return household[0]


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every user-facing text under ``root`` keyed by where it is (object path and property)."""
    texts: dict[str, str] = {}

    def key(widget: QWidget, prop: str) -> str:
        parts = []
        node: QWidget | None = widget
        while node is not None and node is not root:
            parts.append(f"{type(node).__name__}:{node.objectName()}")
            parent = node.parentWidget()
            node = parent
        return "/".join(reversed(parts)) + f"#{id(widget)}.{prop}"

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        props: dict[str, str] = {
            "windowTitle": widget.windowTitle() if widget.isWindow() else "",
            "toolTip": widget.toolTip(),
            "accessibleName": widget.accessibleName(),
            "accessibleDescription": widget.accessibleDescription(),
        }
        if isinstance(widget, QLabel):
            props["text"] = _TAG.sub("", widget.text())
        if isinstance(widget, QAbstractButton):
            props["text"] = widget.text()
        if isinstance(widget, QGroupBox):
            props["title"] = widget.title()
        if isinstance(widget, QLineEdit):
            props["placeholder"] = widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                props[f"item{i}"] = widget.itemText(i)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                props[f"item{i}"] = item.text()
                props[f"item{i}.toolTip"] = item.toolTip()
        if isinstance(widget, QMenu):
            props["title"] = widget.title()
            for i, action in enumerate(widget.actions()):
                props[f"action{i}"] = action.text()
                props[f"action{i}.toolTip"] = action.toolTip() if action.toolTip() != action.text() else ""
        for prop, value in props.items():
            if value.strip():
                texts[key(widget, prop)] = value
    return texts


def test_domain_texts_list_every_domain_string() -> None:
    """lupdate sees domain texts only through app/ui/widgets/domain_texts.py: all of them, none stale."""
    steps = {t for s in STEPS for t in (s.label, s.headline)}
    assert set(domain_texts.STEP_TEXTS) == steps
    assert set(domain_texts.SIDEBAR_TEXTS) == set(SIDEBAR_SUBTITLES.values())
    assert set(domain_texts.CHECKLIST_TEXTS) == {i.text for i in CHECKLIST_ITEMS}
    labels = {
        *LINKAGE_STATUS_LABELS.values(),
        *READINESS_LABELS.values(),
        *CHANNEL_LABELS.values(),
        *SERVICE_LABELS.values(),
    }
    assert set(OFFICIAL_TEXTS) == labels
    from app.domain.catalog import default_catalog

    numbers = {n for entry in default_catalog().entries for n in entry.issuer_needs.numbers}
    assert set(domain_texts.NUMBER_TEXTS) == numbers


def test_switching_to_english_and_back_without_restart(window: MainWindow) -> None:
    ja_back = window.back_button.text()
    ja_title = window.page(1).title.text()
    ja_sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert ja_back == "< 戻る(&B)" and ja_title == STEPS[1].headline

    window.language_menu.actions_by_choice["en"].trigger()
    assert i18n.current_language() == "en" and window.lang == "en"
    assert window.back_button.text() == "< &Back"
    assert window.view_menu.title() == "&View"
    assert window.language_menu.title() == "&Language / 言語"
    assert window.page(1).title.text() == domain_texts.step_headline(STEPS[1])
    assert not JAPANESE.search(window.page(1).title.text())
    for index, step in enumerate(STEPS):
        assert window.page(index).content.text() == page_html(step.id.value, "en")
        assert window.sidebar.item(index).text() != ja_sidebar[index]
        assert re.search(r"[A-Za-z]{4,}", window.sidebar.item(index).text()), index
    assert window.settings.value(i18n.SETTINGS_KEY) == "en"

    window.language_menu.actions_by_choice["ja"].trigger()
    assert window.back_button.text() == ja_back
    assert window.page(1).title.text() == ja_title
    assert window.page(1).content.text() == page_html(STEPS[1].id.value, "ja")
    assert window.settings.value(i18n.SETTINGS_KEY) == "ja"


def test_no_untranslated_text_in_english(household: tuple[MainWindow, HouseholdSession]) -> None:
    """Every text with Japanese in it must change when English is chosen (or carry an English gloss).

    The household's member names are the user's data, shown as entered."""
    window, session = household
    names = {member.profile.display_name for member in session.household.members}
    assert names == {"本人"}  # the member the household starts with, named while Japanese was on
    japanese = visible_texts(window)
    window.language_menu.choose("en")
    # Views rebuilt for the new language delete their old widgets later; let that happen.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    english = visible_texts(window)
    untranslated = sorted(
        f"{where}: {text!r}"
        for where, text in english.items()
        if JAPANESE.search(text) and text not in SAME_IN_BOTH | names and japanese.get(where) == text
    )
    assert not untranslated, "\n".join(untranslated)
    unglossed = sorted(
        f"{where}: {text!r}"
        for where, text in english.items()
        if JAPANESE.search(text)
        and text not in SAME_IN_BOTH | names
        and len(re.findall(r"[A-Za-z]{2,}", JAPANESE.sub(" ", text))) == 0
    )
    assert not unglossed, "Japanese without an English word:\n" + "\n".join(unglossed)


def test_qt_dialog_buttons_follow_the_language(qapp: QApplication) -> None:
    i18n.install("ja")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "閉じる"
    i18n.install("en")
    box_en = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert box_en.button(QDialogButtonBox.StandardButton.Close).text() == "Close"


def test_start_prefers_explicit_then_saved_then_system(qapp: QApplication, tmp_path: Path) -> None:
    settings = i18n.settings_for(tmp_path)
    settings.setValue(i18n.SETTINGS_KEY, "en")
    settings.sync()
    assert i18n.start(None, tmp_path) == "en"
    assert i18n.start("ja", tmp_path) == "ja"
    assert i18n.explicit_language() == "ja"
    assert QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value("ui/language") == "en"
    settings.setValue(i18n.SETTINGS_KEY, "system")
    settings.sync()
    assert i18n.start(None, tmp_path) == i18n.system_language()
    settings.setValue(i18n.SETTINGS_KEY, "klingon")
    settings.sync()
    assert i18n.saved_choice(settings) == "system"


def test_system_language_is_japanese_only_on_japanese_systems() -> None:
    assert i18n.resolve("ja") == "ja" and i18n.resolve("en") == "en"
    assert i18n.resolve("system") in ("ja", "en")


def test_without_a_catalogue_the_interface_stays_japanese(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import app.i18n

    monkeypatch.setattr(app.i18n, "catalogue", lambda lang: None)
    assert i18n.install("en") == "en"
    assert "the texts stay Japanese" in caplog.text
    win = build_window(tmp_path, "en")
    qtbot.addWidget(win)
    assert win.next_button.text() == "次へ(&N) >"


@pytest.mark.parametrize(
    ("day", "ja", "en"),
    [
        (date(2026, 3, 16), "2026年3月16日（月）", "Mon 16 Mar 2026"),
        (date(2026, 2, 1), "2026年2月1日（日）", "Sun 1 Feb 2026"),
    ],
)
def test_dates_are_western_with_the_weekday(day: date, ja: str, en: str) -> None:
    assert i18n.format_date(day, "ja") == ja
    assert i18n.format_date(day, "en") == en
    assert i18n.format_short_date(day, "ja") == ja.split("年", 1)[1]


@pytest.mark.parametrize(
    ("year", "ja", "en"),
    [
        (2025, "令和7年分", "tax year 2025"),
        (2019, "令和元年分", "tax year 2019"),
        (2020, "令和2年分", "tax year 2020"),
        (2018, "平成30年分", "tax year 2018"),
        (1989, "平成元年分", "tax year 1989"),
    ],
)
def test_tax_years_show_the_era_in_japanese(year: int, ja: str, en: str) -> None:
    assert i18n.tax_year_label(year, "ja") == ja
    assert i18n.tax_year_label(year, "en") == en


def test_lists_join_per_language() -> None:
    assert i18n.join_list(["e-私書箱", "MyPost"], "ja") == "e-私書箱・MyPost"
    assert i18n.join_list(["e-Shishobako", "MyPost"], "en") == "e-Shishobako, MyPost"


def test_card_panel_switches_language(qapp: QApplication, qtbot: QtBot) -> None:
    from app.card.worker import CardService
    from app.ui.card_reader.panel import CardPanel

    i18n.install("ja")
    panel = CardPanel(CardService(timeout=5))
    qtbot.addWidget(panel)
    try:
        assert panel.refresh_button.text() == "再診断"
        i18n.install("en")
        assert panel.refresh_button.text() == "Check again"
        assert panel.view.empty_title.text() == "Checking the card readers…"
        assert panel.view.basic_form.labelForField(panel.view.name_value).text() == "Name"
        i18n.install("ja")
        assert panel.view.empty_title.text() == "カードリーダーを確認しています…"
    finally:
        panel.shutdown()
