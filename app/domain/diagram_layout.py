"""The geometry of the overview diagram: where each box, line and label goes. Pure (no Qt), so tests
can check that nothing overlaps for any household.

Rows top to bottom (prerequisites, people, マイナポータル, services, issuers, the end). A row that does
not fit the width takes two lines in a brick pattern: the second line is shifted by half a pitch, so
the vertical lines of one line pass through the gaps of the other. Lines are routed at right angles
through the gap between rows; each edge carries a label ("chip") on a stretch of line that is its
own: under its source when several edges meet at one target, else above its target. The line stops
at the chip's border (never crosses it). The edge to the last row runs down a lane on the left.
Text is wrapped only at spaces and at the break hints the caller puts in (U+200B), never inside a word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

BREAK = "\u200b"  # a place where a title may wrap (zero-width space)

Measure = Callable[[str, int], float]  # text width in pixels at a pixel size

TITLE_PX, SUB_PX, STATUS_PX, CHIP_PX = 15, 12, 13, 12
TITLE_LH, SUB_LH, STATUS_LH, CHIP_LH = 20.0, 16.0, 18.0, 16.0
PAD = 9.0  # inside a box
GAP = 18.0  # between boxes of one line
MARGIN = 6.0  # around chips and lines
LANE = 14.0  # x of the left lane (edge to the last row)
LEFT = 34.0  # rows start right of the lane
RIGHT = 8.0
TOP = 8.0
BUS_STEP = 8.0  # distance between the horizontal runs of different groups in one gap
MIN_NODE_W = 104.0
MIN_ROW_GAP = 28.0  # between rows, even without lines
WRAP_W = 124.0  # wrap titles at this width (a longer word widens its box instead)
SUB_WRAP_W = 110.0  # subtitles and labels wrap sooner: the boxes of a row stay narrow
CHIP_WRAP_W = 96.0


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )

    def crossed_by(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """Whether the axis-parallel segment a–b passes through this rectangle's inside."""
        (x1, y1), (x2, y2) = a, b
        if x1 == x2:
            return self.x < x1 < self.right and max(min(y1, y2), self.y) < min(max(y1, y2), self.bottom)
        return self.y < y1 < self.bottom and max(min(x1, x2), self.x) < min(max(x1, x2), self.right)


@dataclass(frozen=True, slots=True)
class NodeText:
    key: str
    row: int
    title: str
    subtitle: str
    status: str  # the symbol and the word, e.g. "✓ 完了"


@dataclass(frozen=True, slots=True)
class EdgeText:
    source: str
    target: str
    label: str


@dataclass(frozen=True, slots=True)
class PlacedNode:
    key: str
    rect: Rect
    title_lines: tuple[str, ...]
    subtitle_lines: tuple[str, ...]
    status: str


@dataclass(frozen=True, slots=True)
class PlacedEdge:
    source: str
    target: str
    points: tuple[tuple[float, float], ...]  # the polyline, the chip cut out of it below
    label_lines: tuple[str, ...]
    label: Rect
    segments: tuple[tuple[tuple[float, float], tuple[float, float]], ...]  # what is drawn


@dataclass(frozen=True, slots=True)
class Layout:
    nodes: tuple[PlacedNode, ...]
    edges: tuple[PlacedEdge, ...]
    width: float
    height: float

    def node(self, key: str) -> PlacedNode:
        return next(n for n in self.nodes if n.key == key)


def wrap(text: str, width: float, px: int, measure: Measure) -> tuple[str, ...]:
    """Greedy wrap at spaces and break hints; a word wider than ``width`` stays whole on its line."""
    if not text:
        return ()
    lines: list[str] = []
    for paragraph in text.split("\n"):
        tokens: list[str] = []
        for part in paragraph.split(" "):
            pieces = part.split(BREAK)
            tokens += [p + ("" if i == len(pieces) - 1 else BREAK) for i, p in enumerate(pieces)]
            tokens[-1] += " "
        line = ""
        for token in tokens:
            candidate = line + token
            if line and measure(candidate.rstrip(" ").replace(BREAK, ""), px) > width:
                lines.append(line)
                line = token
            else:
                line = candidate
        lines.append(line)
    return tuple(s.replace(BREAK, "").strip() for s in lines if s.replace(BREAK, "").strip())


def _text_w(lines: Sequence[str], px: int, measure: Measure) -> float:
    return max((measure(s, px) for s in lines), default=0.0)


@dataclass(slots=True)
class _Box:
    node: NodeText
    title: tuple[str, ...]
    sub: tuple[str, ...]
    w: float
    h: float
    x: float = 0.0
    y: float = 0.0
    line: int = 0


