"""Lay out a :class:`~app.domain.checklist.Checklist` on paged paint devices with QPainter (QtGui only).

The same code draws on a :class:`QPdfWriter` (PDF export, ``myna-prep checklist``) and on a ``QPrinter``
(print and print preview, in ``checklist_print``). The document is a flow of blocks; each block is
measured before it is placed, and a block that does not fit on the rest of the page moves whole to
the next page, so a table row is never split (a table's header row is repeated above a continued
table). Page numbers ("1 / 3") are drawn once the page count is known.

Text is real text in the bundled MynaPrep Gothic (IPAexGothic without the CJK radical code points,
see packaging/build_font.py), embedded in the PDF, so copying and searching give 利用者証明用 and
not 利⽤者証明⽤. QR codes come from segno and are drawn as one vector path of dark modules.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import segno
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
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
    QPdfWriter,
    QPen,
)

from app.domain.checklist import (
    Checklist,
    CheckRow,
    MemberChecklist,
    PasswordNeed,
    StepSection,
    Table,
    TableRow,
)
from app.domain.plan import UnitState
from app.resources import resource_path
from app.store import fileutil

FONT_FAMILY = "MynaPrep Gothic"
FONT_FILE = "fonts/MynaPrepGothic.ttf"

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
DEFAULT_PAGE_SIZE = "A4"
MARGINS_MM = QMarginsF(16, 14, 16, 12)

INK = QColor("#1f2933")
MUTED = QColor("#5f6b7a")
FAINT = QColor("#9aa5b1")
ACCENT = QColor("#2f5d8a")
RULE = QColor("#cfd6de")
BAND = QColor("#eef2f6")
HIGHLIGHT = QColor("#f4f7fa")
DONE = QColor("#2e7d32")
WAIT = QColor("#9a5b00")

_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_WRAP_ANY = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_CENTER_ANY = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere)


class RenderError(RuntimeError):
    """The output could not be opened or the bundled font is missing."""


def ensure_font() -> str:
    """Register the bundled print font once (needs a QGuiApplication); return its family name."""
    if FONT_FAMILY in QFontDatabase.families():
        return FONT_FAMILY
    path = resource_path(FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
    if font_id < 0 or FONT_FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
        raise RenderError(f"the bundled font {FONT_FILE} could not be loaded")
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


# --- blocks -----------------------------------------------------------------------------------------

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


class ChecklistLayout:
    """Measures and paints a checklist on one paged device (coordinates: device units, content area)."""

    def __init__(self, checklist: Checklist, device: QPagedPaintDevice) -> None:
        self.checklist = checklist
        self.device = device
        self.family = ensure_font()
        self.unit = device.logicalDpiY() / 72.0  # device units per point
        self.width = float(device.width())
        self.height = float(device.height())
        self.footer_height = self.pt(16)
        labels = [s.label for m in checklist.members for s in m.sections]
        self.step_label_width = max(
            [self.mm(20), *(self.text_width(self.font(10.5), label) + self.mm(4) for label in labels)]
        )

    # measurements ---------------------------------------------------------------------------------
    def pt(self, points: float) -> float:
        return points * self.unit

    def mm(self, millimetres: float) -> float:
        return millimetres * 72.0 / 25.4 * self.unit

    def font(self, size: float) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(True)
        return font

    def text_height(self, font: QFont, width: float, text: str, flags: int = _WRAP) -> float:
        if not text:
            return 0.0
        metrics = QFontMetricsF(font, self.device)
        rect = metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e9), flags, text)
        return max(rect.height(), metrics.height())

    def text_width(self, font: QFont, text: str) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text)

    def draw_text(
        self,
        painter: QPainter,
        rect: QRectF,
        text: str,
        font: QFont,
        color: QColor = INK,
        flags: int = _WRAP,
    ) -> None:
        if not text:
            return
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QRectF(rect.x(), rect.y(), rect.width(), rect.height() + self.pt(2)), flags, text)

    def rule(self, painter: QPainter, y: float, color: QColor = RULE, width_pt: float = 0.6) -> None:
        painter.setPen(QPen(color, self.pt(width_pt)))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))

    # the flow ---------------------------------------------------------------------------------------
    def blocks(self) -> list[Block]:
        flow: list[Block] = []
        for index, member in enumerate(self.checklist.members):
            part = self.member_blocks(member)
            part[0].new_page = index > 0
            flow += part
        return flow

    def member_blocks(self, member: MemberChecklist) -> list[Block]:
        c = self.checklist
        out: list[Block] = [self.header_block(member), self.next_action_block(member)]
        out.append(self.heading_block(c.text("have_ready")))
        for text in member.have_ready:
            out.append(self.bullet_block(text))
        out.append(self.paragraph_block(c.text("passwords"), size=8.5, color=MUTED, space_before=4))
        out += self.password_blocks(member.passwords)
        for note in member.card_notes:
            out.append(self.paragraph_block(note, size=8.5, color=MUTED, space_before=2))
        # The official pages for the smartphone route come early: STEP1 starts on the phone.
        out.append(self.heading_block(c.text("smartphone")))
        out.append(self.paragraph_block(c.text("qr_note"), size=8.5, color=MUTED, space_before=0))
        out[-1].keep_with_next = True
        out.append(self.qr_block())
        out += self.help_blocks()
        out.append(self.heading_block(c.text("steps")))
        for section in member.sections:
            out += self.section_blocks(section)
        out.append(self.heading_block(c.text("certificates")))
        out += self.table_blocks(member.certificates)
        # The STEP3 linkages and their status are the STEP3 rows above (連携状況リスト words, follow-ups).
        out.append(self.labelled_block(c.text("step5"), member.step5_text))
        # The delegations (who for whom, period, services, progress) are the 代理人設定 rows above.
        name = member.display_name or None
        for block in out:
            block.member = name
        return out

    def help_blocks(self) -> list[Block]:
        """The inquiry line, under the QR codes: where to call when the card or マイナポータル fails."""
        c = self.checklist
        out = [self.labelled_block(c.text("help") + ":", c.inquiry[0], size=10.5, space=6)]
        for line in c.inquiry[1:]:
            out.append(self.paragraph_block(line, size=8.5, color=MUTED, space_before=1))
        for block in out[:-1]:
            block.keep_with_next = True
        return out

    # blocks -----------------------------------------------------------------------------------------
    def header_block(self, member: MemberChecklist) -> Block:
        c = self.checklist
        title_font = self.font(9.5)
        name_font = self.font(19)
        label_font = self.font(8)
        value_font = self.font(9.5)
        name = member.display_name
        relation = f"（{member.relation}）" if c.lang == "ja" else f" ({member.relation})"
        name_text = (name + relation) if name else ""
        title_h = self.text_height(title_font, self.width, c.title)
        name_h = QFontMetricsF(name_font, self.device).height()
        cells = (
            (c.text("tax_year"), c.tax_year_label),
            (c.text("printed_on"), c.printed_on_text),
            (c.text("filing_period"), c.filing_period_text),
            (c.text("days_left"), c.days_left_text),
        )
        col_w = (self.width - self.mm(4)) / 2
        label_w = self.mm(20)
        row_hs = []
        for i in range(0, len(cells), 2):
            pair = cells[i : i + 2]
            row_hs.append(max(self.text_height(value_font, col_w - label_w, v) for _, v in pair))
        gap = self.pt(4)
        info_h = sum(row_hs) + gap * (len(row_hs) - 1)
        top_pad = self.pt(2)
        height = top_pad + title_h + self.pt(6) + name_h + self.pt(8) + info_h + self.pt(10)

        def draw(p: QPainter, y: float) -> None:
            y += top_pad
            self.draw_text(p, QRectF(0, y, self.width, title_h), c.title, title_font, ACCENT)
            y += title_h + self.pt(6)
            if name_text:
                self.draw_text(p, QRectF(0, y, self.width, name_h), name_text, name_font, INK)
            else:
                label = c.text("name") + ":"
                self.draw_text(p, QRectF(0, y, self.width, name_h), label, self.font(12), MUTED)
                x0 = self.text_width(self.font(12), label) + self.mm(3)
                p.setPen(QPen(MUTED, self.pt(0.6)))
                p.drawLine(QPointF(x0, y + name_h), QPointF(min(self.width, x0 + self.mm(80)), y + name_h))
            y += name_h + self.pt(8)
            for row, i in enumerate(range(0, len(cells), 2)):
                for col, (label, value) in enumerate(cells[i : i + 2]):
                    x = col * (col_w + self.mm(4))
                    self.draw_text(
                        p, QRectF(x, y + self.pt(1.2), label_w, row_hs[row]), label, label_font, MUTED
                    )
                    rect = QRectF(x + label_w, y, col_w - label_w, row_hs[row])
                    self.draw_text(p, rect, value, value_font, INK)
                y += row_hs[row] + gap
            self.rule(p, y + self.pt(2), ACCENT, 1.0)

        return Block(height, draw, texts=(c.title, name_text, *(v for _, v in cells)))

    def next_action_block(self, member: MemberChecklist) -> Block:
        c = self.checklist
        label_font = self.font(8)
        text_font = self.font(10.5)
        pad = self.pt(7)
        label_w = self.mm(28)
        inner_w = self.width - 2 * pad - label_w
        lines = ((c.text("next_action"), member.next_action), (c.text("ready_summary"), member.summary))
        hs = [self.text_height(text_font, inner_w, text) for _, text in lines]
        gap = self.pt(4)
        box_h = 2 * pad + sum(hs) + gap * (len(hs) - 1)
        height = self.pt(6) + box_h + self.pt(4)

        def draw(p: QPainter, y: float) -> None:
            y += self.pt(6)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(HIGHLIGHT)
            p.drawRoundedRect(QRectF(0, y, self.width, box_h), self.pt(4), self.pt(4))
            p.setBrush(ACCENT)
            p.drawRect(QRectF(0, y, self.pt(2.5), box_h))
            p.setBrush(Qt.BrushStyle.NoBrush)
            ty = y + pad
            for (label, text), h in zip(lines, hs, strict=True):
                self.draw_text(p, QRectF(pad, ty + self.pt(2), label_w, h), label, label_font, MUTED)
                self.draw_text(p, QRectF(pad + label_w, ty, inner_w, h), text, text_font, INK)
                ty += h + gap

        return Block(height, draw, texts=tuple(t for _, t in lines))

    def heading_block(self, text: str) -> Block:
        font = self.font(12.5)
        space = self.pt(11)
        h = self.text_height(font, self.width, text)
        height = space + h + self.pt(6)

        def draw(p: QPainter, y: float) -> None:
            self.draw_text(p, QRectF(0, y + space, self.width, h), text, font, ACCENT)
            self.rule(p, y + space + h + self.pt(2.5))

        return Block(height, draw, keep_with_next=True, texts=(text,))

    def paragraph_block(
        self, text: str, *, size: float = 9.5, color: QColor = INK, space_before: float = 3
    ) -> Block:
        font = self.font(size)
        h = self.text_height(font, self.width, text)
        before = self.pt(space_before)

        def draw(p: QPainter, y: float) -> None:
            self.draw_text(p, QRectF(0, y + before, self.width, h), text, font, color)

        return Block(before + h, draw, texts=(text,))

    def labelled_block(self, label: str, text: str, *, size: float = 9.5, space: float = 12) -> Block:
        """A label and its text on one line (the text wraps under itself), after a little space."""
        label_font = self.font(9.5)
        text_font = self.font(size)
        label_w = min(self.text_width(label_font, label) + self.mm(2), self.width * 0.5)
        text_w = self.width - label_w
        h = max(self.text_height(label_font, label_w, label), self.text_height(text_font, text_w, text))
        before = self.pt(space)
        ascent = QFontMetricsF(text_font, self.device).ascent()
        label_dy = max(0.0, ascent - QFontMetricsF(label_font, self.device).ascent())

        def draw(p: QPainter, y: float) -> None:
            self.draw_text(p, QRectF(0, y + before + label_dy, label_w, h), label, label_font, ACCENT)
            self.draw_text(p, QRectF(label_w, y + before, text_w, h), text, text_font, INK)

        return Block(before + h, draw, texts=(label, text))

    def bullet_block(self, text: str) -> Block:
        font = self.font(9.5)
        indent = self.mm(5)
        h = self.text_height(font, self.width - indent, text)
        before = self.pt(3)

        def draw(p: QPainter, y: float) -> None:
            r = self.pt(1.6)
            cy = y + before + QFontMetricsF(font, self.device).ascent() * 0.62
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ACCENT)
            p.drawEllipse(QPointF(self.mm(1.6), cy), r, r)
            p.setBrush(Qt.BrushStyle.NoBrush)
            self.draw_text(p, QRectF(indent, y + before, self.width - indent, h), text, font)

        return Block(before + h, draw, texts=(text,))

    def password_blocks(self, passwords: Sequence[PasswordNeed]) -> list[Block]:
        c = self.checklist
        rows = tuple(
            TableRow(
                (pw.name, pw.rule, pw.used_in, pw.tries_left), None if pw.needed else UnitState.NOT_NEEDED
            )
            for pw in passwords
        )
        columns = (c.text("col_password"), c.text("col_format"), c.text("col_used_in"), c.text("col_tries"))
        return self.table_blocks(Table(columns, (3.3, 2.9, 2.9, 0.9), rows, ""))

    def section_blocks(self, section: StepSection) -> list[Block]:
        label_font = self.font(10.5)
        head_font = self.font(9.5)
        badge_font = self.font(8.5)
        pad = self.pt(4)
        label_w = self.step_label_width
        badge_w = max(self.mm(18), self.text_width(badge_font, section.badge) + self.mm(1))
        head_w = self.width - label_w - badge_w - 2 * pad
        head_h = max(
            self.text_height(head_font, head_w, section.headline),
            self.text_height(label_font, label_w, section.label),
            self.text_height(badge_font, badge_w, section.badge),
        )
        band_h = head_h + 2 * pad
        space = self.pt(6)
        colour = FAINT if not section.needed else INK

        def draw(p: QPainter, y: float) -> None:
            y += space
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAND)
            p.drawRoundedRect(QRectF(0, y, self.width, band_h), self.pt(3), self.pt(3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            self.draw_text(p, QRectF(pad, y + pad, label_w, head_h), section.label, label_font, ACCENT)
            rect = QRectF(pad + label_w, y + pad + self.pt(0.8), head_w, head_h)
            self.draw_text(p, rect, section.headline, head_font, colour)
            badge_rect = QRectF(self.width - badge_w - pad, y + pad + self.pt(1), badge_w, head_h)
            self.draw_text(p, badge_rect, section.badge, badge_font, MUTED, _RIGHT)

        blocks = [
            Block(
                space + band_h,
                draw,
                keep_with_next=True,
                texts=(section.label, section.headline, section.badge),
            )
        ]
        if section.note:
            note = self.paragraph_block(section.note, size=9, color=MUTED, space_before=4)
            blocks.append(note)
        blocks += [self.check_block(row) for row in section.rows]
        if sum(b.height for b in blocks) < self.height * 0.3:  # a short step stays on one page
            for block in blocks:
                block.keep_with_next = True
        blocks[-1].keep_with_next = False
        return blocks

    def check_block(self, row: CheckRow) -> Block:
        font = self.font(9.5)
        status_font = self.font(8.5)
        note_font = self.font(7.5)
        box = self.mm(3.6)
        indent = self.mm(6) * row.indent
        text_x = indent + box + self.mm(3)
        status_w = self.mm(30)
        text_w = self.width - text_x - status_w - self.mm(2)
        text_h = self.text_height(font, text_w, row.text)
        detail_font = self.font(8)
        detail_h = self.text_height(detail_font, text_w, row.detail)
        text_h += detail_h + (self.pt(1) if row.detail else 0.0)
        status_h = self.text_height(status_font, status_w, row.status)
        note_h = self.text_height(note_font, status_w, row.note)
        before = self.pt(3.6)
        height = before + max(text_h, status_h + note_h, box)
        muted = row.state is UnitState.NOT_NEEDED
        status_colour = {
            UnitState.DONE: DONE,
            UnitState.WAITING: WAIT,
            UnitState.NOT_NEEDED: FAINT,
            UnitState.TODO: MUTED,
        }[row.state]

        def draw(p: QPainter, y: float) -> None:
            y += before
            ascent = QFontMetricsF(font, self.device).ascent()
            box_top = y + ascent - box + self.pt(0.6)
            self.checkbox(p, QRectF(indent, box_top, box, box), row.state)
            main_h = text_h - detail_h - (self.pt(1) if row.detail else 0.0)
            self.draw_text(p, QRectF(text_x, y, text_w, main_h), row.text, font, FAINT if muted else INK)
            if row.detail:
                rect = QRectF(text_x, y + main_h + self.pt(1), text_w, detail_h)
                self.draw_text(p, rect, row.detail, detail_font, MUTED)
            sx = self.width - status_w
            self.draw_text(
                p,
                QRectF(sx, y + self.pt(0.8), status_w, status_h),
                row.status,
                status_font,
                status_colour,
                _RIGHT,
            )
            if row.note:
                rect = QRectF(sx, y + self.pt(0.8) + status_h, status_w, note_h)
                self.draw_text(p, rect, row.note, note_font, MUTED, _RIGHT)

        return Block(height, draw, texts=(row.text, row.detail, row.status, row.note))

    def checkbox(self, p: QPainter, rect: QRectF, state: UnitState) -> None:
        colour = FAINT if state is UnitState.NOT_NEEDED else INK
        p.setPen(QPen(colour, self.pt(0.8)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, self.pt(1), self.pt(1))
        if state is UnitState.DONE:
            tick = QPainterPath()
            tick.moveTo(rect.left() + rect.width() * 0.2, rect.top() + rect.height() * 0.52)
            tick.lineTo(rect.left() + rect.width() * 0.42, rect.top() + rect.height() * 0.75)
            tick.lineTo(rect.left() + rect.width() * 0.82, rect.top() + rect.height() * 0.24)
            pen = QPen(DONE, self.pt(1.4))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.drawPath(tick)
        elif state is UnitState.WAITING:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(WAIT)
            inner = rect.adjusted(
                rect.width() * 0.3, rect.height() * 0.3, -rect.width() * 0.3, -rect.height() * 0.3
            )
            p.drawEllipse(inner)
            p.setBrush(Qt.BrushStyle.NoBrush)
        elif state is UnitState.NOT_NEEDED:
            p.setPen(QPen(FAINT, self.pt(1)))
            y = rect.center().y()
            p.drawLine(
                QPointF(rect.left() + rect.width() * 0.25, y), QPointF(rect.right() - rect.width() * 0.25, y)
            )

    def table_blocks(self, table: Table) -> list[Block]:
        head_font = self.font(8)
        cell_font = self.font(9)
        pad_x = self.mm(1.6)
        pad_y = self.pt(3.5)
        total = sum(table.widths)
        widths = [self.width * w / total for w in table.widths]
        xs = [sum(widths[:i]) for i in range(len(widths))]

        def measure(font: QFont, cells: Sequence[str]) -> float:
            return max(
                (self.text_height(font, w - 2 * pad_x, text) for w, text in zip(widths, cells, strict=True)),
                default=0.0,
            )

        head_h = measure(head_font, table.columns) + 2 * pad_y
        before = self.pt(4)

        def draw_head(p: QPainter, y: float) -> None:
            y += before
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAND)
            p.drawRect(QRectF(0, y, self.width, head_h))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for x, w, text in zip(xs, widths, table.columns, strict=True):
                self.draw_text(p, QRectF(x + pad_x, y + pad_y, w - 2 * pad_x, head_h), text, head_font, MUTED)

        header = Block(before + head_h, draw_head, keep_with_next=True, texts=table.columns)
        if not table.rows:
            return (
                [self.paragraph_block(table.empty, size=9, color=MUTED, space_before=4)]
                if table.empty
                else []
            )
        blocks = [header]
        for row in table.rows:
            h = measure(cell_font, row.cells) + 2 * pad_y
            colour = FAINT if row.state is UnitState.NOT_NEEDED else INK

            def draw_row(
                p: QPainter,
                y: float,
                cells: tuple[str, ...] = row.cells,
                h: float = h,
                colour: QColor = colour,
            ) -> None:
                for x, w, text in zip(xs, widths, cells, strict=True):
                    self.draw_text(p, QRectF(x + pad_x, y + pad_y, w - 2 * pad_x, h), text, cell_font, colour)
                self.rule(p, y + h, RULE, 0.5)

            blocks.append(Block(h, draw_row, header=header, texts=row.cells))
        return blocks

    def qr_block(self) -> Block:
        targets = self.checklist.qr_targets
        label_font = self.font(7.5)
        url_font = self.font(6)
        count = max(len(targets), 1)
        gap = self.mm(2.5)
        col_w = (self.width - gap * (count - 1)) / count
        side = min(col_w, self.mm(23))
        label_h = max(self.text_height(label_font, col_w, t.label, _CENTER) for t in targets)
        shown = [t.url.removeprefix("https://").rstrip("/") for t in targets]
        url_h = max(self.text_height(url_font, col_w, url, _CENTER_ANY) for url in shown)
        before = self.pt(6)
        height = before + side + self.pt(4) + label_h + self.pt(2) + url_h + self.pt(4)
        codes = [segno.make(t.url, error="m", micro=False) for t in targets]

        def draw(p: QPainter, y: float) -> None:
            y += before
            for i, (target, code, url) in enumerate(zip(targets, codes, shown, strict=True)):
                x = i * (col_w + gap)
                self.draw_qr(p, code, QRectF(x + (col_w - side) / 2, y, side, side))
                ly = y + side + self.pt(4)
                self.draw_text(p, QRectF(x, ly, col_w, label_h), target.label, label_font, INK, _CENTER)
                uy = ly + label_h + self.pt(2)
                self.draw_text(p, QRectF(x, uy, col_w, url_h), url, url_font, MUTED, _CENTER_ANY)

        return Block(height, draw, texts=(*(t.label for t in targets), *shown))

    def draw_qr(self, p: QPainter, code: segno.QRCode, rect: QRectF) -> None:
        """The symbol as one filled vector path (runs of dark modules), quiet zone inside ``rect``."""
        border = 4
        rows = [list(row) for row in code.matrix_iter(border=border)]
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

    # pagination and painting -------------------------------------------------------------------------
    def paginate(self, flow: Sequence[Block] | None = None) -> list[Page]:
        flow = self.blocks() if flow is None else flow
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

    def paint(self, painter: QPainter, pages: Sequence[Page], new_page: Callable[[], bool]) -> None:
        for index, page in enumerate(pages):
            if index and not new_page():
                raise RenderError("the output refused a new page (is the disk full?)")
            for block, y in page.placed:
                block.draw(painter, y)
            self.footer(painter, index + 1, len(pages), page.member)

    def footer(self, p: QPainter, number: int, total: int, member: str | None) -> None:
        c = self.checklist
        font = self.font(7.5)
        y = self.height - self.pt(10)
        self.rule(p, y - self.pt(4), RULE, 0.5)
        parts = [c.text("footer"), c.printed_on.isoformat(), c.tax_year_label]
        if member:
            parts.insert(1, member)
        left = "  |  ".join(parts)
        self.draw_text(p, QRectF(0, y, self.width * 0.75, self.pt(10)), left, font, MUTED)
        page_text = c.text("page", page=number, total=total)
        self.draw_text(
            p, QRectF(self.width * 0.6, y, self.width * 0.4, self.pt(10)), page_text, font, MUTED, _RIGHT
        )


def render(checklist: Checklist, device: QPagedPaintDevice) -> int:
    """Paint ``checklist`` on ``device`` (its page layout already set); return the number of pages."""
    layout = ChecklistLayout(checklist, device)
    pages = layout.paginate()
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the output could not be opened for painting")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        layout.paint(painter, pages, device.newPage)
    finally:
        painter.end()
    return len(pages)


def write_pdf(checklist: Checklist, path: Path | str | QIODevice, page_size: str = DEFAULT_PAGE_SIZE) -> int:
    """Write ``checklist`` as a PDF at ``path`` or into a device (overwritten); return the page count."""
    ensure_font()
    writer = QPdfWriter(path if isinstance(path, QIODevice) else str(path))
    try:
        writer.setResolution(600)
        writer.setPageLayout(page_layout(page_size))
        writer.setTitle(checklist.title)
        writer.setCreator("Myna Prep")
        return render(checklist, writer)
    finally:
        del writer  # finishes the document before the caller uses it


def pdf_bytes(checklist: Checklist, page_size: str = DEFAULT_PAGE_SIZE) -> tuple[bytes, int]:
    """The PDF document in memory and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = write_pdf(checklist, buffer, page_size)
    buffer.close()
    return bytes(buffer.data().data()), pages


def export_pdf(
    checklist: Checklist, path: Path | str, page_size: str = DEFAULT_PAGE_SIZE, *, overwrite: bool = True
) -> int:
    """Write the PDF to ``path`` with ``fileutil.atomic_write_bytes`` (private, all or nothing).

    Either ``path`` holds the complete new PDF afterwards, or it is untouched and no temporary file is
    left behind. A folder, link, FIFO or device at ``path`` raises ``NotRegularFileError`` (never
    replaced); an existing file raises ``FileExistsError`` unless ``overwrite``. Raises ``OSError`` when
    the folder cannot be written and :class:`RenderError` when painting fails; returns the page count.
    """
    target = Path(path)
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}")
    fileutil.require_own_regular(target)
    if not overwrite and os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    data, pages = pdf_bytes(checklist, page_size)
    _check_complete(data)
    fileutil.atomic_write_bytes(target, data, overwrite=overwrite)
    return pages


def _check_complete(pdf: bytes) -> None:
    """Accept only a document that ends with its trailer (Qt reports no failure of its own)."""
    if not pdf or b"%%EOF" not in pdf[-64:]:
        raise RenderError("the PDF was not produced completely")
