"""A focus ring that is easy to see, drawn by a proxy of the Fusion style (WCAG 2.4.7)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

FOCUS_RING_WIDTH = 2
FOCUS_RING_RADIUS = 6.0


def _focus_ring(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """A rounded ring along the edge of ``rect`` (the control's outline, never across its label)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_RING_WIDTH / 2
    painter.drawRoundedRect(
        QRectF(rect).adjusted(half, half, -half, -half), FOCUS_RING_RADIUS, FOCUS_RING_RADIUS
    )
    painter.restore()


def _ring_rect(option: QStyleOption, widget: QWidget | None) -> QRect:
    """Buttons and check boxes: around the whole control, outside its label (Fusion draws the focus
    rectangle around the text, through which it reads badly)."""
    if isinstance(widget, QCheckBox | QRadioButton):  # around the box (its padding leaves room)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        style = widget.style()
        box = style.subElementRect(element, option, widget)
        if widget.text():
            box = box.united(style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, widget))
        return box.adjusted(-3, -3, 3, 3).intersected(widget.rect())
    if isinstance(widget, QAbstractButton):
        return widget.rect()
    return option.rect


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


class FocusStyle(QProxyStyle):
    """Fusion with a focus ring that is easy to see: 2 px in the highlight colour (≥ 3:1 against the
    window in both palettes) for Qt's focus frame (buttons, check boxes, list items) and around
    focused text fields, combo boxes and date fields."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _focus_ring(painter, _ring_rect(option, widget), option.palette)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit and _has_focus(option):
            _focus_ring(painter, option.rect, option.palette)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        boxes = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
        if control in boxes and _has_focus(option):
            _focus_ring(painter, option.rect, option.palette)
