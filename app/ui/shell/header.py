"""The header above the page: ONE row — the member switcher, the next action, the card chip — and,
under it, notices that come and go (due follow-ups). When the three do not fit side by side (a
narrow window, large text), the next action moves onto a second row of its own; nothing is cut.

Features fill the slots (:meth:`HeaderBar.set_switcher`, :meth:`set_next_action`, :meth:`set_chip`)
and add notices (:meth:`add_notice`); the header knows none of them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.plain import PlainLabel

GAP = 12  # between the three, in pixels
NEXT_ACTION_MIN_CHARACTERS = 22  # the next action keeps at least this many characters beside the rest


class Announcement(QFrame):
    """What matters that the status bar also says (a file saved, a card registered), said under the
    header where the person is looking. It stays until closed or replaced: no timer takes it away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcement")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        self.text = PlainLabel(self)
        self.text.setObjectName("announcementText")
        self.text.setWordWrap(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("announcementClose")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.close_button.setText(self.tr("閉じる"))
        self.close_button.setAccessibleName(self.tr("お知らせを閉じる"))

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class HeaderBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerBar")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 4, 12, 4)
        outer.setSpacing(4)
        self.row = QGridLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setHorizontalSpacing(GAP)
        self.row.setVerticalSpacing(4)
        self.row.setColumnStretch(1, 1)
        outer.addLayout(self.row)
        self.notices = QVBoxLayout()
        self.notices.setContentsMargins(0, 0, 0, 0)
        self.notices.setSpacing(4)
        outer.addLayout(self.notices)
        self.announcement = Announcement(self)
        self.notices.addWidget(self.announcement)
        self.switcher: QWidget | None = None
        self.next_action: QWidget | None = None
        self.chip: QWidget | None = None
        self.two_rows = False
        self.mode = 0  # none yet: the first arrangement always places the slots

    # ----- slots ---------------------------------------------------------------------------------
    def _replace(self, old: QWidget | None, new: QWidget) -> None:
        if old is not None and old is not new:
            self.row.removeWidget(old)
            old.removeEventFilter(self)
        new.installEventFilter(self)  # its size changes (members added, the chip's text) re-decide

    def set_switcher(self, widget: QWidget) -> None:
        self._replace(self.switcher, widget)
        self.switcher = widget
        self._arrange(force=True)

    def set_next_action(self, widget: QWidget) -> None:
        self._replace(self.next_action, widget)
        self.next_action = widget
        self._arrange(force=True)

    def set_chip(self, widget: QWidget) -> None:
        self._replace(self.chip, widget)
        self.chip = widget
        self._arrange(force=True)

    def add_notice(self, widget: QWidget) -> None:
        """A full-width notice under the row (shown and hidden by its owner)."""
        self.notices.addWidget(widget)

    def widgets(self) -> list[QWidget]:
        """Everything in the header, in reading (and Tab) order."""
        row = [w for w in (self.switcher, self.next_action, self.chip) if w is not None]
        items = (self.notices.itemAt(i) for i in range(self.notices.count()))
        return row + [w for item in items if item is not None and (w := item.widget()) is not None]

    # ----- one row, or two ------------------------------------------------------------------------
    ONE_ROW, NEXT_BELOW, SWITCHER_ABOVE, EACH_ITS_ROW = 1, 2, 3, 4

    def _room(self, width: int) -> int:
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else self.contentsMargins()
        return width - margins.left() - margins.right() - 2 * GAP - 8  # 8: the frames' own slack

    @staticmethod
    def _wanted(widget: QWidget | None) -> int:
        return widget.sizeHint().width() if widget is not None and not widget.isHidden() else 0

    def arrangement(self, width: int) -> int:
        """ONE_ROW: switcher, next action, chip side by side. NEXT_BELOW: the switcher and the chip
        on the first row, the next action on the second. SWITCHER_ABOVE: the switcher alone first,
        the next action and the chip under it (large text: the member buttons stay whole).
        EACH_ITS_ROW: not even that fits (very large text): one row each, nothing cut."""
        room = self._room(width)
        # the next action keeps its kicker and button and at least this many characters of its sentence
        least = self.fontMetrics().horizontalAdvance("あ") * NEXT_ACTION_MIN_CHARACTERS  # i18n: measured
        least = max(least, self._least(self.next_action))
        switcher, chip = self._wanted(self.switcher), self._wanted(self.chip)
        if switcher + least + chip <= room:
            return self.ONE_ROW
        if switcher + chip <= room:
            return self.NEXT_BELOW
        return self.SWITCHER_ABOVE if least + chip <= room else self.EACH_ITS_ROW

    @staticmethod
    def _least(widget: QWidget | None) -> int:
        return widget.minimumSizeHint().width() if widget is not None and not widget.isHidden() else 0

    def fits_one_row(self, width: int) -> bool:
        return self.arrangement(width) == self.ONE_ROW

    def _arrange(self, *, force: bool = False) -> None:
        mode = self.arrangement(self.width()) if self.width() > 0 else self.ONE_ROW
        if mode == self.mode and not force:
            return
        self.mode = mode
        self.two_rows = mode != self.ONE_ROW
        for widget in (self.switcher, self.next_action, self.chip):
            if widget is not None:
                self.row.removeWidget(widget)
        for column in range(3):
            self.row.setColumnStretch(column, 0)
        s, n, c = self.switcher, self.next_action, self.chip
        if mode == self.ONE_ROW:
            self.row.setColumnStretch(1, 1)
            places = ((s, 0, 0, 1), (n, 0, 1, 1), (c, 0, 2, 1))
        elif mode == self.NEXT_BELOW:
            self.row.setColumnStretch(0, 1)
            places = ((s, 0, 0, 2), (c, 0, 2, 1), (n, 1, 0, 3))
        elif mode == self.SWITCHER_ABOVE:
            self.row.setColumnStretch(0, 1)
            places = ((s, 0, 0, 3), (n, 1, 0, 2), (c, 1, 2, 1))
        else:
            self.row.setColumnStretch(1, 1)
            places = ((s, 0, 0, 3), (n, 1, 0, 3), (c, 2, 2, 1))
        for widget, row, column, span in places:
            if widget is not None:
                self.row.addWidget(widget, row, column, 1, span)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Hide):
            self._arrange()
        return False
