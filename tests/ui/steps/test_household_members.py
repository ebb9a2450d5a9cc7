"""The household of issue 14: three members, a delegation whose validity misses the filing period (the
warning, the fix, the warning gone), removing a member with what goes with them, and undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from app.domain.delegation_rules import FindingCode
from app.domain.model import DelegatedService, Delegation, Relation
from app.domain.steps import StepId
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import OpenWindow, open_window, page_index, profile_bar, stored
from tests.ui.steps.test_delegation import click, editor

__all__ = ["open_window"]


def _answer_name(window: MainWindow, name: str) -> None:
    shown = [d for d in window.findChildren(QInputDialog, "profileNameDialog") if d.isVisible()]
    assert len(shown) == 1
    shown[0].setTextValue(name)
    shown[0].accept()


def test_a_household_of_three_with_a_delegation_fixed_and_a_member_removed_and_undone(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    window, session = open_window()
    bar = profile_bar(session)
    for name in ("花子", "母"):
        bar.add_action.trigger()
        _answer_name(window, name)
    assert [m.profile.display_name for m in session.members] == ["本人", "花子", "母"]
    # one click in the header switches member
    assert set(bar.member_buttons) == {m.profile.id for m in session.members}
    me, wife, mother = (m.profile.id for m in session.members)
    click(bar.member_buttons[me])
    assert session.profile_id == me
    bar.relation_actions[Relation.SPOUSE].trigger()  # the relation of the one shown (本人 here)
    assert session.members[0].profile.relation is Relation.SPOUSE
    bar.relation_actions[Relation.SELF].trigger()

    # 花子's validity ends before the filing period of the tax year being prepared (2027-02-16 – 03-15)
    error = session.save_delegation(
        Delegation(
            0,
            wife,
            me,
            "妻",
            date(2026, 4, 1),
            date(2027, 1, 31),
            frozenset({DelegatedService.MEDICAL_NOTICES}),
        )
    )
    assert error is None
    window.show_page(page_index(StepId.DELEGATION))
    did = session.household.delegations[0].id
    card = editor(session).card(did)
    warning = card.findChild(QWidget, "finding_misses_filing_period")
    assert warning is not None and warning.isVisible()
    assert "2027年2月16日" in card.findings_box.findChildren(QWidget, "findingText")[0].text()
    assert "2027年3月15日" in card.findings_box.findChildren(QWidget, "findingText")[0].text()

    # the fix in place: the end date, then the warning goes
    fix = card.findChild(QPushButton, "fix_misses_filing_period")
    assert fix is not None
    click(fix)
    assert card.valid_to.hasFocus()
    card.valid_to.setDate(QDate(2027, 12, 31))
    card.valid_to.editingFinished.emit()
    assert [f.code for f in card.shown_findings] == []
    assert (
        card.findChild(QWidget, "finding_misses_filing_period") is None
        or not card.findChild(QWidget, "finding_misses_filing_period").isVisible()
    )

    # 花子 only hands over her 医療費通知情報: her plan says so instead of asking her to choose certificates
    click(bar.member_buttons[wife])
    assert session.plan is not None and session.plan.delegates_only
    hint = editor(session).delegates_only
    assert not hint.isHidden() and hint.text().startswith("花子は代理人設定で医療費通知情報を任せるだけ")
    assert session.plan.next_action is None or session.plan.next_action.step is not StepId.STEP2
    assert window.page(page_index(StepId.READY)).title.text() == "代理人設定の手順を進めましょう"

    # remove 花子: asked first, told what goes with her (her delegation too), then undone
    bar.remove_action.trigger()
    box = window.findChild(QMessageBox, "removeMemberDialog")
    assert box is not None and box.isVisible()
    assert "代理人設定 1 件" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "削除する")
    click(remove)
    assert [m.profile.display_name for m in session.members] == ["本人", "母"]
    assert session.household.delegations == ()
    assert session.undo_stack.canUndo()
    session.undo_stack.undo()
    assert [m.profile.display_name for m in session.members] == ["本人", "花子", "母"]
    assert [d.id for d in session.household.delegations] == [did]
    assert session.profile_id == wife
    with stored(tmp_path) as store:  # the undo is saved, not only shown
        assert [m.profile.display_name for m in store.load_household().members] == ["本人", "花子", "母"]

    # reorder: 母 first
    click(bar.member_buttons[mother])
    bar.move_up_action.trigger()
    bar.move_up_action.trigger()
    assert [m.profile.display_name for m in session.members] == ["母", "本人", "花子"]
    assert FindingCode.MISSES_FILING_PERIOD not in [f.code for f in card.shown_findings]
