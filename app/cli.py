"""Command-line parsing for the GUI options and the subcommands.

Each subcommand lives in ``app.commands.<name>`` and exposes ``add_parser(subparsers)`` and
``run(args) -> int``. Their module top levels import only the standard library so that parsing
stays cheap on the GUI's path to first paint; heavy imports happen inside ``run``.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from typing import Protocol

from app import APP_ID, version

SUBCOMMANDS: tuple[str, ...] = ("doctor", "plan", "backup", "checklist")


class _Command(Protocol):
    def add_parser(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def _command(name: str) -> _Command:
    module: _Command = importlib.import_module(f"app.commands.{name}")
    return module


class _Version(argparse.Action):
    """``--version``: reads the package metadata only when asked (not on the GUI's start-up path)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        parser.exit(message=f"{parser.prog} {version()}\n")


def _lang(value: str) -> str:
    if value not in ("ja", "en"):
        raise argparse.ArgumentTypeError("ja または en を指定してください (use ja or en)")
    return value


def build_parser(subcommands: Sequence[str] = SUBCOMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="マイナポータル連携 事前準備ナビ (Myna Prep)",
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    parser.add_argument("--data-dir", metavar="DIR", help="use DIR for the database and logs")
    parser.add_argument("--lang", type=_lang, metavar="ja|en", help="user-interface language")
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help="force the light or dark palette (default: follow the system; env MYNA_PREP_THEME)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build every page offscreen, print one summary line, exit 0 when all is well",
    )
    parser.add_argument("--screenshot", metavar="DIR", help="write one PNG per page into DIR and exit")
    parser.add_argument(
        "--quit-after-startup",
        nargs="?",
        const="painted",
        choices=("painted", "loaded"),
        help="exit once the window has painted (or, with =loaded, shows the stored progress)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in subcommands:
        try:
            _command(name).add_parser(sub)
        except ModuleNotFoundError as exc:
            if exc.name != f"app.commands.{name}":
                raise
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse argv; argparse prints usage and exits 2 on unknown options."""
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    return _command(args.command).run(args)
