"""Read the running app's AT-SPI tree (run with Debian's /usr/bin/python3, which has pyatspi).

Usage: atspi_dump.py APP_NAME KEYS=PAGE|tabs=N [...]
For each KEYS (an xdotool key name such as ``alt+2``, which opens STEP1): press it in the app's
window (a window manager gives it focus), wait until the page named PAGE shows, then print the
tree of the page's showing objects, one JSON line each: depth, role, name, and the states and
label relations a screen reader reports. ``tabs=N`` presses Tab N times and prints, after each
press, the object that has keyboard focus (the Tab order as a screen reader hears it). Waits up to
60 s for the app to appear on the bus.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

STATES = {
    pyatspi.STATE_CHECKED: "checked",
    pyatspi.STATE_FOCUSED: "focused",
    pyatspi.STATE_FOCUSABLE: "focusable",
    pyatspi.STATE_SELECTED: "selected",
}


def find_app(name: str) -> object:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.3)
    names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
    raise SystemExit(f"no application {name!r} on the accessibility bus: {names}")


def line(node: object, depth: int, states: object | None = None) -> str:
    """One node as a JSON object: depth, role, name, the names of its labels, its states
    (``states``: the node's state set when the caller has just read it, one D-Bus call saved)."""
    if states is None:
        states = node.getState()
    labels = [
        target.name
        for relation in node.getRelationSet()
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for target in (relation.getTarget(i) for i in range(relation.getNTargets()))
    ]
    return json.dumps(
        {
            "depth": depth,
            "role": node.getRoleName(),
            "name": node.name,
            "labels": labels,
            "states": [word for state, word in STATES.items() if states.contains(state)],
        },
        ensure_ascii=False,
    )


def walk(node: object, depth: int, out: list[str]) -> None:
    states = node.getState()
    if depth > 0 and not states.contains(pyatspi.STATE_SHOWING):
        return
    out.append(line(node, depth, states))
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, depth + 1, out)


def find_page(node: object, page: str, depth: int = 0) -> tuple[object, int] | None:
    """The showing filler named ``page`` below ``node`` and its depth (stops at the first found)."""
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
            continue
        if child.getRoleName() == "filler" and child.name == page:
            return child, depth + 1
        found = find_page(child, page, depth + 1)
        if found is not None:
            return found
    return None


def settled(window: object, page: str) -> list[str]:
    """The page's tree once it shows and stopped changing: two walks in a row alike (polled, up to
    60 s: the page is built and laid out in the app's own time). Only the page is walked (the
    test reads nothing else), and only its showing objects."""
    deadline = time.monotonic() + 60
    last: list[str] = []
    while time.monotonic() < deadline:
        window.clear_cache()  # every read from the app, none from libatspi's copy
        found = find_page(window, page)
        if found is not None:
            out: list[str] = []
            walk(*found, out)
            if out == last:
                return out
            last = out
        time.sleep(0.1)
    raise SystemExit(f"the page {page!r} did not show")


def main_window(app: object) -> object | None:
    """The app's showing frame: the first child may be another top level (a popup made early)."""
    for index in range(app.childCount):
        child = app.getChildAtIndex(index)
        showing = child is not None and child.getState().contains(pyatspi.STATE_SHOWING)
        if showing and child.getRoleName() == "frame":
            return child
    return None


def activate(app: object, title: str) -> object:
    """The main window, given keyboard focus (asked again until the window manager has started
    and the window shows). Its state is read afresh each time: libatspi keeps a state set it was
    told of, and a window activated before this client listened stayed 'not active' in that copy."""
    deadline = time.monotonic() + 120
    answer = ""
    while True:
        window = main_window(app)
        if window is not None:
            window.clear_cache()
            if window.getState().contains(pyatspi.STATE_ACTIVE):
                return window
        if time.monotonic() > deadline:
            tops = [(top.getRoleName(), top.name) for top in map(app.getChildAtIndex, range(app.childCount))]
            raise SystemExit(f"the window never became active; top levels {tops}; xdotool: {answer}")
        done = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", title, "windowactivate", "%1"],
            check=False,  # refused while the window manager starts: asked again
            capture_output=True,
            text=True,
            timeout=30,
        )
        answer = done.stderr.strip()[-300:]
        time.sleep(0.5)


def focused(node: object, depth: int = 0) -> object | None:
    states = node.getState()
    if depth > 0 and not states.contains(pyatspi.STATE_SHOWING):
        return None
    for index in range(node.childCount):  # the deepest focused object: a link, not its document
        child = node.getChildAtIndex(index)
        found = focused(child, depth + 1) if child is not None else None
        if found is not None:
            return found
    if depth > 0 and states.contains(pyatspi.STATE_FOCUSED) and node.getRoleName() != "list item":
        return node
    return None


class FocusEvents:
    """The objects the app says took keyboard focus (``object:state-changed:focused``), read by
    pumping GLib's default context, where libatspi receives the app's D-Bus signals. While it
    listens libatspi keeps copies of what it was told; every read here clears them first."""

    EVENT = "object:state-changed:focused"

    def __init__(self) -> None:
        self.sources: list[object] = []
        pyatspi.Registry.registerEventListener(self._heard, self.EVENT)

    def close(self) -> None:
        pyatspi.Registry.deregisterEventListener(self._heard, self.EVENT)

    def _heard(self, event: object) -> None:
        if event.detail1:
            self.sources.append(event.source)

    def focused_now(self) -> object | None:
        """The deepest object still focused below the latest source heard (None: nothing heard)."""
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass
        heard, self.sources = self.sources, []
        for source in reversed(heard):
            source.clear_cache()
            node = focused(source, 1)  # a late signal for an earlier stop is focused no more
            if node is not None:
                return node
        return None


def tabs(window: object, count: int) -> list[str]:
    """Press Tab ``count`` times; after each, the focused object: from the app's focus signal, or,
    when none came within a second (a link inside the guide moves focus within one widget), from a
    walk of the window (polled until focus moved to an object: a read while the app moves focus
    may find none)."""
    events = FocusEvents()
    out = []
    node = focused(window)
    before = line(node, 0) if node is not None else ""
    try:
        for _ in range(count):
            events.focused_now()  # what was heard before this press
            subprocess.run(["xdotool", "key", "Tab"], check=True, timeout=30)
            pressed = time.monotonic()
            now = before
            while (now == before or not now) and time.monotonic() < pressed + 30:
                time.sleep(0.02)
                node = events.focused_now()
                if node is None and time.monotonic() > pressed + 1:
                    window.clear_cache()
                    node = focused(window)
                now = line(node, 0) if node is not None else ""
            out.append(now)
            before = now
    finally:
        events.close()
        window.clear_cache()
    return out


def main(argv: list[str]) -> int:
    # a reply may take longer than libatspi's 0.8 s once the app has run 15 s (a loaded machine,
    # a page being built): wait for it rather than fail the read
    pyatspi.setTimeout(30_000, 60_000)
    app = find_app(argv[1])
    window = activate(app, argv[1])
    for request in argv[2:]:
        keys, page = request.split("=", 1)
        if keys == "tabs":
            print(f"=== tabs {page}")
            print("\n".join(tabs(window, int(page))), flush=True)
            continue
        subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True, timeout=30)
        out = settled(window, page)
        print(f"=== {keys} {page}")
        print("\n".join(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
