"""File helpers: private (0600) files, fsync, timestamped names, atomic writes, guarded reads.

``atomic_write_bytes`` is the one way the app writes a file; ``read_regular_file`` the one way it reads
an untrusted input file (a backup, a certificate XML).

Standard library only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class NotRegularFileError(OSError):
    """The path is a link, folder, FIFO, device or socket where a regular file is required."""


class NotOwnedError(PermissionError):
    """The file belongs to another user: the app neither opens nor changes it."""


class FileTooLargeError(OSError):
    """The file is larger than the cap for its kind (checked before reading)."""


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
    """Create ``path`` empty with mode 0600 if nothing is there; refuse a link or a non-regular file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, PRIVATE_FILE)
    except FileExistsError:
        require_own_regular(path)
        make_private(path)
        return
    try:
        _fchmod_private(fd)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Set mode 0600 on an existing regular file without following a link (POSIX only)."""
    if sys.platform == "win32":
        return
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return  # never open a device or FIFO just to look at it
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | _CLOEXEC)
    except OSError:
        return  # gone, replaced by a link (ELOOP) or unreadable: nothing we may change
    try:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode) and st.st_uid == os.geteuid():
            _fchmod_private(fd)
    finally:
        os.close(fd)


def _fchmod_private(fd: int) -> None:
    if sys.platform != "win32" and stat.S_IMODE(os.fstat(fd).st_mode) != PRIVATE_FILE:
        os.fchmod(fd, PRIVATE_FILE)


def require_own_regular(path: Path) -> os.stat_result | None:
    """``lstat`` of ``path`` if it is a regular file we own, ``None`` if nothing is there.

    Raises ``NotRegularFileError`` for a link, folder, FIFO, device or socket, and ``NotOwnedError``
    for a file of another user (POSIX): the app never opens, changes or replaces those.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFileError(errno.EINVAL, _kind(st.st_mode), str(path))
    if sys.platform != "win32" and st.st_uid != os.geteuid():
        raise NotOwnedError(errno.EPERM, "owned by another user", str(path))
    return st


def ensure_dir(path: Path) -> None:
    """Create the data directory (and parents) with mode 0700 for the new parts."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)


# What the app keeps in its data folder: only these are ever chmodded (a --data-dir pointing at a
# folder of other files, the home folder say, must not have those files' modes changed).
_APP_ENTRIES = ("myna-prep", "settings.ini", "secrets-plaintext.cfg", "logs", ".write-probe-")


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` as a 0700 folder, or make an existing one of ours 0700 with the app's files 0600.

    Called before logging or locking starts, so no log, lock or settings file is ever readable by
    another local user. A folder holding anything but the app's files keeps its own mode (only the
    app's files in it are made private). Raises ``NotADirectoryError`` when ``path`` is a file.
    """
    ensure_dir(path)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
    if sys.platform == "win32":
        return
    with os.scandir(path) as scan:
        entries = list(scan)
    ours = [e for e in entries if e.name.startswith(_APP_ENTRIES)]
    st = os.stat(path)
    if len(ours) == len(entries) and st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) != PRIVATE_DIR:
        os.chmod(path, PRIVATE_DIR)
    for entry in ours:
        if entry.is_file(follow_symlinks=False):
            make_private(Path(entry.path))
        elif entry.is_dir(follow_symlinks=False) and entry.name == "logs":
            ensure_private_dir(Path(entry.path))


def dir_writable(path: Path) -> bool:
    """True when new files can be created in ``path`` (tries it: os.access lies for root and ACLs)."""
    return write_problem(path, probe_bytes=0) is None


def write_problem(path: Path, *, probe_bytes: int = 512) -> OSError | None:
    """Why a small file cannot be written in ``path`` (read-only, full, no permission), or ``None``.

    Writes and removes a probe of ``probe_bytes``: creating an empty file still works on a full disk.
    """
    probe = path / f".write-probe-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, PRIVATE_FILE)
    except OSError as exc:
        return exc
    try:
        if probe_bytes:
            os.write(fd, b"\0" * probe_bytes)
            os.fsync(fd)
    except OSError as exc:
        return exc
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(probe)
    return None


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


def atomic_write_bytes(path: Path, data: bytes, *, overwrite: bool = True, mode: int = PRIVATE_FILE) -> None:
    """Write ``data`` to ``path`` all or nothing: THE way the app writes a file.

    A randomly named temporary file is created exclusively (``O_EXCL``, never through a link) with
    ``mode`` in ``path``'s folder, written, fsynced and renamed over ``path``; then the folder is
    fsynced. ``path`` itself must be absent or a regular file we own (a link, FIFO, device or folder
    raises ``NotRegularFileError``); with ``overwrite=False`` an existing file raises
    ``FileExistsError``, also when one appears while writing.
    """
    require_own_regular(path)
    if not overwrite and os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        try:
            if sys.platform != "win32" and mode != PRIVATE_FILE:
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(tmp, path)
        elif sys.platform == "win32":
            os.rename(tmp, path)  # fails when path exists
        else:
            os.link(tmp, path)  # fails with EEXIST: never replaces a file that appeared meanwhile
            os.unlink(tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def read_regular_file(path: Path, max_bytes: int, *, follow_symlinks: bool = True) -> bytes:
    """The bytes of an untrusted input file, refused BEFORE reading when it is not a regular file.

    A FIFO (would block forever), a device, a folder or socket raises ``NotRegularFileError``; a link
    too when ``follow_symlinks`` is false; a file over ``max_bytes`` raises ``FileTooLargeError``
    (checked on the open file, and again while reading, should it grow). Other ``OSError`` as usual.
    """
    st = os.stat(path) if follow_symlinks else os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFileError(errno.EINVAL, _kind(st.st_mode), str(path))
    flags = os.O_RDONLY | os.O_NONBLOCK | _CLOEXEC | getattr(os, "O_BINARY", 0)
    if not follow_symlinks:
        flags |= _NOFOLLOW
    fd = os.open(path, flags)
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (st.st_dev, st.st_ino):
            raise NotRegularFileError(errno.EINVAL, "replaced while opening", str(path))
        if opened.st_size > max_bytes:
            raise FileTooLargeError(errno.EFBIG, f"larger than {max_bytes} bytes", str(path))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise FileTooLargeError(errno.EFBIG, f"larger than {max_bytes} bytes", str(path))
    finally:
        os.close(fd)
    return b"".join(chunks)


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
