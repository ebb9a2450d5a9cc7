"""What a screen reader gets, read through Qt's accessibility interfaces in process (issue 27).

A household with two members, five certificates, two delegations: the page text (headings, the
guide's blocks and links), unique names per page, named groups, radio groups that behave as
radio groups, the status bar's announcements, the card chip, Tab in reading order.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import i18n
from app.domain.model import (
    Channel,
    DelegatedService,
    Delegation,
    DelegationOperation,
    LinkageStatus,
    Readiness,
    Relation,
    Service,
    TaskState,
)
from app.domain.steps import STEPS, StepId
from app.store.repository import Store
from app.ui.application import attach, build_window
from app.ui.shell.main_window import MainWindow
from app.ui.shell.pages import links_in
from app.ui.widgets import focus
from app.ui.widgets.guide_text import GuideText
from app.ui.widgets.plan_common import ChoiceGroup

NAME = QAccessible.Text.Name


def seed(data_dir: Path) -> None:
    store, _ = Store.open(data_dir)
    with store:
        me = store.add_profile("本人", Relation.SELF)
        spouse = store.add_profile("花子", Relation.SPOUSE)
        child = store.add_profile("太郎", Relation.CHILD)
        soon = date.today() + timedelta(days=3)
        life = store.add_certificate(me.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
        store.add_certificate(me.id, "earthquake_insurance", "東京海上日動", Channel.MINKAN_ETAX)
        medical = store.add_certificate(me.id, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
        store.set_linkage(me.id, Service.ETAX, status=LinkageStatus.COMPLETE)
        store.set_linkage(me.id, Service.E_SHISHOBAKO, status=LinkageStatus.CHECK, follow_up=soon)
        store.update_certificate(life.id, readiness=Readiness.PROCESSING, follow_up=soon)
        store.update_certificate(medical.id, readiness=Readiness.PROCESSING, follow_up=soon)
        for delegator, relation in ((spouse, "妻"), (child, "子")):
            store.save_delegation(
                Delegation(
                    id=0,
                    delegator_profile_id=delegator.id,
                    delegate_profile_id=me.id,
                    relation_name=relation,
                    valid_from=date(2026, 1, 10),
                    valid_to=date(2027, 1, 9),  # ends before the filing period: a fix button each
                    services=frozenset({DelegatedService.MEDICAL_NOTICES}),
                    operations={DelegationOperation.LOGIN_AND_OPEN_MENU: TaskState.DONE},
                )
            )


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = str(request.param)
    i18n.install(lang)
    yield lang
    i18n.install("ja")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, lang: str) -> Iterator[MainWindow]:
    seed(tmp_path)
    win = build_window(tmp_path, lang)
    qtbot.addWidget(win)
    win.resize(1200, 820)
    with qtbot.waitExposed(win):
        win.show()
    attach(win, tmp_path)
    win.build_all_pages()
    yield win
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def index_of(step: StepId) -> int:
    return [s.id for s in STEPS].index(step)


def show(window: MainWindow, step: StepId) -> QWidget:
    window.show_page(index_of(step))
    QApplication.processEvents()
    return window.page(index_of(step))


def iface(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says: on Linux a combo box is named by its label relation."""
    interface = iface(widget)
    if isinstance(widget, QComboBox):
        labels = interface.relations(QAccessible.RelationFlag.Label)
        return " / ".join(label.text(NAME) for label, _ in labels)
    return interface.text(NAME)


def controls(page: QWidget) -> list[QWidget]:
    """The page's focusable controls a person can reach (its scroll area itself excluded)."""
    found = []
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(page):
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QComboBox):
            continue
        if isinstance(widget, QLabel) and not isinstance(widget, GuideText):
            continue  # selectable text, read as text
        found.append(widget)
    return found


# ----- page text -----------------------------------------------------------------------------------
def test_every_page_has_a_heading_with_its_text_and_the_guide_as_blocks_and_links(
    window: MainWindow,
) -> None:
    for step in STEPS:
        page = show(window, step.id)
        title = iface(page.title)
        assert title.role() == QAccessible.Role.Heading
        assert title.text(NAME) == page.title.text() and page.title.text()
        guide = iface(page.content)
        assert guide.role() == QAccessible.Role.Document
        blocks = [guide.child(i) for i in range(guide.childCount())]
        assert len(blocks) >= 3, step.id
        roles = {block.role() for block in blocks}
        assert QAccessible.Role.Paragraph in roles or QAccessible.Role.ListItem in roles
        doc = QTextDocument()
        doc.setHtml(page.content.text())
        words = " ".join(doc.toPlainText().split())
        read = " ".join(block.text(NAME) for block in blocks)
        assert read.replace(" ", "") == words.replace(" ", "")  # every word, in reading order
        links = [block.child(j) for block in blocks for j in range(block.childCount())]
        assert [link.role() for link in links] == [QAccessible.Role.Link] * len(links)
        assert [link.text(QAccessible.Text.Value) for link in links] == links_in(page.content.text())
        assert all(link.text(NAME) for link in links)


