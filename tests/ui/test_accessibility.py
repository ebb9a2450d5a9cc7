"""Accessibility of every page, the card panel and the dialogs (issue 7, point 4).

The naming rule, the one a screen reader applies: a focusable widget (focus policy other than
NoFocus, visible or not) is named by its ``accessibleName()``; a button (QAbstractButton: push
buttons, check boxes, radio buttons, tool buttons with text) and a QLabel may instead be named by
their own text, as Qt reports it;
any widget may instead be named by the text of a QLabel whose buddy it is. The name must contain
a letter, kana or kanji — "<", "…" or "✓" alone names nothing. Inputs that are not buttons (text
fields, lists, combo boxes, date fields, scrollable text) also need a description
(``accessibleDescription()`` or a tooltip) saying what to enter or do there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n
from app.domain.status import Status
from app.domain.steps import STEPS, StepId
from app.i18n.status import status_text
from app.resources import resource
from app.ui.application import build_window
from app.ui.shell.main_window import MainWindow
from app.ui.shell.sidebar import STATUS_ROLE
from app.ui.widgets import theme

LETTER = re.compile(r"[A-Za-z\u3040-\u30ff\u3400-\u9fff]")
NEEDS_DESCRIPTION = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractScrollArea)


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = str(request.param)
    i18n.install(lang)
    yield lang
    i18n.install("ja")


def dispose(win: QWidget) -> None:
    """Delete the window now: a closed window kept until later would still get the next test's
    LanguageChange while its features are torn down."""
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, lang: str) -> Iterator[MainWindow]:
    win = build_window(tmp_path, lang)
    qtbot.addWidget(win)
    try:
        from app.ui.application import attach
    except ImportError:  # the plan UI is optional here; the window alone is still checked
        pass
    else:
        attach(win, tmp_path)
    win.build_all_pages()
    win.resize(1200, 820)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    dispose(win)


def _is_qt_internal(widget: QWidget, root: QWidget) -> bool:
    """Qt's own parts of a composite widget (spin box editors, combo popups): named by their owner."""
    node: QWidget | None = widget
    while node is not None and node is not root:
        if node.objectName().startswith("qt_"):
            return True
        parent = node.parentWidget()
        if parent is not None and isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        node = parent
    return False


def effective_name(widget: QWidget, labels: list[QLabel]) -> str:
    name = widget.accessibleName()
    if not name and isinstance(widget, (QAbstractButton, QLabel)):
        name = widget.text()
    if not name:
        name = next((label.text() for label in labels if label.buddy() is widget), "")
    return name.replace("&", "")


def naming_problems(root: QWidget) -> list[str]:
    labels = root.findChildren(QLabel)
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _is_qt_internal(widget, root):
            continue
        if isinstance(widget, QLabel) and not widget.text() and not widget.accessibleName():
            continue  # an empty label (a message area with no message) has nothing to read or focus
        where = f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"
        parent = widget.parentWidget()
        if parent is not None:
            where += f" in {type(parent).__name__} {parent.objectName()}"
        name = effective_name(widget, labels)
        if not LETTER.search(name):
            problems.append(f"{where}: no accessible name (has {name!r})")
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        if not interface.text(QAccessible.Text.Name).strip():
            problems.append(f"{where}: Qt exposes no accessible name although {name!r} was set")
        if isinstance(widget, NEEDS_DESCRIPTION) and not (
            widget.accessibleDescription().strip() or widget.toolTip().strip()
        ):
            problems.append(f"{where} ({name!r}): an input needs an accessible description or tooltip")
    return problems


def test_every_focusable_widget_of_every_page_is_named(window: MainWindow) -> None:
    problems = naming_problems(window)
    assert not problems, "\n".join(problems)


def test_every_menu_entry_has_text(window: MainWindow) -> None:
    empty = [
        f"{menu.objectName()}[{i}]"
        for menu in window.findChildren(QMenu)
        for i, action in enumerate(menu.actions())
        if not action.isSeparator() and not LETTER.search(action.text())
    ]
    assert not empty
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    submenus = [a.menu() for m in menus for a in m.actions() if a.menu() is not None]
    titles = [m.title() for m in (*menus, *submenus) if isinstance(m, QMenu)]
    assert len(titles) >= 4 and all(LETTER.search(t) for t in titles), titles


