"""What a screen reader learns about our widgets beyond Qt's defaults.

Qt exposes a QLabel as "static text" named by its text, a checkable QPushButton as a toggle button,
and on Linux names a combo box by its current entry (labels come through relations). This module
installs one accessibility factory that gives the widgets marked here the role a person expects:

- ``mark_heading`` / ``mark_paragraph``: a page's headings and the guide's paragraphs, with their text;
- ``mark_radio``: one option of a segmented choice, read "radio button, checked";
- ``mark_button``: a checkable tool button (the card chip) read as a push button, not a check box;
- ``name_combo``: a hidden label linked to a combo box, so the box keeps its name on Linux;
- ``announce``: a status message spoken once (an announcement event) and kept as the bar's name.

Widgets not marked keep Qt's own interface.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QStatusBar,
    QToolButton,
    QWidget,
)

W = TypeVar("W", bound=QWidget)
ROLE_PROPERTY = "a11yRole"
_ROLES = {
    "heading": QAccessible.Role.Heading,
    "paragraph": QAccessible.Role.Paragraph,
    "radio": QAccessible.Role.RadioButton,
    "button": QAccessible.Role.Button,
    "group": QAccessible.Role.Grouping,
}
_installed = False
_CLASSES: dict[type[QWidget], Callable[[QWidget], QAccessibleInterface]] = {}


def plain(text: str) -> str:
    """A label's text as a screen reader should hear it: no markup, no mnemonic ampersands."""
    from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText is QtGui's
    from PySide6.QtGui import QTextDocument

    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    text = re.sub(r"[(（]&\w[)）]", "", text)  # a Japanese mnemonic 「(&M)」 is not read
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


class RoleInterface(QAccessibleWidget):
    """A widget's interface with the role from its ``a11yRole`` property; named by its accessible
    name, else by its text; a radio or toggle reports its checked state."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._role = role

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            if widget.accessibleName():
                return widget.accessibleName()
            if isinstance(widget, QLabel | QAbstractButton):
                return plain(widget.text())
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        widget = self.widget()
        if isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.checkable = True
            state.checked = widget.isChecked()
            if self._role == QAccessible.Role.Button:  # a pressed-in toggle, not a check box
                state.checkable = False
                state.checked = False
                state.pressed = widget.isChecked()
        if self._role in (QAccessible.Role.Heading, QAccessible.Role.Paragraph):
            state.readOnly = True
        return state

    def actionNames(self) -> list[str]:
        names = list(super().actionNames())
        if isinstance(self.widget(), QAbstractButton):
            names.insert(0, QAccessibleActionInterface.pressAction())
        return names

    def doAction(self, name: str) -> None:
        widget = self.widget()
        if name == QAccessibleActionInterface.pressAction() and isinstance(widget, QAbstractButton):
            widget.click()
            return
        super().doAction(name)


class ComboNameInterface(QAccessibleWidget):
    """The hidden label of a combo box (see ``name_combo``): named by the box's accessible name, live."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.StaticText)

    def text(self, kind: QAccessible.Text) -> str:
        label = self.widget()
        buddy = label.buddy() if isinstance(label, QLabel) else None
        if kind == QAccessible.Text.Name and buddy is not None:
            return buddy.accessibleName()
        return super().text(kind)


class _ComboName(QLabel):
    """Never shown: a label that names its buddy combo box through Qt's label relation."""


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    if isinstance(obj, _ComboName):
        return ComboNameInterface(obj)
    for cls, make in _CLASSES.items():
        if type(obj) is cls:
            return make(obj)
    role = obj.property(ROLE_PROPERTY)
    if isinstance(role, str) and role in _ROLES:
        return RoleInterface(obj, _ROLES[role])
    return None


def install() -> None:
    """Install the factory once (every ``mark_*`` does it; the application may call it first)."""
    global _installed
    # Qt asks the newest factory first; its widgets' factory is installed with the QApplication, so
    # ours must come after that (a factory installed at import time would never be asked).
    if not _installed and QCoreApplication.instance() is not None:
        QAccessible.installFactory(_factory)
        _installed = True


def register(cls: type[W], make: Callable[[W], QAccessibleInterface]) -> None:
    """Widgets of exactly ``cls`` get the interface ``make`` builds (from the next ``install``)."""
    _CLASSES[cls] = make  # type: ignore[assignment]


def _mark(widget: QWidget, role: str) -> None:
    install()
    if widget.property(ROLE_PROPERTY) != role:
        widget.setProperty(ROLE_PROPERTY, role)
        forget_interface(widget)


