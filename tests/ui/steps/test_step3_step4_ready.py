"""Recording a status anywhere updates the badges, the summary and the next action at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from app.domain.model import Channel, LinkageStatus, Readiness, Relation, Service, TaskState
from app.domain.plan import Badge, IssuerTaskKind
from app.domain.status import Status
from app.domain.steps import StepId
from app.session import HouseholdSession
from app.store.repository import Store
from app.ui.steps.ready_readiness import ReadinessPanel
from app.ui.steps.step3_linkages import LinkageTracker
from app.ui.steps.step4_issuer_tasks import IssuerTaskList
from tests.ui.conftest import OpenWindow, banner, open_window, page_index, plan_views, seed, stored

__all__ = ["open_window", "seed"]  # fixtures shared with test_plan_household

T = TypeVar("T")
Seed = Callable[[Callable[[Store], object]], None]
DONE_ITEMS = (
    "step0.card",
    "step0.reader",
    "step1.app",
    "step1.register",
    "step1.login",
    "step2.open_page",
    "step2.select",
    "step3.notices",
)


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def view(session: HouseholdSession, step: StepId, kind: type[T]) -> T:
    return next(v for v in plan_views(session).views[step] if isinstance(v, kind))


def _seed_life_insurance(seed: Seed) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        for item in DONE_ITEMS:
            store.set_progress(me.id, item, state=TaskState.DONE)
        store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)

    seed(fill)


def test_every_recorded_status_moves_badges_summary_and_next_action_together(
    open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    _seed_life_insurance(seed)
    window, session = open_window()
    next_action = banner(session)
    readiness = view(session, StepId.READY, ReadinessPanel)
    assert next_action.phrase() == "e-Taxとの連携を行いましょう"
    assert window.badge(StepId.STEP3) is Badge.NEEDS_ACTION
    assert readiness.summary_text() == "0 / 1 件 準備完了"

    # STEP3: e-Tax first, then e-私書箱
    window.show_page(page_index(StepId.STEP3))
    tracker = view(session, StepId.STEP3, LinkageTracker)
    assert [s for s in tracker.rows.rows] == [Service.ETAX, Service.E_SHISHOBAKO]
    click(tracker.row(Service.ETAX).choice.button_for(LinkageStatus.COMPLETE))
    assert next_action.phrase() == "e-私書箱との連携を行いましょう"
    assert window.badge(StepId.STEP3) is Badge.NEEDS_ACTION
    assert window.overview.accessibleDescription().count("完了") >= 1
    assert "最終変更: 20" in tracker.row(Service.ETAX).changed_at.text()
    click(tracker.row(Service.E_SHISHOBAKO).choice.button_for(LinkageStatus.COMPLETE))
    assert window.badge(StepId.STEP3) is Badge.DONE
    assert "第一生命で生命保険料控除証明書の電子交付の利用登録" in next_action.phrase()
    assert next_action.text.text().startswith("STEP4")

    # the banner's button opens the step of the next action
    window.show_page(0)
    click(next_action.go_button)
    assert window.current_index() == page_index(StepId.STEP4)

    # STEP4: ① and ②
    card = view(session, StepId.STEP4, IssuerTaskList).card(session.member.certificates[0].id)  # type: ignore[union-attr]
    registration = card.choices[IssuerTaskKind.REGISTRATION]
    assert not any(b.isChecked() for b in registration.buttons)  # not answered: nothing looks chosen
    click(registration.button_for(TaskState.WAITING))
    assert [b.isChecked() for b in registration.buttons] == [True, False]
    click(registration.button_for(TaskState.WAITING))  # a second click takes the answer back
    assert not any(b.isChecked() for b in registration.buttons)
    assert session.plan is not None and session.plan.issuer_tasks[0].state is TaskState.TODO
    click(registration.button_for(TaskState.DONE))
    assert next_action.phrase() == "e-私書箱と第一生命の連携を行いましょう"
    assert window.badge(StepId.STEP4) is Badge.NEEDS_ACTION
    click(card.choices[IssuerTaskKind.LINK].button_for(TaskState.DONE))
    assert window.badge(StepId.STEP4) is Badge.DONE
    assert next_action.phrase() == (
        "「証明書の準備状況」で生命保険料控除証明書（第一生命）が「準備完了」か確認しましょう"
    )
    assert readiness.summary_text() == "0 / 1 件 準備完了"

    # 準備完了: 処理中 is a wait, 準備完了 counts
    window.show_page(page_index(StepId.READY))
    row = readiness.row(session.member.certificates[0].id)  # type: ignore[union-attr]
    click(row.choice.button_for(Readiness.PROCESSING))
    assert window.badge(StepId.READY) is Badge.NEEDS_ACTION  # the check item is still open
    assert row.state.text.text() == "処理中"
    click(row.choice.button_for(Readiness.READY))
    assert readiness.summary_text() == "1 / 1 件 準備完了"
    assert next_action.phrase() == "「証明書の準備状況」で取得したい証明書等が「準備完了」か確認しましょう"
    item = window.page(page_index(StepId.READY)).findChild(QAbstractButton, "item_ready.check_status")
    assert item is not None
    click(item)
    assert window.badge(StepId.READY) is Badge.DONE
    assert next_action.phrase().startswith("事前準備が完了しました")
    assert not next_action.go_button.isEnabled()

    # and it was all saved, with its history
    with stored(tmp_path) as store:
        member = store.load_household().members[0]
        assert member.linkages[Service.ETAX].status is LinkageStatus.COMPLETE
        cert = member.certificates[0]
        assert (cert.registration, cert.issuer_link, cert.readiness) == (
            TaskState.DONE,
            TaskState.DONE,
            Readiness.READY,
        )
        assert [c.new for c in store.history(member.profile.id, f"certificate:{cert.id}")][-1] == "ready"


def test_going_back_on_a_status_reverts_everything(open_window: OpenWindow, seed: Seed) -> None:
    _seed_life_insurance(seed)
    _window, session = open_window()
    tracker = view(session, StepId.STEP3, LinkageTracker)
    click(tracker.row(Service.ETAX).choice.button_for(LinkageStatus.COMPLETE))
    assert banner(session).phrase() == "e-私書箱との連携を行いましょう"
    click(tracker.row(Service.ETAX).choice.button_for(LinkageStatus.INCOMPLETE))
    assert banner(session).phrase() == "e-Taxとの連携を行いましょう"
    assert tracker.row(Service.ETAX).choice.value() is LinkageStatus.INCOMPLETE
    assert tracker.row(Service.ETAX).state.text.text() == "これから"  # nothing wrong: not started, no alarm


def test_a_check_row_asks_what_was_found_on_the_site_and_never_loops(
    open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    """Error 4: 確認 means "look on that site"; the row offers what the guide means, no follow-up loop."""
    _seed_life_insurance(seed)
    window, session = open_window()
    tracker = view(session, StepId.STEP3, LinkageTracker)
    click(tracker.row(Service.ETAX).choice.button_for(LinkageStatus.COMPLETE))
    row = tracker.row(Service.E_SHISHOBAKO)
    click(row.choice.button_for(LinkageStatus.CHECK))
    assert row.state.text.text() == "これから"  # nothing wrong: not started, no alarm
    assert not row.site_check.isHidden() and row.follow_up.isHidden()
    assert "e-私書箱のサイトで連携できているか確かめ" in banner(session).phrase()
    with stored(tmp_path) as store:
        assert store.load_household().members[0].linkages[Service.E_SHISHOBAKO].follow_up is None
    click(row.site_check.button_for(False))  # not linked yet: the action is to link with the site
    assert banner(session).phrase() == "e-私書箱との連携を行いましょう"
    assert "もう一度サイトで確かめて" in row.site_hint.text()
    click(row.site_check.button_for(True))  # checked on the site: linked
    assert row.state.text.text() == "完了"
    assert window.badge(StepId.STEP3) is Badge.DONE
    assert "電子交付の利用登録" in banner(session).phrase()
    assert window.overview is not None
    diagram = window.overview.diagram
    assert diagram.node("service:etax").status is Status.DONE
    assert diagram.node("service:e_shishobako").status is Status.DONE
    assert diagram.node("service:nenkin_net").status is Status.NOT_NEEDED
    assert session.due == () or all(not f.subject.startswith("linkage:") for f in session.due)


def test_notes_are_saved(open_window: OpenWindow, seed: Seed, tmp_path: Path) -> None:
    _seed_life_insurance(seed)
    _window, session = open_window()
    note = view(session, StepId.STEP3, LinkageTracker).row(Service.ETAX).note
    note.setText("利用者識別番号は手帳に控えた")
    note.editingFinished.emit()
    with stored(tmp_path) as store:
        assert store.load_household().members[0].linkages[Service.ETAX].note == "利用者識別番号は手帳に控えた"


def test_unlisted_certificates_read_未記載_and_are_explained(open_window: OpenWindow, seed: Seed) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        store.add_certificate(me.id, "public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)

    seed(fill)
    _window, session = open_window()
    panel = view(session, StepId.READY, ReadinessPanel)
    row = panel.row(session.member.certificates[0].id)  # type: ignore[union-attr]
    assert row.choice.isHidden()
    assert row.state.text.text() == "これから"  # the app's word; the sentence names マイナポータル's 未記載
    assert "「未記載」と表示されます" in row.unlisted.text()
    assert "事前準備がまだ残っています" in row.unlisted.text() and "ねんきんネット" in row.unlisted.text()
    assert row.data_button.isHidden()
    assert "例年の時期" in row.hint.text()
    # 2026-04-28: the 令和7年分 period is over, so the 令和8年分 one (2027) is the one to prepare for
    assert "令和8年分の確定申告期間: 2027年2月16日（火） 〜 2027年3月15日（月）" in panel.filing.text()
    # error 9: the period's start is not the first day anything can be filed
    assert "申告期間の始まりまで あと 294 日" in panel.filing.text()
    assert "還付申告は、申告期間を待たずに 2027年1月1日" in panel.filing.text()
    assert panel.summary_text() == "0 / 1 件 準備完了"
    tracker = view(session, StepId.STEP3, LinkageTracker)
    click(tracker.row(Service.ETAX).choice.button_for(LinkageStatus.COMPLETE))
    click(tracker.row(Service.NENKIN_NET).choice.button_for(LinkageStatus.COMPLETE))
    # error 3: linked is not ready; the slip's data comes in late December
    assert panel.summary_text() == "0 / 1 件 準備完了"
    assert row.state.text.text() == "連携済み・データ待ち"
    assert "連携は済んでいます" in row.unlisted.text() and "下のボタンで記録" in row.unlisted.text()
    assert "2026年12月20日" in row.hint.text()  # when the data usually arrives
    assert not row.data_button.isHidden() and not row.data_button.isChecked()
    click(row.data_button)
    assert panel.summary_text() == "1 / 1 件 準備完了"
    assert row.state.text.text() == "データ確認済み" and row.data_button.isChecked()


def test_filing_period_and_days_left_in_season(open_window: OpenWindow, seed: Seed, tmp_path: Path) -> None:
    from datetime import date

    _window, session = open_window(today=date(2026, 3, 2))
    panel = view(session, StepId.READY, ReadinessPanel)
    text = panel.filing.text()
    assert "令和7年分の確定申告期間: 2026年2月16日（月） 〜 2026年3月16日（月）" in text
    assert "締切まで あと 14 日" in text
