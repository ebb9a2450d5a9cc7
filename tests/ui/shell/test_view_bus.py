"""What the views tell the window goes through the window's bus, never through the household session:
the session's signals are news of the household only, the views hold the window's bus, a word and a
step request reach the status bar and the page stack, and a closed notice stays closed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QMetaMethod, QObject
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.domain.model import Channel, Delegation, Relation, TaskState
from app.domain.steps import StepId
from app.session import HouseholdSession
from app.store.repository import Store
from app.ui.shell.view_bus import ViewBus
from app.ui.steps.delegation import DelegationCard, DelegationEditor
from app.ui.steps.next_action import FollowUpBanner, NextActionBanner
from app.ui.steps.profile_bar import ProfileBar
from app.ui.steps.step2_certificates import CertificatePicker
from app.ui.steps.step4_issuer_tasks import IssuerTaskList
from app.ui.steps.step4_number_row import NumberRow
from tests.ui.conftest import OpenWindow, page_index, plan_views

Seed = Callable[[Callable[[Store], object]], None]

# Everything the session says is about the household: what changed, what the store said, the end.
HOUSEHOLD_NEWS = {
    "changed",
    "loaded",
    "failed",
    "notice",
    "opened_read_only",
    "removed",
    "closing",
    "season_started",
}


def own_signals(cls: type[QObject]) -> set[str]:
    meta = cls.staticMetaObject
    signals = set()
    for index in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(index)
        if method.methodType() is QMetaMethod.MethodType.Signal:
            signals.add(bytes(method.name().data()).decode())
    return signals


def test_the_session_speaks_only_of_the_household() -> None:
    assert own_signals(HouseholdSession) == HOUSEHOLD_NEWS
    public = {name for name in dir(HouseholdSession) if not name.startswith("_")}
    # the views' messages and the notices' memory are the window's (app/ui/shell/view_bus.py)
    assert not public & {"status", "show_step", "follow_ups_dismissed", "dismiss_season_start"}
    assert not [name for name in public if "banner" in name or "dismiss" in name]
    assert own_signals(ViewBus) == {"status", "show_step"}


def _household(store: Store) -> None:
    me = store.add_profile("本人", Relation.SELF)
    wife = store.add_profile("花子", Relation.SPOUSE)
    cert = store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)
    store.update_certificate(cert.id, registration=TaskState.WAITING, follow_up=date(2026, 4, 27))
    store.add_certificate(wife.id, "life_insurance", "みらい生命", Channel.E_SHISHOBAKO)
    store.save_delegation(
        Delegation(id=0, delegator_profile_id=wife.id, delegate_profile_id=me.id, relation_name="妻")
    )


def test_every_view_that_speaks_holds_the_windows_bus(open_window: OpenWindow, seed: Seed) -> None:
    seed(_household)
    window, session = open_window()
    assert isinstance(window.bus, ViewBus) and window.bus.parent() is window
    speaking = [w for w in window.findChildren(QWidget) if hasattr(w, "bus")]
    kinds = {type(w) for w in speaking}
    expected = {ProfileBar, NextActionBanner, CertificatePicker, NumberRow, DelegationCard}
    assert expected <= kinds, expected - kinds
    assert all(w.bus is window.bus for w in speaking)  # type: ignore[attr-defined]
    assert all(w.banners is window.bus.banners for w in window.findChildren(FollowUpBanner))
    assert plan_views(session).bus is window.bus
    assert {IssuerTaskList, DelegationEditor} <= {
        type(v) for vs in plan_views(session).views.values() for v in vs
    }


def test_a_word_and_a_step_request_reach_the_window(open_window: OpenWindow, seed: Seed) -> None:
    seed(_household)
    window, session = open_window()
    asked: list[object] = []
    said: list[tuple[str, int]] = []
    window.bus.show_step.connect(asked.append)
    window.bus.status.connect(lambda text, ms: said.append((text, ms)))

    # a member renamed from the bar: its word is in the status bar
    bar = next(w for w in plan_views(session).header_widgets if isinstance(w, ProfileBar))
    bar.rename_member("太郎")
    assert said == [("名前を「太郎」に変更しました", 5000)]
    assert window.statusBar().currentMessage() == "名前を「太郎」に変更しました"

    # the delegation's 「花子の事前準備を開く」: her plan, on STEP1's page
    window.show_page(page_index(StepId.DELEGATION))
    card = window.findChild(DelegationCard)
    assert card is not None
    button = card.findChild(QAbstractButton, "fix_own_preparation")
    assert button is not None
    button.click()
    assert asked == [StepId.STEP1]
    assert window.current_index() == page_index(StepId.STEP1)
    assert session.profile is not None and session.profile.display_name == "花子"


def test_a_closed_follow_up_notice_stays_closed_when_the_views_are_built_again(
    open_window: OpenWindow, seed: Seed
) -> None:
    seed(_household)
    window, session = open_window()
    views = plan_views(session)
    notice = next(w for w in views.header_widgets if isinstance(w, FollowUpBanner))
    assert notice.isVisible()
    notice.close_button.click()
    assert window.bus.banners.follow_ups_dismissed and not notice.isVisible()
    views.rebuild()  # what a language change does
    again = next(w for w in views.header_widgets if isinstance(w, FollowUpBanner))
    assert again is not notice and not again.isVisible()
