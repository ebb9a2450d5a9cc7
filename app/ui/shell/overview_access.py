"""The STEP0 diagram for a screen reader and the keyboard: its boxes and lines as accessible objects.

The diagram paints itself (``overview.py``); here each box and each line becomes a child of its
accessible interface — a button named by what the box is and its state, a link named by the line's
step — in Tab order (the boxes, then the lines). When Tab moves to another box or line, the screen
reader is told, and the enclosing page scrolls it into view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QPainter,
    QPalette,
    QPen,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QScrollArea, QWidget

from app.ui.widgets import accessible
from app.ui.widgets.focus_style import FOCUS_RING_RADIUS, FOCUS_RING_WIDTH

if TYPE_CHECKING:
    from app.domain.diagram_layout import Layout, PlacedEdge
    from app.domain.diagram_model import Diagram, DiagramNode
    from app.domain.steps import StepId


class OverviewDiagram(Protocol):
    """What this layer reads of ``overview.OverviewDiagram`` (that module imports this one)."""

    focus_index: int
    diagram: Diagram | None

    @property
    def nodes(self) -> tuple[DiagramNode, ...]: ...
    def current_layout(self, width: float | None = None) -> Layout: ...
    def _scale(self) -> float: ...
    def _edge_step(self, edge: PlacedEdge) -> StepId: ...
    def _shown(self) -> Diagram: ...
    def hasFocus(self) -> bool: ...
    def isVisible(self) -> bool: ...
    def palette(self) -> QPalette: ...
    def parentWidget(self) -> QWidget | None: ...
    def window(self) -> QWidget: ...
    def mapTo(self, parent: QWidget, pos: QPoint) -> QPoint: ...
    def mapToGlobal(self, pos: QPoint) -> QPoint: ...


def edges(diagram: OverviewDiagram) -> list[PlacedEdge]:
    """The lines Tab reaches after the boxes (as laid out now)."""
    return list(diagram.current_layout().edges) if diagram.diagram is not None else []


def stop_count(diagram: OverviewDiagram) -> int:
    return len(diagram.nodes) + len(edges(diagram))


def focused_edge(diagram: OverviewDiagram) -> PlacedEdge | None:
    index = diagram.focus_index - len(diagram.nodes)
    lines = edges(diagram)
    return lines[index] if diagram.focus_index >= 0 and 0 <= index < len(lines) else None


def edge_text(diagram: OverviewDiagram, edge: PlacedEdge) -> str:
    from app.i18n import translate
    from app.i18n.diagram import node_title, step_name

    shown = diagram._shown()

    def title(key: str) -> str:
        return " ".join(node_title(shown.node(key)).replace("\u200b", "").split())

    step = diagram._edge_step(edge)
    label = " ".join(edge.label_lines).replace("\u200b", "")
    return translate("Overview", "線「{label}」（{source} → {target}）: 「{step}」のページを開きます").format(
        label=label, source=title(edge.source), target=title(edge.target), step=step_name(step)
    )


def stop_rect(diagram: OverviewDiagram, index: int) -> QRect:
    """Where box or line ``index`` is drawn, in the diagram's coordinates."""
    lay = diagram.current_layout()
    scale = diagram._scale()
    if index < len(diagram.nodes):
        key = diagram.nodes[index].key
        r = lay.node(key).rect
    else:
        r = edges(diagram)[index - len(diagram.nodes)].label
    return QRectF(r.x * scale, r.y * scale, r.w * scale, r.h * scale).toAlignedRect()


