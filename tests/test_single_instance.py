"""One instance per data directory, with real processes: activation, and stale locks after a crash."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.single_instance import LOCK_NAME, SingleInstance, StartResult, server_name, try_lock

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
