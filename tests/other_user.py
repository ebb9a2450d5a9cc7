"""Acting as another local user (uid/gid 65534, "nobody") through ``setpriv``; root only.

That user may not reach this checkout or its interpreter (a clone under /root is 0700), so
:func:`app_command` checks once and, when needed, mirrors what the app needs into a world-readable
folder under /tmp: hard links of the site-packages and of app/ (with resources/ as app/_resources, as
the wheel installs it), run by a Python that user can execute. Removed at exit.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import site
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OTHER_UID = 65534
IS_ROOT = os.name == "posix" and os.geteuid() == 0
needs_other_user = pytest.mark.skipif(
    not IS_ROOT or shutil.which("setpriv") is None,
    reason="acting as another user needs root and setpriv (util-linux)",
)


def as_other_user(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``args`` as uid/gid 65534 with no supplementary groups."""
    return subprocess.run(
        setpriv(*args), capture_output=True, text=True, timeout=timeout, env=env, cwd=cwd or "/", check=False
    )


def setpriv(*args: str) -> list[str]:
    return ["setpriv", "--reuid", str(OTHER_UID), "--regid", str(OTHER_UID), "--clear-groups", *args]


def _runs(*args: str, cwd: Path = Path("/")) -> bool:
    return as_other_user(*args, timeout=60, cwd=cwd).returncode == 0


@functools.cache
def readable_python() -> str:
    """A Python of our version that the other user can run (ours, its base, or the system's)."""
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    check = f"import sys; sys.exit(sys.version_info[:2] != ({sys.version_info[0]}, {sys.version_info[1]}))"
    candidates = [
        sys.executable,
        getattr(sys, "_base_executable", sys.executable),
        os.path.realpath(sys.executable),
        f"/usr/bin/python{version}",
        f"/usr/local/bin/python{version}",
    ]
    for candidate in dict.fromkeys(candidates):
        if Path(candidate).exists() and _runs(candidate, "-I", "-c", check):
            return candidate
    pytest.skip(f"no Python {version} that uid {OTHER_UID} can run")


@functools.cache
def app_command() -> tuple[tuple[str, ...], dict[str, str], Path]:
    """(``python -m app`` as the other user can run it, extra environment, working folder)."""
    if _runs(sys.executable, "-c", "import app.cli, PySide6.QtCore, sqlmodel", cwd=ROOT):
        return (sys.executable, "-m", "app"), {}, ROOT
    mirror = Path(tempfile.mkdtemp(prefix="myna-prep-other-user-", dir="/tmp"))
    atexit.register(shutil.rmtree, mirror, True)
    skip = shutil.ignore_patterns("__pycache__", "*.pth", "__editable__*")
    paths = []
    for index, folder in enumerate(p for p in site.getsitepackages() if Path(p).is_dir()):
        _link_tree(Path(folder), mirror / f"site{index}", skip)
        paths.append(str(mirror / f"site{index}"))
    _link_tree(ROOT / "app", mirror / "code" / "app", skip)
    _link_tree(ROOT / "resources", mirror / "code" / "app" / "_resources", skip)
    for folder, dirs, _files in os.walk(mirror):
        for name in [".", *dirs]:
            os.chmod(Path(folder, name), 0o755)
    env = {"PYTHONPATH": os.pathsep.join([str(mirror / "code"), *paths])}
    return (readable_python(), "-s", "-m", "app"), env, mirror / "code"


def _link_tree(source: Path, target: Path, ignore: object) -> None:
    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:  # another file system: a copy
            shutil.copy2(src, dst)

    shutil.copytree(source, target, ignore=ignore, copy_function=link_or_copy)  # type: ignore[arg-type]
