"""The household in the window, on a real SQLite store: start-up, notices, profiles, follow-ups."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.calendar_jp import add_business_days
from app.domain.model import Channel, LinkageStatus, Relation, Service, TaskState
from app.domain.plan import Badge
from app.domain.status import Status
from app.domain.steps import STEPS, StepId
from app.session import HouseholdSession
from app.store import messages
from app.store.engine import DB_NAME
from app.store.repository import Store
from app.ui.shell.main_window import MainWindow
from app.ui.steps.next_action import FollowUpBanner
from tests.ui.conftest import TODAY, OpenWindow, banner, page_index, plan_views, profile_bar, stored

# --- start-up ---------------------------------------------------------------------------------------


def test_first_run_creates_本人_and_shows_the_first_action(open_window: OpenWindow, tmp_path: Path) -> None:
    window, session = open_window()
    assert session.is_loaded
    assert [m.profile.display_name for m in session.members] == ["本人"]
    assert session.profile is not None and session.profile.relation is Relation.SELF
    assert banner(session).phrase() == "マイナンバーカードを手元に用意しましょう"
    assert window.badge(StepId.STEP0) is Badge.NEEDS_ACTION
    # Nothing chosen in STEP2 yet: STEP3–5 are undecided, not 「不要」.
    assert {window.badge(s) for s in (StepId.STEP3, StepId.STEP4, StepId.STEP5)} == {Badge.UNDECIDED}
    assert window.overview is not None
    diagram = window.overview.diagram
    assert all(
        diagram.node(box).status is Status.UNDECIDED
        for box in ("service:etax", "delivery", "service:nenkin_net", "end")
    )
    with stored(tmp_path) as store:
        assert [m.profile.display_name for m in store.load_household().members] == ["本人"]


def test_loaded_is_emitted_after_the_views_show_the_stored_progress(
    qtbot: QtBot, tmp_path: Path, seed: Callable[[Callable[[Store], object]], None]
) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        store.set_progress(me.id, "step0.card", state=TaskState.DONE)

    seed(fill)
    window = MainWindow(tmp_path, "ja")
    qtbot.addWidget(window)
    window.show()
    seen: list[bool] = []
    session = HouseholdSession(tmp_path, window.settings, today=lambda: TODAY, parent=window)
    from app.ui.steps.views import install

    install(window, session)
    box = window.page(0)  # STEP0 is built: its checklist must already be ticked when ``loaded`` comes
    session.loaded.connect(
        lambda: seen.append(box.findChild(QAbstractButton, "item_step0.card").isChecked())  # type: ignore[union-attr]
    )
    with qtbot.waitSignal(session.loaded, timeout=5000):
        session.open()
    session.close()
    assert seen == [True]


def test_quit_after_startup_loaded_exits_once_loaded(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--lang",
            "ja",
            "--data-dir",
            str(tmp_path),
            "--quit-after-startup=loaded",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with stored(tmp_path) as store:
        assert [m.profile.display_name for m in store.load_household().members] == ["本人"]


def test_a_corrupt_database_is_moved_aside_and_the_notice_shown_once(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    (tmp_path / DB_NAME).write_bytes(b"this is not a database, it was damaged" * 100)
    window, session = open_window()
    boxes = [b for b in window.findChildren(QMessageBox, "storeNoticeBox") if b.isVisible()]
    assert len(boxes) == 1
    assert "壊れていた" in boxes[0].text() and ".corrupt-" in boxes[0].text()
    assert "壊れていた" in window.statusBar().currentMessage()
    assert list(tmp_path.glob(f"{DB_NAME}.corrupt-*"))
    assert [m.profile.display_name for m in session.members] == ["本人"]  # a fresh start that works
    boxes[0].close()


def test_a_newer_database_opens_read_only_and_says_changes_are_not_saved(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None], tmp_path: Path
) -> None:
    import sqlite3

    from app.store.migrations import LATEST

    seed(lambda store: store.add_profile("本人", Relation.SELF))
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    window, session = open_window()
    notice = next(b for b in window.findChildren(QMessageBox, "storeNoticeBox") if b.isVisible())
    assert notice.text() == str(messages.NEWER_SCHEMA_READ_ONLY)
    notice.close()
    assert session.read_only
    assert not profile_bar(session).add_action.isEnabled()
    indicator = window.statusBar().findChild(QLabel, "readOnlyIndicator")
    assert indicator is not None and "読み取り専用" in indicator.text()
    assert indicator.toolTip() == str(messages.NEWER_SCHEMA_READ_ONLY)  # the reason, via i18n.words
    # a change attempted anyway (the API, as a slot would) is refused in words, nothing changes
    assert session.set_item("step0.card", True) == str(messages.NOT_SAVED_READ_ONLY)
    box = next(b for b in window.findChildren(QMessageBox, "storeErrorBox") if b.isVisible())
    assert box.text() == str(messages.NOT_SAVED_READ_ONLY)
    assert session.member is not None and session.member.progress == {}
    box.close()


def test_due_follow_ups_are_listed_at_start(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None]
) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        cert = store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)
        store.update_certificate(cert.id, registration=TaskState.WAITING, follow_up=date(2026, 4, 27))
        store.set_linkage(me.id, Service.ETAX, status=LinkageStatus.CHECK, follow_up=date(2026, 5, 20))

    seed(fill)
    _window, session = open_window()
    shown = next(w for w in plan_views(session).header_widgets if isinstance(w, FollowUpBanner))
    assert shown.isVisible()
    text = shown.text.text()
    assert "生命保険料控除証明書（第一生命）" in text and "2026年4月27日（月）" in text
    assert "e-Tax" not in text  # not due yet
    qtbot_click(shown.close_button)
    assert not shown.isVisible()


def qtbot_click(button: QAbstractButton) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_store_error_is_one_sentence_in_a_non_blocking_box_and_the_view_shows_what_is_saved(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None], tmp_path: Path
) -> None:
    ids: list[int] = []

    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        ids.append(store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO).id)

    seed(fill)
    window, session = open_window()
    from app.ui.steps.step4_issuer_tasks import IssuerTaskList

    tasks = next(v for v in plan_views(session).views[StepId.STEP4] if isinstance(v, IssuerTaskList))
    card = tasks.card(ids[0])
    with stored(tmp_path) as other:  # another window of the past removed it meanwhile
        other.remove_certificate(ids[0])
    window.show_page(page_index(StepId.STEP4))
    qtbot_click(card.choices[next(iter(card.choices))].button_for(TaskState.DONE))
    box = window.findChild(QMessageBox, "storeErrorBox")
    assert box is not None and box.isVisible() and box.text() == str(messages.NOT_FOUND)
    assert not box.isModal() or box.windowModality() is Qt.WindowModality.WindowModal
    assert window.statusBar().currentMessage() == str(messages.NOT_FOUND)
    assert session.member is not None and session.member.certificates == ()
    assert tasks.empty.isVisibleTo(tasks)
    box.close()


# --- profiles -----------------------------------------------------------------------------------------


def _answer_name_dialog(window: MainWindow, name: str) -> None:
    shown = [d for d in window.findChildren(QInputDialog, "profileNameDialog") if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    dialog.setTextValue(name)
    dialog.accept()


def test_switching_members_switches_every_view(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None], tmp_path: Path
) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        for item in ("step0.card", "step0.reader", "step1.app", "step1.register", "step1.login"):
            store.set_progress(me.id, item, state=TaskState.DONE)
        store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)

    seed(fill)
    window, session = open_window()
    bar = profile_bar(session)
    assert window.badge(StepId.STEP1) is Badge.DONE
    assert window.badge(StepId.STEP4) is Badge.NEEDS_ACTION

    bar.add_action.trigger()
    _answer_name_dialog(window, "花子")
    assert session.profile is not None and session.profile.display_name == "花子"
    assert bar.combo.currentText() == "花子（家族）"
    assert window.badge(StepId.STEP1) is Badge.NEEDS_ACTION
    assert window.badge(StepId.STEP4) is Badge.UNDECIDED  # 花子 has chosen nothing yet
    assert banner(session).phrase() == "マイナンバーカードを手元に用意しましょう"
    assert "（花子）" in banner(session).accessibleName()
    step1 = window.page(page_index(StepId.STEP1)).findChild(QAbstractButton, "item_step1.app")
    assert step1 is not None and not step1.isChecked()

    bar.combo.setCurrentIndex(bar.combo.findData(session.members[0].profile.id))
    bar.combo.activated.emit(bar.combo.currentIndex())
    assert session.profile is not None and session.profile.display_name == "本人"
    assert window.badge(StepId.STEP1) is Badge.DONE and step1.isChecked()

    # the choice survives a restart
    bar.combo.activated.emit(bar.combo.findData(session.members[1].profile.id))
    window.close()
    _window2, session2 = open_window()
    assert session2.profile is not None and session2.profile.display_name == "花子"


def test_rename_and_duplicate_name(open_window: OpenWindow) -> None:
    window, session = open_window()
    bar = profile_bar(session)
    bar.rename_action.trigger()
    _answer_name_dialog(window, "山田 一郎")
    assert session.profile is not None and session.profile.display_name == "山田 一郎"
    bar.add_action.trigger()
    _answer_name_dialog(window, "山田　一郎")  # full-width space: the same name
    assert len(session.members) == 1
    assert str(messages.DUPLICATE_NAME) in bar.message.text()


def test_a_card_is_bound_to_one_member(open_window: OpenWindow, tmp_path: Path) -> None:
    window, session = open_window()
    session.add_profile("花子")
    me, wife = (m.profile.id for m in session.members)
    digest = "AB" * 32
    assert session.profile_for_card(digest) is None
    assert session.bind_card(me, digest) is None
    bound = session.profile_for_card(digest)
    assert bound is not None and bound.id == me
    assert session.bind_card(wife, digest) == str(messages.CARD_ALREADY_BOUND)  # said in a box, not saved
    box = next(b for b in window.findChildren(QMessageBox, "storeErrorBox") if b.isVisible())
    box.close()
    with stored(tmp_path) as store:
        assert store.profile_for_card(digest.lower()).id == me  # type: ignore[union-attr]


# --- follow-ups -------------------------------------------------------------------------------------


def test_follow_up_defaults_to_three_business_days(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None], tmp_path: Path
) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)

    seed(fill)
    expected = date(2026, 5, 7)
    assert add_business_days(TODAY, 3) == expected
    window, session = open_window()
    from app.ui.steps.step3_linkages import LinkageTracker
    from app.ui.steps.step4_issuer_tasks import IssuerTaskList

    tracker = next(v for v in plan_views(session).views[StepId.STEP3] if isinstance(v, LinkageTracker))
    row = tracker.row(Service.ETAX)
    qtbot_click(row.choice.button_for(LinkageStatus.INCOMPLETE))
    # 確認 is the user's own look on the site now: no follow-up date, no loop
    qtbot_click(row.choice.button_for(LinkageStatus.CHECK))
    assert row.follow_up.isHidden() and row.follow_up.value() is None
    qtbot_click(row.choice.button_for(LinkageStatus.INCOMPLETE))
    qtbot_click(row.follow_up.check)
    assert row.follow_up.value() == expected and row.follow_up.check.isChecked()
    # a row without a wait: ticking 再確認日 proposes the same default
    other = tracker.row(Service.E_SHISHOBAKO)
    assert other.follow_up.value() is None
    qtbot_click(other.follow_up.check)
    assert other.follow_up.value() == expected
    # editable: another date is saved as it is
    other.follow_up.date.setDate(other.follow_up.date.date().addDays(2))

    tasks = next(v for v in plan_views(session).views[StepId.STEP4] if isinstance(v, IssuerTaskList))
    cid = session.member.certificates[0].id  # type: ignore[union-attr]
    card = tasks.card(cid)
    from app.domain.plan import IssuerTaskKind

    qtbot_click(card.choices[IssuerTaskKind.REGISTRATION].button_for(TaskState.WAITING))
    assert card.follow_up.value() == expected

    with stored(tmp_path) as store:
        member = store.load_household().members[0]
        assert member.linkages[Service.ETAX].follow_up == expected
        assert member.linkages[Service.E_SHISHOBAKO].follow_up == date(2026, 5, 9)
        assert member.certificates[0].follow_up == expected
        assert member.certificates[0].registration is TaskState.WAITING
    assert window.badge(StepId.STEP4) is Badge.IN_PROGRESS


# --- accessibility -----------------------------------------------------------------------------------


def test_every_interactive_widget_has_an_accessible_name(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None]
) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        wife = store.add_profile("花子", Relation.SPOUSE)
        for type_id, issuer, channel in (
            ("life_insurance", "第一生命", Channel.E_SHISHOBAKO),
            ("securities_annual_report", "楽天証券", Channel.MYPOST),
            ("public_pension_withholding", "日本年金機構", Channel.NENKIN_NET),
            ("medical_expense_notice", "医療保険者", Channel.MYNAPORTAL),
        ):
            store.add_certificate(me.id, type_id, issuer, channel)
        from app.domain.model import Delegation

        store.save_delegation(Delegation(0, wife.id, me.id, "妻"))

    seed(fill)
    _window, session = open_window()
    roots: list[QWidget] = [*plan_views(session).header_widgets]
    for views in plan_views(session).views.values():
        roots += views
    checked = 0
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit | QAbstractSpinBox):
                continue
            if isinstance(widget.parent(), QAbstractSpinBox | QComboBox | QLineEdit):
                continue  # Qt's own parts: the editor of a date edit or combo box, a clear button
            checked += 1
            where = f"{type(widget).__name__} {widget.objectName()} {widget.parent()}"
            assert widget.accessibleName(), where
            if not isinstance(widget, QAbstractButton):  # inputs also say what to enter
                assert widget.accessibleDescription() or widget.toolTip(), where
    assert checked > 100


# --- layout -----------------------------------------------------------------------------------------


def sample_household(store: Store) -> None:
    """A household with every kind of row: delivery services, ねんきんネット, マイナポータル, a delegation."""
    from app.domain.model import DelegatedService, Delegation, Readiness

    me = store.add_profile("本人", Relation.SELF)
    wife = store.add_profile("花子", Relation.SPOUSE)
    life = store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)
    store.add_certificate(me.id, "earthquake_insurance", "東京海上日動", Channel.MINKAN_ETAX)
    store.add_certificate(me.id, "securities_annual_report", "楽天証券", Channel.MYPOST)
    store.add_certificate(me.id, "public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)
    store.add_certificate(me.id, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
    store.add_certificate(me.id, "salary_withholding", "国税庁", Channel.ETAX)
    store.set_linkage(me.id, Service.MYPOST, status=LinkageStatus.CHECK, follow_up=date(2026, 5, 7))
    store.update_certificate(life.id, registration=TaskState.WAITING, readiness=Readiness.PROCESSING)
    store.save_delegation(
        Delegation(0, wife.id, me.id, "妻", services=frozenset({DelegatedService.MEDICAL_NOTICES}))
    )


def test_pages_fit_without_sideways_scrolling_at_200_percent_text(
    qapp: QApplication, open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None]
) -> None:
    from PySide6.QtGui import QFont

    seed(sample_household)
    before = QFont(qapp.font())
    doubled = QFont(before)
    doubled.setPointSizeF((before.pointSizeF() if before.pointSizeF() > 0 else 10.0) * 2)
    qapp.setFont(doubled)
    try:
        window, _session = open_window()
        window.resize(1200, 900)
        problems = []
        for index, step in enumerate(STEPS):
            window.show_page(index)
            qapp.processEvents()
            page = window.page(index)
            if page.horizontalScrollBar().maximum() > 0:
                problems.append(f"{step.id.value}: {page.widget().minimumSizeHint().width()} px")  # type: ignore[union-attr]
        assert not problems
        assert window.width() <= 1200
    finally:
        qapp.setFont(before)


def test_switching_the_language_rebuilds_the_views_with_the_same_records(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None]
) -> None:
    from app import i18n
    from app.ui.steps.step2_certificates import CertificatePicker

    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        store.set_progress(me.id, "step0.card", state=TaskState.DONE)
        store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)

    seed(fill)
    window, session = open_window()
    try:
        window.language_menu.choose("en")
        picker = next(
            v for v in plan_views(session).views[StepId.STEP2] if isinstance(v, CertificatePicker)
        )
        assert (
            picker.type_rows["life_insurance"].type_check.text()
            == "Life insurance premium deduction certificate"
        )
        assert banner(session).phrase() == (
            "Get a smartphone that reads the My Number card (or an IC card reader)"
        )
        item = window.page(0).findChild(QAbstractButton, "item_step0.card")
        assert item is not None and item.isChecked()
        assert len(plan_views(session).header_widgets) == 3

        window.language_menu.choose("ja")
        assert banner(session).phrase() == (
            "マイナンバーカード読取対応のスマートフォン（又はICカードリーダライタ）を用意しましょう"
        )
        picker = next(
            v for v in plan_views(session).views[StepId.STEP2] if isinstance(v, CertificatePicker)
        )
        assert picker.type_rows["life_insurance"].type_check.text() == "生命保険料控除証明書"
        assert [type(w).__name__ for w in plan_views(session).header_widgets] == [
            "ProfileBar",
            "NextActionBanner",
            "FollowUpBanner",
        ]
    finally:
        i18n.install("ja")


def test_a_stored_household_shows_before_the_store_opens_and_a_change_opens_it(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None], tmp_path: Path, qtbot: QtBot
) -> None:
    def fill(store: Store) -> None:
        pid = store.add_profile("本人", Relation.SELF).id
        store.add_profile("母", Relation.PARENT)
        store.set_progress(pid, "step1.app", state=TaskState.DONE)

    seed(fill)
    _window, session = open_window()
    assert session.is_loaded and session.store is None  # shown from the quick reader
    assert [m.profile.display_name for m in session.members] == ["本人", "母"]
    assert not session.read_only
    assert session.set_item("step1.register", True) is None  # opens the store, then saves
    assert session.store is not None
    with stored(tmp_path) as store:
        own = store.load_household().member_named("本人")
    assert own is not None and own.progress["step1.register"].state is TaskState.DONE
    assert own.progress["step1.app"].state is TaskState.DONE


def test_the_store_opens_right_after_a_quick_start(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None], qtbot: QtBot
) -> None:
    seed(lambda store: store.add_profile("本人", Relation.SELF))
    _window, session = open_window()
    qtbot.waitUntil(lambda: session.store is not None, timeout=5000)
    assert [m.profile.display_name for m in session.members] == ["本人"]
