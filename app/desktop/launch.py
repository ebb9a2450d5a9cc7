"""The command line that starts this installation of the app again (a notification, a login item)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path


def app_command(data_dir: Path | None = None) -> list[str]:
    """The program and its first arguments: the frozen executable, else this Python with ``-m app``.

    ``data_dir`` (the folder in use) is passed on unless it is the platform's default: a login item or
    a notification must open the same household, also when --data-dir or MYNA_PREP_DATA_DIR chose it.
    """
    if data_dir is not None and _is_default(data_dir):
        data_dir = None
    frozen = getattr(sys, "frozen", False)  # the PyInstaller bundle is its own program
    command = [sys.executable] if frozen else [sys.executable, "-m", "app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def _is_default(data_dir: Path) -> bool:
    import platformdirs

    from app import APP_ID

    default = Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))
    return data_dir.expanduser().resolve() == default.resolve()


def start_detached(command: Sequence[str]) -> int:
    """Start ``command`` on its own (it outlives us, no terminal, no inherited input); its process id."""
    flags = 0
    if sys.platform == "win32":
        flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
    process = subprocess.Popen(  # noqa: S603  # our own executable, no shell
        list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        start_new_session=sys.platform != "win32",
        creationflags=flags,
    )
    return process.pid
