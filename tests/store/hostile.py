"""Real hostile files for the hardening tests (issue 12): device nodes, FIFOs, another local user.

Device nodes come from ``mknod`` in a temporary folder (root only); "another user" is uid/gid 65534
(nobody) through ``setpriv``, also root only. Tests that need them skip with the reason otherwise.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_runner import Completed, run_in_process
from tests.other_user import IS_ROOT, OTHER_UID, app_command, as_other_user, readable_python
from tests.other_user import needs_other_user as needs_setpriv

ROOT = Path(__file__).resolve().parents[2]
needs_root = pytest.mark.skipif(not IS_ROOT, reason="mknod and setpriv need root")
__all__ = ["OTHER_UID", "as_other_user", "needs_setpriv", "readable_python"]


def make_char_device(path: Path) -> Path:
    """A character device with the numbers of /dev/null (1, 3), mode 0666, at ``path``."""
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    os.chmod(path, 0o666)
    return path


def node_state(path: Path) -> tuple[int, int, int]:
    """Kind, mode and owner of ``path`` itself (not following a link)."""
    st = os.lstat(path)
    return stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode), st.st_uid


def cli(*args: str, user: int | None = None, timeout: float | None = None) -> Completed:
    """``myna-prep ARGS`` in this process; as ``user`` (65534, from any checkout) or with a
    ``timeout`` (a file that might block a read) in a fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    if user is None and timeout is None:
        return run_in_process(*args)
    if user is not None:
        command, extra, cwd = app_command()
        env.update(extra, HOME="/tmp")
        done = as_other_user(*command, *args, env=env, timeout=timeout or 120, cwd=cwd)
    else:
        done = subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT, check=False,
        )  # fmt: skip
    return Completed(done.returncode, done.stdout, done.stderr)


@contextlib.contextmanager
def shared_dir() -> Iterator[Path]:
    """A folder every local user can reach and write (mode 1777, like /tmp), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="myna-prep-shared-", dir="/tmp"))
    os.chmod(folder, 0o1777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
