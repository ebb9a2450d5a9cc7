"""One instance per data directory, with real processes: activation, and stale locks after a crash."""

from __future__ import annotations

import os
import select
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.single_instance import LOCK_NAME, SingleInstance, StartResult, server_name, try_lock
from tests.other_user import OTHER_UID, needs_other_user, readable_python, setpriv
from tests.store.hostile import shared_dir

ROOT = Path(__file__).resolve().parents[1]

INSTANCE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from app.single_instance import SingleInstance, StartResult

    app = QCoreApplication([])
    instance = SingleInstance(Path(sys.argv[1]))
    result = instance.start()
    print(result.value, flush=True)
    if result is StartResult.PRIMARY:
        def activated():
            print("activated", flush=True)
            app.quit()
        instance.activation_requested.connect(activated)
        QTimer.singleShot(int(sys.argv[2]), app.quit)
        app.exec()
        instance.release()
    """
)


def launch(data_dir: Path, linger_ms: int = 20_000) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", INSTANCE, str(data_dir), str(linger_ms)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def first_line(proc: subprocess.Popen[str], timeout: float = 20) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "no answer from the instance"
    return proc.stdout.readline().strip()


def test_second_launch_activates_the_first_and_exits(tmp_path: Path) -> None:
    first = launch(tmp_path)
    try:
        assert first_line(first) == StartResult.PRIMARY
        second = launch(tmp_path)
        out, err = second.communicate(timeout=20)
        assert (second.returncode, out.strip()) == (0, StartResult.ACTIVATED_RUNNING), err
        assert first_line(first) == "activated"
        assert first.wait(timeout=20) == 0
    finally:
        first.kill()
        first.communicate()
    # the first released the lock on exit: the next launch is primary again
    third = launch(tmp_path, linger_ms=0)
    assert third.communicate(timeout=20)[0].strip() == StartResult.PRIMARY


def test_other_data_directories_are_independent(tmp_path: Path) -> None:
    a, b = launch(tmp_path / "a", 0), launch(tmp_path / "b", 0)
    assert a.communicate(timeout=20)[0].strip() == StartResult.PRIMARY
    assert b.communicate(timeout=20)[0].strip() == StartResult.PRIMARY
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


def test_a_lock_left_by_a_crash_does_not_block(tmp_path: Path) -> None:
    crashed = launch(tmp_path)
    assert first_line(crashed) == StartResult.PRIMARY
    crashed.send_signal(signal.SIGKILL)
    crashed.communicate(timeout=20)
    lock_file = tmp_path / LOCK_NAME
    assert lock_file.exists()  # the dead process's lock (and socket) are still there
    assert lock_file.read_text(errors="replace").splitlines()[0] == str(crashed.pid)

    after = launch(tmp_path)
    try:
        assert first_line(after) == StartResult.PRIMARY
        # and it really listens: a further launch reaches it
        again = launch(tmp_path)
        assert again.communicate(timeout=20)[0].strip() == StartResult.ACTIVATED_RUNNING
        assert first_line(after) == "activated"
    finally:
        after.kill()
        after.communicate()


def test_activation_signal_in_process(qtbot: QtBot, tmp_path: Path) -> None:
    instance = SingleInstance(tmp_path)
    assert instance.start() is StartResult.PRIMARY
    try:
        assert try_lock(tmp_path) is None  # the lock is held
        with qtbot.waitSignal(instance.activation_requested, timeout=20_000):
            second = launch(tmp_path)
        assert second.communicate(timeout=20)[0].strip() == StartResult.ACTIVATED_RUNNING
    finally:
        instance.release()
    lock = try_lock(tmp_path)
    assert lock is not None
    lock.unlock()


def test_a_lock_without_an_answering_instance_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    lock = try_lock(tmp_path)  # held, but nobody listens (e.g. a CLI import in progress)
    assert lock is not None
    try:
        proc = launch(tmp_path, 0)
        out, _ = proc.communicate(timeout=30)
        assert out.strip() == StartResult.RUNNING_UNREACHABLE
    finally:
        lock.unlock()


@pytest.mark.skipif(os.name != "posix", reason="POSIX path semantics")
def test_unusable_data_dir_is_a_lock_error(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert SingleInstance(blocker / "data").start() is StartResult.LOCK_ERROR


# --- another local user (uid 65534 through setpriv) ----------------------------------------------

OTHER_CLIENT = textwrap.dedent(
    """
    import socket, sys
    path, action = sys.argv[1], sys.argv[2]
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        if action == "bind":
            sock.bind(path)
            sock.listen()
            print("bound")
        else:
            sock.connect(path)
            sock.settimeout(5)
            sock.sendall(b"activate\\n")
            print("reply:" + sock.recv(64).decode())
    except OSError as exc:
        print(type(exc).__name__)
    """
)


def _other_user(path: str, action: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        setpriv(readable_python(), "-I", "-c", OTHER_CLIENT, path, action),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd="/",
    )  # fmt: skip


def _answer(proc: subprocess.Popen[str], qtbot: QtBot) -> str:
    """The other user's one line, while our event loop answers (or refuses) its connection."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return out.strip()


@pytest.fixture
def shared_data(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder inside a folder every user may write (like /tmp), no $XDG_RUNTIME_DIR."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    with shared_dir() as shared:
        yield shared / "data"


def test_the_endpoint_is_in_a_folder_only_we_can_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    instance = SingleInstance(tmp_path / "data")
    assert instance.start() is StartResult.PRIMARY
    try:
        folder = Path(instance.server_name).parent
        st = folder.lstat()
        assert (st.st_uid, stat.S_IMODE(st.st_mode) & 0o077) == (os.geteuid(), 0)
        assert stat.S_ISSOCK(os.lstat(instance.server_name).st_mode)
    finally:
        instance.release()


def test_a_runtime_dir_others_may_write_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with shared_dir() as open_dir:  # mode 1777, short enough for a socket path
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(open_dir))
        assert Path(server_name(tmp_path)).parent == tmp_path  # the private data folder instead
        open_dir.chmod(0o700)
        assert Path(server_name(tmp_path)).parent == open_dir


@needs_other_user
def test_another_user_cannot_take_the_name_first(qtbot: QtBot, shared_data: Path) -> None:
    shared_data.mkdir(mode=0o700)
    name = server_name(shared_data)
    assert _answer(_other_user(name, "bind"), qtbot) == "PermissionError"
    assert not Path(name).exists()
    instance = SingleInstance(shared_data)
    assert instance.start() is StartResult.PRIMARY
    try:
        assert instance.server_name == name and stat.S_ISSOCK(os.lstat(name).st_mode)
    finally:
        instance.release()


@needs_other_user
def test_another_user_cannot_talk_to_the_app(
    qtbot: QtBot, shared_data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    instance = SingleInstance(shared_data)
    assert instance.start() is StartResult.PRIMARY
    activations: list[bool] = []
    instance.activation_requested.connect(lambda: activations.append(True))
    try:
        name = instance.server_name
        assert _answer(_other_user(name, "connect"), qtbot) == "PermissionError"
        # Even with the folder and the socket opened up, the app checks who is calling and hangs up.
        shared_data.chmod(0o755)
        os.chmod(name, 0o777)
        hung_up = ("reply:", "ConnectionResetError", "BrokenPipeError")  # never "reply:ok"
        assert _answer(_other_user(name, "connect"), qtbot) in hung_up
        assert activations == []
        assert f"from uid {OTHER_UID}" in caplog.text
    finally:
        instance.release()
