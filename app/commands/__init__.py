"""Command-line subcommands (doctor, plan, backup, checklist, catalog, certificates, reminders),
dispatched by ``app.cli``.

Every command speaks the language ``app.cli`` installed (``--lang``, else the View menu's saved
choice, else the system's), through the same catalogue as the window (:mod:`app.i18n`). The options
several commands share are declared once in :mod:`app.commands.options`; what they read from the data
folder, and the one unknown-profile refusal, is :mod:`app.commands.household`.
"""

from __future__ import annotations

import argparse

EXIT_OK = 0
EXIT_FAILED = 1  # the store, the catalog, a file or the desktop failed (one sentence on stderr)
EXIT_USAGE = 2  # a bad option or an unknown profile, like argparse's own refusals


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
