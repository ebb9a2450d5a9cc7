"""The app's message boxes, built in one place.

Every box says its text as plain text (names and paths are user data, never markup), carries an
object name that tests and the accessibility checks find it by, and is deleted when it closes. Open
it with ``open()`` (window-modal, no nested event loop under qasync); only a box shown before any
window exists may ``exec()``. Only this module constructs a QMessageBox (tests/ui/widgets keep it so).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton
Role = QMessageBox.ButtonRole


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    name: str,
    informative: str = "",
    buttons: QMessageBox.StandardButton = Button.Ok,
    labels: Mapping[QMessageBox.StandardButton, str] | None = None,
    default: QMessageBox.StandardButton | None = None,
    accessible_name: str = "",
    selectable: bool = False,
) -> QMessageBox:
    """A box for ``parent``'s window, not yet shown.

    ``labels`` renames standard buttons in our words (``{Button.Yes: "置き換える"}``); ``default`` is
    the button Enter presses (Cancel for anything that cannot be undone); ``selectable`` lets the text
    be copied (phone numbers, shortcut lists).
    """
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName(name)
    if informative:
        box.setInformativeText(informative)
    for button, label in (labels or {}).items():
        box.button(button).setText(label)
    if default is not None:
        box.setDefaultButton(default)
    if accessible_name:
        box.setAccessibleName(accessible_name)
    if selectable:
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
