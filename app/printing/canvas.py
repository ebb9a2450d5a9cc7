"""The paper and the pen: page sizes, the bundled font, measured blocks, pagination, tick boxes, QR.

A document is a flow of :class:`Block`s; each is measured before it is placed, and a block that does
not fit on the rest of the page moves whole to the next page, so a row is never split (a table's
header row is repeated above a continued table). Sizes are in points (1/72 in) and millimetres,
converted to device units, so the printed sizes are the same on a PDF writer and on a printer.

Text is real text in the bundled MynaPrep Gothic (IPAexGothic without the CJK radical code points,
see packaging/build_font.py), embedded in the PDF, so copying and searching give 利用者証明用 and
not 利⽤者証明⽤. QR codes come from segno and are drawn as one vector path of dark modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
)

from app.domain.plan import UnitState
from app.i18n import translate
from app.printing.paper import default_page_size
from app.resources import resource_path

FONT_FAMILY = "MynaPrep Gothic"
FONT_FILE = "fonts/MynaPrepGothic.ttf"

__all__ = ["default_page_size"]  # re-exported for app.printing.checklist

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
DEFAULT_PAGE_SIZE = "A4"
MARGINS_MM = QMarginsF(15, 13, 15, 12)

# The fridge: body text at least 11 pt, nothing below 9 pt, tick boxes of 7.5 mm.
BODY_PT = 11.5
SMALL_PT = 9.5
MIN_PT = 9.0
BOX_MM = 7.5

INK = QColor("#1f2933")
MUTED = QColor("#4f5b6a")
FAINT = QColor("#8a96a3")
ACCENT = QColor("#2f5d8a")
RULE = QColor("#c3ccd6")
BAND = QColor("#eef2f6")
HIGHLIGHT = QColor("#f4f7fa")
DONE = QColor("#2e7d32")
WAIT = QColor("#8a5a00")
ALERT = QColor("#b3261e")

WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)

# Qt breaks Japanese between any two characters, inside パスワード or 2月16日 too, and a URL anywhere with
# TextWrapAnywhere. The checklist wraps its own lines instead (``Canvas.wrap``): a katakana word and a
# number with its unit stay whole, a URL breaks only after / . ? & =, and the usual kinsoku rules hold
# (no line starts with 、。）」ー…, none ends with （「). Control characters such as a word joiner would
# need a glyph the bundled font does not have.
_KATAKANA = r"[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]{2,}"  # not ・: a place to break
_DATE = r"[0-9０-９]+[年月日](?:[0-9０-９]+[年月日])*"  # i18n: a line-breaking pattern
_LATIN = r"[^\s/.?&=\u2e80-\uffef]+[/.?&=]*\s*|[/.?&=]+\s*"
_TOKEN = re.compile(f"{_KATAKANA}|{_DATE}|{_LATIN}|\\s+|.")
_NO_START = set(  # i18n: kinsoku characters, rules for breaking lines
    "、。，．・：；？！ー）」』】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥,.)]}!?:;"
)
_NO_END = set("（「『【〔〈《([{")


def tokens(text: str) -> list[str]:
    """The pieces a line may break between (see above)."""
    out: list[str] = []
    for piece in _TOKEN.findall(text):
        if out and (piece[0] in _NO_START or out[-1][-1] in _NO_END):
            out[-1] += piece
        else:
            out.append(piece)
    return out


class RenderFailure(StrEnum):
    """Why the checklist could not be painted (the code stays English for logs)."""

    OUTPUT_NOT_OPENED = "the output could not be opened for painting"
    FONT_MISSING = "the bundled print font could not be loaded"
    NEW_PAGE_REFUSED = "the output refused a new page"
    PDF_INCOMPLETE = "the PDF was not produced completely"


class RenderError(RuntimeError):
    """The checklist could not be painted; ``text()`` says why in the user's language."""

    def __init__(self, reason: RenderFailure) -> None:
        super().__init__(reason.value)
        self.reason = reason

    def text(self) -> str:
        """The sentence for the window and the command line alike."""
        return {
            RenderFailure.OUTPUT_NOT_OPENED: translate(
                "Printing", "印刷先（プリンターまたはファイル）を開けませんでした。"
            ),
            RenderFailure.FONT_MISSING: translate(
                "Printing", "印刷用のフォントを読み込めませんでした。Myna Prep を入れ直してください。"
            ),
            RenderFailure.NEW_PAGE_REFUSED: translate(
                "Printing", "次のページを作れませんでした。ディスクの空き容量を確かめてください。"
            ),
            RenderFailure.PDF_INCOMPLETE: translate(
                "Printing", "PDFが最後まで作られませんでした。ディスクの空き容量を確かめてください。"
            ),
        }[self.reason]


