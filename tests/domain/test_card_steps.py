"""The steps that use the card follow the guide's to-dos (STEP1's login, STEP5's two readings)."""

from __future__ import annotations

from app.domain.card_steps import CARD_TODOS, opens_card_reader, passwords_for, uses_card
from app.domain.plan import Badge
from app.domain.steps import CHECKLIST_ITEM_BY_ID, STEPS, StepId


def test_card_steps_are_step1_and_step5() -> None:
    assert [s.id for s in STEPS if uses_card(s.id)] == [StepId.STEP1, StepId.STEP5]


def test_steps_without_card_todos_do_not_use_the_card() -> None:
    for step in (StepId.STEP0, StepId.STEP2, StepId.STEP3, StepId.STEP4, StepId.READY, StepId.DELEGATION):
        assert not uses_card(step)
        assert passwords_for(step) == ()


def test_every_card_todo_mentions_the_card_or_its_password() -> None:
    for item in CARD_TODOS:
        text = CHECKLIST_ITEM_BY_ID[item].text
        assert "マイナンバーカード" in text or "パスワード" in text, item


def test_passwords_in_the_guides_order() -> None:
    assert passwords_for(StepId.STEP1) == ("auth",)
    assert passwords_for(StepId.STEP5) == ("text", "sign")


def test_a_step_the_plan_does_not_need_does_not_open_the_reader() -> None:
    assert opens_card_reader(StepId.STEP5) and opens_card_reader(StepId.STEP5, Badge.NEEDS_ACTION)
    assert not opens_card_reader(StepId.STEP5, Badge.NOT_NEEDED)
    assert not opens_card_reader(StepId.STEP1, Badge.DONE)  # the chip opens it; the page stays clear
    assert opens_card_reader(StepId.STEP1, Badge.IN_PROGRESS)
    assert not opens_card_reader(StepId.STEP3, Badge.NEEDS_ACTION)
