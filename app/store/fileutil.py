"""Small file helpers for the store: private (0600) files, fsync, timestamped names, atomic writes.

Standard library only.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def stamp(now: datetime | None = None) -> str:
    """A UTC timestamp usable in a file name, e.g. ``20261127T153012Z``."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def unused_path(path: Path) -> Path:
    """``path`` if nothing is there, else ``path-2``, ``path-3`` …: never overwrite a kept file."""
    if not os.path.lexists(path):
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.name}-{n}")
        if not os.path.lexists(candidate):
            return candidate
        n += 1


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (independent of the umask)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    os.close(fd)
    make_private(path)


def make_private(path: Path) -> None:
    """Set mode 0600 on an existing file (POSIX); a no-op where modes do not apply."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(FileNotFoundError):
        if stat.S_IMODE(os.stat(path).st_mode) != PRIVATE_FILE:
            os.chmod(path, PRIVATE_FILE)


def ensure_dir(path: Path) -> None:
    """Create the data directory (and parents) with mode 0700 for the new parts."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)


def dir_writable(path: Path) -> bool:
    """True when new files can be created in ``path`` (tries it: os.access lies for root and ACLs)."""
    probe = path / f".write-probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (POSIX; not possible on Windows)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a private temporary file, fsync and rename: all or nothing."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)
