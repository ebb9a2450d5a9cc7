"""The words of a reminder (:mod:`app.domain.reminders`) in the installed language.

For the calendar file, ``myna-prep reminders --due`` and the notification, and the printed checklist:
who (the member's display name), which step, what to look at again. Never a number or a password:
only the names the household typed (members, issuers) and the catalog's type names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.catalog import Catalog
from app.domain.ical import AllDayEvent, calendar_text
from app.domain.model import Household, Service
from app.domain.reminders import Reminder, ReminderKind
from app.domain.steps import STEP_BY_ID, StepId
from app.i18n import SOURCE_LANGUAGE, current_language, format_date, tax_year_label, translate
from app.i18n.labels import channel_label, service_label
from app.i18n.plan import item_text, type_name

_K = ReminderKind


@dataclass(frozen=True, slots=True)
class ReminderWords:
    member: str  # the member's display name ("" for a date of the season)
    step: str  # the step's label (STEP3, 準備完了 …)
    what: str  # a short line: what the day is about
    check: str  # what to look at, and where


def step_label(step: StepId) -> str:
    return translate("Steps", STEP_BY_ID[step].label)


def _names(reminder: Reminder, household: Household, catalog: Catalog) -> dict[str, str]:
    fields = {"service": "", "type": "", "issuer": "", "channel": "", "item": "", "delegator": ""}
    if reminder.service is not None:
        try:
            fields["service"] = service_label(Service(reminder.service))
        except ValueError:
            fields["service"] = reminder.service
    if reminder.item_id is not None:
        fields["item"] = item_text(reminder.item_id)
    member = None if reminder.profile_id is None else household.member(reminder.profile_id)
    if member is not None and reminder.certificate_id is not None:
        cert = next((c for c in member.certificates if c.id == reminder.certificate_id), None)
        if cert is not None:
            fields.update(
                type=type_name(cert.type_id, catalog), issuer=cert.issuer, channel=channel_label(cert.channel)
            )
    if reminder.delegation_id is not None:
        d = next((d for d in household.delegations if d.id == reminder.delegation_id), None)
        who = None if d is None else household.member(d.delegator_profile_id)
        fields["delegator"] = "" if who is None else who.profile.display_name
    return fields


def _what(kind: ReminderKind) -> str:
    return {
        _K.ITEM: translate("Reminders", "「{item}」を確かめる日"),
        _K.LINKAGE: translate("Reminders", "{service}との連携を確かめる日"),
        _K.ISSUER_TASK: translate("Reminders", "{issuer}の{type}の手続を確かめる日"),
        _K.READINESS: translate("Reminders", "{type}（{issuer}）の準備状況を確かめる日"),
        _K.DATA: translate("Reminders", "{type}のデータが届く頃"),
        _K.DELEGATION_END: translate("Reminders", "{delegator}の代理人設定の有効期間の最終日"),
        _K.REFUND_START: translate("Reminders", "還付申告ができるようになる日（{year}）"),
        _K.FILING_START: translate("Reminders", "確定申告の申告期間の初日（{year}）"),
        _K.FILING_END: translate("Reminders", "確定申告の申告期限（{year}）"),
    }[kind]


def _check(kind: ReminderKind) -> str:
    return {
        _K.ITEM: translate("Reminders", "済んでいるか確かめて、Myna Prep に記録しましょう。"),
        _K.LINKAGE: translate(
            "Reminders",
            "マイナポータルの連携状況リストで{service}の表示（完了・未完了・確認）を確かめ、"
            "Myna Prep に記録しましょう。",
        ),
        _K.ISSUER_TASK: translate(
            "Reminders",
            "{channel}で{issuer}の電子交付の登録と連携が済んでいるか確かめ、Myna Prep に記録しましょう。",
        ),
        _K.READINESS: translate(
            "Reminders",
            "マイナポータルの「証明書の準備状況」で{type}（{issuer}）が「準備完了」か確かめ、"
            "Myna Prep に記録しましょう。",
        ),
        _K.DATA: translate(
            "Reminders", "{channel}で{type}のデータが届いているか確かめ、届いていたら記録しましょう。"
        ),
        _K.DELEGATION_END: translate(
            "Reminders",
            "続けて代理で手続するときは、マイナポータルの「代理人設定」で有効期間を確かめましょう。",
        ),
        _K.REFUND_START: translate("Reminders", "税金が戻る方（還付申告）は、この日から申告できます。"),
        _K.FILING_START: translate("Reminders", "確定申告書等作成コーナーで申告書を作成・提出できます。"),
        _K.FILING_END: translate("Reminders", "申告書の提出はこの日までです。"),
    }[kind]


def reminder_words(reminder: Reminder, household: Household, catalog: Catalog) -> ReminderWords:
    fields = _names(reminder, household, catalog)
    year = "" if reminder.tax_year is None else tax_year_label(reminder.tax_year)
    member = None if reminder.profile_id is None else household.member(reminder.profile_id)
    return ReminderWords(
        member="" if member is None else member.profile.display_name,
        step=step_label(reminder.step),
        what=_what(reminder.kind).format(year=year, **fields),
        check=_check(reminder.kind).format(**fields),
    )


def headline(words: ReminderWords) -> str:
    """One line: 「花子: e-Taxとの連携を確かめる日」 (the season's dates without a name)."""
    if not words.member:
        return words.what
    return translate("Reminders", "{member}: {what}").format(member=words.member, what=words.what)


def description(words: ReminderWords) -> str:
    """The calendar event's text: who and which step, what to look at, where it was made."""
    lines = []
    if words.member:
        lines.append(translate("Reminders", "{member}・{step}").format(member=words.member, step=words.step))
    lines.append(words.check)
    lines.append(
        translate("Reminders", "Myna Prep（マイナポータル連携 事前準備ナビ）から書き出した予定です。")
    )
    return "\n".join(lines)


def alarm_text(words: ReminderWords) -> str:
    return headline(words)


def calendar_name() -> str:
    return translate("Reminders", "マイナポータル連携の事前準備")


def due_title(count: int) -> str:
    """The notification's title."""
    if count == 1:
        return translate("Reminders", "今日確かめることが1件あります")
    return translate("Reminders", "今日確かめることが{n}件あります").format(n=count)


def due_more(count: int) -> str:
    return translate("Reminders", "ほか{n}件").format(n=count)


def calendar_document(
    reminders: Sequence[Reminder], household: Household, catalog: Catalog, now: datetime
) -> str:
    """The calendar file (RFC 5545) of ``reminders``: one all-day event each, an alarm on the morning of
    each follow-up, in the installed language."""
    from app import __version__

    events = []
    for reminder in reminders:
        said = reminder_words(reminder, household, catalog)
        events.append(
            AllDayEvent(
                uid=reminder.uid(),
                day=reminder.day,
                summary=headline(said),
                description=description(said),
                alarm=alarm_text(said) if reminder.kind.follow_up else None,
            )
        )
    lang = (current_language() or SOURCE_LANGUAGE).upper()
    prodid = f"-//Myna Prep//myna-prep {__version__}//{lang}"
    return calendar_text(events, prodid=prodid, name=calendar_name(), now=now)


def dates_heading() -> str:
    """The printed checklist's heading above the next dates to keep."""
    return translate("Reminders", "次に確かめる日")


def date_line(reminder: Reminder, household: Household, catalog: Catalog) -> tuple[str, str]:
    """One date to keep on a member's page: the date and what (the page already names the member)."""
    return format_date(reminder.day), reminder_words(reminder, household, catalog).what
