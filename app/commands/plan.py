"""``myna-prep plan [--json] [--profile NAME] [--lang ja|en] [--today YYYY-MM-DD]``.

Prints the current preparation plan of one household member: the STEP3 linkages with their recorded
status, the STEP4 issuer tasks, whether STEP5 is needed, each certificate's readiness, the badges,
"n of m ready", the next action (code and phrase), the due follow-ups, the filing period and the days left.

Without ``--profile`` the first member whose relation is 本人 (else the first member) is used; a data
folder with no member yet answers for the default member the GUI creates (本人, nothing recorded),
without writing anything.
Exit status (``app.commands``): 0 printed; 2 unknown profile (``household.find_member``); 1 the store
or the catalog could not be read (one message on stderr). Top-level imports are standard library only.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.domain.catalog import Catalog
    from app.domain.model import MemberState
    from app.domain.plan import NextAction, Plan
    from app.domain.received import ReceivedFile


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.commands import options
    from app.i18n import translate

    parser = options.command(
        subparsers,
        "plan",
        translate("Cli", "プロフィールの事前準備プランを表示します"),
        translate(
            "Cli",
            "プロフィールの事前準備プラン（連携・発行元ごとの手続・準備状況・次にすること）を表示します",
        ),
    )
    options.json_output(parser)
    options.profile(parser)
    options.lang(parser)
    options.today(parser)


def blank_member() -> MemberState:
    """The member the GUI creates in an empty data folder (本人, nothing recorded); not stored."""
    from app.domain.model import MemberState, Profile, Relation
    from app.i18n.labels import relation_label

    return MemberState(Profile(0, relation_label(Relation.SELF), Relation.SELF))


def _action_json(action: NextAction | None, catalog: Catalog) -> dict[str, Any] | None:
    from app.i18n.plan import action_text

    if action is None:
        return None
    return {
        "kind": action.kind.value,
        "waiting": action.waiting,
        "step": action.step.value,
        "subject": action.subject,
        "item_id": action.item_id,
        "service": None if action.service is None else action.service.value,
        "channel": None if action.channel is None else action.channel.value,
        "certificate_id": action.certificate_id,
        "type_id": action.type_id,
        "issuer": action.issuer,
        "delegation_id": action.delegation_id,
        "operation": None if action.operation is None else action.operation.value,
        "follow_up": None if action.follow_up is None else action.follow_up.isoformat(),
        "phrase": action_text(action, catalog),
    }


def _received_json(record: ReceivedFile | None) -> dict[str, Any] | None:
    """A certificate's verified file for the target tax year (null when none was imported)."""
    from app.i18n.certificate_items import item_label

    if record is None:
        return None
    return {
        "verified": record.verified,
        "verdict": record.verdict.value,
        "signer_trust": record.signer_trust.value,
        "signer": {
            "organisation": record.signer_organisation or None,
            "subject": record.signer_subject or None,
            "spki_sha256": record.signer_spki_sha256 or None,
        },
        "form": record.form,
        "tax_year": record.tax_year,
        "issuer": record.issuer,
        "person": record.person,
        "sha256": record.sha256,
        "file_name": record.file_name,
        "imported_at": record.imported_at.isoformat(),
        "amounts": [
            {"code": a.code, "label": item_label(a.label_ja), "value": a.value} for a in record.amounts
        ],
    }


def _card_json(member: MemberState, today: date) -> dict[str, Any] | None:
    """The bound card's certificate expiry (read from the card without a password, when it was last
    read) against the season's filing period; null when no expiry is known."""
    from app.domain.card_expiry import card_expiry
    from app.i18n.card_expiry import expiry_text

    expires_on = member.profile.card_expires_on
    if expires_on is None:
        return None
    warning = card_expiry(expires_on, today)
    return {
        "expires_on": expires_on.isoformat(),
        "warning": None if warning is None else {**warning.params(), "text": expiry_text(warning)},
    }