def ensure_font() -> str:
    """Register the bundled print font once (needs a QGuiApplication); return its family name."""
    if FONT_FAMILY in QFontDatabase.families():
        return FONT_FAMILY
    path = resource_path(FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
    if font_id < 0 or FONT_FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
        raise RenderError(RenderFailure.FONT_MISSING)
    return FONT_FAMILY


def page_layout(page_size: str = DEFAULT_PAGE_SIZE) -> QPageLayout:
    """Portrait A4 (or Letter) with the checklist's margins."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r} (use {', '.join(PAGE_SIZES)})")
    return QPageLayout(
        QPageSize(PAGE_SIZES[page_size]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


Draw = Callable[[QPainter, float], None]


@dataclass(slots=True)
class Block:
    """A piece of the flow: ``height`` in device units, ``draw(painter, top)`` paints it at ``top``."""

    height: float
    draw: Draw
    keep_with_next: bool = False
    new_page: bool = False  # start on a fresh page (each member of a household)
    header: Block | None = None  # repeated above this block when it opens a page (table rows)
    member: str | None = None  # whose part this is (for the footer)
    texts: tuple[str, ...] = ()  # the strings it draws (for tests and debugging)


@dataclass(slots=True)
class Page:
    placed: list[tuple[Block, float]] = field(default_factory=list)
    member: str | None = None


class Canvas:
    """Measures and paints on one paged device (coordinates: device units, the content area)."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.family = ensure_font()
        self.unit = device.logicalDpiY() / 72.0  # device units per point
        self.width = float(device.width())
        self.height = float(device.height())
        self.footer_height = self.pt(18)

    def pt(self, points: float) -> float:
        return points * self.unit

    def mm(self, millimetres: float) -> float:
        return millimetres * 72.0 / 25.4 * self.unit

    def font(self, size: float) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(max(size, MIN_PT))
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(True)
        return font

    def wrap(self, font: QFont, width: float, text: str) -> str:
        """``text`` broken into lines that fit ``width`` at the checklist's break points."""
        metrics = QFontMetricsF(font, self.device)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for token in tokens(paragraph):
                if line and metrics.horizontalAdvance((line + token).rstrip()) > width:
                    lines.append(line.rstrip())
                    line = token.lstrip()
                else:
                    line += token
                while metrics.horizontalAdvance(line.rstrip()) > width and len(line) > 1:  # too long
                    cut = len(line) - 1
                    while cut > 1 and metrics.horizontalAdvance(line[:cut]) > width:
                        cut -= 1
                    while cut > 1 and line[cut] in _NO_START:  # 「）」 never starts the next line
                        cut -= 1
                    lines.append(line[:cut])
                    line = line[cut:]
            lines.append(line.rstrip())
        return "\n".join(lines)

    def _laid_out(self, font: QFont, width: float, text: str, flags: int) -> tuple[str, int]:
        if flags & Qt.TextFlag.TextWordWrap:
            return self.wrap(font, width, text), flags & ~int(Qt.TextFlag.TextWordWrap)
        return text, flags

    def text_height(self, font: QFont, width: float, text: str, flags: int = WRAP) -> float:
        if not text:
            return 0.0
        metrics = QFontMetricsF(font, self.device)
        text, flags = self._laid_out(font, max(width, 1.0), text, flags)
        rect = metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e9), flags, text)
        return max(rect.height(), metrics.height())

    def text_width(self, font: QFont, text: str) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text)

    def ascent(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).ascent()

    def draw_text(
        self, painter: QPainter, rect: QRectF, text: str, font: QFont, color: QColor = INK, flags: int = WRAP
    ) -> None:
        if not text:
            return
        text, flags = self._laid_out(font, max(rect.width(), 1.0), text, flags)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QRectF(rect.x(), rect.y(), rect.width(), rect.height() + self.pt(2)), flags, text)

    def rule(self, painter: QPainter, y: float, color: QColor = RULE, width_pt: float = 0.6) -> None:
        painter.setPen(QPen(color, self.pt(width_pt)))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))

    def checkbox(self, p: QPainter, rect: QRectF, state: UnitState) -> None:
        """An empty box to tick by hand; done: a tick, waiting: a dot, not needed: a dash."""
        colour = FAINT if state is UnitState.NOT_NEEDED else INK
        p.setPen(QPen(colour, self.pt(1.1)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, self.pt(1.5), self.pt(1.5))
        if state is UnitState.DONE:
            tick = QPainterPath()
            tick.moveTo(rect.left() + rect.width() * 0.2, rect.top() + rect.height() * 0.52)
            tick.lineTo(rect.left() + rect.width() * 0.42, rect.top() + rect.height() * 0.75)
            tick.lineTo(rect.left() + rect.width() * 0.82, rect.top() + rect.height() * 0.24)
            pen = QPen(DONE, self.pt(2.2))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.drawPath(tick)
        elif state is UnitState.WAITING:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(WAIT)
            inner = rect.adjusted(
                rect.width() * 0.36, rect.height() * 0.36, -rect.width() * 0.36, -rect.height() * 0.36
            )
            p.drawEllipse(inner)
            p.setBrush(Qt.BrushStyle.NoBrush)
        elif state is UnitState.NOT_NEEDED:
            p.setPen(QPen(FAINT, self.pt(1.4)))
            y = rect.center().y()
            p.drawLine(
                QPointF(rect.left() + rect.width() * 0.25, y), QPointF(rect.right() - rect.width() * 0.25, y)
            )

    def draw_qr(self, p: QPainter, code: segno.QRCode, rect: QRectF) -> None:
        """The symbol as one filled vector path (runs of dark modules), quiet zone inside ``rect``."""
        rows = [list(row) for row in code.matrix_iter(border=4)]
        module = rect.width() / len(rows)
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for r, row in enumerate(rows):
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.addRect(
                    QRectF(rect.x() + start * module, rect.y() + r * module, (c - start) * module, module)
                )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(Qt.GlobalColor.black)
        p.drawPath(path)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def paginate(self, flow: Sequence[Block]) -> list[Page]:
        bottom = self.height - self.footer_height
        pages = [Page()]
        y = 0.0

        def new_page() -> None:
            nonlocal y
            pages.append(Page())
            y = 0.0

        for i, block in enumerate(flow):
            if block.new_page and pages[-1].placed:
                new_page()
            need = block.height
            j = i
            while flow[j].keep_with_next and j + 1 < len(flow):  # a heading stays with what follows
                j += 1
                need += flow[j].height
                if not flow[j].keep_with_next:
                    break
            if y + min(need, bottom) > bottom and pages[-1].placed:
                new_page()
            if not pages[-1].placed and block.header is not None and block.header is not block:
                pages[-1].placed.append((block.header, y))
                y += block.header.height
            if pages[-1].member is None:
                pages[-1].member = block.member
            pages[-1].placed.append((block, y))
            y += block.height
        return pages
