"""Small widgets shared by the plan pages: one-click choices, follow-up dates, notes, state labels.

Every status is shown as text plus an icon, never by colour alone. Strings go through the "Plan"
translation context; the enums' labels (official マイナポータル words exactly as written) are
:mod:`app.i18n.labels`'s and dates :func:`app.i18n.format_date`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.plan import UnitState, default_follow_up
from app.i18n.labels import UNIT_STATUS
from app.ui.widgets import accessible, icons
from app.ui.widgets.plain import PlainLabel
from app.ui.widgets.status_pill import StatusPill

V = TypeVar("V", bound=Hashable)
W = TypeVar("W", bound=QWidget)


# --- labels ------------------------------------------------------------------------------------


def unit_state_icon(state: UnitState) -> QIcon:
    return icons.status_icon(UNIT_STATUS[state].value)


def last_changed_text(moment: datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("Plan", "最終変更: まだ記録していません")
    return QCoreApplication.translate("Plan", "最終変更: {when}").format(when=i18n.format_moment(moment))


# --- widgets -----------------------------------------------------------------------------------


class StateLabel(StatusPill):
    """The state of a unit of work as a quiet pill (icon and word, never colour alone); ``text`` is
    the word's label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.text = self.label
        self.label.setObjectName("stateText")
        self._state: UnitState | None = None

    def set_state(self, state: UnitState, text: str | None = None) -> None:
        self._state = state
        self.set_status(UNIT_STATUS[state], text)

    def state(self) -> UnitState | None:
        return self._state


class WrapCheckBox(QWidget):
    """A check box whose text wraps (QCheckBox's own text never does): the box plus a label that
    toggles it. ``box`` is the focusable, named QCheckBox; ``clicked`` mirrors its clicks."""

    clicked = Signal(bool)

    def __init__(self, text: str, object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.box = QCheckBox()
        if object_name:
            self.box.setObjectName(object_name)
        self.label = _ClickLabel(text, self.box)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setContentsMargins(0, 4, 0, 0)  # the first line level with the box
        self.label.setBuddy(self.box)
        self.set_text(text)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.box.clicked.connect(self.clicked)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text.replace("&", ""))

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        with QSignalBlocker(self.box):
            self.box.setChecked(checked)


class _ClickLabel(QLabel):
    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.click()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class ChoiceGroup(QWidget, Generic[V]):
    """Segmented buttons: record one value in one click. ``chosen`` is emitted on user clicks only.

    The chosen segment is a solid fill (and bold, and "選択中" for screen readers), never a tick: a
    tick would say the opposite of a "not yet". ``set_value(None)`` shows nothing recorded yet.

    ``unanswered`` (e.g. ``TaskState.TODO``) is the value of a question not answered yet: it is no
    segment of its own, nothing is selected while it holds, and a second click on the selected
    segment takes the answer back to it (so unfinished work never looks chosen).
    """

    chosen = Signal(object)

    def __init__(
        self,
        name: str,
        options: Sequence[tuple[V, str]],
        parent: QWidget | None = None,
        unanswered: V | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._values: list[V] = [v for v, _ in options]
        self._unanswered = unanswered
        self._value: V | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._box = layout
        self.buttons: list[QPushButton] = []
        for index, (_value, label) in enumerate(options):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setObjectName("choiceButton")
            button.setAccessibleName(f"{name}: {label}")
            position = "only" if len(options) == 1 else "first" if index == 0 else (
                "last" if index == len(options) - 1 else "middle"
            )
            button.setProperty("segment", position)
            self.group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)
        self.radio = accessible.RadioKeys(self, list(self.buttons))  # arrows select; Tab enters on the choice

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest segment: at large fonts or in a small window the segments stack
        (see resizeEvent) instead of pushing the page wider than the window."""
        widest = max((b.minimumSizeHint().width() for b in self.buttons), default=0)
        return QSize(widest, self._box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        needed = sum(b.sizeHint().width() for b in self.buttons)
        direction = (
            QBoxLayout.Direction.TopToBottom
            if event.size().width() < needed
            else QBoxLayout.Direction.LeftToRight
        )
        if self._box.direction() != direction:
            self._box.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)

    def _clicked(self, index: int) -> None:
        value = self._values[index]
        if value == self._value and self._unanswered is not None:
            value = self._unanswered  # a second click takes the answer back
        elif value == self._value:
            return
        self.set_value(value)
        self.chosen.emit(value)

    def value(self) -> V | None:
        return self._value

    def button_for(self, value: V) -> QPushButton:
        return self.buttons[self._values.index(value)]

    def set_value(self, value: V | None) -> None:
        self._value = value
        if value is not None and value == self._unanswered:
            value = None  # not answered yet: no segment looks chosen
        self.group.setExclusive(False)
        for button, candidate in zip(self.buttons, self._values, strict=True):
            selected = candidate == value
            button.setChecked(selected)
            label = button.text()
            button.setAccessibleDescription(QCoreApplication.translate("Plan", "選択中") if selected else "")
            if selected and self._unanswered is not None:
                tip = QCoreApplication.translate(
                    "Plan", "「{label}」を記録しています。もう一度押すと取り消します"
                ).format(label=label)
            elif selected:
                tip = QCoreApplication.translate("Plan", "「{label}」を記録しています").format(label=label)
            else:
                tip = ""
            button.setToolTip(tip)
        self.group.setExclusive(True)
        self.radio.update_tab_stop()


class DateEdit(QDateEdit):
    """A date field that shows its date as the app writes dates everywhere (:func:`app.i18n.format_date`),
    in the language shown now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self._follow_language()

    def _follow_language(self) -> None:
        self.setLocale(QLocale())  # the default app.i18n.install() set: the weekday's language
        self.setDisplayFormat(i18n.date_edit_format())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
        super().changeEvent(event)