def plan_json(member: MemberState, plan: Plan, catalog: Catalog, today: date) -> dict[str, Any]:
    """The JSON document of ``myna-prep plan --json`` (stable codes plus labels in the installed language)."""
    from app.domain import deadlines
    from app.domain.plan import due_follow_ups
    from app.i18n import tax_year_label
    from app.i18n.labels import (
        badge_label,
        channel_label,
        linkage_status_label,
        readiness_label,
        service_label,
        task_state_label,
    )
    from app.i18n.plan import action_text, summary_text, type_name

    tax_year = deadlines.current_tax_year(today)
    period = deadlines.filing_period(tax_year)
    return {
        "profile": {
            "id": member.profile.id,
            "name": member.profile.display_name,
            "relation": member.profile.relation.value,
        },
        "today": today.isoformat(),
        "catalog_version": catalog.catalog_version,
        "tax_year": tax_year,
        "tax_year_label": tax_year_label(tax_year),
        "filing_period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "days_left": deadlines.days_left(today, tax_year),
        "card_certificate": _card_json(member, today),
        "linkages": [
            {
                "service": row.service.value,
                "label": service_label(row.service),
                "status": None if row.status is None else row.status.value,
                "status_label": None if row.status is None else linkage_status_label(row.status),
                "state": row.state.value,
                "follow_up": None if row.follow_up is None else row.follow_up.isoformat(),
                "site_linked": row.site_linked,
                "certificate_ids": list(row.certificate_ids),
            }
            for row in plan.linkages
        ],
        "issuer_tasks": [
            {
                "certificate_id": t.certificate_id,
                "type_id": t.type_id,
                "issuer": t.issuer,
                "channel": t.channel.value,
                "channel_label": channel_label(t.channel),
                "task": t.kind.value,
                "state": t.state.value,
                "state_label": task_state_label(t.state),
                "unit_state": t.unit_state.value,
                "follow_up": None if t.follow_up is None else t.follow_up.isoformat(),
            }
            for t in plan.issuer_tasks
        ],
        "step5_needed": plan.step5_needed,
        "certificates": [
            {
                "id": c.certificate_id,
                "type_id": c.type_id,
                "name": type_name(c.type_id, catalog),
                "issuer": c.issuer,
                "channel": c.channel.value,
                "channel_label": channel_label(c.channel),
                "listed": c.listed,
                "readiness": None if c.readiness is None else c.readiness.value,
                "readiness_label": None if c.readiness is None else readiness_label(c.readiness),
                "ready": c.ready,
                "state": c.state.value,
                # linked but not ready: what it waits for and when that usually arrives
                "waiting_for": None if c.waiting_for is None else c.waiting_for.value,
                "expected": None if c.expected is None else c.expected.isoformat(),
                "data_confirmed_on": None if c.data_confirmed_on is None else c.data_confirmed_on.isoformat(),
                "received": _received_json(c.received),
            }
            for c in plan.certificates
        ],
        "summary": {
            "ready": plan.summary.ready,
            "total": plan.summary.total,
            "received": plan.summary.received,
            "received_signer_known": plan.summary.received_signer_known,
            "text": summary_text(
                plan.summary.ready,
                plan.summary.total,
                plan.summary.received,
                plan.summary.received_signer_known,
            ),
        },
        "badges": {
            step.value: {"badge": badge.value, "label": badge_label(badge)}
            for step, badge in plan.badges.items()
        },
        "next_action": _action_json(plan.next_action, catalog),
        "next_action_phrase": action_text(plan.next_action, catalog),
        "follow_ups_due": [
            {"subject": f.subject, "due": f.due.isoformat(), "step": f.step.value}
            for f in due_follow_ups([member], catalog, today)
        ],
    }


def _card_lines(doc: dict[str, Any]) -> list[str]:
    warning = (doc["card_certificate"] or {}).get("warning")
    return [] if warning is None else [f"⚠ {warning['text']}"]


def _date(iso: str) -> str:
    """A date of the JSON document (ISO data) as the app writes dates for people."""
    from app.i18n import format_date

    return format_date(date.fromisoformat(iso))


def _human(doc: dict[str, Any]) -> str:
    from app.domain.received import SignerTrust
    from app.i18n import translate
    from app.i18n.received import received_label

    none = translate("Cli", "なし")
    period = doc["filing_period"]
    lines = [
        f"{doc['profile']['name']} — {doc['tax_year_label']}",
        (
            translate("Cli", "申告期間: {start} 〜 {end}（残り{days}日）", "one day")
            if doc["days_left"] == 1
            else translate("Cli", "申告期間: {start} 〜 {end}（残り{days}日）")
        ).format(start=_date(period["start"]), end=_date(period["end"]), days=doc["days_left"]),
        translate("Cli", "次にすること: {action}").format(action=doc["next_action_phrase"]),
        *_card_lines(doc),
        translate("Cli", "準備状況: {summary}").format(summary=doc["summary"]["text"]),
        "STEP3:" + ("" if doc["linkages"] else " " + none),
    ]
    for row in doc["linkages"]:
        lines.append(f"  {row['label']}: {row['status_label'] or '-'}")
    lines.append("STEP4:" + ("" if doc["issuer_tasks"] else " " + none))
    for t in doc["issuer_tasks"]:
        mark = "①" if t["task"] == "registration" else "②"
        lines.append(f"  {mark} {t['issuer']} ({t['channel_label']}): {t['state_label']}")
    needed = translate("Cli", "必要") if doc["step5_needed"] else translate("Cli", "不要")
    lines.append(translate("Cli", "STEP5: {needed}").format(needed=needed))
    lines.append(translate("Cli", "証明書等:"))
    for c in doc["certificates"]:
        name = translate("Cli", "{type}（{issuer}）").format(type=c["name"], issuer=c["issuer"])
        state = c["readiness_label"] or "-"
        if c["waiting_for"] == "data":
            wait = translate("Cli", "連携済み・データ待ち")
            if c["expected"]:
                wait += translate("Cli", "、{expected}頃から").format(expected=_date(c["expected"]))
            state += translate("Cli", "（{wait}）").format(wait=wait)
        if c["received"] is not None:
            state += "・" + received_label(SignerTrust(c["received"]["signer_trust"]))
        lines.append(f"  {name}: {state}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from app.commands import EXIT_OK, use_language
    from app.commands.delegation_json import delegations_json
    from app.commands.household import find_member, load
    from app.domain.plan import build_plan
    from app.domain.text import inert, inert_tree
    from app.i18n import SOURCE_LANGUAGE, current_language

    use_language(args)
    today: date = getattr(args, "today", None) or date.today()
    stored = load(args)
    if isinstance(stored, int):
        return stored
    household, catalog = stored.household, stored.catalog
    name: str | None = getattr(args, "profile", None)
    member = blank_member() if name is None and not household.members else find_member(household, name)
    if isinstance(member, int):
        return member
    plan = build_plan(member, catalog, today, household.delegations)
    doc = plan_json(member, plan, catalog, today)
    doc["delegations"] = delegations_json(household, catalog, today, current_language() or SOURCE_LANGUAGE)
    if getattr(args, "json", False):
        print(inert(json.dumps(inert_tree(doc), ensure_ascii=False, indent=2), multiline=True))
    else:
        print(inert(_human(doc), multiline=True))
    return EXIT_OK