def test_tab_enters_the_guide_on_its_first_link_and_shows_it(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(900, 560)  # the guide starts below the fold
    page = show(window, StepId.STEP1)
    with qtbot.waitActive(window):
        window.activateWindow()
    order = window.tab_order()
    guide = page.content
    before = order[order.index(guide) - 1]
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert guide.hasFocus()
    link = guide.focused_link()
    assert link is not None and link == guide.links()[0]
    QApplication.processEvents()  # the scroll follows the focus
    assert isinstance(page, QScrollArea)
    body = page.widget()
    shown = QRect(-body.x(), -body.y(), page.viewport().width(), page.viewport().height())  # in body
    ring = guide.link_rect(link)
    assert shown.contains(QRect(guide.mapTo(body, ring.topLeft()), ring.size()))
    focused = iface(guide).focusChild()
    assert focused is not None and focused.role() == QAccessible.Role.Link
    assert focused.text(NAME) == " ".join(link.text.split())
    # the ring: the highlight colour around the link, 2 px wide
    image = guide.grab(ring).toImage()
    colour = guide.palette().color(QPalette.ColorRole.Highlight).rgb()
    ring_pixels = sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == colour
    )
    assert ring_pixels >= 2 * (ring.width() + ring.height())
    for later in guide.links()[1:]:  # Tab walks the links in order, then leaves the guide
        qtbot.keyClick(guide, Qt.Key.Key_Tab)
        assert guide.focused_link() == later
    qtbot.keyClick(guide, Qt.Key.Key_Tab)
    assert not guide.hasFocus()


# ----- names ---------------------------------------------------------------------------------------
def test_every_control_has_a_unique_name_within_its_page(window: MainWindow) -> None:
    for step in StepId:  # one window for all pages: building it is most of the test's time
        page = show(window, step)
        names = {widget: spoken_name(widget) for widget in controls(page)}
        nameless = [type(w).__name__ + " " + w.objectName() for w, name in names.items() if not name.strip()]
        assert not nameless, step
        twice = [name for name, count in Counter(names.values()).items() if count > 1]
        assert not twice, (step, twice)


def test_repeated_cards_are_named_groups(window: MainWindow) -> None:
    for step, prefix in ((StepId.DELEGATION, "delegation_"), (StepId.READY, "readiness_")):
        page = show(window, step)
        cards = [w for w in page.findChildren(QWidget) if w.objectName().startswith(prefix) and w.isVisible()]
        assert len(cards) >= 2, step
        for card in cards:
            group = iface(card)
            assert group.role() == QAccessible.Role.Grouping and group.text(NAME), card.objectName()


def test_drop_downs_keep_their_names(window: MainWindow) -> None:
    page = show(window, StepId.STEP2)
    combos = page.findChildren(QComboBox)
    combo = next(c for c in combos if c.objectName() == "issuerChannel" and c.isVisible())
    assert combo.accessibleName() in spoken_name(combo)
    assert "日本生命" in spoken_name(combo)


def test_names_say_what_the_label_shows(window: MainWindow) -> None:
    bar = window.findChild(QWidget, "profileBar")
    assert bar is not None
    manage = bar.findChild(QAbstractButton, "manageMembersButton")
    assert manage is not None and iface(manage).text(NAME) == manage.text()


# ----- segmented choices ---------------------------------------------------------------------------
def test_segmented_choices_are_radio_groups(window: MainWindow, qtbot: QtBot) -> None:
    page = show(window, StepId.STEP3)
    choice: ChoiceGroup[LinkageStatus] = next(
        c for c in page.findChildren(ChoiceGroup) if c.isVisible() and c.value() is LinkageStatus.COMPLETE
    )
    group = iface(choice)
    assert group.role() == QAccessible.Role.Grouping and group.text(NAME)
    for button in choice.buttons:
        state = iface(button).state()
        assert iface(button).role() == QAccessible.Role.RadioButton
        assert state.checkable and state.checked == button.isChecked()
    # Tab stops only on the selected option
    stops = [b for b in choice.buttons if b in focus.tab_stops(window)]
    assert stops == [choice.button_for(LinkageStatus.COMPLETE)]
    # an arrow selects the next option and records it
    with qtbot.waitActive(window):
        window.activateWindow()
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(choice.chosen) as chosen:
        qtbot.keyClick(stops[0], Qt.Key.Key_Right)
    assert chosen.args == [LinkageStatus.INCOMPLETE]
    selected = choice.button_for(LinkageStatus.INCOMPLETE)
    assert selected.hasFocus() and iface(selected).state().checked
    assert [b for b in choice.buttons if b in focus.tab_stops(window)] == [selected]


