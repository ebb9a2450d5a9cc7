"""The plan's words from the one catalogue (app/i18n/plan.py): every code has a sentence in both
languages, the window, the CLI and the printed checklist all read them here, and the sentences are
the ones the guide's wording asks for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app import i18n
from app.domain.catalog import FICTIONAL_ISSUER_NAMES, default_catalog
from app.domain.model import Channel, DelegationOperation, LinkageStatus, Readiness, Service, TaskState
from app.domain.plan import ActionKind, Badge, NextAction
from app.domain.steps import CHECKLIST_ITEMS, StepId
from app.i18n import labels
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


JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def test_every_action_has_a_whole_sentence(lang: str) -> None:
    for action in [*_actions(), None]:
        text = words.action_text(action, CAT)
        assert text and "{" not in text and "}" not in text, action
        if lang == "ja":
            assert JAPANESE.search(text), action
    for item in CHECKLIST_ITEMS:
        assert words.item_phrase(item.id), item.id


def test_every_label_has_its_word(lang: str) -> None:
    texts = [
        *(labels.service_label(s) for s in Service),
        *(labels.channel_label(c) for c in Channel),
        *(labels.linkage_status_label(s) for s in LinkageStatus),
        *(labels.readiness_label(r) for r in Readiness),
        *(labels.task_state_label(s) for s in TaskState),
        *(labels.badge_label(b) for b in Badge),
        *(words.summary_text(3, 4, received) for received in (0, 2)),
    ]
    assert all(texts)


def test_the_sentences_the_guide_asks_for() -> None:
    link = NextAction(ActionKind.LINK_SERVICE, StepId.STEP3, "linkage:nenkin_net", service=Service.NENKIN_NET)
    assert words.action_text(link) == "ねんきんネットとの連携を行いましょう"
    register = NextAction(
        ActionKind.REGISTER_WITH_ISSUER,
        StepId.STEP4,
        "certificate:1:registration",
        channel=Channel.E_SHISHOBAKO,
        certificate_id=1,
        type_id="life_insurance",
        issuer="日本生命",
    )
    assert (
        words.action_text(register, CAT)
        == "日本生命で生命保険料控除証明書の電子交付の利用登録（電子交付への同意）を行いましょう"
    )
    issuer = NextAction(ActionKind.LINK_ISSUER, StepId.STEP4, "x", channel=Channel.MYPOST, issuer="損保A")
    assert words.action_text(issuer) == "MyPostと損保Aの連携を行いましょう"
    waiting = NextAction(
        ActionKind.REGISTER_WITH_ISSUER,
        StepId.STEP4,
        "certificate:1:registration",
        waiting=True,
        follow_up=date(2026, 1, 19),
        issuer="日本生命",
    )
    assert words.action_text(waiting).startswith("日本生命の電子交付サービスの登録完了を待っています。")
    assert labels.readiness_label(Readiness.NOT_LISTED) == "未記載"
    assert labels.linkage_status_label(LinkageStatus.CHECK) == "確認"
    assert labels.service_label(Service.MINKAN_ETAX) == "民間送達・e-Tax連携サービス"
    assert words.summary_text(3, 4) == "4件中3件が準備完了"
    i18n.install("en")
    try:
        # マイナポータル's own words keep the Japanese the user sees there, glossed (app/i18n/labels.py)
        assert words.action_text(link) == "Link Mynaportal with ねんきんネット (Nenkin Net)"
        assert "Life insurance premium deduction certificate" in words.action_text(register, CAT)
        assert labels.readiness_label(Readiness.READY) == "準備完了 (ready)"
        assert words.summary_text(3, 4) == "3 of 4 ready"
    finally:
        i18n.install("ja")


def test_domain_sources_are_free_of_fictional_names_and_radicals() -> None:
    domain = Path(__file__).resolve().parents[2] / "app" / "domain"
    for path in domain.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF] == [], path.name
        if path.name != "catalog.py":  # catalog.py names them once, to reject them
            for name in FICTIONAL_ISSUER_NAMES:
                assert name not in text, path.name


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
