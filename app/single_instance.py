"""One running instance per data directory.

The first instance takes a ``QLockFile`` in the data directory and listens on a ``QLocalServer``;
a second launch fails to take the lock, connects with ``QLocalSocket``, sends ``activate`` and gets
``ok`` back, then exits; the first instance emits ``activation_requested`` (the window raises itself).

A lock left behind by a crash does not block: the lock file records the PID, and ``QLockFile.tryLock``
removes a lock whose process is gone on this host (``removeStaleLockFile``, also called explicitly).
``setStaleLockTime(0)`` turns off the age-based guess, so a long-running instance is never taken for a
stale one. A socket file left behind by a crash is removed with ``QLocalServer.removeServer`` once we
hold the lock (only the lock holder may listen).

The endpoint is a socket where only this user can create it: in ``$XDG_RUNTIME_DIR`` or the data
folder when that folder is ours and 0700, else in a 0700 folder of ours under the temp dir; never a
name in a shared folder that another local user could take first. Both ends check the other's uid
where the OS tells it (Linux SO_PEERCRED, macOS LOCAL_PEERCRED). On Windows it is a named pipe whose
name holds the user and whose access Qt limits to this user (``UserAccessOption``).

QtCore and QtNetwork only (no QtWidgets), so the GUI can call it before building any window::

    instance = SingleInstance(data_dir)
    result = instance.start()
    if result is StartResult.ACTIVATED_RUNNING:
        return 0                                   # the running window came to the front
    instance.activation_requested.connect(window.bring_to_front)
"""

from __future__ import annotations

import errno
import getpass
import hashlib
import logging
import os
import socket
import stat
import struct
import sys
import tempfile
import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal

from app.store import fileutil

if TYPE_CHECKING:  # QtNetwork loads on use: only when listening or asking another instance
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "myna-prep.lock"
SOCKET_NAME = "myna-prep.sock"
_MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux, 104 on macOS (with the final NUL)
MESSAGE_ACTIVATE = b"activate\n"
REPLY_OK = b"ok\n"
_CONNECT_TIMEOUT_MS = 1000
_RETRY_FOR_S = 3.0  # the first instance may hold the lock a moment before it listens


class StartResult(StrEnum):
    PRIMARY = "primary"  # we hold the lock and listen: go on starting up
    ACTIVATED_RUNNING = "activated_running"  # another instance runs and was asked to come forward: exit
    RUNNING_UNREACHABLE = "running_unreachable"  # another instance holds the lock but did not answer
    LOCK_ERROR = "lock_error"  # the lock could not be created (unwritable data directory)


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def server_name(data_dir: Path) -> str:
    """Where this user's instance for ``data_dir`` listens: a socket path in a folder only we can
    write (POSIX), or a per-user pipe name (Windows). ``""`` when no such place exists."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:20]
    if sys.platform == "win32":
        return f"myna-prep-{digest}"
    candidates = [
        (os.environ.get("XDG_RUNTIME_DIR", ""), f"myna-prep-{digest}.sock"),
        (str(data_dir), SOCKET_NAME),
    ]
    for folder, name in candidates:
        if folder and _private_folder(Path(folder)) and _fits(Path(folder, name)):
            return str(Path(folder, name))
    own = Path(tempfile.gettempdir(), f"myna-prep-{os.geteuid()}")
    try:
        own.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        log.warning("No private folder for the instance socket: %s", exc)
        return ""
    if _private_folder(own) and _fits(own / f"{digest}.sock"):
        return str(own / f"{digest}.sock")
    log.warning("No private folder for the instance socket (%s is not ours alone)", own)
    return ""


def _private_folder(path: Path) -> bool:
    """A real folder (not a link) of this user that no one else may enter or write."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.geteuid() and not st.st_mode & 0o077


def _fits(path: Path) -> bool:
    return len(os.fsencode(path)) <= _MAX_SOCKET_PATH


def peer_uid(descriptor: int) -> int | None:
    """The uid at the other end of a local socket, where the OS tells it (else None)."""
    if descriptor < 0 or sys.platform == "win32":
        return None
    try:
        with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            if hasattr(socket, "SO_PEERCRED"):  # Linux: struct ucred {pid, uid, gid}
                creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
                return int(struct.unpack("3i", creds)[1])
            if hasattr(socket, "LOCAL_PEERCRED"):  # macOS: struct xucred {version, uid, ...}
                creds = sock.getsockopt(0, socket.LOCAL_PEERCRED, 76)
                return int(struct.unpack_from("=II", creds)[1])
    except OSError as exc:
        log.warning("Could not read the peer of the instance socket: %s", exc)
    return None


def _same_user(descriptor: int) -> bool:
    uid = peer_uid(descriptor)
    return uid is None or uid == os.geteuid()