def _box(node: NodeText, measure: Measure) -> _Box:
    title = wrap(node.title, WRAP_W, TITLE_PX, measure)
    sub = wrap(node.subtitle, SUB_WRAP_W, SUB_PX, measure)
    inner = max(
        _text_w(title, TITLE_PX, measure), _text_w(sub, SUB_PX, measure), measure(node.status, STATUS_PX)
    )
    h = 2 * PAD + len(title) * TITLE_LH + len(sub) * SUB_LH + STATUS_LH
    return _Box(node, title, sub, max(MIN_NODE_W, inner + 2 * PAD), h)


def _chip(label: str, max_w: float, measure: Measure) -> tuple[tuple[str, ...], float, float]:
    lines = wrap(label, max_w, CHIP_PX, measure) or ("",)
    return lines, _text_w(lines, CHIP_PX, measure) + 2 * 6.0, len(lines) * CHIP_LH + 4.0


def layout(nodes: Sequence[NodeText], edges: Sequence[EdgeText], width: float, measure: Measure) -> Layout:
    """Place ``nodes`` and route ``edges`` for a drawing ``width`` pixels wide (see the module doc).

    The result may be wider than ``width`` only when a row cannot fit in two lines even then."""
    boxes = {n.key: _box(n, measure) for n in nodes}
    rows = sorted({n.row for n in nodes})
    in_count: dict[str, int] = {}
    for e in edges:
        in_count[e.target] = in_count.get(e.target, 0) + 1
    lane_edges = [e for e in edges if boxes[e.target].node.row - boxes[e.source].node.row > 1]
    row_edges = [e for e in edges if e not in lane_edges]

    # uniform box size per row; pitch wide enough for every chip of the edges that touch the row
    row_members: dict[int, list[_Box]] = {r: [b for b in boxes.values() if b.node.row == r] for r in rows}
    row_w = {r: max(b.w for b in row_members[r]) for r in rows}
    for e in row_edges:
        fan_in = in_count[e.target] > 1
        owner_row = boxes[e.source if fan_in else e.target].node.row
        _, cw, _ = _chip(e.label, CHIP_WRAP_W, measure)
        row_w[owner_row] = max(row_w[owner_row], cw + 2 * MARGIN - GAP)
    row_h = {r: max(b.h for b in row_members[r]) for r in rows}

    usable = max(width - LEFT - RIGHT, 0.0)
    total_w = width
    row_lines: dict[int, int] = {}
    for r in rows:
        count, w = len(row_members[r]), row_w[r]
        pitch = w + GAP
        single = max(1, int((usable + GAP) // pitch))
        lines = 1 if count <= single else 2
        first = count if lines == 1 else (count + 1) // 2
        row_lines[r] = lines
        need = first * pitch - GAP
        if lines == 2:
            need = max(need, (count - first) * pitch - GAP + pitch / 2)
        total_w = max(total_w, LEFT + need + RIGHT)
        for i, b in enumerate(row_members[r]):
            b.line = 0 if i < first else 1
    usable = total_w - LEFT - RIGHT

    def chip_h(e: EdgeText) -> float:
        fan_in = in_count[e.target] > 1
        owner = boxes[e.source if fan_in else e.target]
        return _chip(e.label, row_w[owner.node.row] + GAP - 2 * MARGIN, measure)[2]

    # vertical positions: per row and line; zones for chips and buses in the gaps
    y = TOP
    line_y: dict[tuple[int, int], float] = {}
    bus_y: dict[str, float] = {}  # group key -> y of its horizontal run
    for index, r in enumerate(rows):
        for line in range(row_lines[r]):
            # chips above targets on this line (fan-out edges into it)
            above = [
                e
                for e in row_edges
                if boxes[e.target].node.row == r and in_count[e.target] == 1 and boxes[e.target].line == line
            ]
            if index > 0 or line > 0:
                y += max((chip_h(e) for e in above), default=0.0) + 2 * MARGIN if above else MARGIN
            line_y[(r, line)] = y
            y += row_h[r]
            # chips under sources on this line (fan-in edges out of it)
            under = [
                e
                for e in row_edges
                if boxes[e.source].node.row == r and in_count[e.target] > 1 and boxes[e.source].line == line
            ]
            if under:
                y += max(chip_h(e) for e in under) + 2 * MARGIN
        if index + 1 < len(rows):
            groups = _groups([e for e in row_edges if boxes[e.source].node.row == r], in_count)
            start = y
            y += MARGIN
            for g in groups:
                bus_y[g] = y
                y += BUS_STEP
            y = max(y + MARGIN, start + MIN_ROW_GAP)
    height = y + TOP

    # horizontal positions: a brick pattern, each line centred; a row fed from the row above in
    # one-to-one fashion follows its sources' order, so its lines do not cross each other
    sources: dict[str, str] = {e.target: e.source for e in row_edges if in_count[e.target] == 1}
    for r in rows:
        members = row_members[r]
        if all(b.node.key in sources for b in members):
            members.sort(key=lambda b: boxes[sources[b.node.key]].x)
            first = (len(members) + 1) // 2 if row_lines[r] == 2 else len(members)
            for i, b in enumerate(members):
                b.line = 0 if i < first else 1
        w = row_w[r]
        pitch = w + GAP
        counts = [sum(1 for b in members if b.line == k) for k in range(row_lines[r])]
        widest = max(c * pitch - GAP + (pitch / 2 if k == 1 else 0) for k, c in enumerate(counts))
        x0 = LEFT + (usable - widest) / 2
        seen = [0] * row_lines[r]
        for b in members:
            k = b.line
            b.w = w
            b.x = x0 + (pitch / 2 if k == 1 else 0) + seen[k] * pitch
            b.y = line_y[(r, k)]
            b.h = row_h[r]
            seen[k] += 1

    placed_nodes = tuple(
        PlacedNode(b.node.key, Rect(b.x, b.y, b.w, b.h), b.title, b.sub, b.node.status)
        for b in boxes.values()
    )
    rect = {p.key: p.rect for p in placed_nodes}
    placed_edges = [_route(e, rect, in_count, bus_y, row_w, boxes, measure) for e in row_edges]
    placed_edges += [_lane(e, rect, measure) for e in lane_edges]
    return Layout(placed_nodes, tuple(placed_edges), total_w, height)


def _groups(edges: Sequence[EdgeText], in_count: dict[str, int]) -> list[str]:
    keys: list[str] = []
    for e in edges:
        g = _group(e, in_count)
        if g not in keys:
            keys.append(g)
    return keys


def _group(e: EdgeText, in_count: dict[str, int]) -> str:
    return f"in:{e.target}" if in_count[e.target] > 1 else f"out:{e.source}"


def _cut(
    points: Sequence[tuple[float, float]], chip: Rect
) -> tuple[tuple[tuple[float, float], tuple[float, float]], ...]:
    """The polyline's segments with the chip's stretch taken out (a line never runs under a label)."""
    out: list[tuple[tuple[float, float], tuple[float, float]]] = []
    for a, b in pairwise(points):
        if a == b:
            continue
        if a[0] == b[0] and chip.x <= a[0] <= chip.right:  # vertical through the chip's column
            lo, hi = sorted((a[1], b[1]))
            if lo < chip.bottom and chip.y < hi:
                down = b[1] > a[1]
                first_end = (a[0], chip.y if down else chip.bottom)
                second_start = (a[0], chip.bottom if down else chip.y)
                if (first_end[1] - a[1]) * (1 if down else -1) > 0:
                    out.append((a, first_end))
                if (b[1] - second_start[1]) * (1 if down else -1) > 0:
                    out.append((second_start, b))
                continue
        if a[1] == b[1] and chip.y <= a[1] <= chip.bottom:
            lo, hi = sorted((a[0], b[0]))
            if lo < chip.right and chip.x < hi:
                right = b[0] > a[0]
                first_end = (chip.x if right else chip.right, a[1])
                second_start = (chip.right if right else chip.x, a[1])
                if (first_end[0] - a[0]) * (1 if right else -1) > 0:
                    out.append((a, first_end))
                if (b[0] - second_start[0]) * (1 if right else -1) > 0:
                    out.append((second_start, b))
                continue
        out.append((a, b))
    return tuple(out)


def _route(
    e: EdgeText,
    rect: dict[str, Rect],
    in_count: dict[str, int],
    bus_y: dict[str, float],
    row_w: dict[int, float],
    boxes: dict[str, _Box],
    measure: Measure,
) -> PlacedEdge:
    s, t = rect[e.source], rect[e.target]
    by = bus_y[_group(e, in_count)]
    points = ((s.cx, s.bottom), (s.cx, by), (t.cx, by), (t.cx, t.y))
    fan_in = in_count[e.target] > 1
    owner = boxes[e.source if fan_in else e.target]
    lines, cw, ch = _chip(e.label, row_w[owner.node.row] + GAP - 2 * MARGIN, measure)
    if fan_in:
        chip = Rect(s.cx - cw / 2, s.bottom + MARGIN, cw, ch)
    else:
        chip = Rect(t.cx - cw / 2, t.y - MARGIN - ch, cw, ch)
    return PlacedEdge(e.source, e.target, points, lines, chip, _cut(points, chip))


def _lane(e: EdgeText, rect: dict[str, Rect], measure: Measure) -> PlacedEdge:
    s, t = rect[e.source], rect[e.target]
    points = ((s.x, s.cy), (LANE, s.cy), (LANE, t.cy), (t.x, t.cy))
    lines, cw, ch = _chip(e.label, max(t.x - LANE - 2 * MARGIN, 40.0), measure)
    chip = Rect((LANE + t.x) / 2 - cw / 2, t.cy - ch / 2, cw, ch)
    return PlacedEdge(e.source, e.target, points, lines, chip, _cut(points, chip))
