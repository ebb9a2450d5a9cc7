"""The real AT-SPI tree, as a screen reader on Linux reads it (issue 27).

The app runs from the venv in a real X server (Xvfb, openbox) with its own D-Bus session and
accessibility bus; Debian's python3 with pyatspi (tests/ui/atspi_dump.py) presses Alt+2, Alt+4,
Alt+7, Alt+8 and reads STEP1, STEP3, 準備完了 and 代理人設定. Needs the Debian packages xvfb,
openbox, xdotool, dbus, at-spi2-core and python3-pyatspi (.ci/run installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from app import i18n
from app.domain.steps import STEPS, StepId
from app.ui.widgets import domain_texts
from tests.ui.test_accessibility_tree import seed

DUMP = Path(__file__).with_name("atspi_dump.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PAGES = (StepId.STEP1, StepId.STEP3, StepId.READY, StepId.DELEGATION)
TABS = 24  # more than the stops of STEP1's window: the round comes back to its start
CONTROLS = ("push button", "check box", "radio button", "text", "spin button", "combo box", "link")


def _missing() -> list[str]:
    tools = ["Xvfb", "openbox", "xdotool", "dbus-run-session"]
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or bool(_missing()), reason=f"AT-SPI stack missing: {_missing()}"
)

SESSION = """
{launcher} --launch-immediately &
BUS=$!
openbox >"$DATA_DIR/openbox.log" 2>&1 &
WM=$!
"$APP_PYTHON" -m app --data-dir "$DATA_DIR" --lang "$APP_LANG" >"$DATA_DIR/app.log" 2>&1 &
APP=$!
{python} "$DUMP" "Myna Prep" "$@"
STATUS=$?
kill $APP $WM $BUS 2>/dev/null
wait $APP 2>/dev/null
exit $STATUS
"""


def page_name(step: StepId, lang: str) -> str:
    i18n.install(lang)
    try:
        return domain_texts.step_label(next(s for s in STEPS if s.id is step))
    finally:
        i18n.install("ja")


def run_dump(tmp_path: Path, lang: str) -> dict[str, list[str]]:
    data = tmp_path / lang
    data.mkdir()
    seed(data)
    (data / "settings.ini").write_text("[setup]\ndone=true\n[window]\npage=step0\n", encoding="utf-8")
    xvfb = subprocess.Popen(  # -noreset: a server resets when its last client leaves, refusing
        # clients meanwhile (the bus launcher reads the display and leaves as openbox connects)
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert xvfb.stdout is not None
        display = xvfb.stdout.readline().decode().strip()
        requests = [
            f"alt+{[s.id for s in STEPS].index(step) + 1}={page_name(step, lang)}" for step in PAGES
        ]
        requests.insert(1, f"tabs={TABS}")  # on STEP1: Tab round the whole window, keyboard only
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "DBUS_", "AT_SPI"))
        }
        env.update(
            DISPLAY=f":{display}",
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            APP_PYTHON=sys.executable,
            APP_LANG=lang,
            DATA_DIR=str(data),
            DUMP=str(DUMP),
        )
        script = SESSION.format(launcher=BUS_LAUNCHER, python=SYSTEM_PYTHON)
        result = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", script, "session", *requests],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).resolve().parents[2],
            check=False,
        )
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)
        if xvfb.stdout is not None:
            xvfb.stdout.close()
    logs = "".join(f"\n--- {log}\n" + (data / log).read_text()[-2000:] for log in ("app.log", "openbox.log"))
    assert result.returncode == 0, result.stderr[-3000:] + logs
    pages: dict[str, list[str]] = {}
    current: list[str] = []
    for line in result.stdout.splitlines():
        if line.startswith("=== tabs"):
            current = pages.setdefault("tabs", [])
        elif line.startswith("=== "):
            current = pages.setdefault(line.split(" ", 2)[2], [])
        else:
            current.append(line)
    for title, lines in pages.items():  # for review: readable dumps beside the test's files
        (tmp_path / f"atspi-{lang}-{title}.txt").write_text(readable(parsed(lines)), encoding="utf-8")
    return pages


Node = tuple[int, str, str, str]  # depth, role, name, labels and states as text


def parsed(lines: list[str]) -> list[Node]:
    nodes = []
    for line in lines:
        node = json.loads(line)
        rest = " ".join(node["states"])
        if node["labels"]:
            rest += " labelled-by=" + " / ".join(node["labels"])
        nodes.append((node["depth"], node["role"], node["name"], rest))
    return nodes


def readable(nodes: list[Node]) -> str:
    """The tree as a person reads it in the report: indented role, name, states."""
    return "\n".join(f"{'  ' * d}[{role}] {name}  {rest}".rstrip() for d, role, name, rest in nodes)


def page_subtree(nodes: list[Node], page: str) -> list[Node]:
    start = next(i for i, (_d, role, name, _r) in enumerate(nodes) if role == "filler" and name == page)
    depth = nodes[start][0]
    end = next((i for i in range(start + 1, len(nodes)) if nodes[i][0] <= depth), len(nodes))
    return nodes[start:end]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_screen_reader_reads_the_pages(qapp: object, tmp_path: Path, lang: str) -> None:
    pages = run_dump(tmp_path, lang)
    tab_order = [json.loads(line) for line in pages.pop("tabs", [])]
    assert len(tab_order) == TABS and len(pages) == len(PAGES)
    heard = [(stop["role"], stop["name"]) for stop in tab_order]
    heard = heard[: next((i for i in range(1, len(heard)) if heard[i] == heard[0]), len(heard))]  # a round
    links = [i for i, (role, _n) in enumerate(heard) if role == "link"]
    ticks = [i for i, (role, _n) in enumerate(heard) if role == "check box"]
    back = [i for i, (role, _n) in enumerate(heard) if role == "push button" and links and i > links[-1]]
    assert links and ticks and back, heard  # the guide's links are Tab stops, each read as a link
    assert ticks[-1] < links[0]  # 今やること above the guide: its ticks first
    assert len(set(heard)) == len(heard)  # each stop once per round, none unnamed
    assert all(name for _r, name in heard), heard
    for step in PAGES:
        name = page_name(step, lang)
        nodes = page_subtree(parsed(pages[name]), name)
        roles = Counter(role for _d, role, _n, _r in nodes)
        headings = [n for _d, role, n, _r in nodes if role == "heading"]
        assert headings and all(headings), f"{name}: headings {headings}"
        assert roles["document frame"] == 1, name
        assert roles["paragraph"] + roles["list item"] >= 3, name
        # every control named, and no two alike on the page (combo boxes: by their labels)
        names = []
        for _d, role, text, rest in nodes:
            if role in CONTROLS and "focusable" in rest:
                spoken = rest.split("labelled-by=", 1)[-1] if role == "combo box" else text
                assert spoken.strip(), f"{name}: an unnamed {role}"
                names.append((role, spoken))
        twice = [n for n, count in Counter(names).items() if count > 1]
        assert not twice, f"{name}: {twice}"
    step1 = page_subtree(parsed(pages[page_name(StepId.STEP1, lang)]), page_name(StepId.STEP1, lang))
    assert any(role == "link" for _d, role, _n, _r in step1)
    step3 = page_subtree(parsed(pages[page_name(StepId.STEP3, lang)]), page_name(StepId.STEP3, lang))
    radios = [(n, rest) for _d, role, n, rest in step3 if role == "radio button"]
    assert radios and any("checked" in rest for _n, rest in radios)
    groups = [i for i, (_d, role, _n, _r) in enumerate(step3) if role == "radio button"]
    for index in groups:  # each radio button sits in a named panel
        depth = step3[index][0]
        parent = next(step3[i] for i in range(index, -1, -1) if step3[i][0] == depth - 1)
        assert parent[1] == "panel" and parent[2], parent
    delegation = page_subtree(
        parsed(pages[page_name(StepId.DELEGATION, lang)]), page_name(StepId.DELEGATION, lang)
    )
    cards = [n for d, role, n, _r in delegation if role == "panel" and ("妻" in n or "子" in n)]
    assert len(cards) >= 2, cards