def _new_lock(data_dir: Path) -> QLockFile:
    lock = QLockFile(str(lock_path(data_dir)))
    lock.setStaleLockTime(0)
    return lock


def _take(lock: QLockFile) -> bool:
    if lock.tryLock(0):
        return True
    if lock.error() == QLockFile.LockError.LockFailedError and lock.removeStaleLockFile():
        return bool(lock.tryLock(0))
    return False


def try_lock(data_dir: Path) -> QLockFile | None:
    """Take the instance lock without listening (for CLI commands that write).

    ``None`` means another instance holds it. Any other failure raises the ``OSError`` that names the
    cause (the folder is a file, read-only, full, not ours), never "the app is running".
    """
    fileutil.ensure_private_dir(data_dir)
    problem = fileutil.write_problem(data_dir)
    if problem is not None:
        raise problem
    lock = _new_lock(data_dir)
    if _take(lock):
        fileutil.make_private(lock_path(data_dir))
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    raise OSError(errno.EIO, "the lock file could not be created", str(lock_path(data_dir)))


def send_activate(name: str, *, retry_for_s: float = _RETRY_FOR_S) -> bool:
    """Ask the instance listening on ``name`` to come forward; True when it acknowledged."""
    from PySide6.QtNetwork import QLocalSocket

    if not name:
        return False
    deadline = time.monotonic() + retry_for_s
    while True:
        client = QLocalSocket()
        client.connectToServer(name)
        if client.waitForConnected(_CONNECT_TIMEOUT_MS):
            if not _same_user(int(client.socketDescriptor())):
                log.warning("The instance socket %s belongs to another user; not asking it", name)
                client.abort()
                return False
            client.write(QByteArray(MESSAGE_ACTIVATE))
            client.flush()
            client.waitForBytesWritten(_CONNECT_TIMEOUT_MS)
            reply = b""
            while not reply.endswith(b"\n") and client.waitForReadyRead(_CONNECT_TIMEOUT_MS):
                reply += bytes(client.readAll().data())
            client.disconnectFromServer()
            return reply == REPLY_OK
        client.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


class SingleInstance(QObject):
    """Owns the instance lock and the activation server of one data directory."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._name = ""  # found in start(), once the data folder exists (and is private)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def server_name(self) -> str:
        return self._name

    def start(self, *, listen: bool = True) -> StartResult:
        """Take the lock; with ``listen`` also answer later launches at once (else call ``listen()``,
        e.g. after the window's first paint: a second launch meanwhile retries for a few seconds)."""
        try:
            fileutil.ensure_private_dir(self._data_dir)
        except OSError:
            return StartResult.LOCK_ERROR
        self._name = server_name(self._data_dir)
        lock = _new_lock(self._data_dir)
        if not _take(lock):
            if lock.error() != QLockFile.LockError.LockFailedError:
                return StartResult.LOCK_ERROR
            if send_activate(self._name):
                return StartResult.ACTIVATED_RUNNING
            return StartResult.RUNNING_UNREACHABLE
        fileutil.make_private(lock_path(self._data_dir))
        self._lock = lock
        if listen:
            self.listen()
        return StartResult.PRIMARY

    def listen(self) -> None:
        """Answer ``activate`` from later launches (needs the lock, taken by ``start``)."""
        from PySide6.QtNetwork import QLocalServer

        if self._lock is None or self._server is not None:
            return
        if not self._name:
            log.warning("Not listening for later launches: no private place for the socket")
            return
        QLocalServer.removeServer(self._name)  # a socket left by a crashed holder of the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if not server.listen(self._name):
            # Still the only writer (we hold the lock); only activation by a second launch is lost.
            log.warning("Could not listen on %s: %s", self._name, server.errorString())
            server.deleteLater()
            return
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            uid = peer_uid(int(connection.socketDescriptor()))
            if uid is not None and uid != os.geteuid():
                log.warning("Refused a connection to the instance socket from uid %d", uid)
                connection.abort()
                continue
            conversation = _Conversation(connection)
            conversation.activate.connect(self.activation_requested)
            conversation.read()


class _Conversation(QObject):
    """One client connection; a child of its socket, so both go away together (no dangling slots)."""

    activate = Signal()

    def __init__(self, socket: QLocalSocket) -> None:
        super().__init__(socket)
        self._socket = socket
        self._data = b""
        socket.readyRead.connect(self.read)

    def read(self) -> None:
        socket = self._socket
        self._data += bytes(socket.readAll().data())
        if len(self._data) > 64:  # not our client
            socket.abort()
            return
        if self._data.endswith(b"\n"):
            if self._data == MESSAGE_ACTIVATE:
                socket.write(QByteArray(REPLY_OK))
                socket.flush()
                self.activate.emit()
            socket.disconnectFromServer()
