"""STEP0's diagram, alive: who links to whom for the member shown, each box with its state in words and
a symbol (never colour alone), updated with every change. A click on a box or a line, or Tab to a box
and Enter, opens its step's page; tooltips say what a box is and its state. Ctrl+wheel and Ctrl+± zoom,
Ctrl+0 fits the width. What is shown comes from ``app/domain/diagram_model.py``, where it goes from
``app/domain/diagram_layout.py`` (pure, tested); this module only measures text and paints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain.diagram_layout import (
    CHIP_LH,
    CHIP_PX,
    STATUS_LH,
    STATUS_PX,
    SUB_LH,
    SUB_PX,
    TITLE_LH,
    TITLE_PX,
    Layout,
    PlacedEdge,
    PlacedNode,
    layout,
)
from app.domain.steps import StepId
from app.ui.shell import overview_access
from app.ui.widgets import theme

if TYPE_CHECKING:  # the model loads with the household, after the first paint (tests/test_cli.py)
    from app.domain.diagram_model import Diagram, DiagramNode
    from app.domain.status import Status
    from app.session import HouseholdSession

_EMPTY = Layout((), (), 0.0, 0.0)  # before the household is loaded: nothing drawn yet


ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.6, 2.0, 1.15
HIT_TOLERANCE = 5.0  # pixels around a line that still count as a click on it


def _palette_colors(pal: QPalette) -> dict[str, QColor]:
    fg = pal.color(QPalette.ColorRole.WindowText)
    base = pal.color(QPalette.ColorRole.Base)
    accent = pal.color(QPalette.ColorRole.Highlight)
    dark = base.lightness() < 128
    return {
        "fg": fg,
        "base": base,
        "accent": accent,
        "line": QColor(fg.red(), fg.green(), fg.blue(), 170),
        "done": QColor("#2e7d32") if not dark else QColor("#81c784"),
        "attention": QColor("#b3261e") if not dark else QColor("#ff8a80"),
        # solid, not a faded foreground: ≥ 4.5:1 on every box tint (tests/ui/widgets/test_contrast.py)
        "muted": QColor(theme.EXTRA[theme.Scheme.DARK if dark else theme.Scheme.LIGHT]["diagram_subtitle"]),
    }


def _fill(status: Status, colors: dict[str, QColor]) -> QColor:
    """A quiet tint per state (the state is also written in the box, with a symbol)."""
    from app.domain.status import Status

    if status is Status.DONE:
        tint = QColor(colors["done"])
        tint.setAlpha(40)
    elif status is Status.ATTENTION:
        tint = QColor(colors["attention"])
        tint.setAlpha(36)
    elif status is Status.NEXT:
        tint = QColor(colors["accent"])
        tint.setAlpha(60)
    elif status in (Status.NOT_NEEDED, Status.UNDECIDED):
        tint = QColor(colors["base"])
    else:
        tint = QColor(colors["accent"])
        tint.setAlpha(22)
    return tint


class OverviewDiagram(QWidget):
    """The 全体図 of the member shown (see the module docstring)."""

    activated = Signal(object)  # the DiagramNode or edge's step that was clicked or pressed
    step_requested = Signal(object)  # the StepId whose page to show (the window shows it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        overview_access.install(type(self))  # boxes and lines as accessible objects
        self.setObjectName("overviewDiagram")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.session: HouseholdSession | None = None
        self.diagram: Diagram | None = None  # drawn once the household is shown (set_session)
        self.zoom = 1.0
        self.focus_index = -1  # the box Tab reached (-1: none yet)
        self._cache: tuple[object, Layout] | None = None
        self._capacity = 0
        self._update_accessible_text()

    # --- what is shown ---------------------------------------------------------------------------

    def set_session(self, session: HouseholdSession) -> None:
        """Show ``session``'s household (call again after every change: views.py does)."""
        if self.session is not session:
            self.session = session
            self.activated.connect(self._open)
        self.refresh()

    def refresh(self) -> None:
        s = self.session
        if s is None:
            return
        from app.domain.diagram_model import build_diagram

        self.diagram = build_diagram(
            s.household, s.plans, s.profile_id, s.today(), issuer_limit=2 * self.issuer_capacity(), due=s.due
        )
        self._cache = None
        self._update_accessible_text()
        self.updateGeometry()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        before = self._capacity
        self._capacity = self.issuer_capacity()
        if before != self._capacity:
            self.refresh()
        super().resizeEvent(event)

    def issuer_capacity(self) -> int:
        """How many issuer boxes one line holds at this width (the model groups beyond two lines)."""
        return max(1, int((self._design_width() - 60) // 170))

    def _shown(self) -> Diagram:
        assert self.diagram is not None  # a box or a line was found: the diagram is drawn
        return self.diagram

    @property
    def nodes(self) -> tuple[DiagramNode, ...]:
        return () if self.diagram is None else self.diagram.nodes

    def _open(self, what: object) -> None:
        from app.domain.diagram_model import DiagramNode, NodeKind

        s = self.session
        if s is None:
            return
        if isinstance(what, DiagramNode):
            if what.kind is NodeKind.MEMBER and what.step is StepId.STEP1 and what.profile_id is not None:
                s.set_current_profile(what.profile_id)  # their own preparation: show them
            self.step_requested.emit(what.step)
        elif isinstance(what, StepId):
            self.step_requested.emit(what)

    # --- geometry ----------------------------------------------------------------------------------

    def _design_width(self) -> float:
        return max(self.width(), 360) / self.zoom

    def measure(self, text: str, px: int) -> float:
        font = QFont(self.font())
        font.setPixelSize(px)
        if px == TITLE_PX:
            font.setBold(True)
        return QFontMetricsF(font).horizontalAdvance(text)

    def current_layout(self, width: float | None = None) -> Layout:
        w = self._design_width() if width is None else width
        if self.diagram is None:
            return _EMPTY
        key = (w, self.diagram, self.font().family(), self.font().pointSizeF())
        if self._cache is None or self._cache[0] != key:
            from app.i18n.diagram import texts

            nodes, edges = texts(self.diagram)
            self._cache = (key, layout(nodes, edges, w, self.measure))
        return self._cache[1]

    def sizeHint(self) -> QSize:
        return QSize(720, self.heightForWidth(720))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lay = self.current_layout(max(width, 360) / self.zoom)
        scale = self._scale_for(lay, width)
        return int(lay.height * scale) + 2

    def _scale_for(self, lay: Layout, width: float) -> float:
        return min(self.zoom, width / lay.width * self.zoom) if lay.width > 0 else self.zoom

    def _scale(self) -> float:
        return self._scale_for(self.current_layout(), self.width())

    def _to_design(self, pos: QPointF) -> QPointF:
        s = self._scale()
        return QPointF(pos.x() / s, pos.y() / s)

    # --- zoom --------------------------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(ZOOM_MAX, max(ZOOM_MIN, zoom))
        self._cache = None
        self.refresh()
        self.updateGeometry()
        self.update()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        self.set_zoom(1.0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            else:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # --- hit testing, mouse, keyboard, tooltips ---------------------------------------------------

    def node_at(self, pos: QPointF) -> PlacedNode | None:
        p = self._to_design(pos)
        lay = self.current_layout()
        return next(
            (n for n in lay.nodes if QRectF(n.rect.x, n.rect.y, n.rect.w, n.rect.h).contains(p)), None
        )

    def edge_at(self, pos: QPointF) -> PlacedEdge | None:
        p = self._to_design(pos)
        tol = HIT_TOLERANCE / self._scale()
        for e in self.current_layout().edges:
            chip = QRectF(e.label.x, e.label.y, e.label.w, e.label.h)
            if chip.contains(p):
                return e
            for (x1, y1), (x2, y2) in e.segments:
                lo_x, hi_x, lo_y, hi_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
                if lo_x - tol <= p.x() <= hi_x + tol and lo_y - tol <= p.y() <= hi_y + tol:
                    return e
        return None

    def _edge_step(self, edge: PlacedEdge) -> StepId:
        return next(e.step for e in self._shown().edges if (e.source, e.target) == (edge.source, edge.target))

    def node_center(self, key: str) -> QPointF:
        """Where a person would click on a box (widget coordinates)."""
        r = self.current_layout().node(key).rect
        s = self._scale()
        return QPointF(r.cx * s, r.cy * s)

    def edge_label_center(self, source: str, target: str) -> QPointF:
        e = next(e for e in self.current_layout().edges if (e.source, e.target) == (source, target))
        s = self._scale()
        return QPointF(e.label.cx * s, e.label.cy * s)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is not Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        node = self.node_at(event.position())
        if node is not None:
            self.activated.emit(self._shown().node(node.key))
            return None
        edge = self.edge_at(event.position())
        if edge is not None:
            self.activated.emit(self._edge_step(edge))
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.node_at(event.position()) or self.edge_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF) -> str:
        from app.i18n import translate
        from app.i18n.diagram import step_name, tooltip

        node = self.node_at(pos)
        if node is not None:
            return tooltip(self._shown().node(node.key))
        edge = self.edge_at(pos)
        if edge is not None:
            return translate("Overview", "「{step}」のページを開きます").format(
                step=step_name(self._edge_step(edge))
            )
        return ""

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.hasFocus():
            count = overview_access.stop_count(self)  # the boxes, then the lines
            index = self.focus_index + (1 if next else -1)
            if 0 <= index < count:
                self.focus_index = index
                self._announce()
                self.update()
                return True
            self.focus_index = -1
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.focus_index < 0 and self.nodes:
            backwards = event.reason() is Qt.FocusReason.BacktabFocusReason
            self.focus_index = overview_access.stop_count(self) - 1 if backwards else 0
            self._announce()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.focus_index >= 0:
            edge = overview_access.focused_edge(self)
            if edge is not None:
                self.activated.emit(self._edge_step(edge))
            elif self.focus_index < len(self.nodes):
                self.activated.emit(self.nodes[self.focus_index])
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom_in()
                return
            if key == Qt.Key.Key_Minus:
                self.zoom_out()
                return
            if key == Qt.Key.Key_0:
                self.zoom_to_fit()
                return
        super().keyPressEvent(event)

    def _announce(self) -> None:
        from app.i18n.diagram import tooltip

        if 0 <= self.focus_index < len(self.nodes):
            self.setAccessibleDescription(tooltip(self.nodes[self.focus_index]))
        edge = overview_access.focused_edge(self)
        if edge is not None:
            self.setAccessibleDescription(overview_access.edge_text(self, edge))
        overview_access.focus_moved(self)

    def _update_accessible_text(self) -> None:
        from app.i18n import translate

        self.setAccessibleName(translate("Overview", "事前準備の全体図"))
        parts: list[str] = []
        if self.nodes:  # (the words of the boxes load with the household)
            from app.i18n.diagram import node_title
            from app.i18n.status import status_text

            parts = [f"{node_title(n).replace(chr(0x200B), '')}: {status_text(n.status)}" for n in self.nodes]
        self.setAccessibleDescription(
            translate("Overview", "Tab で箱を選び、Enter でそのステップのページを開きます。")
            + " "
            + "、".join(parts)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._cache = None
            self._update_accessible_text()
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # --- painting ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.diagram is None:
            return  # the household is not shown yet
        painter = QPainter(self)
        lay = self.current_layout()
        painter.scale(self._scale(), self._scale())
        focused = (
            self.nodes[self.focus_index].key
            if self.hasFocus() and 0 <= self.focus_index < len(self.nodes)
            else None
        )
        paint(painter, lay, self.diagram, self.palette(), self.font(), focused)
        overview_access.paint_edge_focus(self, painter)
        painter.end()


def paint(
    painter: QPainter,
    lay: Layout,
    diagram: Diagram,
    palette: QPalette,
    font: QFont,
    focused: str | None = None,
) -> None:
    """Draw a laid-out diagram (the widget, PNG and SVG exports share this)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colors = _palette_colors(palette)
    for edge in lay.edges:
        _edge(painter, edge, colors, font)
    for node in lay.nodes:
        _node(painter, node, diagram.node(node.key), colors, font, node.key == focused)


def _font(base: QFont, px: int, bold: bool = False) -> QFont:
    f = QFont(base)
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def _edge(painter: QPainter, edge: PlacedEdge, colors: dict[str, QColor], base: QFont) -> None:
    painter.setPen(QPen(colors["line"], 1.6))
    for (x1, y1), (x2, y2) in edge.segments:
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    # arrowhead where the line meets its target
    (ax, ay), (bx, by) = edge.points[-2], edge.points[-1]
    dx, dy = bx - ax, by - ay
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    size = 8.0
    tip = QPointF(bx, by)
    left = QPointF(bx - ux * size - uy * size * 0.5, by - uy * size + ux * size * 0.5)
    right = QPointF(bx - ux * size + uy * size * 0.5, by - uy * size - ux * size * 0.5)
    painter.save()
    painter.setBrush(colors["line"])
    painter.drawPolygon(QPolygonF([tip, left, right]))
    painter.restore()
    chip = QRectF(edge.label.x, edge.label.y, edge.label.w, edge.label.h)
    path = QPainterPath()
    path.addRoundedRect(chip, 6, 6)
    painter.fillPath(path, colors["base"])
    painter.setPen(QPen(colors["line"], 1.0))
    painter.drawPath(path)
    painter.setPen(colors["fg"])
    painter.setFont(_font(base, CHIP_PX, bold=True))
    y = chip.y() + 2
    for line in edge.label_lines:
        painter.drawText(QRectF(chip.x(), y, chip.width(), CHIP_LH), Qt.AlignmentFlag.AlignCenter, line)
        y += CHIP_LH


def _node(
    painter: QPainter,
    placed: PlacedNode,
    node: DiagramNode,
    colors: dict[str, QColor],
    base: QFont,
    focused: bool,
) -> None:
    from app.domain.status import Status

    r = placed.rect
    rect = QRectF(r.x, r.y, r.w, r.h)
    path = QPainterPath()
    path.addRoundedRect(rect, 10, 10)
    painter.fillPath(path, colors["base"])
    painter.fillPath(path, _fill(node.status, colors))
    border = colors["attention"] if node.status is Status.ATTENTION else colors["fg"]
    pen = QPen(border, 2.4 if node.status in (Status.NEXT, Status.ATTENTION) else 1.4)
    if node.status in (Status.NOT_NEEDED, Status.UNDECIDED):
        pen.setStyle(Qt.PenStyle.DashLine)  # not part of the plan (yet): dashed, and it says so
    painter.setPen(pen)
    painter.drawPath(path)
    if focused:
        ring = QPainterPath()
        ring.addRoundedRect(rect.adjusted(-4, -4, 4, 4), 13, 13)
        painter.setPen(QPen(colors["accent"], 2.5))
        painter.drawPath(ring)
    painter.setPen(colors["fg"])
    content = len(placed.title_lines) * TITLE_LH + len(placed.subtitle_lines) * SUB_LH + STATUS_LH
    y = rect.y() + (rect.height() - content) / 2  # a box taller than its text (its row's height): centred
    painter.setFont(_font(base, TITLE_PX, bold=True))
    for line in placed.title_lines:
        painter.drawText(QRectF(rect.x(), y, rect.width(), TITLE_LH), Qt.AlignmentFlag.AlignCenter, line)
        y += TITLE_LH
    painter.setFont(_font(base, SUB_PX))
    painter.setPen(colors["muted"])
    for line in placed.subtitle_lines:
        painter.drawText(QRectF(rect.x(), y, rect.width(), SUB_LH), Qt.AlignmentFlag.AlignCenter, line)
        y += SUB_LH
    status_color = {Status.DONE: colors["done"], Status.ATTENTION: colors["attention"]}.get(
        node.status, colors["fg"]
    )
    painter.setPen(status_color)
    painter.setFont(_font(base, STATUS_PX, bold=node.status in (Status.NEXT, Status.ATTENTION, Status.DONE)))
    painter.drawText(
        QRectF(rect.x(), y, rect.width(), STATUS_LH),
        Qt.AlignmentFlag.AlignCenter,
        placed.status,
    )
