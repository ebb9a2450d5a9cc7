"""Issue 27's crash: open and close the card panel, visit the pages, switch the language.

The cause: walking Qt's focus chain with ``nextInFocusChain()`` makes PySide6 record each widget it
returns as a wrapper-child of the one it was called on. When focus left the closed card sheet, the
window walked the chain; when a page's placeholder on that chain was deleted, shiboken invalidated the
wrappers it believed it owned — the menu bar and the window's menus — though Qt kept them. The next
language switch raised inside ``changeEvent`` and shiboken crashed while reporting it.

The first test holds the cause in process (offscreen); the second drives the reported sequence in a
real window (the xcb platform under Xvfb, keys from xdotool), in both languages.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.ui.application import build_window
from app.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    i18n.install("ja")
    win = build_window(tmp_path, "ja")
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    try:
        yield win
    finally:
        i18n.install("ja")


def _menus(win: MainWindow) -> list[QMenu]:
    return [win.file_menu, win.view_menu, win.help_menu]


def test_tab_order_leaves_the_menu_wrappers_alone(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.menuBar()
    window.tab_order()  # what Qt asks for when the focused widget is hidden (the card sheet closing)
    window.focusNextPrevChild(True)
    window.show_page(1)  # builds STEP1 and deletes its placeholder
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shiboken6.isValid(bar)
    assert all(shiboken6.isValid(menu) for menu in _menus(window))
    i18n.install("en")
    assert window.file_menu.title() == "&File"
    i18n.install("ja")
    assert window.file_menu.title() == "ファイル(&F)"


def test_tab_stops_follow_reading_order(window: MainWindow) -> None:
    order = window.tab_order()
    assert order, "no tab stops"
    page = [w for w in order if window.stack.currentWidget().isAncestorOf(w)]
    tops = [w.mapTo(window, w.rect().topLeft()).y() for w in page]
    lefts = [w.mapTo(window, w.rect().topLeft()).x() for w in page]
    for i in range(1, len(page)):
        above = tops[i] < tops[i - 1] and (tops[i] + page[i].height()) <= tops[i - 1]
        assert not above, f"{page[i].objectName()} comes after {page[i - 1].objectName()} but sits above it"
    assert len(set(zip(tops, lefts, strict=True))) == len(page)
    hidden = [w for w in order if not isinstance(w, QWidget) or not w.isVisible()]
    assert not hidden


# ----- the reported sequence in a real window ---------------------------------------------------------
def _tools() -> str | None:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    return f"needs {', '.join(missing)} (Debian: xvfb xdotool)" if missing else None


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    reason = _tools()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        # -noreset: an X server resets when its last client leaves and refuses clients meanwhile
        # (xdotool looking for the window before the app has connected)
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()  # Xvfb writes the display number once it accepts clients
    try:
        yield f":{number}"
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


def _sample_household(data: Path) -> None:
    sys.path.insert(0, str(ROOT / "docs"))
    try:
        from make_screenshots import sample_household
    finally:
        sys.path.remove(str(ROOT / "docs"))
    sample_household(data)
    (data / "settings.ini").write_text("[setup]\ndone=true\n", encoding="utf-8")


def _xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    return done.stdout.strip()


def _poll(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _focused_window(env: dict[str, str], app: subprocess.Popen[bytes], log: Path) -> str:
    """The app's main window once it has the keyboard (keys typed before that would be lost)."""
    found: list[str] = []

    def shown() -> bool:
        assert app.poll() is None, log.read_text(encoding="utf-8", errors="replace")
        found[:] = _xdotool(env, "search", "--onlyvisible", "--pid", str(app.pid)).splitlines()
        return bool(found)

    assert _poll(shown, 60), "the window never showed"
    window = found[0]

    def focused() -> bool:
        _xdotool(env, "windowfocus", "--sync", window)
        return _xdotool(env, "getwindowfocus") == window

    assert _poll(focused, 30), "the window never got the keyboard"
    return window


@pytest.mark.slow
@pytest.mark.parametrize("start", ["ja", "en"])
def test_language_switch_after_the_card_panel_in_a_real_window(
    display: str, tmp_path: Path, start: str
) -> None:
    data = tmp_path / "data"
    _sample_household(data)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "MYNA_PREP_DATA_DIR": str(data)}
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")
    (tmp_path / "runtime").mkdir(mode=0o700)
    other = "en" if start == "ja" else "ja"
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        app = subprocess.Popen(
            [sys.executable, "-X", "faulthandler", "-m", "app", "--lang", start],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        win = _focused_window(env, app, log)
        # Typed as a person would (XTEST), in order: X queues them and Qt handles them in turn.
        _xdotool(env, "key", "--delay", "150", "ctrl+shift+r", "Escape", *(f"alt+{n}" for n in range(1, 9)))

        def windows() -> int:
            return len(_xdotool(env, "search", "--onlyvisible", "--pid", str(app.pid)).splitlines())

        def switched() -> bool:
            assert app.poll() is None, log.read_text(encoding="utf-8", errors="replace")
            return ("Preparation" in _xdotool(env, "getwindowname", win)) == (other == "en")

        # View ▸ 言語 / Language ▸ 日本語 | English | follow the system. Menus open as windows of their
        # own, and on a busy machine a key can reach the menu before the submenu takes the keyboard;
        # then the person looks and chooses again (Home first, so the same keys choose the same entry).
        entry = ["Home", "Down"] if other == "en" else ["Home"]
        # The choice is typed only once the submenu shows: typed earlier (a busy app still building the
        # pages Alt+1…8 asked for), Return would reach the window instead and press its focused button.
        # Each attempt opens the menus afresh: a submenu opened while the app was starved of CPU can
        # show without taking the keyboard (its parent menu gets the keys), and stays so.
        for _attempt in range(8):
            _xdotool(env, "key", "--delay", "150", "Escape", "Escape", "Escape")
            _poll(lambda: windows() < 2, 10)
            _xdotool(env, "key", "--delay", "150", "alt+v", "l")
            if not _poll(lambda: windows() >= 3, 30):
                continue
            _xdotool(env, "key", "--delay", "150", *entry, "Return")
            if _poll(switched, 15):
                break
        assert switched(), _xdotool(env, "getwindowname", win)
        assert app.poll() is None
    finally:
        app.terminate()
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
