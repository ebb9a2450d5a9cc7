"""Entry point: ``myna-prep`` and ``python -m app``."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    import os

    from app import cli

    if os.name == "posix":
        os.umask(0o077)  # every file the app (or Qt: log, lock, settings, PDF) creates is private
    args = cli.parse(sys.argv[1:] if argv is None else list(argv))
    if args.command:
        if args.command == "reminders" and sys.platform in ("win32", "darwin"):
            from app.desktop import notify
            from app.ui.tray_notice import show_tray_notice

            notify.use_tray(show_tray_notice)  # the notification is a tray message there (QtWidgets)
        return cli.run_command(args)
    from app.ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
