"""The step sidebar: one line per step — its title and a quiet trailing state — and the progress above.

States come from the one status language (:mod:`app.domain.status`): the pill is drawn in the
window's own colours, and in the warm tone only for 要対応. Long titles wrap (large fonts) instead of
being cut off; the state stays on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.status import Status
from app.i18n.status import status_text
from app.ui.widgets import icons, theme
from app.ui.widgets.status_pill import tone

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the step's Status value (str), or None
_PAD = 8  # inside an item, each side
_GAP = 8  # between the title and the state
_PILL_PAD = 7


def _pill_size(metrics: QFontMetrics, word: str) -> QSize:
    icon = metrics.height() - 4
    return QSize(_PILL_PAD * 2 + icon + 4 + metrics.horizontalAdvance(word), metrics.height() + 6)


class StepDelegate(QStyledItemDelegate):
    """Paints a step: the title (wrapping if it must) and, on the right, its state as a pill."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    @staticmethod
    def _status(index: QModelIndex | QPersistentModelIndex) -> Status | None:
        value = index.data(STATUS_ROLE)
        return Status(value) if isinstance(value, str) and value else None

    def _text_width(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        status = self._status(index)
        pill = 0 if status is None else _pill_size(option.fontMetrics, status_text(status)).width() + _GAP
        return max(option.rect.width() - 2 * _PAD - pill, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        sized = QStyleOptionViewItem(option)
        self.initStyleOption(sized, index)
        bar = self._view.verticalScrollBar()
        reserve = 0 if bar.isVisible() else bar.sizeHint().width()
        sized.rect = QRect(0, 0, max(self._view.viewport().width() - reserve, 80), 10)
        width = self._text_width(sized, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = sized.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        height = max(bounds.height(), sized.fontMetrics.height() + 6) + 2 * _PAD
        return QSize(sized.rect.width(), height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        width = self._text_width(opt, index)
        text_rect = QRect(opt.rect.left() + _PAD, opt.rect.top() + _PAD, width, opt.rect.height() - 2 * _PAD)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(text_rect, int(flags), text)
        status = self._status(index)
        if status is not None:
            self._paint_pill(painter, opt, status)
        painter.restore()

    def _paint_pill(self, painter: QPainter, opt: QStyleOptionViewItem, status: Status) -> None:
        metrics = opt.fontMetrics
        word = status_text(status)
        size = _pill_size(metrics, word)
        rect = QRect(
            opt.rect.right() - _PAD - size.width(),
            opt.rect.center().y() - size.height() // 2,
            size.width(),
            size.height(),
        )
        extra = theme.EXTRA[theme.current_scheme()]
        palette = opt.palette
        if tone(status) == "attention":
            fill, edge, ink = (QColor(extra[k]) for k in ("attention_bg", "attention_border", "attention_fg"))
        else:
            fill = palette.color(QPalette.ColorRole.AlternateBase)
            edge = palette.color(QPalette.ColorRole.Mid)
            ink = palette.color(QPalette.ColorRole.Text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(fill)
        radius = size.height() / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        side = metrics.height() - 4
        icon_rect = QRect(rect.left() + _PILL_PAD, rect.center().y() - side // 2, side, side)
        icons.status_icon(status.value).paint(painter, icon_rect)
        painter.setPen(ink)
        left = icon_rect.right() + 5
        text_rect = QRect(left, rect.top(), rect.right() - left, rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), word)
