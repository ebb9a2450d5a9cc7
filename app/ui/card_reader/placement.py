"""Where the card reader lives: inside the page's flow, never over it.

The one :class:`~app.ui.card_reader.panel.CardPanel` moves, in a :class:`CardSection`, into the
「今やること」 card of the page being read when that step reads the card (STEP1, STEP5: the
guide's to-dos; 準備完了: the final check), or wherever the person asks for it (the header's chip,
View ▸ カードリーダー). The page reflows around it; nothing covers the text.

A person who answered 「スマートフォン」 in the first-run setup reads the card with the phone: the
section shows that path first, in one sentence, and the PC reader only when they ask for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.card_steps import opens_card_reader, uses_card
from app.domain.plan import Badge
from app.domain.steps import StepId
from app.i18n import translate
from app.ui.card_reader.chip import CardChip
from app.ui.card_reader.panel import CardPanel
from app.ui.widgets import boxes
from app.ui.widgets.plain import PlainLabel

# The 準備完了 page checks the card once more before filing (collapsed until asked for).
CHECK_STEPS = frozenset({StepId.READY})


class PageFlow(Protocol):
    """What the section needs of a page: a place in its 「今やること」 card, and scrolling to it."""

    def add_todo(self, widget: QWidget, index: int = -1) -> None: ...

    def ensureWidgetVisible(self, childWidget: QWidget, xmargin: int = 50, ymargin: int = 50) -> None: ...


class CardSection(QFrame):
    """The card reader inside a page: a title, the smartphone path for a phone user, the panel (or,
    folded, one line and a button to unfold it)."""

    def __init__(self, panel: CardPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = boxes.panel(self, "cardSection", QVBoxLayout(), (12, 10, 12, 10), spacing=8)
        self.panel = panel
        top = QHBoxLayout()
        self.title = PlainLabel(self)
        self.title.setObjectName("cardSectionTitle")
        font = QFont()  # only the weight: the size follows 文字の大きさ
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.toggle_button = QPushButton(self)
        self.toggle_button.setObjectName("cardSectionToggle")
        top.addWidget(self.title, 1)
        top.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.phone_note = PlainLabel(self)
        self.phone_note.setObjectName("cardSectionPhoneNote")
        self.phone_note.setWordWrap(True)
        layout.addWidget(self.phone_note)
        panel.setParent(self)
        layout.addWidget(panel)
        self.phone = False
        self.expanded = True
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(
            translate("CardPanel", "パソコンのカードリーダー")
            if self.phone
            else translate("CardPanel", "カードリーダー")
        )
        self.setAccessibleName(translate("CardPanel", "カードリーダー"))
        self.phone_note.setText(
            translate(
                "CardPanel",
                "スマートフォンで読み取る方は、マイナアプリの案内どおりにカードをスマートフォンの裏にかざします。"
                "パソコンのカードリーダーは使いません。",
            )
        )
        if self.expanded:
            self.toggle_button.setText(translate("CardPanel", "たたむ"))
            self.toggle_button.setAccessibleName(translate("CardPanel", "カードリーダーの表示をたたむ"))
        else:
            self.toggle_button.setText(translate("CardPanel", "カードリーダーを表示"))
            self.toggle_button.setAccessibleName(
                translate("CardPanel", "カードリーダーの状態と操作を表示する")
            )

    def show_as(self, *, phone: bool, expanded: bool) -> None:
        self.phone, self.expanded = phone, expanded
        self.phone_note.setVisible(phone)
        self.panel.setVisible(expanded)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class CardPlacement(QObject):
    """Moves the section to the page being read, unfolded where the card is used, and keeps the chip
    and the View-menu entry in step.

    ``current`` gives the step shown and its page; ``badge_of`` the plan's badge for a step (None
    before the plan); ``uses_phone`` whether the person reads the card with a smartphone.
    """

    def __init__(
        self,
        section: CardSection,
        chip: CardChip,
        current: Callable[[], tuple[StepId, PageFlow] | None],
        *,
        badge_of: Callable[[StepId], Badge | None],
        uses_phone: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.chip = chip
        self.current = current
        self.badge_of = badge_of
        self.uses_phone = uses_phone
        self.asked = False  # the person asked for the reader (chip, menu, unfold): shown wherever they are
        self.action = QAction(self)
        self.action.setObjectName("cardReaderAction")
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_R))
        self.action.triggered.connect(self.show_reader)
        chip.clicked.connect(self.show_reader)
        chip.setCheckable(False)
        section.toggle_button.clicked.connect(self.toggle)
        chip.follow(section.panel)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(translate("CardDock", "カードリーダー(&R)"))
        self.section.retranslate_ui()

    def unfolded_by_itself(self, step: StepId) -> bool:
        """The panel open without asking: a step that reads the card (not 不要 or 完了 for this
        member), for a person who uses an IC card reader."""
        return not self.uses_phone() and opens_card_reader(step, self.badge_of(step))

    def place(self) -> None:
        """Into the page being read (on the steps that use the card, or when asked), else away."""
        shown = self.current()
        if shown is None:
            return
        step, page = shown
        here = self.asked or uses_card(step) or step in CHECK_STEPS
        if not here:
            self.section.hide()
            return
        if self.section.parentWidget() is None or not _inside(self.section, page):
            page.add_todo(self.section)
        self.section.show_as(phone=self.uses_phone(), expanded=self.asked or self.unfolded_by_itself(step))
        self.section.show()

    def on_step_changed(self) -> None:
        self.asked = False  # asked for on one page: the next page decides for itself
        self.place()

    def show_reader(self) -> None:
        """The chip or the menu: the reader, unfolded, in the page being read, scrolled to."""
        self.asked = True
        self.place()
        shown = self.current()
        if shown is not None:
            shown[1].ensureWidgetVisible(self.section)
        self.section.panel.refresh_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle(self) -> None:
        if self.section.expanded:
            self.asked = False
            self.section.show_as(phone=self.section.phone, expanded=False)
        else:
            self.show_reader()


def _inside(widget: QWidget, page: object) -> bool:
    return isinstance(page, QWidget) and page.isAncestorOf(widget)
