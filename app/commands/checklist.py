"""``myna-prep checklist --pdf FILE [--force] [--profile NAME] [--household] [--lang L] [--page-size S]``.

An existing FILE is replaced only with ``--force``; a link, device or FIFO at FILE never is.

Writes the printable preparation checklist of one household member (default: 本人, else the first
member) or, with ``--household``, of every member, as a PDF. With no member registered yet it writes
the blank form (every step unticked, a line for the name).

The PDF is written to a temporary file in the target's folder and renamed at the end: after a failure
nothing is left behind and an existing FILE is untouched. Exit status: 0 written; 2 bad option or
unknown profile (one message on stderr); 1 the file could not be written or the store/catalog could
not be read (one message on stderr). Top-level imports are standard library only; Qt (a
QGuiApplication, offscreen when there is no display) is loaded inside :func:`run`.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import fail
from app.i18n import translate

if TYPE_CHECKING:
    from app.domain.model import Household

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.commands import add_lang_option
    from app.i18n import translate

    parser = subparsers.add_parser(
        "checklist",
        help=translate("Cli", "印刷用の事前準備チェックリストを PDF に書き出します"),
        description=translate(
            "Cli", "事前準備チェックリスト（手順ごとのチェック・証明書等・連携・QRコード）をPDFに書き出します"
        ),
    )
    parser.add_argument(
        "--pdf", metavar="FILE", required=True, help=translate("Cli", "書き出す PDF ファイル")
    )
    parser.add_argument(
        "--profile", metavar="NAME", help=translate("Cli", "プロフィールの表示名（既定: 本人）")
    )
    parser.add_argument("--household", action="store_true", help=translate("Cli", "世帯の全員分"))
    add_lang_option(parser)
    parser.add_argument(
        "--page-size",
        choices=("A4", "Letter"),
        default=None,
        help=translate("Cli", "用紙の大きさ（既定: 地域の設定に合わせて A4 か Letter）"),
    )
    parser.add_argument("--force", action="store_true", help=translate("Cli", "FILE があれば置き換えます"))
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=date.fromisoformat,
        help=translate("Cli", "この日付の時点で作ります（サポートとテスト用。既定: 今日）"),
    )
    parser.set_defaults(command="checklist")


def _refuse_target(target: Path, force: bool) -> str | None:
    """Why ``target`` may not be written (a folder, link, device, existing file without --force)."""
    import stat

    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except PermissionError:
        return _no_access(target)
    except OSError as exc:
        return _not_writable(target, exc)
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            return translate("Cli", "保存先がフォルダです。ファイル名を指定してください: {path}").format(
                path=target
            )
        if not stat.S_ISREG(st.st_mode):
            return _not_regular(target)
        if not force:
            return _exists(target)
    try:
        if not target.parent.is_dir():
            return translate("Cli", "保存先のフォルダがありません: {folder}").format(folder=target.parent)
    except OSError:
        return _no_access(target)
    return None


def _no_access(target: Path) -> str:
    return translate("Cli", "「{path}」の場所にアクセスする権限がないため、書き出していません。").format(
        path=target
    )


def _not_writable(target: Path, exc: OSError) -> str:
    return translate("Cli", "PDFを書き込めません: {path}（{reason}）").format(
        path=target, reason=_reason(exc)
    )


def _not_regular(target: Path) -> str:
    text = translate(
        "Cli", "「{path}」は通常のファイルではない（リンク、デバイス、FIFO など）ため、書き出していません。"
    )
    return text.format(path=target)


def _exists(target: Path) -> str:
    text = translate(
        "Cli", "「{path}」はすでにあるため、上書きしませんでした（上書きするには --force を付けてください）。"
    )
    return text.format(path=target)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _load_household(data_dir: Path) -> Household:
    """The stored household (an empty one when there is no database: a command creates none)."""
    from app.domain.text import inert
    from app.i18n import words
    from app.store.repository import load_stored_household

    return load_stored_household(data_dir, lambda notice: print(inert(words(notice.text)), file=sys.stderr))


def run(args: argparse.Namespace) -> int:
    from app.commands import use_language
    from app.i18n import join_list, words

    lang = use_language(args)
    name: str | None = getattr(args, "profile", None)
    whole: bool = bool(getattr(args, "household", False))
    if name is not None and whole:
        return fail(EXIT_USAGE, translate("Cli", "--profile と --household は同時に指定できません。"))
    target = Path(args.pdf).expanduser()

    from app import paths
    from app.domain.catalog import CatalogError
    from app.domain.checklist import build_checklist
    from app.domain.rules import default_member
    from app.domain.text import inert
    from app.store.catalog_files import active_catalog
    from app.store.errors import StoreError

    today: date = getattr(args, "today", None) or date.today()
    try:
        directory = paths.data_dir(getattr(args, "data_dir", None))
        catalog = active_catalog(directory)
        household = _load_household(directory)
    except CatalogError as exc:
        return fail(EXIT_FAILED, str(exc))
    except StoreError as exc:
        return fail(EXIT_FAILED, words(exc.text()))

    profile_id: int | None = None
    if not whole and (name is not None or household.members):
        member = default_member(household, name)
        if member is None:
            if not household.members:
                text = translate(
                    "Cli", "プロフィール「{name}」は登録されていません（まだ誰も登録されていません）。"
                )
                return fail(EXIT_USAGE, text.format(name=name))
            known = join_list((m.profile.display_name for m in household.members), ja_separator="、")
            text = translate("Cli", "プロフィール「{name}」は登録されていません（登録済み: {known}）。")
            return fail(EXIT_USAGE, text.format(name=name, known=known))
        profile_id = member.profile.id
    refused = _refuse_target(target, bool(getattr(args, "force", False)))
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
        from app.store.fileutil import NotRegularFileError
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
    except FileExistsError:
        return fail(EXIT_FAILED, _exists(target))
    except NotRegularFileError:
        return fail(EXIT_FAILED, _not_regular(target))
    except OSError as exc:
        return fail(EXIT_FAILED, _not_writable(target, exc))
    except RenderError as exc:
        text = translate("Cli", "PDFを作成できませんでした: {reason}")
        return fail(EXIT_FAILED, text.format(reason=exc.text()))
    finally:
        del app
    print(
        inert(translate("Cli", "{path} に書き出しました（{pages}ページ）").format(path=target, pages=pages))
    )
    return EXIT_OK