def test_card_panel_is_named(qtbot: QtBot, lang: str) -> None:
    from app.card.worker import CardService
    from app.ui.card_reader.panel import CardPanel

    panel = CardPanel(CardService(timeout=5))
    qtbot.addWidget(panel)
    try:
        panel.show()
        problems = naming_problems(panel)
        assert not problems, "\n".join(problems)
    finally:
        panel.shutdown()


def _dialogs(lang: str) -> Iterator[QDialog]:
    from app.card.pins import PinKind
    from app.ui.card_reader.pin_dialog import PinDialog
    from app.ui.shell.about import AboutDialog
    from app.ui.shell.error_dialog import ErrorDialog

    yield AboutDialog()
    yield ErrorDialog("Traceback (most recent call last):\n  ValueError")
    for kind in PinKind:
        yield PinDialog(kind, 3)
        yield PinDialog(kind, 1)  # with the two confirmation boxes
        yield PinDialog(kind, None)


def test_dialogs_are_named(qtbot: QtBot, lang: str) -> None:
    for dialog in _dialogs(lang):
        qtbot.addWidget(dialog)
        problems = naming_problems(dialog)
        assert not problems, f"{type(dialog).__name__}:\n" + "\n".join(problems)


# ----- keyboard ------------------------------------------------------------------------------------
def test_tab_cycles_sidebar_page_and_navigation_without_traps(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(1)  # Back and Next both enabled
    with qtbot.waitActive(window):
        window.activateWindow()
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is window.sidebar
    page = window.page(1)
    visited: list[QWidget] = []
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None
        if visited and focused is window.sidebar:
            break
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    else:
        pytest.fail(f"Tab never came back to the sidebar: trapped in {type(visited[-1]).__name__}")

    def first(widget: QWidget) -> int:
        assert widget in visited, f"Tab never reaches {widget.objectName()}"
        return visited.index(widget)

    assert first(window.sidebar) < first(page.content) < first(window.back_button) < first(window.next_button)
    hidden = [w.objectName() for w in visited if not w.isVisible()]
    assert not hidden, f"Tab stops on hidden widgets: {hidden}"


def test_shortcuts_reach_every_step(window: MainWindow, qtbot: QtBot) -> None:
    shortcuts = {a.shortcut().toString() for a in window.step_actions}
    assert len(shortcuts) == len(STEPS) and "" not in shortcuts
    window.step_actions[3].trigger()
    assert window.current_index() == 3
    window.next_action.trigger()
    assert window.current_index() == 4


# ----- status never by colour alone --------------------------------------------------------------
def test_sidebar_states_are_said_in_words(window: MainWindow) -> None:
    for status in Status:
        window.set_statuses({StepId.STEP1: status})
        item = window.sidebar.item(1)
        text = status_text(status)
        assert LETTER.search(text)
        assert text in str(item.data(Qt.ItemDataRole.AccessibleTextRole))
        assert item.data(STATUS_ROLE) == status.value  # drawn as a pill with its icon and word


def test_overview_states_are_words_and_symbols(window: MainWindow) -> None:
    overview = window.overview
    assert overview is not None
    description = overview.accessibleDescription()
    # no plan yet: each box says its state in words (the one status language)
    assert f": {status_text(Status.NOT_STARTED)}" in description
    assert f"e-Tax: {status_text(Status.UNDECIDED)}" in description
    assert LETTER.search(overview.accessibleName())


# ----- contrast ------------------------------------------------------------------------------------
def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _over(top: QColor, alpha: int, bottom: QColor) -> QColor:
    a = alpha / 255
    return QColor.fromRgbF(
        top.redF() * a + bottom.redF() * (1 - a),
        top.greenF() * a + bottom.greenF() * (1 - a),
        top.blueF() * a + bottom.blueF() * (1 - a),
    )


def test_contrast_formula() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("scheme", list(theme.Scheme))
def test_text_colours_meet_wcag_aa(scheme: theme.Scheme) -> None:
    pal = theme.palette(scheme)
    low = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in theme.TEXT_PAIRS:
            ratio = contrast(pal.color(group, fg), pal.color(group, bg))
            if ratio < 4.5:
                low.append(f"{group.name} {fg.name} on {bg.name}: {ratio:.2f}")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        ratio = contrast(
            pal.color(QPalette.ColorGroup.Disabled, role),
            pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button),
        )
        if ratio < 3.0:
            low.append(f"disabled {role.name}: {ratio:.2f}")
    # The overview diagram writes WindowText on boxes tinted with the accent (alpha 28 / 60).
    window_bg = pal.color(QPalette.ColorRole.Window)
    for alpha in (28, 60):
        tint = _over(pal.color(QPalette.ColorRole.Highlight), alpha, window_bg)
        ratio = contrast(pal.color(QPalette.ColorRole.WindowText), tint)
        if ratio < 4.5:
            low.append(f"overview text on accent tint {alpha}: {ratio:.2f}")
    assert not low, "\n".join(low)


