"""Command-line parsing for the GUI options and the subcommands.

Each subcommand lives in ``app.commands.<name>`` and exposes ``add_parser(subparsers)`` and
``run(args) -> int``. Their module top levels import only the standard library so that parsing
stays cheap on the GUI's path to first paint; heavy imports happen inside ``run``.

The language is chosen before the parser is built (``--lang`` anywhere on the line, else the View
menu's saved choice, else the system's), so ``--help``, argparse's own refusals and every command
speak it (:mod:`app.i18n`, the catalogue the window uses).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Protocol

from app import APP_ID, version

SUBCOMMANDS: tuple[str, ...] = (
    "doctor",
    "plan",
    "backup",
    "checklist",
    "catalog",
    "certificates",
    "reminders",
)


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
        from app.i18n import translate

        raise argparse.ArgumentTypeError(translate("Cli", "ja または en を指定してください"))
    return value


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate; it is translated where it is used."""
    return text


# argparse's own sentences (its gettext ids) and their Japanese source in our catalogue.
_ARGPARSE: dict[str, str] = {
    "usage: ": QT_TRANSLATE_NOOP("Cli", "使い方: "),
    "options": QT_TRANSLATE_NOOP("Cli", "オプション"),
    "positional arguments": QT_TRANSLATE_NOOP("Cli", "引数"),
    "show this help message and exit": QT_TRANSLATE_NOOP("Cli", "このヘルプを表示して終了します"),
    "%(prog)s: error: %(message)s\n": QT_TRANSLATE_NOOP("Cli", "%(prog)s: エラー: %(message)s\n"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP("Cli", "次の引数が必要です: %s"),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("Cli", "認識できない引数です: %s"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
        "Cli", "引数 %(argument_name)s: %(message)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "Cli", "選べない値です: %(value)r（次から選んでください: %(choices)s）"
    ),
    "expected one argument": QT_TRANSLATE_NOOP("Cli", "値を1つ指定してください"),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP(
        "Cli", "%(type)s として正しくない値です: %(value)r"
    ),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("Cli", "引数 %s と同時には指定できません"),
}


def _argparse_text(message: str) -> str:
    from app.i18n import translate

    source = _ARGPARSE.get(message)
    return message if source is None else translate("Cli", source)


def choose_language(argv: Sequence[str]) -> str:
    """Install the language named by ``--lang`` anywhere in ``argv`` (else saved, else the system's)."""
    from app import i18n, paths

    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang")
    early.add_argument("--data-dir")
    try:
        known, _rest = early.parse_known_args(list(argv))
    except argparse.ArgumentError:  # e.g. "--lang" with no value: the real parser says so
        known = argparse.Namespace(lang=None, data_dir=None)
    lang = i18n.start(known.lang, paths.data_dir(known.data_dir))
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse looks its sentences up here
    return lang


def build_parser(subcommands: Sequence[str] = SUBCOMMANDS) -> argparse.ArgumentParser:
    from app.domain.steps import StepId
    from app.i18n import translate

    parser = argparse.ArgumentParser(
        prog=APP_ID, description=translate("Cli", "マイナポータル連携 事前準備ナビ")
    )
    parser.add_argument("--version", action=_Version, help=translate("Cli", "バージョンを表示して終了します"))
    parser.add_argument(
        "--data-dir", metavar="DIR", help=translate("Cli", "データベースとログを DIR に置きます")
    )
    parser.add_argument("--lang", type=_lang, metavar="ja|en", help=translate("Cli", "表示の言語"))
    parser.add_argument(
        "--theme",
        choices=("light", "dark"),
        help=translate(
            "Cli", "明るい配色か暗い配色に固定します（既定: システムに合わせる。環境変数 MYNA_PREP_THEME）"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("Cli", "全ページを画面外で作り、結果を1行表示します（問題がなければ終了コード 0）"),
    )
    parser.add_argument(
        "--screenshot", metavar="DIR", help=translate("Cli", "ページごとの PNG を DIR に書いて終了します")
    )
    parser.add_argument(
        "--quit-after-startup",
        nargs="?",
        const="painted",
        choices=("painted", "loaded"),
        help=translate("Cli", "ウィンドウを描いたら終了します（=loaded なら保存した進み具合を表示してから）"),
    )
    parser.add_argument(
        "--page",
        choices=[s.value for s in StepId],
        help=translate("Cli", "このステップのページを開きます（通知から開くとき）"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in subcommands:
        try:
            _command(name).add_parser(sub)
        except ModuleNotFoundError as exc:
            if exc.name != f"app.commands.{name}":
                raise
    for subparser in sub.choices.values():
        _accept_global_options(subparser)
    return parser


def _accept_global_options(subparser: argparse.ArgumentParser) -> None:
    """``--data-dir`` and ``--lang`` also after the subcommand (``myna-prep plan --data-dir D``).

    SUPPRESS keeps a value given before the subcommand when the option is not repeated after it.
    """
    known = subparser._option_string_actions
    if "--data-dir" not in known:
        subparser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    if "--lang" not in known:
        subparser.add_argument(
            "--lang", type=_lang, metavar="ja|en", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )


# The GUI's own options that take a value (so that value is not taken for a subcommand).
_VALUED = frozenset({"--data-dir", "--lang", "--theme", "--screenshot", "--page"})


def needed_subcommands(argv: Sequence[str]) -> tuple[str, ...]:
    """The subcommands the parser must know for ``argv``: the one named; none for a plain GUI start
    (their modules stay off the path to the first paint); all of them for --help or anything else."""
    named = [a for a in argv if a in SUBCOMMANDS]
    if named:
        return (named[0],)
    after_option = False
    for arg in argv:
        if arg in ("-h", "--help") or (not arg.startswith("-") and not after_option):
            return SUBCOMMANDS  # help lists them all; an unknown word gets argparse's choices
        after_option = arg in _VALUED
    return ()


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Choose the language, then parse argv; argparse prints usage and exits 2 on unknown options."""
    argv = list(sys.argv[1:] if argv is None else argv)
    choose_language(argv)
    return build_parser(needed_subcommands(argv)).parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    return _command(args.command).run(args)
