"""The card sheet: the card panel sliding over the right side of the window, never squeezing it.

A docked panel took its width from the page (diagram text ~7 px, words broken mid-word, a 480-px
column at 1024×700). The sheet floats above the pages instead: the page keeps its full width
underneath, and the sheet opens by itself on the steps that read the card
(:func:`app.domain.card_steps.uses_card`) and closes again when the user moves on. When the user
closes it on such a step, it stays closed there from then on (remembered) until they open it again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.card_steps import opens_card_reader, uses_card
from app.domain.plan import Badge
from app.domain.steps import StepId
from app.i18n import translate
from app.ui.card_reader.chip import CardChip
from app.ui.card_reader.panel import CardPanel
from app.ui.widgets.plain import PlainLabel

AUTO_OPEN_KEY = "card_sheet/auto_open"
MIN_WIDTH, MAX_WIDTH = 330, 420


class CardSheet(QFrame):
    """The frame around the panel: a title, a close button, the panel."""

    close_requested = Signal()
    language_changed = Signal()

    def __init__(self, panel: CardPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cardSheet")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.panel = panel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 4, 8)
        top = QHBoxLayout()
        self.title = PlainLabel(self)
        self.title.setObjectName("cardSheetTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("cardSheetClose")
        self.close_button.clicked.connect(self.close_requested)
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        panel.setParent(self)
        layout.addWidget(panel, 1)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(-3, 0)
        shadow.setColor(QColor(0, 0, 0, 90))
        self.setGraphicsEffect(shadow)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.title.setText(translate("CardPanel", "カードリーダー"))
        self.setAccessibleName(translate("CardPanel", "カードリーダー"))
        self.close_button.setText(translate("CardPanel", "閉じる"))
        self.close_button.setAccessibleName(translate("CardPanel", "カードリーダーの画面を閉じる"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.language_changed.emit()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Esc closes, as in a dialog
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)


class CardSheetController(QObject):
    """Places the sheet over the window's right side, opens it on card steps, and keeps the chip,
    the View-menu entry and the remembered choice in step."""

    def __init__(
        self,
        window: QMainWindow,
        sheet: CardSheet,
        chip: CardChip,
        step_of: Callable[[], StepId | None],
        *,
        settings: QSettings,
        badge_of: Callable[[StepId], Badge | None],
        below: QWidget | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.below = below  # the sheet covers this widget's rows (the pages), not the header or Back/Next
        self.sheet = sheet
        self.chip = chip
        self.step_of = step_of
        self.settings = settings  # remembers whether the sheet opens by itself
        self.badge_of = badge_of  # the plan's badge for a step (None before the plan)
        self.opened_automatically = False
        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_R))
        self.action.triggered.connect(self.set_open_by_user)
        chip.clicked.connect(self.set_open_by_user)
        sheet.close_requested.connect(lambda: self.set_open_by_user(False))
        sheet.language_changed.connect(self.retranslate_ui)
        panel = sheet.panel
        panel.snapshot_changed.connect(lambda: chip.show_snapshot(panel.snapshot))
        central = window.centralWidget()
        (central or window).installEventFilter(self)
        if below is not None:
            below.installEventFilter(self)  # the header grows or shrinks (a banner comes or goes)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(translate("CardDock", "カードリーダーパネル(&R)"))

    @property
    def settings_auto_open(self) -> bool:
        return str(self.settings.value(AUTO_OPEN_KEY, "true")).lower() == "true"

    def _remember(self, auto_open: bool) -> None:
        self.settings.setValue(AUTO_OPEN_KEY, "true" if auto_open else "false")

    def is_open(self) -> bool:
        return not self.sheet.isHidden()

    def set_open(self, shown: bool) -> None:
        """Open or close without recording a choice (the rule does this)."""
        if shown:
            self.place()
            self.sheet.show()
            self.sheet.raise_()
        else:
            self.sheet.hide()
        self.chip.setChecked(shown)
        self.action.setChecked(shown)

    def set_open_by_user(self, shown: bool) -> None:
        """The user's choice: remembered for the card steps."""
        step = self.step_of()
        if shown:
            self._remember(True)
        elif step is not None and uses_card(step):
            self._remember(False)  # they closed it where it opens by itself: leave it closed there
        self.opened_automatically = False
        self.set_open(shown)
        if shown:
            self.sheet.panel.refresh_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_step_changed(self) -> None:
        """Open on a step that reads the card; close an automatically opened sheet elsewhere."""
        step = self.step_of()
        if step is not None and opens_card_reader(step, self.badge_of(step)):
            if not self.is_open() and self.settings_auto_open:
                self.set_open(True)
                self.opened_automatically = True
        elif self.opened_automatically:
            self.set_open(False)
            self.opened_automatically = False

    def place(self) -> None:
        """Over the right side of the pages, their full height: the header above (with the chip) and
        the Back/Next row below stay visible, and the page keeps its width underneath."""
        central = self.window.centralWidget()
        area = central.geometry() if central is not None else self.window.rect()
        top, bottom = area.top(), area.bottom()
        if self.below is not None:
            top = max(top, self.below.mapTo(self.window, QPoint(0, 0)).y())
            bottom = min(bottom, top + self.below.height() - 1)
        width = max(MIN_WIDTH, min(MAX_WIDTH, area.width() * 38 // 100))
        self.sheet.setGeometry(area.right() + 1 - width, top, width, bottom + 1 - top)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.is_open():
            self.place()
        return False

