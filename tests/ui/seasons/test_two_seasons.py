"""A household through two seasons, on a real store and window: what carried over, what was asked again,
last season read-only (viewable, in the backup, printable for its year)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QTextBrowser

from app.domain.model import (
    Channel,
    DelegatedService,
    Delegation,
    LinkageStatus,
    Readiness,
    Service,
    TaskState,
)
from app.domain.steps import StepId
from app.store.backup import export_backup, import_backup
from app.store.repository import Store
from app.ui.seasons import NewSeasonNotice, PastSeasonsMenu
from tests.checklist.helpers import pdftotext_pages, squash
from tests.ui.conftest import OpenWindow, page_index, stored

LAST_SEASON = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)  # 令和8年分
NEXT_SEASON = date(2027, 11, 15)  # 令和9年分


def _last_season(data_dir: Path) -> dict[str, int]:
    """The issue's household: 準備完了 recorded on 2026-11-22, a delegation, STEP1 and STEP3 done."""
    store, _ = Store.open(data_dir, clock=lambda: LAST_SEASON)
    with store:
        me = store.add_profile("本人").id
        spouse = store.add_profile("花子").id
        store.set_progress(me, "step1.register", state=TaskState.DONE)
        store.set_linkage(me, Service.ETAX, status=LinkageStatus.COMPLETE)
        store.set_linkage(me, Service.E_SHISHOBAKO, status=LinkageStatus.COMPLETE)
        life = store.add_certificate(me, "life_insurance", "みらい生命", Channel.E_SHISHOBAKO)
        store.update_certificate(
            life.id, readiness=Readiness.READY, registration=TaskState.DONE, issuer_link=TaskState.DONE
        )
        pension = store.add_certificate(me, "public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)
        store.update_certificate(pension.id, data_confirmed_on=date(2027, 1, 20))
        store.save_delegation(
            Delegation(
                0,
                spouse,
                me,
                "妻",
                date(2026, 12, 1),
                date(2027, 3, 31),
                frozenset({DelegatedService.MEDICAL_NOTICES}),
            )
        )
        assert store.current_season() == 2026
        return {"me": me, "life": life.id, "pension": pension.id}


def test_a_household_through_two_seasons(open_window: OpenWindow, tmp_path: Path) -> None:
    ids = _last_season(tmp_path)
    window, session = open_window(NEXT_SEASON)
    # the quick reader showed the household at once, and last season's 準備完了 did not count there either
    assert session.plans[ids["me"]].summary.ready == 0
    session.ensure_store()  # the store opens right after the first paint

    # the first start in 令和9年分 says so, once, with one next step
    start = session.season_start
    assert start is not None and (start.previous, start.current) == (2026, 2027)
    notice = window.findChild(NewSeasonNotice)
    assert notice is not None and notice.isVisible()
    assert "令和9年分の準備を始めました" in notice.title.text()
    assert "令和8年分の記録" in notice.text.text()

    # carried over: registration, linkages, selections and their STEP4 tasks, the delegation
    me = session.household.member(ids["me"])
    assert me is not None
    assert me.progress["step1.register"].state is TaskState.DONE
    assert me.linkages[Service.ETAX].status is LinkageStatus.COMPLETE
    life = next(c for c in me.certificates if c.id == ids["life"])
    assert (life.issuer, life.registration, life.issuer_link) == (
        "みらい生命",
        TaskState.DONE,
        TaskState.DONE,
    )
    assert [d.relation_name for d in session.household.delegations] == ["妻"]
    # asked again: the readiness and the data confirmation of last season
    pension = next(c for c in me.certificates if c.id == ids["pension"])
    assert (life.readiness, pension.data_confirmed_on) == (None, None)
    summary = session.plans[ids["me"]].summary
    assert (summary.ready, summary.total) == (0, 2)  # never last season's 準備完了
    # the delegation is checked against 令和9年分's filing period (it ended 2027-03-31)
    from app.domain.delegation_rules import FindingCode, household_findings

    codes = {f.code for fs in household_findings(session.household, NEXT_SEASON).values() for f in fs}
    assert FindingCode.EXPIRED in codes

    # the one next step goes to 準備完了's page
    shown: list[object] = []
    window.bus.show_step.connect(shown.append)
    notice.go_button.click()
    assert shown == [StepId.READY] and not notice.isVisible() and window.bus.banners.season_notice_dismissed
    assert window.current_index() == page_index(StepId.READY)  # and the window shows its page

    # last season, read-only in the window
    menu = window.findChild(PastSeasonsMenu)
    assert menu is not None
    menu.fill()
    assert [a.text() for a in menu.actions()] == ["令和8年分"]
    dialog = menu.open_season(2026)
    assert dialog is not None
    assert "変更はできません" in dialog.banner.text() and "令和9年分" in dialog.banner.text()
    content = dialog.findChild(QTextBrowser)
    assert content is not None and content.isReadOnly()
    assert not dialog.findChildren(QLineEdit)
    text = content.toPlainText()
    assert "2 件中 1 件が準備完了" in text and "みらい生命" in text and "準備完了" in text

    # this season's changes never reach last season's record
    session.call(lambda s: s.update_certificate(ids["life"], readiness=Readiness.PROCESSING))
    [past] = session.past_seasons()
    kept = next(c for c in past.household.members[0].certificates if c.id == ids["life"])
    assert kept.readiness is Readiness.READY

    # printable for its year
    pdf = tmp_path / "r8.pdf"
    assert dialog.checklist.export_to(str(pdf))
    paper = squash("".join(pdftotext_pages(pdf)))
    assert squash("令和8年分") in paper and squash("みらい生命") in paper
    dialog.close()

    # in the backup, and back from it
    backup = tmp_path / "household.json"
    with stored(tmp_path) as store:
        export_backup(store, backup)
        import_backup(store, backup)
        assert [e.tax_year for e in store.seasons()] == [2026, 2027]
        assert store.current_season() == 2027


def test_the_next_start_in_the_same_season_says_nothing(open_window: OpenWindow, tmp_path: Path) -> None:
    _last_season(tmp_path)
    open_window(NEXT_SEASON)[1].ensure_store()
    window, session = open_window(date(2027, 11, 20))
    session.ensure_store()
    assert session.season_start is None
    notice = window.findChild(NewSeasonNotice)
    assert notice is not None and not notice.isVisible()
    assert [s.tax_year for s in session.past_seasons()] == [2026]


def test_a_clock_set_in_the_past_reopens_nothing(open_window: OpenWindow, tmp_path: Path) -> None:
    _last_season(tmp_path)
    open_window(NEXT_SEASON)[1].ensure_store()
    _, session = open_window(date(2026, 12, 1))
    session.ensure_store()
    assert session.season_start is None
    with stored(tmp_path) as store:
        assert store.current_season() == 2027
