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
    """Install the language for a command run directly (``app.cli`` has done it already)."""
    from app import i18n, paths

    explicit = getattr(args, "lang", None)
    if explicit is None and i18n.current_language() is not None:
        return i18n.current_language() or i18n.SOURCE_LANGUAGE
    return i18n.start(explicit, paths.data_dir(getattr(args, "data_dir", None)))
