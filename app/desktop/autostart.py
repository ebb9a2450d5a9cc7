"""The login item that runs ``myna-prep reminders --notify`` once when the person logs in.

Off by default; only the person turns it on (View menu). One file per platform, in the place the
desktop looks for it, and removing that file turns it off:

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/jp.mynaprep.MynaPrep.reminders.desktop``
  (XDG Autostart Specification). ``TryExec`` names the program, so a login item left behind by an
  uninstalled app is skipped by the session; the .deb's postrm also removes ours.
- macOS: ``~/Library/LaunchAgents/jp.mynaprep.MynaPrep.reminders.plist`` (a LaunchAgent with
  ``RunAtLoad``), loaded by launchd at the next login.
- Windows: a shortcut in the Startup folder (``shell:startup``), made by PowerShell's WScript.Shell;
  the uninstaller deletes it.

Each file carries :data:`MARKER` so only ours is ever replaced or removed.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from app.store import fileutil

DESKTOP_ID = "jp.mynaprep.MynaPrep"  # packaging/linux/jp.mynaprep.MynaPrep.desktop, the icon's name
ITEM_ID = f"{DESKTOP_ID}.reminders"
MARKER = "X-MynaPrep-Reminders"
NOTIFY_ARGS = ("reminders", "--notify")
WINDOWS_SHORTCUT = "Myna Prep reminders.lnk"
# The item's name and comment, English and Japanese: the .desktop file carries both (Name, Name[ja]).
LOGIN_ITEM_TEXTS = (
    "Myna Prep reminders",  # i18n: the entry's English name, written beside the Japanese one
    "Myna Prep 再確認のお知らせ",  # i18n: the entry's Japanese name
    "Shows what to check today for the Mynaportal linkage preparation",  # i18n: English comment
    "マイナポータル連携の事前準備で、今日確かめることを知らせます",  # i18n: Japanese comment
)


class NotOursError(OSError):
    """A file of the same name that we did not write: never replaced or removed."""


def _home() -> Path:
    return Path.home()


def item_path(platform: str = sys.platform) -> Path:
    """Where the login item lives on ``platform``."""
    if platform == "win32":
        appdata = Path(os.environ.get("APPDATA") or _home() / "AppData" / "Roaming")
        return appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup" / WINDOWS_SHORTCUT
    if platform == "darwin":
        return _home() / "Library" / "LaunchAgents" / f"{ITEM_ID}.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or ""
    base = Path(config) if os.path.isabs(config) else _home() / ".config"
    return base / "autostart" / f"{ITEM_ID}.desktop"


def is_enabled(platform: str = sys.platform) -> bool:
    return os.path.lexists(item_path(platform))


# ----- the file of each platform ------------------------------------------------------------------


def _desktop_quote(arg: str) -> str:
    """One argument of an ``Exec`` key (Desktop Entry Specification, "The Exec key")."""
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return quoted.replace("\\", "\\\\")  # the value of a string key escapes backslashes once more


def desktop_entry(command: Sequence[str], name: str, name_ja: str, comment: str, comment_ja: str) -> str:
    """The XDG autostart entry for ``command`` (the app's command line; NOTIFY_ARGS are added)."""
    exec_line = " ".join(_desktop_quote(a) for a in (*command, *NOTIFY_ARGS))
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={name}",
        f"Name[ja]={name_ja}",
        f"Comment={comment}",
        f"Comment[ja]={comment_ja}",
        f"Exec={exec_line}",
        f"TryExec={command[0]}",
        f"Icon={DESKTOP_ID}",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        f"{MARKER}=true",
    ]
    return "\n".join(lines) + "\n"


def launch_agent(command: Sequence[str]) -> bytes:
    """The macOS LaunchAgent: run the command once at login."""
    return plistlib.dumps(
        {
            "Label": ITEM_ID,
            "ProgramArguments": [*command, *NOTIFY_ARGS],
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            MARKER: True,
        }
    )


def _ours(path: Path) -> bool:
    if path.suffix == ".lnk":
        return True  # a shortcut cannot carry our marker; the name is ours
    try:
        data = fileutil.read_regular_file(path, 64 * 1024, follow_symlinks=False)
    except OSError:
        return False
    return MARKER.encode() in data


# ----- on and off -------------------------------------------------------------------------------------


def enable(command: Sequence[str], texts: tuple[str, str, str, str], platform: str = sys.platform) -> Path:
    """Write the login item for ``command`` (private, atomically); returns its path.

    ``texts`` are the entry's name and comment in English and Japanese (name, name_ja, comment,
    comment_ja). Raises :class:`NotOursError` if a file of that name is not ours, ``OSError`` when it
    cannot be written.
    """
    path = item_path(platform)
    if os.path.lexists(path) and not _ours(path):
        raise NotOursError(f"{path} was not written by Myna Prep")
    if platform == "win32":
        _windows_shortcut(path, command)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    darwin = platform == "darwin"
    data = launch_agent(command) if darwin else desktop_entry(command, *texts).encode("utf-8")
    fileutil.atomic_write_bytes(path, data, mode=0o600)
    return path


def disable(platform: str = sys.platform) -> bool:
    """Remove our login item; returns whether there was one. Another program's file is left alone."""
    path = item_path(platform)
    if not os.path.lexists(path):
        return False
    if not _ours(path):
        raise NotOursError(f"{path} was not written by Myna Prep")
    path.unlink()
    return True


def _windows_shortcut(path: Path, command: Sequence[str]) -> None:
    """A Startup-folder shortcut made by WScript.Shell (no extra module); arguments passed by the
    environment, so no quoting reaches PowerShell's parser."""
    path.parent.mkdir(parents=True, exist_ok=True)
    script = (
        "$s = (New-Object -ComObject WScript.Shell).CreateShortcut($env:MYNA_LNK);"
        "$s.TargetPath = $env:MYNA_TARGET; $s.Arguments = $env:MYNA_ARGS;"
        "$s.WindowStyle = 7; $s.Save()"
    )
    arguments = subprocess.list2cmdline([*command[1:], *NOTIFY_ARGS])
    env = {**os.environ, "MYNA_LNK": str(path), "MYNA_TARGET": command[0], "MYNA_ARGS": arguments}
    try:
        subprocess.run(  # noqa: S603  # a fixed script, values through the environment
            ["powershell", "-NoProfile", "-NonInteractive", "-Command", script],  # noqa: S607
            env=env,
            check=True,
            capture_output=True,
            timeout=30,
        )
    except subprocess.SubprocessError as exc:  # PowerShell refused or hung: no shortcut
        raise OSError(f"the Startup shortcut could not be made ({type(exc).__name__})") from exc
