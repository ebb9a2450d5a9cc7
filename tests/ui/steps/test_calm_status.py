"""The one status language on screen (issue 13): segments without ticks, one state per row, the
準備完了 headline that follows the summary, exactly one 次はここ in the sidebar, a quiet status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.model import Channel, LinkageStatus, Readiness, Relation, Service, TaskState
from app.domain.status import Status
from app.domain.steps import STEPS, StepId
from app.i18n.status import status_text
from app.store.repository import Store
from app.ui.shell.main_window import MainWindow
from app.ui.shell.sidebar import STATUS_ROLE
from app.ui.steps.ready_readiness import CertificateReadinessRow
from app.ui.steps.step3_linkages import LinkageRowWidget
from app.ui.steps.step4_issuer_tasks import IssuerCard
from app.ui.widgets.plan_common import ChoiceGroup, StateLabel
from tests.ui.conftest import OpenWindow, open_window, page_index, seed

__all__ = ["open_window", "seed"]

Seed = Callable[[Callable[[Store], object]], None]


def _half_done(store: Store) -> None:
    me = store.add_profile("本人", Relation.SELF)
    for item in ("step0.card", "step0.reader", "step1.app", "step1.register", "step1.login"):
        store.set_progress(me.id, item, state=TaskState.DONE)
    store.set_progress(me.id, "step2.open_page", state=TaskState.DONE)
    store.set_progress(me.id, "step2.select", state=TaskState.DONE)
    life = store.add_certificate(me.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
    store.add_certificate(me.id, "earthquake_insurance", "東京海上日動", Channel.MINKAN_ETAX)
    store.set_linkage(me.id, Service.ETAX, status=LinkageStatus.COMPLETE)
    store.update_certificate(life.id, registration=TaskState.WAITING, follow_up=date(2026, 5, 7))
    store.update_certificate(life.id, readiness=Readiness.PROCESSING)


def _visible_states(row: QWidget) -> list[str]:
    """Every state a row shows: visible pills and the selected segments of its choice groups."""
    shown = [p.text.text() for p in row.findChildren(StateLabel) if p.isVisibleTo(row)]
    for group in row.findChildren(ChoiceGroup):
        if group.isVisibleTo(row) and group.objectName() != "siteCheck":
            shown += [b.text() for b in group.buttons if b.isChecked()]
    return shown


def _pages(window: MainWindow) -> list[QWidget]:
    return [window.page(i) for i in range(len(STEPS))]


def test_no_selected_segment_draws_a_tick(open_window: OpenWindow, seed: Seed) -> None:
    seed(_half_done)
    window, _session = open_window()
    buttons = [b for page in _pages(window) for b in page.findChildren(QPushButton, "choiceButton")]
    selected = [b for b in buttons if b.isChecked()]
    assert selected, "the half-done household has recorded states"
    for button in selected:
        assert button.icon().isNull(), button.text()
        assert "✓" not in button.text() and "✔" not in button.text()
        assert button.accessibleDescription() == "選択中"  # told to screen readers, not drawn as a tick


def test_a_row_never_shows_two_states(open_window: OpenWindow, seed: Seed) -> None:
    seed(_half_done)
    window, _session = open_window()
    rows: list[QWidget] = []
    for page in _pages(window):
        rows += page.findChildren(LinkageRowWidget)
        rows += page.findChildren(IssuerCard)
        rows += page.findChildren(CertificateReadinessRow)
    assert len(rows) >= 4
    for row in rows:
        if isinstance(row, IssuerCard):  # one state per task line: ① and ② each show one, if answered
            for choice in row.choices.values():
                if choice.isVisibleTo(row):
                    answered = choice.value() is not TaskState.TODO  # not yet: nothing looks chosen
                    assert sum(b.isChecked() for b in choice.buttons) == int(answered)
            assert not [p for p in row.findChildren(StateLabel) if p.isVisibleTo(row)]
            continue
        states = _visible_states(row)
        assert len(states) == 1, (row.objectName(), states)
    # nothing recorded yet: the row says これから once (never the old 要対応 beside a 未対応)
    etax_free = [r for r in rows if isinstance(r, LinkageRowWidget) and r.service is not Service.ETAX]
    assert etax_free and _visible_states(etax_free[0]) == [status_text(Status.NOT_STARTED)]


def test_ready_headline_follows_the_summary(open_window: OpenWindow, seed: Seed) -> None:
    seed(_half_done)
    window, session = open_window()
    page = window.page(page_index(StepId.READY))
    assert session.plan is not None and session.plan.summary.total == 2
    assert page.title.text() == "準備完了まで、あと 2 件です"
    assert "事前準備が完了" not in page.text()
    for row in session.plan.linkages:
        session.set_linkage_status(row.service, LinkageStatus.COMPLETE)
    for task in session.plan.issuer_tasks:
        session.set_issuer_task(task.certificate_id, task.kind, TaskState.DONE)
    for status in session.plan.certificates:  # 準備完了 on マイナポータル, or the data seen on the site
        if status.listed:
            session.set_readiness(status.certificate_id, Readiness.READY)
        else:
            session.confirm_data(status.certificate_id, True)
    assert session.plan.summary.all_ready
    assert page.title.text() == "事前準備が完了！確定申告書の作成開始！"


def test_sidebar_shows_exactly_one_next_and_a_quiet_start(open_window: OpenWindow, seed: Seed) -> None:
    seed(_half_done)
    window, _session = open_window()
    states = [window.sidebar.item(i).data(STATUS_ROLE) for i in range(window.sidebar.count())]
    assert states.count(Status.NEXT.value) == 1
    assert Status.ATTENTION.value not in states  # nothing is wrong in this household
    assert window.status(StepId.DELEGATION) is not Status.NEXT  # the optional page is never "next"
    for i, step in enumerate(STEPS):  # one line per step: its title, no state words in it
        text = window.sidebar.item(i).text()
        assert "\n" not in text and text == window.sidebar_text(step.id)
    # STEP0–2 done and STEP5 not needed for these certificates: 4 of the 7 steps on the path
    assert [window.status(s) for s in (StepId.STEP0, StepId.STEP1, StepId.STEP2, StepId.STEP5)] == [
        Status.DONE,
        Status.DONE,
        Status.DONE,
        Status.NOT_NEEDED,
    ]
    assert window.progress_label.text() == "進み具合 4/7"
    assert window.statusBar().currentMessage() != "準備ができました"


def test_a_fresh_household_has_one_next_and_no_warning(open_window: OpenWindow) -> None:
    window, _session = open_window()
    states = [window.status(step.id) for step in STEPS]
    assert states.count(Status.NEXT) == 1 and states[0] is Status.NEXT
    assert Status.ATTENTION not in states


def test_only_a_missed_follow_up_is_a_warning(open_window: OpenWindow, seed: Seed) -> None:
    def fill(store: Store) -> None:
        _half_done(store)
        certificates = store.load_household().members[0].certificates
        quake = next(c for c in certificates if c.issuer == "東京海上日動")
        store.update_certificate(quake.id, registration=TaskState.WAITING, follow_up=date(2026, 4, 20))

    seed(fill)
    window, _session = open_window()  # today is 2026-04-28: the 4/20 check was missed
    assert window.status(StepId.STEP4) is Status.ATTENTION
    others = [window.status(s.id) for s in STEPS if s.id is not StepId.STEP4]
    assert Status.ATTENTION not in others and others.count(Status.NEXT) == 1


def test_the_next_action_button_goes_under_the_sentence_when_the_banner_is_narrow(
    open_window: OpenWindow, seed: Seed
) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QApplication

    from app.ui.steps.next_action import NextActionBanner

    seed(_half_done)
    window, _session = open_window()
    banner = window.findChild(NextActionBanner)
    assert banner is not None

    def width(pixels: int) -> None:  # what the header's layout does when the window narrows
        QApplication.sendEvent(banner, QResizeEvent(QSize(pixels, 80), banner.size()))

    width(1400)
    assert banner.row.indexOf(banner.go_button) >= 0  # beside the sentence: room enough
    width(banner.fontMetrics().averageCharWidth() * 30)
    assert banner.column.indexOf(banner.go_button) >= 0  # under it: the sentence keeps its width
    width(1400)
    assert banner.row.indexOf(banner.go_button) >= 0 and banner.column.indexOf(banner.go_button) < 0
