"""Where a command may write its file (``checklist --pdf``, ``reminders --ics``), said once for both.

An existing file is replaced only with ``--force``; a folder, link, device or FIFO never is. Each
command names its own kind of file in ``unwritable`` ("PDFを書き込めません…", "カレンダーファイルを…").
Top-level imports are standard library only (see ``app.cli``).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from app.i18n import translate

Unwritable = Callable[[Path, OSError], str]  # the command's sentence for a write that failed


def refuse(target: Path, force: bool, unwritable: Unwritable) -> str | None:
    """Why ``target`` may not be written (a folder, link, device, existing file without --force)."""
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except PermissionError:
        return no_access(target)
    except OSError as exc:
        return unwritable(target, exc)
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            return translate("Cli", "保存先がフォルダです。ファイル名を指定してください: {path}").format(
                path=target
            )
        if not stat.S_ISREG(st.st_mode):
            return not_regular(target)
        if not force:
            return exists(target)
    try:
        if not target.parent.is_dir():
            return translate("Cli", "保存先のフォルダがありません: {folder}").format(folder=target.parent)
    except OSError:
        return no_access(target)
    return None


def write_failed(target: Path, exc: OSError, unwritable: Unwritable) -> str:
    """What to say when writing ``target`` failed after :func:`refuse` let it through."""
    from app.store.fileutil import NotRegularFileError

    if isinstance(exc, FileExistsError):
        return exists(target)
    if isinstance(exc, NotRegularFileError):
        return not_regular(target)
    return unwritable(target, exc)


def no_access(target: Path) -> str:
    return translate("Cli", "「{path}」の場所にアクセスする権限がないため、書き出していません。").format(
        path=target
    )


def not_regular(target: Path) -> str:
    text = translate(
        "Cli", "「{path}」は通常のファイルではない（リンク、デバイス、FIFO など）ため、書き出していません。"
    )
    return text.format(path=target)


def exists(target: Path) -> str:
    text = translate(
        "Cli", "「{path}」はすでにあるため、上書きしませんでした（上書きするには --force を付けてください）。"
    )
    return text.format(path=target)


def reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__
