"""Phrasing of the next action, labels and the summary (ja and en)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.catalog import FICTIONAL_ISSUER_NAMES, default_catalog
from app.domain.facts import default_facts, expand_facts
from app.domain.model import Channel, DelegationOperation, LinkageStatus, Readiness, Service
from app.domain.phrases import (
    ALL_DONE,
    ITEM_PHRASES,
    LANGS,
    action_phrase,
    badge_label,
    channel_label,
    linkage_status_label,
    readiness_label,
    service_label,
    summary_phrase,
)
from app.domain.plan import ActionKind, Badge, NextAction
from app.domain.steps import CHECKLIST_ITEMS, StepId

CAT = default_catalog()
DOMAIN = Path(__file__).resolve().parents[2] / "app" / "domain"


def test_the_issue_example() -> None:
    action = NextAction(
        ActionKind.LINK_SERVICE, StepId.STEP3, "linkage:nenkin_net", service=Service.NENKIN_NET
    )
    assert action_phrase(action) == "ねんきんネットとの連携を行いましょう"
    assert action_phrase(action, "en") == "Link Mynaportal with Nenkin Net"


def test_certificate_phrases_name_the_issuer_and_type() -> None:
    action = NextAction(
        ActionKind.REGISTER_WITH_ISSUER,
        StepId.STEP4,
        "certificate:1:registration",
        channel=Channel.E_SHISHOBAKO,
        certificate_id=1,
        type_id="life_insurance",
        issuer="日本生命",
    )
    assert (
        action_phrase(action, "ja", CAT)
        == "日本生命で生命保険料控除証明書の電子交付の利用登録（電子交付への同意）を行いましょう"
    )
    assert "Life insurance premium deduction certificate" in action_phrase(action, "en", CAT)
    link = NextAction(ActionKind.LINK_ISSUER, StepId.STEP4, "x", channel=Channel.MYPOST, issuer="損保A")
    assert action_phrase(link) == "MyPostと損保Aの連携を行いましょう"


def test_waiting_phrases_mention_the_follow_up() -> None:
    action = NextAction(
        ActionKind.REGISTER_WITH_ISSUER,
        StepId.STEP4,
        "certificate:1:registration",
        waiting=True,
        follow_up=date(2026, 1, 19),
        issuer="日本生命",
    )
    assert (
        action_phrase(action)
        == "日本生命の電子交付サービスの登録完了を待っています。1月19日にもう一度確認しましょう"
    )
    assert "2026-01-19" in action_phrase(action, "en")
    undated = NextAction(
        ActionKind.DO_ITEM, StepId.STEP1, "item:step1.register", waiting=True, item_id="step1.register"
    )
    assert (
        action_phrase(undated)
        == "「マイナポータルの利用者登録をした」の完了を待っています。数日後にもう一度確認しましょう"
    )


def test_done_phrase() -> None:
    assert action_phrase(None) == ALL_DONE["ja"]
    assert action_phrase(None, "en") == ALL_DONE["en"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_kind_and_item_has_a_phrase(lang: str) -> None:
    for item in CHECKLIST_ITEMS:
        assert ITEM_PHRASES[lang][item.id]
        action = NextAction(ActionKind.DO_ITEM, item.step, f"item:{item.id}", item_id=item.id)
        expected = expand_facts(ITEM_PHRASES[lang][item.id], default_facts(), lang, escape=str)
        assert action_phrase(action, lang) == expected
        assert "{{fact:" not in action_phrase(action, lang)
    for op in DelegationOperation:
        action = NextAction(ActionKind.DELEGATION_STEP, StepId.DELEGATION, "d", delegation_id=1, operation=op)
        assert action_phrase(action, lang)
    for kind in ActionKind:
        for waiting in (False, True):
            action = NextAction(
                kind,
                StepId.STEP3,
                "s",
                waiting=waiting,
                item_id="step1.app",
                service=Service.ETAX,
                channel=Channel.MYPOST,
                certificate_id=1,
                type_id="life_insurance",
                issuer="日本生命",
                delegation_id=1,
                operation=DelegationOperation.ENTER_DETAILS,
            )
            text = action_phrase(action, lang, CAT)
            assert text
            assert "{" not in text and "}" not in text


def test_unknown_language_falls_back_to_japanese() -> None:
    assert action_phrase(None, "fr") == ALL_DONE["ja"]


def test_labels() -> None:
    assert readiness_label(Readiness.NOT_LISTED) == "未記載"
    assert readiness_label(Readiness.READY, "en") == "ready"
    assert linkage_status_label(LinkageStatus.CHECK) == "確認"
    assert service_label(Service.MINKAN_ETAX) == "民間送達・e-Tax連携サービス"
    assert channel_label(Channel.MYNAPORTAL, "en") == "Mynaportal"
    assert badge_label(Badge.NEEDS_ACTION) == "要対応"
    assert badge_label(Badge.NOT_NEEDED, "en") == "not needed"
    assert summary_phrase(3, 4) == "4件中3件が準備完了"
    assert summary_phrase(3, 4, "en") == "3 of 4 ready"


def test_domain_sources_are_free_of_fictional_names_and_radicals() -> None:
    for path in DOMAIN.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF] == [], path.name
        if path.name != "catalog.py":  # catalog.py names them once, to reject them
            for name in FICTIONAL_ISSUER_NAMES:
                assert name not in text, path.name
