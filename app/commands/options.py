"""The options several commands share, declared once so each has one wording and one behaviour.

A command's ``add_parser`` reads ``options.command(subparsers, "plan", help, description)`` and then
``options.profile(parser)``, ``options.today(parser)``… Top-level imports are standard library only.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

# A parser or one of its groups: anything options are added to.
_Options = argparse._ActionsContainer


def command(subparsers: Subparsers, name: str, help: str, description: str) -> argparse.ArgumentParser:
    """The parser of the subcommand ``name`` (``help`` and ``description`` already translated)."""
    parser = subparsers.add_parser(name, help=help, description=description)
    parser.set_defaults(command=name)
    return parser


def actions(parser: argparse.ArgumentParser, dest: str) -> Subparsers:
    """The ACTION a command with several (``backup export|import``) requires, kept in ``dest``."""
    return parser.add_subparsers(dest=dest, metavar="ACTION", required=True)


def lang(parser: argparse.ArgumentParser) -> None:
    """``--lang ja|en`` after the subcommand too (``myna-prep doctor --lang en``)."""
    from app.i18n import translate

    parser.add_argument(
        "--lang",
        choices=("ja", "en"),
        default=argparse.SUPPRESS,
        help=translate("Cli", "表示の言語（既定: システムに合わせる）"),
    )


def flag(parser: _Options, name: str, help: str) -> None:
    """An on/off option such as ``--json`` or ``--force`` (``help`` already translated)."""
    parser.add_argument(name, action="store_true", help=help)


def json_output(parser: _Options) -> None:
    from app.i18n import translate

    flag(parser, "--json", translate("Cli", "JSON を1つ標準出力に書きます"))


def force(parser: _Options) -> None:
    from app.i18n import translate

    flag(parser, "--force", translate("Cli", "FILE があれば置き換えます"))


def profile(parser: _Options, help: str | None = None) -> None:
    """``--profile NAME`` (default: 本人, else the first member; see household.find_member)."""
    from app.i18n import translate

    parser.add_argument(
        "--profile", metavar="NAME", help=help or translate("Cli", "プロフィールの表示名（既定: 本人）")
    )


def today(parser: _Options, help: str | None = None) -> None:
    """``--today YYYY-MM-DD``: compute as of that day (support and tests)."""
    from datetime import date

    from app.i18n import translate

    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=date.fromisoformat,
        help=help or translate("Cli", "この日付の時点で計算します（サポートとテスト用。既定: 今日）"),
    )