def test_stylesheet_uses_no_unchecked_fixed_colours() -> None:
    """Colours in the stylesheet come from the palette or theme.EXTRA (both checked here)."""
    for scheme in theme.Scheme:
        sheet = theme.style_sheet(10, scheme)
        allowed = {v.lower() for v in theme.EXTRA[scheme].values()}
        fixed = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{3,8}\b", sheet)}
        assert fixed <= allowed, fixed - allowed
        assert "rgb(" not in sheet


@pytest.mark.parametrize("scheme", list(theme.Scheme))
def test_field_borders_and_the_attention_tone_are_visible(scheme: theme.Scheme) -> None:
    pal, extra = theme.palette(scheme), theme.EXTRA[scheme]
    border = QColor(extra["border"])
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):  # WCAG 1.4.11: ≥ 3:1
        assert contrast(border, pal.color(role)) >= 3.0, role.name
    assert contrast(QColor(extra["attention_fg"]), QColor(extra["attention_bg"])) >= 4.5
    assert contrast(pal.color(QPalette.ColorRole.Text), QColor(extra["card"])) >= 4.5
    # the selected segment: highlighted text on the highlight, and the fill apart from a plain segment
    assert contrast(pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.Base)) >= 3.0


def _svg_colours(name: str) -> list[QColor]:
    text = resource(f"icons/{name}").read_text(encoding="utf-8")
    return [QColor(c) for c in re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{3,6})"', text)]


@pytest.mark.parametrize("scheme", list(theme.Scheme))
def test_status_icons_stand_out_from_the_window(scheme: theme.Scheme) -> None:
    """Non-text contrast (WCAG 1.4.11): each badge icon's main colour ≥ 3:1 against the window."""
    window_bg = theme.palette(scheme).color(QPalette.ColorRole.Window)
    low = []
    for kind in ("done", "in_progress", "needs_action", "not_needed"):
        colours = _svg_colours(f"badge_{kind}.svg")
        assert colours, kind
        best = max(contrast(c, window_bg) for c in colours)
        if best < 3.0:
            low.append(f"badge_{kind}: {best:.2f}")
    assert not low, "\n".join(low)


# ----- 200 % text -----------------------------------------------------------------------------------
@pytest.fixture
def doubled_font(qapp: QApplication) -> Iterator[float]:
    before = QFont(qapp.font())
    sheet = qapp.styleSheet()
    base = theme._state.base_point_size
    theme._state.base_point_size = before.pointSizeF() if before.pointSizeF() > 0 else theme.BASE_POINT_SIZE
    theme.set_font_scale(qapp, 2.0)
    yield qapp.font().pointSizeF()
    qapp.setFont(before)
    qapp.setStyleSheet(sheet)
    theme._state.base_point_size = base


