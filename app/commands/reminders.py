"""``myna-prep reminders --ics FILE | --due | --notify | --at-login on|off``: the dates to keep.

- ``--ics FILE [--profile NAME] [--force]``: the household's follow-ups and the filing season's dates as
  an RFC 5545 calendar file (one all-day event each, an alarm on the morning of each follow-up; UIDs
  that stay the same on every export). Written private (0600), all or nothing, like the checklist's
  PDF: an existing FILE only with ``--force``, a link, device or FIFO never.
- ``--due [--json]``: the follow-ups due today or overdue, for every member.
- ``--notify``: one desktop notification summing up what is due today (nothing due: nothing shown);
  choosing it opens the app on the step of the first one. The login item runs this.
- ``--at-login on|off``: create or remove that login item (the View menu does the same).

``--today YYYY-MM-DD`` computes as of that day (support and tests). Exit status (``app.commands``):
0 done (also when nothing is due); 2 bad option or unknown profile (``household.find_member``); 1 the
store, the catalog or the file failed, or no notification could be shown (one message on stderr).
Top-level imports are standard library only.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands import EXIT_FAILED, EXIT_OK, fail
from app.i18n import translate

if TYPE_CHECKING:
    from app.domain.catalog import Catalog
    from app.domain.model import Household
    from app.domain.reminders import Reminder

NOTIFY_LISTED = 5  # lines in the notification; the rest is counted


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.commands import options

    parser = options.command(
        subparsers,
        "reminders",
        translate("Cli", "再確認の日と申告期間をカレンダーに書き出し、今日の分を知らせます"),
        translate(
            "Cli",
            "再確認の日（証明書等・連携・発行元の手続・代理人設定の期限）と申告期間を、"
            "カレンダーファイルに書き出すか、今日確かめることを表示・通知します",
        ),
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--ics", metavar="FILE", help=translate("Cli", "カレンダーファイル（iCalendar .ics）に書き出します")
    )
    options.flag(what, "--due", translate("Cli", "今日まで（期限を過ぎたものも）の再確認を表示します"))
    options.flag(what, "--notify", translate("Cli", "今日確かめることをデスクトップに通知します"))
    what.add_argument(
        "--at-login",
        choices=("on", "off"),
        help=translate("Cli", "ログイン時に知らせる設定をオンまたはオフにします"),
    )
    options.profile(parser, translate("Cli", "このプロフィールの分だけ（既定: 世帯全員）"))
    options.force(parser)
    options.json_output(parser)
    options.lang(parser)
    options.today(parser)


def run(args: argparse.Namespace) -> int:
    from app.commands import use_language

    use_language(args)
    if getattr(args, "at_login", None):
        return _at_login(args, args.at_login == "on")
    from app.commands.household import find_member, load
    from app.domain.reminders import household_reminders

    stored = load(args)
    if isinstance(stored, int):
        return stored
    household, catalog = stored.household, stored.catalog
    name: str | None = getattr(args, "profile", None)
    chosen: list[int] | None = None  # None: the whole household
    if name is not None:
        member = find_member(household, name)
        if isinstance(member, int):
            return member
        chosen = [member.profile.id]
    today: date = getattr(args, "today", None) or date.today()
    reminders = household_reminders(household, catalog, today, profile_ids=chosen)
    if getattr(args, "ics", None):
        return _write_ics(args, reminders, household, catalog)
    doc = due_json(reminders, household, catalog, today)
    if getattr(args, "notify", False):
        return _notify(args, doc, stored.directory)
    return _print_due(args, doc)


# ----- --ics ----------------------------------------------------------------------------------------


def _write_ics(
    args: argparse.Namespace, reminders: tuple[Reminder, ...], household: Household, catalog: Catalog
) -> int:
    from app.commands.target import refuse, write_failed
    from app.domain.text import inert
    from app.i18n.reminders import calendar_document
    from app.store.fileutil import atomic_write_bytes

    target = Path(args.ics).expanduser()
    force = bool(getattr(args, "force", False))
    refused = refuse(target, force, _not_writable)
    if refused is not None:
        return fail(EXIT_FAILED, refused)
    text = calendar_document(reminders, household, catalog, datetime.now(UTC))
    try:
        atomic_write_bytes(target, text.encode("utf-8"), overwrite=force)
    except OSError as exc:
        return fail(EXIT_FAILED, write_failed(target, exc, _not_writable))
    done = translate("Cli", "{path} に書き出しました（予定{n}件）").format(path=target, n=len(reminders))
    print(inert(done))
    return EXIT_OK


def _not_writable(target: Path, exc: OSError) -> str:
    from app.commands.target import reason

    message = translate("Cli", "カレンダーファイルを書き込めません: {path}（{reason}）")
    return message.format(path=target, reason=reason(exc))


# ----- --due ----------------------------------------------------------------------------------------


def due_json(
    reminders: tuple[Reminder, ...], household: Household, catalog: Catalog, today: date
) -> dict[str, Any]:
    """The JSON document of ``--due --json``: codes, and labels in the installed language."""
    from app.domain.reminders import due_reminders
    from app.i18n.reminders import headline, reminder_words

    due = []
    for r in due_reminders(reminders, today):
        said = reminder_words(r, household, catalog)
        due.append(
            {
                "profile": {"id": r.profile_id, "name": said.member},
                "kind": r.kind.value,
                "step": r.step.value,
                "step_label": said.step,
                "what": said.what,
                "check": said.check,
                "text": headline(said),
                "date": r.day.isoformat(),
                "overdue": r.day < today,
                "uid": r.uid(),
            }
        )
    return {"today": today.isoformat(), "count": len(due), "due": due}


def _print_due(args: argparse.Namespace, doc: dict[str, Any]) -> int:
    from app.domain.text import inert, inert_tree
    from app.i18n import format_date

    if getattr(args, "json", False):
        print(inert(json.dumps(inert_tree(doc), ensure_ascii=False, indent=2), multiline=True))
        return EXIT_OK
    if not doc["due"]:
        print(translate("Cli", "今日確かめることはありません。"))
        return EXIT_OK
    lines = []
    for item in doc["due"]:
        when = format_date(date.fromisoformat(item["date"]))
        line = translate("Cli", "{date}  {text}（{step}）")
        lines.append(line.format(date=when, text=item["text"], step=item["step_label"]))
        lines.append(f"    {item['check']}")
    print(inert("\n".join(lines), multiline=True))
    return EXIT_OK


# ----- --notify --------------------------------------------------------------------------------------


def notice_text(doc: dict[str, Any]) -> tuple[str, str]:
    """The notification's title and body for the due list (at most NOTIFY_LISTED lines, then a count)."""
    from app.i18n.reminders import due_more, due_title

    items = doc["due"]
    lines = [f"・{item['text']}" for item in items[:NOTIFY_LISTED]]
    if len(items) > NOTIFY_LISTED:
        lines.append(due_more(len(items) - NOTIFY_LISTED))
    return due_title(len(items)), "\n".join(lines)