class FollowUpEdit(QWidget):
    """The follow-up date of a wait: a check box "再確認日" and a date (default 3 business days on)."""

    follow_up_changed = Signal(object)  # date | None

    def __init__(self, name: str, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._setting = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(QCoreApplication.translate("Plan", "再確認日"))
        self.check.setAccessibleName(
            QCoreApplication.translate("Plan", "{name}の再確認日を設定する").format(name=name)
        )
        self.check.setToolTip(
            QCoreApplication.translate(
                "Plan", "待っている間は、この日にもう一度確認します（既定は3営業日後）"
            )
        )
        self.date = DateEdit()
        self.date.setAccessibleName(QCoreApplication.translate("Plan", "{name}の再確認日").format(name=name))
        self.date.setAccessibleDescription(
            QCoreApplication.translate("Plan", "待っているものを、もう一度確認する日")
        )
        layout.addWidget(self.check)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.check.toggled.connect(self._toggled)
        self.date.dateChanged.connect(self._date_changed)
        self.set_value(None)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self._setting = True
        try:
            self.check.setChecked(value is not None)
            self.date.setEnabled(value is not None)
            shown = value if value is not None else default_follow_up(self._today())
            self.date.setDate(QDate(shown.year, shown.month, shown.day))
        finally:
            self._setting = False

    def _toggled(self, checked: bool) -> None:
        self.date.setEnabled(checked)
        if self._setting:
            return
        if checked:
            self._setting = True
            d = default_follow_up(self._today())
            self.date.setDate(QDate(d.year, d.month, d.day))
            self._setting = False
        self.follow_up_changed.emit(self.value())

    def _date_changed(self, _d: QDate) -> None:
        if not self._setting and self.check.isChecked():
            self.follow_up_changed.emit(self.value())


class NoteEdit(QLineEdit):
    """A one-line note, saved when editing finishes (Enter or focus leaves)."""

    committed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("Plan", "メモ"))
        self.setAccessibleName(QCoreApplication.translate("Plan", "{name}のメモ").format(name=name))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Plan", "自由に書けるメモ。Enterキーを押すか別の欄に移ると保存されます"
            )
        )
        self.setClearButtonEnabled(True)
        accessible.name_clear_button(self)
        self._saved = ""
        self.editingFinished.connect(self._finish)

    def set_note(self, note: str) -> None:
        self._saved = note
        if not self.hasFocus() or not self.isModified():
            self.setText(note)
            self.setModified(False)

    def _finish(self) -> None:
        text = self.text()
        if text != self._saved:
            self._saved = text
            self.setModified(False)
            self.committed.emit(text)


def section_title(text: str) -> QLabel:
    label = PlainLabel(text)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def hint_label(text: str = "") -> QLabel:
    label = PlainLabel(text)
    label.setObjectName("hintText")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label() -> QLabel:
    """An inline message: the ⚠ sign and the sentence (hidden while empty)."""
    label = PlainLabel()
    label.setObjectName("inlineError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str | None) -> None:
    label.setText("" if not text else f"⚠ {text}")
    label.setAccessibleName(text or "")
    label.setVisible(bool(text))


class KeyedRows(Generic[V, W]):
    """Rows of a layout kept in step with a list of keys: existing rows are updated in place
    (focus and typing survive a refresh), new ones created, vanished ones removed."""

    def __init__(self, layout: QVBoxLayout, create: Callable[[V], W], offset: int = 0) -> None:
        self.layout = layout
        self.create = create
        self.offset = offset  # widgets before the rows in ``layout``
        self.rows: dict[V, W] = {}

    def sync(self, keys: Sequence[V]) -> list[tuple[V, W]]:
        wanted = list(dict.fromkeys(keys))
        for key in [k for k in self.rows if k not in wanted]:
            gone = self.rows.pop(key)
            self.layout.removeWidget(gone)
            gone.hide()
            gone.deleteLater()
        result: list[tuple[V, W]] = []
        for position, key in enumerate(wanted):
            existing = self.rows.get(key)
            widget = existing if existing is not None else self.create(key)
            self.rows[key] = widget
            if self.layout.indexOf(widget) != self.offset + position:
                self.layout.removeWidget(widget)
                self.layout.insertWidget(self.offset + position, widget)
            widget.show()
            result.append((key, widget))
        return result


class RowCard(QFrame):
    """A framed row of a tracking list (STEP3 linkage, STEP4 issuer, 準備完了 certificate): the
    frame and grid they share; subclasses fill ``self.grid``."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(10, 8, 10, 8)
        self.grid.setHorizontalSpacing(12)
