"""``myna-prep checklist --pdf FILE [--force] [--profile NAME] [--household] [--lang L] [--page-size S]``.

An existing FILE is replaced only with ``--force``; a link, device or FIFO at FILE never is.

Writes the printable preparation checklist of one household member (default: 本人, else the first
member) or, with ``--household``, of every member, as a PDF. With no member registered yet it writes
the blank form (every step unticked, a line for the name).

The PDF is written to a temporary file in the target's folder and renamed at the end: after a failure
nothing is left behind and an existing FILE is untouched. Exit status: 0 written; 2 bad option or
unknown profile (``household.find_member``); 1 the file could not be written or the store/catalog could
not be read (one message on stderr). Top-level imports are standard library only; Qt (a
QGuiApplication, offscreen when there is no display) is loaded inside :func:`run`.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from app.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE, fail
from app.i18n import translate


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.commands import options

    parser = options.command(
        subparsers,
        "checklist",
        translate("Cli", "印刷用の事前準備チェックリストを PDF に書き出します"),
        translate(
            "Cli", "事前準備チェックリスト（手順ごとのチェック・証明書等・連携・QRコード）をPDFに書き出します"
        ),
    )
    parser.add_argument(
        "--pdf", metavar="FILE", required=True, help=translate("Cli", "書き出す PDF ファイル")
    )
    options.profile(parser)
    options.flag(parser, "--household", translate("Cli", "世帯の全員分"))
    options.lang(parser)
    parser.add_argument(
        "--page-size",
        choices=("A4", "Letter"),
        default=None,
        help=translate("Cli", "用紙の大きさ（既定: 地域の設定に合わせて A4 か Letter）"),
    )
    options.force(parser)
    options.today(parser, translate("Cli", "この日付の時点で作ります（サポートとテスト用。既定: 今日）"))


def _not_writable(target: Path, exc: OSError) -> str:
    from app.commands.target import reason

    return translate("Cli", "PDFを書き込めません: {path}（{reason}）").format(path=target, reason=reason(exc))


def run(args: argparse.Namespace) -> int:
    from app.commands import use_language

    lang = use_language(args)
    name: str | None = getattr(args, "profile", None)
    whole: bool = bool(getattr(args, "household", False))
    if name is not None and whole:
        return fail(EXIT_USAGE, translate("Cli", "--profile と --household は同時に指定できません。"))
    target = Path(args.pdf).expanduser()

    from app.commands.household import find_member, load
    from app.commands.target import refuse, write_failed
    from app.domain.checklist import build_checklist
    from app.domain.text import inert

    today: date = getattr(args, "today", None) or date.today()
    stored = load(args)
    if isinstance(stored, int):
        return stored
    household, catalog = stored.household, stored.catalog

    profile_id: int | None = None
    if not whole and (name is not None or household.members):  # nobody yet: the blank form
        member = find_member(household, name)
        if isinstance(member, int):
            return member
        profile_id = member.profile.id
    refused = refuse(target, bool(getattr(args, "force", False)), _not_writable)
    if refused is not None:
        return fail(EXIT_FAILED, refused)
    checklist = build_checklist(household, catalog, today, profile_id=profile_id, lang=lang)

    if "QT_QPA_PLATFORM" not in os.environ and not (
        sys.platform in ("win32", "darwin") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from PySide6.QtGui import QGuiApplication

        from app.printing.checklist import RenderError, default_page_size, export_pdf
    except ImportError as exc:
        text = translate("Cli", "PDFの作成に必要なQt（PySide6）を読み込めません: {reason}")
        return fail(EXIT_FAILED, text.format(reason=exc))

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "myna-prep"])
    try:
        pages = export_pdf(
            checklist,
            target,
            getattr(args, "page_size", None) or default_page_size(),
            overwrite=bool(getattr(args, "force", False)),
        )
    except OSError as exc:
        return fail(EXIT_FAILED, write_failed(target, exc, _not_writable))
    except RenderError as exc:
        text = translate("Cli", "PDFを作成できませんでした: {reason}")
        return fail(EXIT_FAILED, text.format(reason=exc.text()))
    finally:
        del app
    print(
        inert(translate("Cli", "{path} に書き出しました（{pages}ページ）").format(path=target, pages=pages))
    )
    return EXIT_OK
