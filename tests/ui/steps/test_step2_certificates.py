"""STEP2's certificate picker on a real store: add, duplicate, empty, fixed issuers, remove and undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPushButton

from app.domain.model import Channel, Relation
from app.domain.plan import Badge
from app.domain.steps import StepId
from app.session import HouseholdSession
from app.store import messages
from app.store.repository import Store
from app.ui.steps.step2_certificates import CertificatePicker, TypeRow
from tests.ui.conftest import OpenWindow, banner, open_window, page_index, plan_views, seed, stored

__all__ = ["open_window", "seed"]  # fixtures shared with test_plan_household

Seed = Callable[[Callable[[Store], object]], None]


def click(button: QAbstractButton) -> None:
    """A left click on the button; for a check box, on its box (its row is wider than its text)."""
    at = QPoint(8, button.height() // 2) if isinstance(button, QCheckBox) else QPoint()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def picker(session: HouseholdSession) -> CertificatePicker:
    return next(v for v in plan_views(session).views[StepId.STEP2] if isinstance(v, CertificatePicker))


def type_row(session: HouseholdSession, type_id: str) -> TypeRow:
    return picker(session).type_rows[type_id]


def stored_selections(tmp_path: Path) -> list[tuple[str, str, Channel]]:
    with stored(tmp_path) as store:
        members = store.load_household().members
        return [(c.type_id, c.issuer, c.channel) for m in members for c in m.certificates]


def test_types_come_from_the_catalog_grouped_and_explained(open_window: OpenWindow) -> None:
    _window, session = open_window()
    rows = picker(session).type_rows
    assert set(rows) == set(session.catalog.ids)
    life = rows["life_insurance"]
    assert life.type_check.text() == "生命保険料控除証明書"
    assert "受け取り: e-私書箱・MyPost・民間送達・e-Tax連携サービス" in life.explain.text()
    assert "証券番号" in life.explain.text()
    pension = rows["public_pension_withholding"]
    assert "発行元: 日本年金機構" in pension.explain.text()
    assert pension.editor.isHidden()  # fixed issuer: nothing to type
    assert "STEP5" in rows["salary_withholding"].explain.text()


def test_add_issuers_then_duplicate_and_empty_are_refused_inline(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    window, session = open_window()
    window.show_page(page_index(StepId.STEP2))
    row = type_row(session, "life_insurance")
    click(row.check)
    assert not row.editor.isHidden()
    assert "日本生命" in row.model.stringList()  # the catalog's examples are suggested

    row.issuer_edit.setFocus()
    row.issuer_edit.insert("第一生命")  # as an input method commits it (QTest types ASCII only)
    row.channel.setCurrentIndex(row.channel.findData(Channel.MYPOST.value))
    QTest.keyClick(row.issuer_edit, Qt.Key.Key_Return)
    assert row.error.isHidden()
    assert row.issuer_edit.text() == ""
    assert stored_selections(tmp_path) == [("life_insurance", "第一生命", Channel.MYPOST)]
    assert window.badge(StepId.STEP2) is not None
    assert "MyPost" in [s for s in (row.rows.rows[next(iter(row.rows.rows))].channel.currentText(),)]

    # a second issuer of the same type
    row.issuer_edit.setText("明治安田生命")
    click(row.add_button)
    assert [s[1] for s in stored_selections(tmp_path)] == ["第一生命", "明治安田生命"]
    assert len(row.rows.rows) == 2

    # the same issuer again (width and spaces do not matter): refused, said inline, nothing saved
    row.issuer_edit.setText(" 第一生命　")
    click(row.add_button)
    assert not row.error.isHidden()
    assert row.error.text() == f"⚠ {messages.DUPLICATE_CERTIFICATE}"
    assert row.issuer_edit.text() == " 第一生命　"  # the user's typing is kept to fix it
    assert len(stored_selections(tmp_path)) == 2

    # empty
    row.issuer_edit.setText("   ")
    click(row.add_button)
    assert row.error.text() == f"⚠ {messages.EMPTY_ISSUER}"
    assert len(stored_selections(tmp_path)) == 2

    # names typed before are suggested for other types too
    quake = type_row(session, "earthquake_insurance")
    click(quake.check)
    assert "第一生命" in quake.model.stringList()


def test_fixed_issuer_types_are_one_click(open_window: OpenWindow, tmp_path: Path) -> None:
    window, session = open_window()
    pension = type_row(session, "public_pension_withholding")
    click(pension.check)
    assert stored_selections(tmp_path) == [("public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)]
    assert pension.check.isChecked()
    assert window.badge(StepId.STEP3) is Badge.NEEDS_ACTION  # e-Tax and ねんきんネット are now needed
    assert window.badge(StepId.STEP4) is Badge.NOT_NEEDED
    click(pension.check)
    assert stored_selections(tmp_path) == []
    assert not pension.check.isChecked()
    session.undo_stack.undo()
    assert stored_selections(tmp_path) == [("public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)]
    assert pension.check.isChecked()


def test_remove_and_undo_from_the_status_bar_and_the_edit_menu(
    open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)
        store.add_certificate(me.id, "life_insurance", "明治安田生命", Channel.E_SHISHOBAKO)

    seed(fill)
    window, session = open_window()
    window.show_page(page_index(StepId.STEP2))
    row = type_row(session, "life_insurance")
    first_id = next(iter(row.rows.rows))
    click(row.rows.rows[first_id].remove_button)
    assert [s[1] for s in stored_selections(tmp_path)] == ["明治安田生命"]
    assert len(row.rows.rows) == 1
    undo = window.statusBar().findChild(QPushButton, "undoRemoveButton")
    assert undo is not None and undo.isVisible()
    assert "第一生命" in window.statusBar().currentMessage()

    click(undo)
    assert sorted(s[1] for s in stored_selections(tmp_path)) == ["明治安田生命", "第一生命"]
    assert first_id in row.rows.rows  # back under its old id, with its STEP4/準備完了 records
    assert not undo.isVisible()

    # Edit ▸ 元に戻す / やり直す (Ctrl+Z)
    click(row.rows.rows[first_id].remove_button)
    edit_actions = {a.text(): a for a in window.findChildren(type(window.quit_action))}
    undo_action = next(a for text, a in edit_actions.items() if text.startswith("元に戻す"))
    assert "第一生命" in undo_action.text()
    undo_action.trigger()
    assert len(stored_selections(tmp_path)) == 2
    session.undo_stack.redo()
    assert [s[1] for s in stored_selections(tmp_path)] == ["明治安田生命"]

    # unchecking the type removes all its issuers as one undoable step
    click(row.check)
    assert stored_selections(tmp_path) == []
    assert banner(session).phrase() == "マイナンバーカードを手元に用意しましょう"
    session.undo_stack.undo()
    assert [s[1] for s in stored_selections(tmp_path)] == ["明治安田生命"]


def test_changing_the_channel_changes_the_plan(open_window: OpenWindow, seed: Seed, tmp_path: Path) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        store.add_certificate(me.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)

    seed(fill)
    _window, session = open_window()
    assert session.plan is not None
    assert [r.service.value for r in session.plan.linkages] == ["etax", "e_shishobako"]
    issuer = next(iter(type_row(session, "life_insurance").rows.rows.values()))
    index = issuer.channel.findData(Channel.MINKAN_ETAX.value)
    issuer.channel.setCurrentIndex(index)
    issuer.channel.activated.emit(index)
    assert stored_selections(tmp_path) == [("life_insurance", "第一生命", Channel.MINKAN_ETAX)]
    assert [r.service.value for r in session.plan.linkages] == ["etax", "minkan_etax"]


def test_step2_starts_with_its_action_and_the_link_goes_through_the_allow_list(
    open_window: OpenWindow, seed: Seed
) -> None:
    from app.domain.links import LINK_BY_ID, is_official_url
    from app.ui.steps.step2_certificates import Step2Action

    seed(lambda store: store.add_profile("本人", Relation.SELF))
    window, session = open_window()
    window.show_page(page_index(StepId.STEP2))
    views = plan_views(session).views[StepId.STEP2]
    action = next(v for v in views if isinstance(v, Step2Action))
    page = window.page(page_index(StepId.STEP2))
    # the action, then the list: the button sits above the first certificate type, on the first screen
    first_row = next(iter(picker(session).type_rows.values()))
    button_y = action.button.mapTo(page.widget(), action.button.rect().topLeft()).y()
    assert button_y < first_row.mapTo(page.widget(), first_row.rect().topLeft()).y()
    assert button_y + action.button.height() < page.viewport().height()
    opened: list[str] = []
    window.open_external = lambda url: opened.append(url.toString()) or True  # type: ignore[method-assign]
    click(action.button)
    assert opened == [LINK_BY_ID["tax_return_prep"].url] and is_official_url(opened[0])
