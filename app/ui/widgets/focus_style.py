"""A focus ring that is easy to see, drawn by a proxy of the Fusion style (WCAG 2.4.7)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QMoveEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
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


class ItemFocusRing(QWidget):
    """The ring on a list's current item while the list has keyboard focus (the step list's items
    are drawn by the style sheet, which draws no focus). A see-through layer over the viewport: in
    the highlighted text's colour on a selected item, else the highlight colour.

    Being see-through, it is painted whenever the viewport under it is (an item laid out anew, a
    row selected): it asks for a paint itself only when the focus or the current row changes.
    Asking on every viewport paint would paint forever (its paint repaints the viewport)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        model = view.selectionModel()
        if model is not None:
            model.currentChanged.connect(self.update)
        self.resize(view.viewport().size())
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # only the event's type: the view may be half destroyed
        if kind == QEvent.Type.Resize and watched is self.view.viewport():
            self.resize(self.view.viewport().size())
        elif kind == QEvent.Type.ChildAdded and watched is self.view.viewport():
            self.raise_()  # an editor or another layer came: the ring stays on top
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and watched is self.view:
            self.update()
        return False

    def moveEvent(self, event: QMoveEvent) -> None:
        """Scrolling the list moves the viewport's children with its pixels: the layer stays put."""
        super().moveEvent(event)
        if not self.pos().isNull():
            self.move(0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        index = self.view.currentIndex()
        if not self.view.hasFocus() or not index.isValid():
            return
        rect = self.view.visualRect(index)
        selected = self.view.selectionModel() is not None and self.view.selectionModel().isSelected(index)
        palette = QPalette(self.palette())
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        palette.setColor(QPalette.ColorRole.Highlight, palette.color(role))
        painter = QPainter(self)
        _focus_ring(painter, rect.adjusted(3, 3, -3, -3), palette)
        painter.end()
