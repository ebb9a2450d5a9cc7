"""Read the running app's AT-SPI tree (run with Debian's /usr/bin/python3, which has pyatspi).

Usage: atspi_dump.py APP_NAME KEYS=PAGE [KEYS=PAGE ...]
For each KEYS (an xdotool key name such as ``alt+2``, which opens STEP1): press it in the app's
window (a window manager gives it focus), wait until the page named PAGE shows, then print the tree of the window's showing objects, one line each: depth, role, name, and the states and label
relations a screen reader reports. Waits up to 60 s for the app to appear on the bus.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

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


def line(node: object, depth: int) -> str:
    role = node.getRoleName()
    states = node.getState()
    marks = [word for state, word in STATES.items() if states.contains(state)]
    labels = [
        target.name
        for relation in node.getRelationSet()
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for target in (relation.getTarget(i) for i in range(relation.getNTargets()))
    ]
    text = f"{'  ' * depth}[{role}] {node.name!r}"
    if labels:
        text += f" labelled-by={labels!r}"
    if marks:
        text += " {" + ",".join(marks) + "}"
    return text


def walk(node: object, depth: int, out: list[str]) -> None:
    if depth > 0 and not node.getState().contains(pyatspi.STATE_SHOWING):
        return
    out.append(line(node, depth))
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, depth + 1, out)


def find(node: object, role: str, name: str) -> object | None:
    if node.getRoleName() == role and (not name or node.name == name):
        return node
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        found = find(child, role, name) if child is not None else None
        if found is not None:
            return found
    return None


def showing_page(window: object, page: str) -> bool:
    found = find(window, "filler", page)
    return found is not None and found.getState().contains(pyatspi.STATE_SHOWING)


def settled(window: object, page: str) -> list[str]:
    """The window's tree once ``page`` shows and the tree stopped changing (polled, up to 60 s:
    the page is built and laid out in the app's own time)."""
    deadline = time.monotonic() + 60
    last: list[str] = []
    while time.monotonic() < deadline:
        if showing_page(window, page):
            out: list[str] = []
            walk(window, 0, out)
            if out == last:
                return out
            last = out
        time.sleep(0.5)
    raise SystemExit(f"the page {page!r} did not show")


def wait_active(window: object) -> None:
    deadline = time.monotonic() + 60
    while not window.getState().contains(pyatspi.STATE_ACTIVE):
        if time.monotonic() > deadline:
            raise SystemExit("the window never became active")
        time.sleep(0.3)


def main(argv: list[str]) -> int:
    app = find_app(argv[1])
    window = app.getChildAtIndex(0)
    subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", argv[1], "windowactivate", "%1"],
        check=False,  # some matches (Qt's hidden helper windows) cannot be activated
        timeout=30,
    )
    wait_active(window)
    for request in argv[2:]:
        keys, page = request.split("=", 1)
        subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True, timeout=30)
        out = settled(window, page)
        print(f"=== {keys} {page}")
        print("\n".join(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
