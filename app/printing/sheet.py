"""The checklist for the fridge, block by block: who, the state-aware headline, the next action printed
large, every step with big tick boxes and a line for the date done, then the certificates, the
passwords (by name only), the official pages as QR codes and where to call.

Every word comes from :mod:`app.i18n.checklist`; this module decides only sizes and places. Nothing is
printed twice: a row carries one state (the one status language), the certificate table says what and
from whom (its state is the READY row), the footer names the member and the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import segno
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen

from app.domain.checklist import Checklist, CheckRow, MemberChecklist, StepSection
from app.domain.plan import UnitState
from app.domain.status import Headline, Status
from app.i18n import checklist as words
from app.printing.canvas import (
    ACCENT,
    ALERT,
    BAND,
    BODY_PT,
    BOX_MM,
    CENTER,
    DONE,
    FAINT,
    HIGHLIGHT,
    INK,
    MIN_PT,
    MUTED,
    RIGHT,
    RULE,
    SMALL_PT,
    WAIT,
    Block,
    Canvas,
    Page,
    RenderError,
    RenderFailure,
)

_STATUS_COLOURS: dict[Status, QColor] = {
    Status.DONE: DONE,
    Status.WAITING: WAIT,
    Status.NOT_NEEDED: FAINT,
    Status.UNDECIDED: MUTED,
    Status.NOT_STARTED: MUTED,
    Status.IN_PROGRESS: ACCENT,
    Status.NEXT: ACCENT,
    Status.ATTENTION: ALERT,
}


class ChecklistLayout(Canvas):
    """The blocks of a :class:`Checklist` on one paged device."""

    def __init__(self, checklist: Checklist, device: QPagedPaintDevice) -> None:
        super().__init__(device)
        self.checklist = checklist
        labels = [words.step_label(s.step) for m in checklist.members for s in m.sections]
        widest = max(self.text_width(self.font(12), label) + self.mm(4) for label in labels)
        self.step_label_width = min(max(self.mm(20), widest), self.mm(43))  # a longer label wraps
        self.status_width = self.mm(44)  # 「12月10日（木）に確認」 on one line at body size
        self._named: set[int] = set()  # the header blocks that print a member's name


    # the flow ---------------------------------------------------------------------------------------
    def blocks(self) -> list[Block]:
        flow: list[Block] = []
        for index, member in enumerate(self.checklist.members):
            part = self.member_blocks(member)
            part[0].new_page = index > 0
            flow += part
        return flow

    def member_blocks(self, member: MemberChecklist) -> list[Block]:
        out: list[Block] = [self.header_block(member)]
        if member.headline is not Headline.NOTHING_CHOSEN:  # else the next action alone: one clear step
            out.append(self.headline_block(member))
        out.append(self.next_action_block(member))
        out += self.dates_blocks(member)  # the next dates to keep: the calendar file's dates
        out.append(self.heading_block(words.label("steps")))
        for section in member.sections:
            out += self.section_blocks(section, member)
        # the official pages right after the steps they serve: what follows (tables, help) fills their
        # page, so a few codes never take the last page alone
        out.append(self.heading_block(words.label("smartphone")))
        out.append(self.paragraph_block(words.label("qr_note"), size=SMALL_PT, color=MUTED, before=0))
        out[-1].keep_with_next = True
        out.append(self.qr_block())
        out.append(self.heading_block(words.label("certificates")))
        out += self.certificate_blocks(member)
        out.append(self.heading_block(words.label("passwords")))
        out.append(self.paragraph_block(words.label("passwords_note"), size=SMALL_PT, color=MUTED, before=0))
        out[-1].keep_with_next = True
        out += self.password_blocks(member)
        for note in words.card_notes(member):
            out.append(self.paragraph_block(note, size=SMALL_PT, color=MUTED, before=2))
        out += self.help_blocks()  # two lines: they fill a page's end, the QR codes keep together
        name = member.display_name or None
        for block in out:
            block.member = name
        return out

    def paginate(self, flow: Sequence[Block] | None = None) -> list[Page]:
        return super().paginate(self.blocks() if flow is None else flow)

    def paint(self, painter: QPainter, pages: Sequence[Page], new_page: Callable[[], bool]) -> None:
        for index, page in enumerate(pages):
            if index and not new_page():
                raise RenderError(RenderFailure.NEW_PAGE_REFUSED)
            for block, y in page.placed:
                block.draw(painter, y)
            named = any(id(block) in self._named for block, _ in page.placed)
            self.footer(painter, index + 1, len(pages), None if named else page.member)  # the name once

    # the top of a member's part ----------------------------------------------------------------------
    def header_block(self, member: MemberChecklist) -> Block:
        c = self.checklist
        title = words.title(c)
        title_font, name_font, info_font = self.font(11), self.font(22), self.font(BODY_PT)
        label_font = self.font(SMALL_PT)
        title_h = self.text_height(title_font, self.width, title)
        name_h = self.text_height(name_font, self.width, member.display_name or "X")
        label_w = max(
            self.text_width(label_font, words.label(k)) for k in ("tax_year", "filing_period", "printed_on")
        ) + self.mm(3)
        cells = (
            (words.label("tax_year"), words.tax_year_text(c)),
            (words.label("filing_period"), words.filing_text(c)),
            (words.label("printed_on"), words.printed_on_text(c)),
        )
        hs = [self.text_height(info_font, self.width - label_w, v) for _, v in cells]
        gap = self.pt(3)
        height = title_h + self.pt(5) + name_h + self.pt(7) + sum(hs) + gap * len(hs) + self.pt(4)

        def draw(p: QPainter, y: float) -> None:
            self.draw_text(p, QRectF(0, y, self.width, title_h), title, title_font, ACCENT)
            y += title_h + self.pt(5)
            if member.display_name:
                self.draw_text(p, QRectF(0, y, self.width, name_h), member.display_name, name_font, INK)
            else:  # the blank form: a line to write the name on
                label = words.label("name") + ":"
                self.draw_text(
                    p, QRectF(0, y + name_h * 0.3, self.width, name_h), label, self.font(13), MUTED
                )
                x0 = self.text_width(self.font(13), label) + self.mm(3)
                p.setPen(QPen(MUTED, self.pt(0.8)))
                p.drawLine(QPointF(x0, y + name_h), QPointF(min(self.width, x0 + self.mm(90)), y + name_h))
            y += name_h + self.pt(7)
            ascent_dy = self.ascent(info_font) - self.ascent(label_font)
            for (label, value), h in zip(cells, hs, strict=True):
                self.draw_text(p, QRectF(0, y + ascent_dy, label_w, h), label, label_font, MUTED)
                self.draw_text(p, QRectF(label_w, y, self.width - label_w, h), value, info_font, INK)
                y += h + gap
            self.rule(p, y + self.pt(1), ACCENT, 1.2)

        block = Block(height, draw, texts=(title, member.display_name, *(v for _, v in cells)))
        self._named.add(id(block))
        return block

    def headline_block(self, member: MemberChecklist) -> Block:
        text = words.headline(member)
        font = self.font(17)
        before = self.pt(10)
        h = self.text_height(font, self.width, text)

        def draw(p: QPainter, y: float) -> None:
            self.draw_text(p, QRectF(0, y + before, self.width, h), text, font, ACCENT)

        return Block(before + h, draw, keep_with_next=True, texts=(text,))

    def next_action_block(self, member: MemberChecklist) -> Block:
        label, text = words.label("next_action"), words.next_action(member, self.checklist)
        label_font, text_font = self.font(BODY_PT), self.font(16)
        pad = self.pt(9)
        inner_w = self.width - 2 * pad - self.pt(3)
        label_h = self.text_height(label_font, inner_w, label)
        text_h = self.text_height(text_font, inner_w, text)
        box_h = 2 * pad + label_h + self.pt(3) + text_h
        height = self.pt(8) + box_h + self.pt(2)

        def draw(p: QPainter, y: float) -> None:
            y += self.pt(8)
            p.setPen(QPen(ACCENT, self.pt(1.2)))
            p.setBrush(HIGHLIGHT)
            p.drawRoundedRect(QRectF(0, y, self.width, box_h), self.pt(5), self.pt(5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            x = pad + self.pt(3)
            self.draw_text(p, QRectF(x, y + pad, inner_w, label_h), label, label_font, ACCENT)
            self.draw_text(
                p, QRectF(x, y + pad + label_h + self.pt(3), inner_w, text_h), text, text_font, INK
            )

        return Block(height, draw, texts=(label, text))

    def dates_blocks(self, member: MemberChecklist) -> list[Block]:
        """The next dates to keep, one line each: the date, then who and what."""
        from app.i18n import reminders as reminder_words

        if not member.dates:
            return []
        c = self.checklist
        lines = [reminder_words.date_line(r, c.source, c.catalog) for r in member.dates]
        label_font, font = self.font(SMALL_PT), self.font(BODY_PT)
        date_w = max(self.text_width(font, day) for day, _ in lines) + self.mm(4)
        heading = reminder_words.dates_heading()
        head_h = self.text_height(label_font, self.width, heading)
        hs = [self.text_height(font, self.width - date_w, what) for _, what in lines]
        before, gap = self.pt(8), self.pt(2)

        def draw(p: QPainter, y: float) -> None:
            y += before
            self.draw_text(p, QRectF(0, y, self.width, head_h), heading, label_font, ACCENT)
            y += head_h + gap
            for (day, what), h in zip(lines, hs, strict=True):
                self.draw_text(p, QRectF(0, y, date_w, h), day, font, INK)
                self.draw_text(p, QRectF(date_w, y, self.width - date_w, h), what, font, INK)
                y += h + gap

        height = before + head_h + gap + sum(h + gap for h in hs)
        texts = (heading, *(part for line in lines for part in line))
        return [Block(height, draw, texts=texts)]

    # generic blocks ------------------------------------------------------------------------------------
    def heading_block(self, text: str) -> Block:
        font = self.font(14)
        space = self.pt(14)
        h = self.text_height(font, self.width, text)

        def draw(p: QPainter, y: float) -> None:
            self.draw_text(p, QRectF(0, y + space, self.width, h), text, font, ACCENT)
            self.rule(p, y + space + h + self.pt(2.5), ACCENT, 0.8)

        return Block(space + h + self.pt(6), draw, keep_with_next=True, texts=(text,))

    def paragraph_block(
        self, text: str, *, size: float = BODY_PT, color: QColor = INK, before: float = 3
    ) -> Block:
        font = self.font(size)
        h = self.text_height(font, self.width, text)
        space = self.pt(before)

        def draw(p: QPainter, y: float) -> None:
            self.draw_text(p, QRectF(0, y + space, self.width, h), text, font, color)

        return Block(space + h, draw, texts=(text,))

    # the steps -------------------------------------------------------------------------------------------
    def section_blocks(self, section: StepSection, member: MemberChecklist) -> list[Block]:
        label, headline = words.step_label(section.step), words.step_headline(section.step, member)
        status = words.status_word(section.status)
        label_font, head_font, status_font = self.font(12), self.font(BODY_PT), self.font(BODY_PT)
        pad = self.pt(5)
        label_w = self.step_label_width
        pill_w = self.text_width(status_font, status) + self.mm(5) if status else 0.0
        head_w = self.width - label_w - pill_w - 3 * pad
        head_h = max(
            self.text_height(head_font, head_w, headline), self.text_height(label_font, label_w, label)
        )
        band_h = head_h + 2 * pad
        space = self.pt(8)
        colour = FAINT if not section.needed else INK
        status_colour = _STATUS_COLOURS[section.status]

        def draw(p: QPainter, y: float) -> None:
            y += space
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAND)
            p.drawRoundedRect(QRectF(0, y, self.width, band_h), self.pt(3), self.pt(3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            self.draw_text(p, QRectF(pad, y + pad, label_w, head_h), label, label_font, ACCENT)
            self.draw_text(
                p, QRectF(pad + label_w, y + pad + self.pt(0.6), head_w, head_h), headline, head_font, colour
            )
            if status:
                pill = QRectF(
                    self.width - pad - pill_w, y + pad - self.pt(1), pill_w, self.pt(BODY_PT) * 1.55
                )
                p.setPen(QPen(status_colour, self.pt(0.9)))
                p.setBrush(QColor("white"))
                p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                p.setBrush(Qt.BrushStyle.NoBrush)
                self.draw_text(
                    p, pill.adjusted(0, self.pt(2), 0, 0), status, status_font, status_colour, CENTER
                )

        heading = Block(space + band_h, draw, keep_with_next=True, texts=(label, headline, status))
        blocks = [heading]
        if section.note is not None:
            blocks.append(self.paragraph_block(words.say(section.note), size=BODY_PT, color=MUTED, before=5))
        blocks += [self.check_block(row) for row in section.rows]
        for block in blocks[1:]:  # items carried onto the next page come under their step's heading
            block.header = heading
        if sum(b.height for b in blocks) < self.height * 0.2:  # a short step stays on one page
            for block in blocks:
                block.keep_with_next = True
        blocks[-1].keep_with_next = False
        return blocks

    def check_block(self, row: CheckRow) -> Block:
        """A tick box, the to-do, its one state, the follow-up date and a line for the date done."""
        text = words.say(row.text)
        small = " / ".join(words.say(x) for x in (row.official, row.detail) if x is not None)
        findings = words.say(row.findings) if row.findings is not None else ""
        status = words.status_word(row.status)
        note = words.follow_up_text(row.follow_up) if row.follow_up is not None else ""
        done_label = words.label("done_on") if row.dated else ""
        font, small_font, status_font = self.font(BODY_PT), self.font(SMALL_PT), self.font(BODY_PT)
        date_font = self.font(BODY_PT)  # the follow-up date and 「済んだ日」 are read and written on
        box = self.mm(BOX_MM)
        indent = self.mm(8) * row.indent
        text_x = indent + box + self.mm(3)
        status_w = self.status_width
        text_w = self.width - text_x - status_w - self.mm(3)
        main_h = self.text_height(font, text_w, text)
        small_h = self.text_height(small_font, text_w, small)
        findings_h = self.text_height(font, text_w, findings) if findings else 0.0
        status_h = self.text_height(status_font, status_w, status)
        note_h = self.text_height(date_font, status_w, note)
        line_h = self.pt(BODY_PT) * 2.2 if done_label else 0.0
        right_h = status_h + note_h + line_h
        before = self.pt(4)
        left_h = main_h + small_h + (self.pt(1.5) if small else 0.0) + findings_h
        height = before + max(left_h, right_h, box) + self.pt(3)
        muted = row.state is UnitState.NOT_NEEDED

        def draw(p: QPainter, y: float) -> None:
            y += before
            self.checkbox(p, QRectF(indent, y, box, box), row.state)
            self.draw_text(p, QRectF(text_x, y, text_w, main_h), text, font, FAINT if muted else INK)
            if small:
                rect = QRectF(text_x, y + main_h + self.pt(1.5), text_w, small_h)
                self.draw_text(p, rect, small, small_font, MUTED)
            if findings:  # the rules' warnings: body size, so they are read
                top = y + main_h + (small_h + self.pt(1.5) if small else 0.0)
                self.draw_text(p, QRectF(text_x, top, text_w, findings_h), findings, font, INK)
            sx = self.width - status_w
            ry = y
            if status:
                self.draw_text(
                    p,
                    QRectF(sx, ry, status_w, status_h),
                    status,
                    status_font,
                    _STATUS_COLOURS[row.status],
                    RIGHT,
                )
                ry += status_h
            if note:
                colour = ALERT if row.status is Status.ATTENTION else MUTED
                self.draw_text(p, QRectF(sx, ry, status_w, note_h), note, date_font, colour, RIGHT)
                ry += note_h
            if done_label:
                base = ry + line_h - self.pt(3)
                self.draw_text(
                    p,
                    QRectF(sx, base - self.pt(BODY_PT) * 1.3, status_w, self.pt(BODY_PT) * 1.5),
                    done_label,
                    date_font,
                    MUTED,
                )
                x0 = sx + self.text_width(date_font, done_label) + self.mm(2)
                p.setPen(QPen(MUTED, self.pt(0.7)))
                p.drawLine(QPointF(x0, base), QPointF(self.width, base))

        return Block(height, draw, texts=(text, small, status, note, done_label))

    # tables ---------------------------------------------------------------------------------------------
    def table_blocks(
        self, columns: Sequence[str], widths: Sequence[float], rows: Sequence[tuple[tuple[str, ...], bool]]
    ) -> list[Block]:
        """A table; each row is (cells, muted). The header row repeats above a continued table."""
        head_font, cell_font = self.font(BODY_PT), self.font(BODY_PT)  # a header is read like a row
        pad_x, pad_y = self.mm(1.8), self.pt(4)
        total = sum(widths)
        ws = [self.width * w / total for w in widths]
        xs = [sum(ws[:i]) for i in range(len(ws))]

        def measure(font: QFont, cells: Sequence[str]) -> float:
            return max(self.text_height(font, w - 2 * pad_x, t) for w, t in zip(ws, cells, strict=True))

        head_h = measure(head_font, columns) + 2 * pad_y
        before = self.pt(4)

        def draw_head(p: QPainter, y: float) -> None:
            y += before
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAND)
            p.drawRect(QRectF(0, y, self.width, head_h))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for x, w, t in zip(xs, ws, columns, strict=True):
                self.draw_text(p, QRectF(x + pad_x, y + pad_y, w - 2 * pad_x, head_h), t, head_font, MUTED)

        header = Block(before + head_h, draw_head, keep_with_next=True, texts=tuple(columns))
        blocks = [header]
        for cells, muted in rows:
            h = measure(cell_font, cells) + 2 * pad_y
            colour = FAINT if muted else INK

            def draw_row(
                p: QPainter, y: float, cells: tuple[str, ...] = cells, h: float = h, colour: QColor = colour
            ) -> None:
                for x, w, t in zip(xs, ws, cells, strict=True):
                    self.draw_text(p, QRectF(x + pad_x, y + pad_y, w - 2 * pad_x, h), t, cell_font, colour)
                self.rule(p, y + h, RULE, 0.5)

            blocks.append(Block(h, draw_row, header=header, texts=cells))
        return blocks

    def certificate_blocks(self, member: MemberChecklist) -> list[Block]:
        if not member.certificates:
            return [self.paragraph_block(words.certificate_empty(), color=MUTED, before=4)]
        rows = [
            (
                (words.say_named(line.type_name), line.issuer, words.channel_text(line.channel)),
                line.state is UnitState.NOT_NEEDED,
            )
            for line in member.certificates
        ]
        columns = (words.label("col_type"), words.label("col_issuer"), words.label("col_channel"))
        return self.table_blocks(columns, (3.4, 2.4, 2.6), rows)

    def password_blocks(self, member: MemberChecklist) -> list[Block]:
        """Names, formats and where each is used; the tries left only when a card check is on record."""
        checked = any(pw.checked for pw in member.passwords)
        keys = ["col_password", "col_format", "col_used_in"] + (["col_tries"] if checked else [])
        widths = [3.2, 2.7, 2.7] + ([1.1] if checked else [])
        rows = []
        for pw in member.passwords:
            cells = [words.password_name(pw.kind), words.password_rule(pw.kind), words.password_used_in(pw)]
            if checked:
                cells.append(words.tries_text(pw))
            rows.append((tuple(cells), not pw.needed))
        return self.table_blocks(tuple(words.label(k) for k in keys), widths, rows)

    # the smartphone route and help -------------------------------------------------------------------
    def qr_block(self) -> Block:
        targets = self.checklist.qr_targets
        labels = [words.qr_label(t) for t in targets]
        label_font, url_font = self.font(SMALL_PT), self.font(MIN_PT)
        count = max(len(targets), 1)
        gap = self.mm(3)
        col_w = (self.width - gap * (count - 1)) / count
        side = min(col_w, self.mm(25))
        label_h = max(self.text_height(label_font, col_w, t, CENTER) for t in labels)
        shown = [t.url.removeprefix("https://").rstrip("/") for t in targets]
        url_h = max(self.text_height(url_font, col_w, url, CENTER) for url in shown)
        before = self.pt(6)
        height = before + side + self.pt(4) + label_h + self.pt(2) + url_h + self.pt(4)
        codes = [segno.make(t.url, error="m", micro=False) for t in targets]

        def draw(p: QPainter, y: float) -> None:
            y += before
            for i, (label, code, url) in enumerate(zip(labels, codes, shown, strict=True)):
                x = i * (col_w + gap)
                self.draw_qr(p, code, QRectF(x + (col_w - side) / 2, y, side, side))
                ly = y + side + self.pt(4)
                self.draw_text(p, QRectF(x, ly, col_w, label_h), label, label_font, INK, CENTER)
                uy = ly + label_h + self.pt(2)
                self.draw_text(p, QRectF(x, uy, col_w, url_h), url, url_font, MUTED, CENTER)

        return Block(height, draw, texts=(*labels, *shown))

    def help_blocks(self) -> list[Block]:
        """The inquiry line: where to call when the card or マイナポータル fails."""
        lines = words.inquiry_lines()
        out = [self.heading_block(words.label("help")), self.paragraph_block(lines[0], size=13, before=2)]
        out += [self.paragraph_block(line, size=SMALL_PT + 1, color=MUTED, before=2) for line in lines[1:]]
        for block in out[:-1]:
            block.keep_with_next = True
        return out

    def footer(self, p: QPainter, number: int, total: int, member: str | None) -> None:
        font = self.font(MIN_PT)
        y = self.height - self.pt(11)
        self.rule(p, y - self.pt(4), RULE, 0.5)
        left = "  |  ".join(part for part in (words.label("footer"), member) if part)
        self.draw_text(p, QRectF(0, y, self.width * 0.75, self.pt(11)), left, font, MUTED)
        page = words.page_text(number, total)
        self.draw_text(
            p, QRectF(self.width * 0.6, y, self.width * 0.4, self.pt(11)), page, font, MUTED, RIGHT
        )
