"""The one look of a state: a quiet pill with an icon and a word (never colour alone).

Neutral states (これから, 次はここ, 待ち, 完了, 不要, STEP2次第) are drawn in the window's own colours; only
:attr:`Status.ATTENTION` (要対応, a real problem) gets the warm tone. The stylesheet in
:mod:`app.ui.widgets.theme` styles ``#statusPill`` by its ``tone`` property.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.domain.status import Status
from app.i18n.status import status_text
from app.ui.widgets import icons


def tone(status: Status) -> str:
    """The pill's tone: ``attention`` only for a real problem, else ``quiet``."""
    return "attention" if status is Status.ATTENTION else "quiet"


class StatusPill(QWidget):
    """An icon and a word in a rounded frame; ``text`` overrides the status word (e.g. マイナポータル's
    own 「処理中」) while the icon and tone still follow ``status``."""

    def __init__(self, status: Status | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusPill")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 10, 2)
        layout.setSpacing(5)
        self.icon = QLabel()
        self.icon.setObjectName("statusPillIcon")
        self.label = QLabel()
        self.label.setObjectName("statusPillText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        self._status: Status | None = None
        if status is not None:
            self.set_status(status)

    def set_status(self, status: Status, text: str | None = None) -> None:
        word = status_text(status) if text is None else text
        if status is self._status and word == self.label.text():
            return  # unchanged: no new polish, no new layout pass
        self._status = status
        side = max(14, self.label.fontMetrics().height() - 4)
        self.icon.setPixmap(icons.status_icon(status.value).pixmap(QSize(side, side)))
        self.label.setText(word)
        self.icon.setAccessibleName(word)  # the icon says the state, as the word beside it does
        self.setProperty("tone", tone(status))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setAccessibleName(QCoreApplication.translate("Plan", "状態: {state}").format(state=word))

    def status(self) -> Status | None:
        return self._status

    def word(self) -> str:
        return self.label.text()