def test_layout_survives_200_percent_text(
    doubled_font: float, qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    win = build_window(tmp_path, lang)
    try:
        from app.ui.application import attach
    except ImportError:
        pass
    else:
        attach(win, tmp_path)
    try:
        problems = _layout_problems(win, qtbot, doubled_font)
    finally:
        dispose(win)
    assert not problems, "\n".join(problems)


def _layout_problems(win: MainWindow, qtbot: QtBot, point_size: float) -> list[str]:
    win.resize(QSize(1200, 900))
    with qtbot.waitExposed(win):
        win.show()
    assert win.page(0).title.font().pointSizeF() >= point_size * 1.5
    problems = []
    for index, page in enumerate(win.build_all_pages()):
        win.show_page(index)
        QApplication.processEvents()
        name = STEPS[index].id.value
        if page.horizontalScrollBar().maximum() > 0:
            needed = page.widget().minimumSizeHint().width()
            problems.append(f"{name}: scrolls sideways ({needed} px needed, {page.viewport().width()} shown)")
        title = page.title
        if title.heightForWidth(title.width()) > title.height() or title.width() > page.viewport().width():
            problems.append(f"{name}: the title is clipped")
    if win.width() > 1200:
        problems.append(f"the window grew to {win.width()} px to fit")
    return problems


# ----- light / dark ----------------------------------------------------------------------------------
@pytest.fixture
def restore_theme(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    state = (theme._state.forced, theme._state.current)
    monkeypatch.delenv(theme.THEME_ENV, raising=False)
    yield
    theme._state.forced, theme._state.current = state
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def test_theme_follows_the_system_scheme(
    qapp: QApplication, restore_theme: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_scheme", lambda: theme.Scheme.LIGHT)
    assert theme.apply(qapp) is theme.Scheme.LIGHT
    light_window = theme.palette(theme.Scheme.LIGHT).color(QPalette.ColorRole.Window)
    assert qapp.palette().color(QPalette.ColorRole.Window) == light_window
    # The system switches to dark while the app runs: Qt's signal re-applies the palette.
    monkeypatch.setattr(theme, "system_scheme", lambda: theme.Scheme.DARK)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    dark_window = theme.palette(theme.Scheme.DARK).color(QPalette.ColorRole.Window)
    assert qapp.palette().color(QPalette.ColorRole.Window) == dark_window
    assert theme.current_scheme() is theme.Scheme.DARK


def test_forced_theme_ignores_the_system(
    qapp: QApplication, restore_theme: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_scheme", lambda: theme.Scheme.LIGHT)
    assert theme.apply(qapp, "dark") is theme.Scheme.DARK
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current_scheme() is theme.Scheme.DARK
    monkeypatch.setenv(theme.THEME_ENV, "light")
    assert theme.forced_scheme() is theme.Scheme.LIGHT
    assert theme.forced_scheme("dark") is theme.Scheme.DARK
    monkeypatch.setenv(theme.THEME_ENV, "sepia")
    assert theme.forced_scheme() is None


def test_svg_icons_render_crisp_at_every_scale(qapp: QApplication) -> None:
    """SVG icons are drawn at the device pixel ratio: 100 %, 150 % and 200 % give sharp pixmaps."""
    from app.ui.widgets import icons

    for ratio in (1.0, 1.5, 2.0):
        pixmap = icons.badge_icon("done").pixmap(QSize(20, 20), ratio)
        assert pixmap.width() == round(20 * ratio) and pixmap.devicePixelRatio() == ratio
        image = pixmap.toImage()
        centre = image.pixelColor(
            image.width() // 2 - round(3 * ratio), image.height() // 2 + round(3 * ratio)
        )
        assert centre.alpha() == 255


def _highlight_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    colour = widget.palette().color(QPalette.ColorRole.Highlight).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == colour)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_keyboard_focus_is_clearly_visible(
    qapp: QApplication, qtbot: QtBot, restore_theme: None, scheme: str
) -> None:
    """A 2 px ring in the highlight colour marks the widget Tab reached (WCAG 2.4.7)."""
    from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout

    theme.apply(qapp, scheme)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    start = QPushButton("start")
    combo = QComboBox()
    combo.addItems(["本人"])
    widgets: list[QWidget] = [QPushButton("次へ"), QCheckBox("確認した"), QLineEdit(), combo]
    for widget in (start, *widgets):
        layout.addWidget(widget)
    host.resize(320, 220)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    for widget in widgets:
        before = _highlight_pixels(widget)
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert widget.hasFocus()
        ring = _highlight_pixels(widget) - before
        assert ring >= 2 * 2 * 20, f"{type(widget).__name__}: only {ring} focus pixels"
