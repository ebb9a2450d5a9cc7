"""One list of Debian packages (packaging/debian-packages.txt): the README quotes it, .ci/run installs
from it, packaging/build-linux checks it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("install", "run", "start", "test", "build")


def packages(*sections: str) -> list[str]:
    found = []
    for line in (ROOT / "packaging" / "debian-packages.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            section, name, *why = line.split()
            assert section in SECTIONS and why, line  # every package says why it is there
            if section in sections:
                found.append(name)
    return found


def test_the_readme_table_is_the_list() -> None:
    row = next(line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| Debian / Ubuntu |"))  # fmt: skip
    commands = [c.split() for c in re.findall(r"`sudo apt install ([^`]+)`", row)]
    assert commands == [packages("install", "run", "start"), packages("test")]


def test_ci_and_the_linux_build_read_the_list() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    build = (ROOT / "packaging" / "build-linux").read_text(encoding="utf-8")
    assert "/^(install|run|start|test)$/" in ci and "packaging/debian-packages.txt" in ci
    assert "/^(install|run|start|build)$/" in build and "packaging/debian-packages.txt" in build
    assert "APT_PACKAGES=(" not in ci  # no second list


def test_what_a_fresh_machine_lacked_is_listed() -> None:
    """Found missing on a fresh Debian 12 (issue 21): the venv, Qt offscreen and on X11, the tests."""
    listed = set(packages(*SECTIONS))
    assert {
        "python3-venv", "libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3",
        "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0",
        "libxcb-xkb1", "libxkbcommon-x11-0", "desktop-file-utils", "appstream",
    } <= listed  # fmt: skip