def forget_interface(widget: QWidget) -> None:
    """Drop Qt's cached interface of ``widget`` (a screen reader may have asked for it before it
    was marked); the next request builds it through the factory."""
    if QAccessible.isActive():
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and not isinstance(interface, RoleInterface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def mark_heading(label: QLabel) -> None:
    _mark(label, "heading")


def mark_paragraph(label: QLabel) -> None:
    _mark(label, "paragraph")


def mark_radio(button: QAbstractButton) -> None:
    _mark(button, "radio")


def mark_button(button: QAbstractButton) -> None:
    _mark(button, "button")


def mark_group(widget: QWidget, name: str) -> None:
    """A named group (a row of controls that belong together: one delegation, one certificate)."""
    _mark(widget, "group")
    widget.setAccessibleName(name)


def name_combo(combo: QComboBox) -> None:
    """Keep ``combo``'s accessible name on Linux, where Qt names a combo box by its current entry and
    takes the name from a label relation: a hidden label beside it, named by the box's accessible
    name. Call once the box has its parent."""
    install()
    parent = combo.parentWidget()
    if parent is None or any(
        isinstance(c, _ComboName) and c.buddy() is combo for c in parent.children()
    ):
        return
    label = _ComboName(parent)
    label.setBuddy(combo)
    label.hide()


def announce(source: QWidget, text: str) -> None:
    """Say ``text`` once (a polite announcement)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    QAccessible.updateAccessibility(event)


class StatusAnnouncer(QObject):
    """The status bar: named by its current message and each new message announced."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self._base = ""
        bar.messageChanged.connect(self._changed)
        self.set_base_name(bar.accessibleName())

    def set_base_name(self, name: str) -> None:
        """The bar's name while no message shows (e.g. 「お知らせ」)."""
        self._base = name
        self._changed(self.bar.currentMessage())

    def _changed(self, message: str) -> None:
        self.bar.setAccessibleName(message or self._base)
        if message:
            announce(self.bar, message)
            QAccessible.updateAccessibility(QAccessibleEvent(self.bar, QAccessible.Event.NameChanged))


_ARROWS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
}


class RadioKeys(QObject):
    """Segmented buttons that behave as one radio group: the arrow keys select the next or previous
    option, and Tab stops only on the selected option (the first while none is)."""

    def __init__(self, container: QWidget, buttons: list[QAbstractButton]) -> None:
        super().__init__(container)
        install()
        _mark(container, "group")
        self.buttons = buttons
        for button in buttons:
            _mark(button, "radio")
            button.installEventFilter(self)
        self.update_tab_stop()

    def update_tab_stop(self) -> None:
        checked = [b for b in self.buttons if b.isChecked()]
        entry = checked[0] if checked else (self.buttons[0] if self.buttons else None)
        for button in self.buttons:
            strong = Qt.FocusPolicy.StrongFocus
            button.setFocusPolicy(strong if button is entry else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            assert isinstance(event, QKeyEvent)
            step = _ARROWS.get(Qt.Key(event.key()))
            if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self._select(self.buttons.index(watched) + step)
                return True
        return False

    def _select(self, index: int) -> None:
        enabled = [b for b in self.buttons if b.isEnabled() and b.isVisible()]
        if not enabled:
            return
        target = self.buttons[index % len(self.buttons)]
        if target not in enabled:
            return
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if not target.isChecked():
            target.click()
        self.update_tab_stop()


def name_clear_button(edit: QLineEdit) -> None:
    """Name the clear button of ``edit`` (Qt leaves it unnamed): 「…を消す」."""
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(
            QCoreApplication.translate("Accessible", "{name}を消す").format(name=edit.accessibleName())
        )


BASE_NAME_PROPERTY = "a11yBaseName"


def _own_name(widget: QWidget) -> str:
    base = widget.property(BASE_NAME_PROPERTY)
    if isinstance(base, str):
        return base
    if widget.accessibleName():
        return widget.accessibleName()
    return plain(widget.text()) if isinstance(widget, QAbstractButton) else ""


def qualify(group: QWidget, name: str, *, as_group: bool = True) -> None:
    """A repeated card (one delegation, one certificate): the card becomes a group named ``name``
    and each control in it is named 「name: its own name」, so two cards' 「削除」 differ. Safe to
    call again when ``name`` changes (each control keeps its own name apart)."""
    if as_group:
        mark_group(group, name)
    for widget in group.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget.parentWidget(), QComboBox) or widget.parentWidget() is None:
            continue
        own = _own_name(widget)
        if not own:
            continue
        widget.setProperty(BASE_NAME_PROPERTY, own)
        widget.setAccessibleName(f"{name}: {own}" if name else own)
        if isinstance(widget, QComboBox):
            name_combo(widget)
