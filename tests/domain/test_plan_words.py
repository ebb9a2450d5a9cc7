"""The plan's words from the one catalogue (app/i18n/plan.py): every code has a sentence in both
languages, and they say what the printed checklist says (it still reads app/domain/phrases.py until
its texts move into the catalogue)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from app import i18n
from app.domain import phrases
from app.domain.catalog import default_catalog
from app.domain.model import Channel, DelegationOperation, LinkageStatus, Readiness, Service, TaskState
from app.domain.plan import ActionKind, Badge, NextAction
from app.domain.steps import CHECKLIST_ITEMS, StepId
from app.i18n import plan as words

CAT = default_catalog()


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("ja")


def _actions() -> Iterator[NextAction]:
    yield from (
        NextAction(ActionKind.DO_ITEM, item.step, f"item:{item.id}", item_id=item.id)
        for item in CHECKLIST_ITEMS
    )
    for op in DelegationOperation:
        yield NextAction(ActionKind.DELEGATION_STEP, StepId.DELEGATION, "d", delegation_id=1, operation=op)
    for kind in ActionKind:
        if kind is ActionKind.DO_ITEM:
            continue  # waiting for an item: the item's checklist text, translated here (see below)
        for waiting in (False, True):
            for follow_up in (None, date(2027, 1, 19)):
                yield NextAction(
                    kind,
                    StepId.STEP3,
                    "s",
                    waiting=waiting,
                    follow_up=follow_up,
                    service=Service.NENKIN_NET,
                    channel=Channel.MYPOST,
                    certificate_id=1,
                    type_id="life_insurance",
                    issuer="日本生命",
                    delegation_id=1,
                    operation=DelegationOperation.ENTER_DETAILS,
                )


def test_every_action_reads_as_the_printed_checklist_says_it(lang: str) -> None:
    for action in [*_actions(), None]:
        text = words.action_text(action, CAT)
        assert text == phrases.action_phrase(action, lang, CAT)
        assert "{" not in text and "}" not in text


def test_every_label_reads_as_the_printed_checklist_says_it(lang: str) -> None:
    for service in Service:
        assert words.service_label(service) == phrases.service_label(service, lang)
    for channel in Channel:
        assert words.channel_label(channel) == phrases.channel_label(channel, lang)
    for status in LinkageStatus:
        assert words.linkage_status_label(status) == phrases.linkage_status_label(status, lang)
    for readiness in Readiness:
        assert words.readiness_label(readiness) == phrases.readiness_label(readiness, lang)
    for state in TaskState:
        assert words.task_state_label(state) == phrases.task_state_label(state, lang)
    for badge in Badge:
        assert words.badge_label(badge) == phrases.badge_label(badge, lang)
    for received in (0, 2):
        assert words.summary_text(3, 4, received) == phrases.summary_phrase(3, 4, lang, received)


def test_waiting_for_an_item_names_it_in_the_reader_s_language() -> None:
    action = NextAction(
        ActionKind.DO_ITEM, StepId.STEP1, "item:step1.register", waiting=True, item_id="step1.register"
    )
    assert (
        words.action_text(action)
        == "「マイナポータルの利用者登録をした」の完了を待っています。数日後にもう一度確認しましょう"
    )
    i18n.install("en")
    try:
        text = words.action_text(action)
    finally:
        i18n.install("ja")
    assert text.startswith("Waiting for ") and "マイナポータル" not in text
