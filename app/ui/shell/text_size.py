"""View ▸ 文字の大きさ: 標準 / 大きめ / 特大 (Ctrl+= / Ctrl+- / Ctrl+0), remembered.

標準 is the operating system's own text size; the others scale it. The choice scales the application
font and the style sheet, so pages, sidebar, dialogs and the diagram follow together; the window
then lays itself out again (the sidebar becomes a rail when the text no longer fits beside the page).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from app.ui.widgets import theme

SETTING = "view/text_size"


class TextSize(Enum):
    STANDARD = 1.0
    LARGER = 1.5
    LARGEST = 2.0


def saved_size(settings: QSettings) -> TextSize:
    value = str(settings.value(SETTING, TextSize.STANDARD.name))
    return TextSize.__members__.get(value, TextSize.STANDARD)


def apply_saved(settings: QSettings) -> None:
    """At start-up, before the window is built: the remembered size (standard: nothing to do)."""
    size = saved_size(settings)
    app = QApplication.instance()
    if size is not TextSize.STANDARD and isinstance(app, QApplication):
        theme.set_font_scale(app, size.value)


class TextSizeMenu(QMenu):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textSizeMenu")
        self.settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.size_actions: dict[TextSize, QAction] = {}
        current = self.current()
        for size in TextSize:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(size is current)
            action.triggered.connect(lambda _c=False, s=size: self.choose(s))
            self.group.addAction(action)
            self.addAction(action)
            self.size_actions[size] = action
        self.addSeparator()
        self.larger_action = QAction(self)
        self.larger_action.setShortcuts(
            [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal), QKeySequence(QKeySequence.StandardKey.ZoomIn)]
        )
        self.larger_action.triggered.connect(lambda: self.step(1))
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Minus),
                QKeySequence(QKeySequence.StandardKey.ZoomOut),
            ]
        )
        self.smaller_action.triggered.connect(lambda: self.step(-1))
        self.reset_action = QAction(self)
        self.reset_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
        self.reset_action.triggered.connect(lambda: self.choose(TextSize.STANDARD))
        for action in (self.larger_action, self.smaller_action, self.reset_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(action)
            if parent is not None:
                parent.addAction(action)  # the keys work with the menu closed, in every dialog too
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("文字の大きさ(&T)"))
        names = {
            TextSize.STANDARD: self.tr("標準"),
            TextSize.LARGER: self.tr("大きめ"),
            TextSize.LARGEST: self.tr("特大"),
        }
        for size, action in self.size_actions.items():
            action.setText(names[size])
        self.larger_action.setText(self.tr("大きくする"))
        self.smaller_action.setText(self.tr("小さくする"))
        self.reset_action.setText(self.tr("標準に戻す"))

    def current(self) -> TextSize:
        """The size shown now (the scale applied, e.g. by MYNA_PREP_FONT_SCALE, else the saved one)."""
        scale = theme.font_scale()
        return min(TextSize, key=lambda size: abs(size.value - scale))

    def step(self, direction: int) -> None:
        sizes = list(TextSize)
        at = sizes.index(self.current()) + direction
        if 0 <= at < len(sizes):
            self.choose(sizes[at])

    def choose(self, size: TextSize) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.set_font_scale(app, size.value)
        self.settings.setValue(SETTING, size.name)
        self.size_actions[size].setChecked(True)