def paint_edge_focus(diagram: OverviewDiagram, painter: QPainter) -> None:
    """The ring around the focused line's step chip (boxes draw their own focus)."""
    edge = focused_edge(diagram) if diagram.hasFocus() else None
    if edge is None:
        return
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(diagram.palette().color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    ring = QRectF(stop_rect(diagram, diagram.focus_index)).adjusted(-4, -4, 4, 4)
    painter.drawRoundedRect(ring, FOCUS_RING_RADIUS, FOCUS_RING_RADIUS)
    painter.restore()


def focus_moved(diagram: OverviewDiagram) -> None:
    """Scroll the focused box or line into view and tell the screen reader."""
    index = diagram.focus_index
    if not 0 <= index < stop_count(diagram):
        return
    rect = stop_rect(diagram, index)
    node = diagram.parentWidget()
    while node is not None and not isinstance(node, QScrollArea):
        node = node.parentWidget()
    body = node.widget() if node is not None else None
    if node is not None and body is not None:
        centre = diagram.mapTo(body, rect.center())
        node.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 16, rect.height() // 2 + 16)
    if QAccessible.isActive():
        interface = QAccessible.queryAccessibleInterface(diagram)  # type: ignore[arg-type]
        if isinstance(interface, DiagramInterface):
            child = interface.child(index)
            if child is not None:
                QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))


class _Stop(QAccessibleInterface):
    """One box or line of the diagram (no QObject of its own)."""

    def __init__(self, owner: DiagramInterface, index: int) -> None:
        super().__init__()
        self.owner = owner
        self.index = index

    def _diagram(self) -> OverviewDiagram | None:
        diagram = self.owner.diagram
        return diagram if shiboken6.isValid(diagram) else None

    def isValid(self) -> bool:
        diagram = self._diagram()
        return diagram is not None and self.index < stop_count(diagram)

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        diagram = self._diagram()
        return diagram.window().windowHandle() if diagram is not None else None

    def relations(self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations) -> list:  # type: ignore[type-arg]
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        diagram = self._diagram()
        return QAccessible.queryAccessibleInterface(diagram) if diagram is not None else None  # type: ignore[arg-type]

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass

    def is_box(self) -> bool:
        diagram = self._diagram()
        return diagram is not None and self.index < len(diagram.nodes)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Button if self.is_box() else QAccessible.Role.Link

    def text(self, kind: QAccessible.Text) -> str:
        diagram = self._diagram()
        if diagram is None or not self.isValid():
            return ""
        if kind == QAccessible.Text.Name:
            if self.is_box():
                from app.i18n.diagram import tooltip

                return " ".join(tooltip(diagram.nodes[self.index]).replace("\u200b", "").split())
            return edge_text(diagram, edges(diagram)[self.index - len(diagram.nodes)])
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        diagram = self._diagram()
        state.focusable = True
        state.focused = diagram is not None and diagram.hasFocus() and diagram.focus_index == self.index
        state.invisible = diagram is None or not diagram.isVisible()
        return state

    def rect(self) -> QRect:
        diagram = self._diagram()
        if diagram is None or not self.isValid():
            return QRect()
        local = stop_rect(diagram, self.index)
        return QRect(diagram.mapToGlobal(local.topLeft()), local.size())


class DiagramInterface(QAccessibleWidget):
    """The diagram: a named group of buttons (the boxes) and links (the lines)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Grouping)
        self.diagram: OverviewDiagram = widget  # type: ignore[assignment]  # an OverviewDiagram
        self.stops: list[_Stop] = []
        self.ids: list[int] = []
        widget.destroyed.connect(self._release)

    def _sync(self) -> list[_Stop]:
        """One child per box and line; kept (and registered with Qt) as long as the diagram lives."""
        wanted = stop_count(self.diagram) if shiboken6.isValid(self.diagram) else 0
        while len(self.stops) < wanted:
            stop = _Stop(self, len(self.stops))
            self.stops.append(stop)
            self.ids.append(QAccessible.registerAccessibleInterface(stop))
        return self.stops[:wanted]

    def _release(self) -> None:
        for ident in self.ids:
            QAccessible.deleteAccessibleInterface(ident)
        self.ids.clear()

    def childCount(self) -> int:
        return len(self._sync())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        stops = self._sync()
        return stops[index] if 0 <= index < len(stops) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, stop in enumerate(self._sync()) if stop is child), -1)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not self.diagram.hasFocus():
            return None
        return self.child(self.diagram.focus_index)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((s for s in self._sync() if s.rect().contains(QPoint(x, y))), None)


def install(diagram_class: type[QWidget]) -> None:
    """Widgets of ``diagram_class`` (overview.OverviewDiagram) get the interface here."""
    accessible.register(diagram_class, DiagramInterface)
    accessible.install()
