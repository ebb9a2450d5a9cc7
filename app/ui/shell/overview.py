"""STEP0's diagram: who links to whom (the guide's 全体図), with the household member's status.

Drawn with QPainter so it scales crisply and follows the palette; every box says its status in
words and with a symbol, never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget


class NodeState(Enum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NEEDS_ACTION = "needs_action"
    NOT_NEEDED = "not_needed"
    UNKNOWN = "unknown"


_SYMBOL = {
    NodeState.DONE: "✓",
    NodeState.IN_PROGRESS: "…",
    NodeState.NEEDS_ACTION: "!",
    NodeState.NOT_NEEDED: "–",
    NodeState.UNKNOWN: "?",
}


@dataclass(frozen=True, slots=True)
class NodeStatus:
    state: NodeState
    text: str  # e.g. "完了", "未完了", "不要", already translated


@dataclass(frozen=True, slots=True)
class _Node:
    key: str
    title: str
    subtitle: str
    rect: tuple[float, float, float, float]  # in a 1000 x 430 design space


_DESIGN_W, _DESIGN_H = 1000.0, 430.0


class OverviewDiagram(QWidget):
    """The 全体図. Keys: mynaportal, etax, delivery, nenkin, issuers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewDiagram")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(260)
        self._status: dict[str, NodeStatus] = {}
        self._build_nodes()
        self._update_accessible_text()

    def _build_nodes(self) -> None:
        self._nodes = (
            _Node(
                "mynaportal",
                self.tr("マイナポータル"),
                self.tr("STEP1・2 利用者登録と証明書等の選択"),
                (20, 150, 220, 120),
            ),
            _Node("etax", "e-Tax", self.tr("STEP3 連携 / STEP5 情報取得希望"), (360, 20, 260, 100)),
            _Node(
                "delivery",
                self.tr("民間送達サービス"),
                self.tr("e-私書箱・MyPost・民間送達・e-Tax連携サービス"),
                (360, 160, 260, 110),
            ),
            _Node("nenkin", self.tr("ねんきんネット"), self.tr("STEP3 連携"), (360, 310, 260, 100)),
            _Node(
                "issuers",
                self.tr("証明書等を発行する企業"),
                self.tr("保険会社・証券会社・ふるさと納税ポータルサイト事業者など"),
                (740, 150, 240, 120),
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._build_nodes()
            self._update_accessible_text()
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(720, 320)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(260, int(width * _DESIGN_H / _DESIGN_W))

    def set_status(self, statuses: dict[str, NodeStatus]) -> None:
        self._status = dict(statuses)
        self._update_accessible_text()
        self.update()

    def _update_accessible_text(self) -> None:
        self.setAccessibleName(self.tr("事前準備の全体図"))
        parts = []
        for node in self._nodes:
            status = self._status.get(node.key)
            parts.append(f"{node.title}: {status.text}" if status else node.title)
        self.setAccessibleDescription(
            self.tr(
                "マイナポータルがe-Tax、民間送達サービス、ねんきんネットと連携し、"
                "民間送達サービスが証明書等を発行する企業と連携します。"
            )
            + " "
            + "、".join(parts)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min(self.width() / _DESIGN_W, self.height() / _DESIGN_H)
        painter.translate((self.width() - _DESIGN_W * scale) / 2, (self.height() - _DESIGN_H * scale) / 2)
        painter.scale(scale, scale)
        pal = self.palette()
        fg = pal.color(QPalette.ColorRole.WindowText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        rects = {n.key: QRectF(*n.rect) for n in self._nodes}

        pen = QPen(fg, 2.2)
        painter.setPen(pen)
        base_font = QFont(self.font())
        label_font = QFont(base_font)
        label_font.setPixelSize(15)
        painter.setFont(label_font)
        portal = rects["mynaportal"]
        for key in ("etax", "delivery", "nenkin"):
            self._arrow(
                painter,
                QPointF(portal.right(), portal.center().y()),
                QPointF(rects[key].left(), rects[key].center().y()),
            )
        self._arrow(
            painter,
            QPointF(rects["delivery"].right(), rects["delivery"].center().y()),
            QPointF(rects["issuers"].left(), rects["issuers"].center().y()),
        )
        painter.drawText(QRectF(250, 110, 110, 30), Qt.AlignmentFlag.AlignCenter, self.tr("連携 STEP3"))
        painter.drawText(QRectF(625, 180, 115, 30), Qt.AlignmentFlag.AlignCenter, self.tr("連携 STEP4"))

        for node in self._nodes:
            self._box(painter, node, rects[node.key], fg, accent, base_font)
        painter.end()

    def _arrow(self, painter: QPainter, start: QPointF, end: QPointF) -> None:
        painter.drawLine(start, end)
        direction = end - start
        length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1e-6)
        ux, uy = direction.x() / length, direction.y() / length
        size = 12.0
        left = QPointF(end.x() - ux * size - uy * size * 0.5, end.y() - uy * size + ux * size * 0.5)
        right = QPointF(end.x() - ux * size + uy * size * 0.5, end.y() - uy * size - ux * size * 0.5)
        painter.save()
        painter.setBrush(painter.pen().color())
        painter.drawPolygon(QPolygonF([end, left, right]))
        painter.restore()

    def _box(
        self, painter: QPainter, node: _Node, rect: QRectF, fg: QColor, accent: QColor, base: QFont
    ) -> None:
        status = self._status.get(node.key)
        path = QPainterPath()
        path.addRoundedRect(rect, 12, 12)
        fill = QColor(accent)
        fill.setAlpha(28 if status is None or status.state is not NodeState.DONE else 60)
        painter.fillPath(path, fill)
        painter.setPen(QPen(accent if status and status.state is NodeState.NEEDS_ACTION else fg, 2))
        painter.drawPath(path)

        title_font = QFont(base)
        title_font.setPixelSize(19)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(fg)
        inner = rect.adjusted(10, 8, -10, -8)
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), 28), Qt.AlignmentFlag.AlignHCenter, node.title
        )
        small = QFont(base)
        small.setPixelSize(13)
        painter.setFont(small)
        painter.drawText(
            QRectF(inner.left(), inner.top() + 30, inner.width(), inner.height() - 56),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
            node.subtitle,
        )
        if status is not None:
            badge = QFont(base)
            badge.setPixelSize(15)
            badge.setBold(True)
            painter.setFont(badge)
            painter.drawText(
                QRectF(inner.left(), inner.bottom() - 22, inner.width(), 22),
                Qt.AlignmentFlag.AlignHCenter,
                f"{_SYMBOL[status.state]} {status.text}",
            )
