"""What to tell the user when no smart-card (PC/SC) service answers: it depends on the operating system.

Windows has the Smart Card service (service name SCardSvr) built in; macOS has PC/SC built in; on Linux
the pcscd daemon, its client library and a CCID reader driver are packages. For Debian and Ubuntu we
name the exact command; the package names are the Depends of our .deb (packaging/build-linux).
Standard library only (the doctor command imports this before the card layer).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

DEBIAN_PACKAGES = ("pcscd", "libpcsclite1", "libccid")
APT_INSTALL = "sudo apt install " + " ".join(DEBIAN_PACKAGES)
SYSTEMD_START = "sudo systemctl enable --now pcscd.socket"
SYSTEMD_RESTART = "sudo systemctl restart pcscd"
PCSCD_PATHS = (Path("/usr/sbin/pcscd"), Path("/usr/bin/pcscd"))


class ServiceHelp(StrEnum):
    """Which advice fits; message tables key their sentences by ``service_<value>``."""

    WINDOWS = "windows"  # start the Smart Card service (SCardSvr)
    MACOS = "macos"  # built in: reconnect the reader
    LINUX_APT_INSTALL = "linux_apt_install"  # pcscd missing, apt available: APT_INSTALL
    LINUX_INSTALL = "linux_install"  # pcscd missing, another package manager
    LINUX_START = "linux_start"  # pcscd installed but not running: SYSTEMD_START


def service_help(
    platform: str | None = None,
    *,
    which: Callable[[str], str | None] = shutil.which,
    exists: Callable[[Path], bool] = Path.exists,
) -> ServiceHelp:
    """The advice for ``platform`` (default: this computer's)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return ServiceHelp.WINDOWS
    if platform == "darwin":
        return ServiceHelp.MACOS
    if which("pcscd") or any(exists(path) for path in PCSCD_PATHS):
        return ServiceHelp.LINUX_START
    return ServiceHelp.LINUX_APT_INSTALL if which("apt-get") else ServiceHelp.LINUX_INSTALL
