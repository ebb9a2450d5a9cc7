"""Command-line subcommands (doctor, plan, backup, checklist), dispatched by ``app.cli``.

Every command speaks the language ``app.cli`` installed (``--lang``, else the View menu's saved
choice, else the system's), through the same catalogue as the window (:mod:`app.i18n`).
"""

from __future__ import annotations

import argparse


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """``--lang ja|en`` after the subcommand too (``myna-prep doctor --lang en``)."""
    from app.i18n import translate

    parser.add_argument(
        "--lang",
        choices=("ja", "en"),
        default=argparse.SUPPRESS,
        help=translate("Cli", "表示の言語（既定: システムに合わせる）"),
    )


def use_language(args: argparse.Namespace) -> str:
    """Install the command's language (``--lang``, else the saved choice, else the system's); the same
    as ``app.cli`` chose, and right too when a command runs without it (tests, ``-m``)."""
    from app import i18n, paths

    return i18n.start(getattr(args, "lang", None), paths.data_dir(getattr(args, "data_dir", None)))


def fail(code: int, text: str) -> int:
    """Say ``text`` (one sentence for a person, made inert) on stderr and return the exit ``code``."""
    import sys

    from app.domain.text import inert

    print(inert(text), file=sys.stderr)
    return code