# ----- keyboard ------------------------------------------------------------------------------------
def test_tab_follows_reading_order_on_every_page(window: MainWindow) -> None:
    for step in StepId:
        page = show(window, step)
        assert isinstance(page, QAbstractScrollArea)
        body = page.widget()
        stops = [w for w in window.tab_order() if page.isAncestorOf(w)]
        assert stops, step
        assert not [w for w in window.tab_order() if isinstance(w, QScrollArea)]  # no unnamed stop
        for first, second in itertools.pairwise(stops):
            a = QRect(first.mapTo(body, first.rect().topLeft()), first.size())
            b = QRect(second.mapTo(body, second.rect().topLeft()), second.size())
            assert b.bottom() > a.top(), f"{step}: {second.objectName()} (above) after {first.objectName()}"
        todo = [w for w in stops if page.todo_card.isAncestorOf(w)]
        if todo:  # 今やること above the guide: its controls come first
            assert stops.index(todo[-1]) < stops.index(page.content), step


# ----- status messages ----------------------------------------------------------------------------
def test_status_messages_name_the_status_bar(window: MainWindow) -> None:
    bar = window.statusBar()
    assert iface(bar).text(NAME)  # named even with no message
    bar.showMessage("保存しました", 5000)
    assert iface(bar).text(NAME) == "保存しました"
    bar.clearMessage()
    assert iface(bar).text(NAME) and iface(bar).text(NAME) != "保存しました"


# ----- the card chip --------------------------------------------------------------------------------
def test_card_chip_is_a_button_with_one_name(qtbot: QtBot, lang: str) -> None:
    from app.ui.card_reader.chip import CardChip

    chip = CardChip()
    qtbot.addWidget(chip)
    chip.show()
    chip_iface = iface(chip)
    assert chip_iface.role() == QAccessible.Role.Button
    name = chip_iface.text(NAME)
    reader = "カードリーダー" if lang == "ja" else "Card reader"
    assert name.count(reader) == 1, name
    chip.setChecked(True)
    assert chip_iface.state().pressed and not chip_iface.state().checkable


def test_keyboard_help_says_what_undo_does_and_lists_the_card_panel(lang: str) -> None:
    from app.ui.shell.help_menu import shortcuts_text

    text = shortcuts_text()
    assert "Ctrl+Shift+R" in text
    undo = next(line for line in text.splitlines() if line.startswith("Ctrl+Z"))
    assert ("削除" if lang == "ja" else "removal") in undo


# ----- the STEP0 diagram ---------------------------------------------------------------------------
def test_diagram_boxes_and_lines_are_accessible_and_reached_by_keyboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    from app.ui.shell import overview_access

    window.resize(900, 560)  # the diagram runs below the fold
    page = show(window, StepId.STEP0)
    diagram = window.overview
    assert diagram is not None and diagram.nodes
    lines = overview_access.edges(diagram)
    assert lines
    tree = iface(diagram)
    assert tree.role() == QAccessible.Role.Grouping and tree.text(NAME)
    assert tree.childCount() == len(diagram.nodes) + len(lines)
    kids = [tree.child(i) for i in range(tree.childCount())]
    assert {k.role() for k in kids[: len(diagram.nodes)]} == {QAccessible.Role.Button}
    assert {k.role() for k in kids[len(diagram.nodes) :]} == {QAccessible.Role.Link}
    assert len({k.text(NAME) for k in kids}) == len(kids)  # each box and line its own name
    with qtbot.waitActive(window):
        window.activateWindow()
    diagram.setFocus(Qt.FocusReason.TabFocusReason)
    assert isinstance(page, QScrollArea)
    body = page.widget()
    for _ in range(len(diagram.nodes)):  # Tab past the boxes to the first line
        qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    assert diagram.hasFocus() and diagram.focus_index == len(diagram.nodes)
    focused = tree.focusChild()
    assert focused is not None and focused.role() == QAccessible.Role.Link and focused.state().focused
    shown = QRect(-body.x(), -body.y(), page.viewport().width(), page.viewport().height())
    chip = overview_access.stop_rect(diagram, diagram.focus_index)
    assert shown.contains(QRect(diagram.mapTo(body, chip.topLeft()), chip.size()))
    step = diagram._edge_step(lines[0])
    with qtbot.waitSignal(diagram.activated) as opened:
        qtbot.keyClick(diagram, Qt.Key.Key_Return)
    assert opened.args == [step]


def test_the_step_list_shows_keyboard_focus(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_page(2)
    window.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    without = window.sidebar.grab().toImage()
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    focused = window.sidebar.grab().toImage()
    item = window.sidebar.visualItemRect(window.sidebar.item(2))
    changed = sum(
        1
        for y in range(item.top(), item.bottom() + 1)
        for x in range(item.left(), item.right() + 1)
        if without.pixel(x, y) != focused.pixel(x, y)
    )
    assert changed >= 2 * (item.width() + item.height())  # a ring around the current step
