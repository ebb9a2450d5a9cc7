"""代理人設定: recording a delegation, editing every field, refused input, and that it all persists."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QCheckBox

from app.domain.model import DelegatedService, DelegationOperation, Relation, TaskState
from app.domain.plan import Badge
from app.domain.steps import StepId
from app.session import HouseholdSession
from app.store import messages
from app.store.repository import Store
from app.ui.steps.delegation import DelegationEditor
from tests.ui.conftest import OpenWindow, open_window, page_index, plan_views, seed, stored

__all__ = ["open_window", "seed"]  # fixtures shared with test_plan_household

Seed = Callable[[Callable[[Store], object]], None]


def click(button: QAbstractButton) -> None:
    at = QPoint(8, button.height() // 2) if isinstance(button, QCheckBox) else QPoint()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def editor(session: HouseholdSession) -> DelegationEditor:
    return next(v for v in plan_views(session).views[StepId.DELEGATION] if isinstance(v, DelegationEditor))


def _two_members(store: Store) -> None:
    store.add_profile("本人", Relation.SELF)
    store.add_profile("花子", Relation.SPOUSE)


def test_one_member_is_told_to_add_family_first(open_window: OpenWindow) -> None:
    _window, session = open_window()
    view = editor(session)
    assert not view.only_one.isHidden() and view.add_box.isHidden()


def test_record_and_edit_a_delegation_and_it_persists(
    open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    seed(_two_members)
    window, session = open_window()
    window.show_page(page_index(StepId.DELEGATION))
    view = editor(session)
    assert view.add_box.isVisible()
    me, wife = (m.profile.id for m in session.members)
    assert view.new_delegate.currentData() == me  # the person who files: the member shown
    assert view.new_delegator.currentData() == wife

    # empty relation name: refused inline, nothing saved
    click(view.add_button)
    assert view.add_error.text() == f"⚠ {messages.DELEGATION_EMPTY_NAME}"
    assert session.household.delegations == ()

    view.new_relation.setText("妻")
    click(view.add_button)
    assert view.add_error.isHidden()
    assert len(session.household.delegations) == 1
    did = session.household.delegations[0].id
    card = view.card(did)
    assert card.relation.text() == "妻"
    assert window.badge(StepId.DELEGATION) is Badge.NEEDS_ACTION

    # the two services and the five operations, one click each
    click(card.services[DelegatedService.MEDICAL_NOTICES])
    for op in DelegationOperation:
        click(card.operations[op])
    assert window.badge(StepId.DELEGATION) is Badge.DONE

    # 有効期間
    card.valid_from.setDate(QDate(2026, 5, 1))
    card.valid_from.editingFinished.emit()
    card.valid_to.setDate(QDate(2027, 4, 30))
    card.valid_to.editingFinished.emit()

    # an end before the start is refused inline and the saved dates come back
    card.valid_to.setDate(QDate(2026, 4, 1))
    card.valid_to.editingFinished.emit()
    assert card.error.text() == f"⚠ {messages.DELEGATION_PERIOD}"
    assert card.valid_to.date() == QDate(2027, 4, 30)

    # the relation name, renamed
    card.relation.setText("配偶者")
    card.relation.editingFinished.emit()

    with stored(tmp_path) as store:
        (saved,) = store.load_household().delegations
    assert saved.delegator_profile_id == wife and saved.delegate_profile_id == me
    assert saved.relation_name == "配偶者"
    assert (saved.valid_from, saved.valid_to) == (date(2026, 5, 1), date(2027, 4, 30))
    assert saved.services == frozenset({DelegatedService.MEDICAL_NOTICES})
    assert saved.operations == dict.fromkeys(DelegationOperation, TaskState.DONE)

    # a restart shows the same
    window.close()
    _window2, session2 = open_window()
    card2 = editor(session2).card(did)
    assert card2.relation.text() == "配偶者"
    assert card2.services[DelegatedService.MEDICAL_NOTICES].isChecked()
    assert not card2.services[DelegatedService.NOTICES].isChecked()
    assert all(box.isChecked() for box in card2.operations.values())


def test_same_person_on_both_sides_is_refused_and_delete_works(
    open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    seed(_two_members)
    _window, session = open_window()
    view = editor(session)
    view.new_relation.setText("妻")
    click(view.add_button)
    did = session.household.delegations[0].id
    card = view.card(did)
    index = card.delegator.findData(card.delegate.currentData())
    card.delegator.setCurrentIndex(index)
    card.delegator.activated.emit(index)
    assert card.error.text() == f"⚠ {messages.DELEGATION_SAME_PERSON}"
    with stored(tmp_path) as store:
        (saved,) = store.load_household().delegations
    assert saved.delegator_profile_id != saved.delegate_profile_id
    click(card.delete_button)
    assert session.household.delegations == ()
    assert not view.cards.rows