def _notify(args: argparse.Namespace, doc: dict[str, Any], data_dir: Path) -> int:
    """One notification for the due list ``doc`` (nothing due: nothing shown); choosing it opens the
    app on the first one's step."""
    from app import APP_NAME
    from app.desktop.autostart import DESKTOP_ID
    from app.desktop.launch import app_command, start_detached
    from app.desktop.notify import Notice, NotifyError, show
    from app.domain.text import inert

    if not doc["due"]:
        return EXIT_OK
    title, body = notice_text(doc)
    step = doc["due"][0]["step"]
    command = app_command(data_dir)
    lang = getattr(args, "lang", None)
    if lang:
        command += ["--lang", lang]
    command += ["--page", step]
    notice = Notice(
        app_name=APP_NAME,
        title=inert(title),
        body=inert(body, multiline=True),
        open_label=translate("Cli", "開く"),
        icon=DESKTOP_ID,
        desktop_entry=DESKTOP_ID,
    )
    try:
        show(notice, lambda: print(start_detached(command), flush=True))
    except NotifyError as exc:
        return fail(EXIT_FAILED, translate("Cli", "通知を表示できませんでした: {reason}").format(reason=exc))
    return EXIT_OK


# ----- --at-login ------------------------------------------------------------------------------------


def _at_login(args: argparse.Namespace, on: bool) -> int:
    from app import paths
    from app.desktop import autostart
    from app.desktop.launch import app_command
    from app.domain.text import inert

    try:
        if on:
            command = app_command(paths.data_dir(getattr(args, "data_dir", None)))
            path = autostart.enable(command, autostart.LOGIN_ITEM_TEXTS)
            print(inert(translate("Cli", "ログイン時に知らせます: {path}").format(path=path)))
        else:
            autostart.disable()
            print(translate("Cli", "ログイン時のお知らせをやめました。"))
    except OSError as exc:
        text = translate("Cli", "ログイン時のお知らせを設定できませんでした: {reason}")
        return fail(EXIT_FAILED, text.format(reason=exc.strerror or exc))
    return EXIT_OK
