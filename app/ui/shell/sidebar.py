"""The step sidebar: one line per step — its title and a quiet trailing state — and the progress above.
On a narrow window or with large text it is a slim rail: each step's number over its state icon,
the title in the tooltip and the accessible name (``StepDelegate.compact``).

States come from the one status language (:mod:`app.domain.status`): the pill is drawn in the
window's own colours, and in the warm tone only for 要対応. Long titles wrap (large fonts) instead of
being cut off; the state stays on the right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.widgets import icons, theme

if TYPE_CHECKING:  # imported when a state is first drawn: app.domain.status loads the plan (~0.4 s)
    from app.domain.status import Status

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the step's Status value (str), or None
RAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # the step's short mark on the rail ("0" … "5", 準備, 代理)
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
        self.compact = False  # the slim rail: the step's mark over its state icon

    @staticmethod
    def _status(index: QModelIndex | QPersistentModelIndex) -> Status | None:
        value = index.data(STATUS_ROLE)
        if not isinstance(value, str) or not value:
            return None
        from app.domain.status import Status

        return Status(value)

    def _layout(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[int, bool]:
        """The title's width, and whether the state goes below it (a narrow sidebar at large
        fonts: the title keeps the whole width instead of wrapping a word per line)."""
        status = self._status(index)
        full = max(option.rect.width() - 2 * _PAD, 40)
        if status is None:
            return full, False
        from app.i18n.status import status_text

        pill = _pill_size(option.fontMetrics, status_text(status)).width() + _GAP
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if option.fontMetrics.horizontalAdvance(text) <= full - pill:
            return full - pill, False
        return full, True

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        sized = QStyleOptionViewItem(option)
        self.initStyleOption(sized, index)
        if self.compact:
            line = sized.fontMetrics.height()
            return QSize(rail_width(sized.fontMetrics), 2 * line + 4 + 2 * _PAD)
        # the width it is painted in (the view lays the items out again when a scroll bar comes)
        # (the view's spacing is taken off each side, as for the rectangle paint() gets: the same
        # width decides whether the state fits beside the title, else the title would lose its row)
        width = self._view.viewport().width() - 2 * self._view.spacing()
        sized.rect = QRect(0, 0, max(width, 80), 10)
        width, stacked = self._layout(sized, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = sized.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        pill = sized.fontMetrics.height() + 6
        height = (bounds.height() + 4 + pill if stacked else max(bounds.height(), pill)) + 2 * _PAD
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
        if self.compact:
            self._paint_rail_item(painter, opt, index)
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        width, stacked = self._layout(opt, index)
        pill_height = opt.fontMetrics.height() + 6
        text_height = opt.rect.height() - 2 * _PAD - (pill_height + 4 if stacked else 0)
        text_rect = QRect(opt.rect.left() + _PAD, opt.rect.top() + _PAD, width, text_height)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(text_rect, int(flags), text)
        status = self._status(index)
        if status is not None:
            self._paint_pill(painter, opt, status, stacked)
        painter.restore()

    def _paint_rail_item(
        self, painter: QPainter, opt: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        line = opt.fontMetrics.height()
        mark_rect = QRect(opt.rect.left(), opt.rect.top() + _PAD, opt.rect.width(), line)
        painter.drawText(mark_rect, int(Qt.AlignmentFlag.AlignCenter), str(index.data(RAIL_ROLE) or ""))
        status = self._status(index)
        if status is not None:
            side = line - 2
            icon_rect = QRect(opt.rect.center().x() - side // 2, mark_rect.bottom() + 5, side, side)
            icons.status_icon(status.value).paint(painter, icon_rect)
        painter.restore()

    def _paint_pill(self, painter: QPainter, opt: QStyleOptionViewItem, status: Status, below: bool) -> None:
        from app.i18n.status import status_text
        from app.ui.widgets.status_pill import tone

        metrics = opt.fontMetrics
        word = status_text(status)
        size = _pill_size(metrics, word)
        if below:  # under the title, at its start
            rect = QRect(
                opt.rect.left() + _PAD, opt.rect.bottom() - _PAD - size.height(), size.width(), size.height()
            )
        else:  # on the title's line, at the right
            top = opt.rect.center().y() - size.height() // 2
            rect = QRect(opt.rect.right() - _PAD - size.width(), top, size.width(), size.height())
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


def rail_width(metrics: QFontMetrics) -> int:
    """Wide enough for the widest mark (two full-width characters) and the padding."""
    return metrics.horizontalAdvance("あ") * 2 + 4 * _PAD  # i18n: measured, never shown
