"""One running instance per data directory.

The first instance takes a ``QLockFile`` in the data directory and listens on a ``QLocalServer``;
a second launch fails to take the lock, connects with ``QLocalSocket``, sends ``activate`` and gets
``ok`` back, then exits; the first instance emits ``activation_requested`` (the window raises itself).

A lock left behind by a crash does not block: the lock file records the PID, and ``QLockFile.tryLock``
removes a lock whose process is gone on this host (``removeStaleLockFile``, also called explicitly).
``setStaleLockTime(0)`` turns off the age-based guess, so a long-running instance is never taken for a
stale one. A socket file left behind by a crash is removed with ``QLocalServer.removeServer`` once we
hold the lock (only the lock holder may listen).

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
import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal

from app.store import fileutil

if TYPE_CHECKING:  # QtNetwork loads on use: only when listening or asking another instance
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "myna-prep.lock"
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
    """A local socket name unique to this user and data directory (short enough for AF_UNIX)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"myna-prep-{digest}"


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

    deadline = time.monotonic() + retry_for_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_CONNECT_TIMEOUT_MS):
            socket.write(QByteArray(MESSAGE_ACTIVATE))
            socket.flush()
            socket.waitForBytesWritten(_CONNECT_TIMEOUT_MS)
            reply = b""
            while not reply.endswith(b"\n") and socket.waitForReadyRead(_CONNECT_TIMEOUT_MS):
                reply += bytes(socket.readAll().data())
            socket.disconnectFromServer()
            return reply == REPLY_OK
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


class SingleInstance(QObject):
    """Owns the instance lock and the activation server of one data directory."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._name = server_name(data_dir)
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
        QLocalServer.removeServer(self._name)  # a socket left by a crashed holder of the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if not server.listen(self._name):
            # Still the only writer (we hold the lock); only activation by a second launch is lost.
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
            socket = self._server.nextPendingConnection()
            conversation = _Conversation(socket)
            conversation.activate.connect(self.activation_requested)
            socket.disconnected.connect(socket.deleteLater)
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
