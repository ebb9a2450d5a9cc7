"""The new-season notice: shown once, on the first start in a new season, above the pages.

Calm words and one next step (証明書の準備状況 of the new season); the words are in ``app.i18n.seasons``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.seasons import SeasonStart
from app.domain.steps import StepId
from app.i18n import seasons as words
from app.ui.widgets import icons
from app.ui.widgets.boxes import panel
from app.ui.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from app.session import HouseholdSession
    from app.ui.shell.view_bus import ViewBus


class NewSeasonNotice(QFrame):
    """What carried over, what is asked again, where last season is; one button to go on."""

    def __init__(self, session: HouseholdSession, bus: ViewBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = panel(self, "newSeasonNotice", QHBoxLayout(), (24, 8, 24, 8))
        self.bus = bus
        self.start: SeasonStart | None = None
        self.icon = PlainLabel()
        self.icon.setPixmap(icons.badge_icon("in_progress").pixmap(QSize(20, 20)))
        texts = QVBoxLayout()
        self.title = PlainLabel()
        self.title.setObjectName("newSeasonTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = PlainLabel()
        self.text.setObjectName("newSeasonText")
        self.text.setWordWrap(True)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        self.go_button = QPushButton()
        self.go_button.setObjectName("newSeasonGo")
        self.go_button.clicked.connect(self.go)
        self.close_button = QPushButton()
        self.close_button.setObjectName("newSeasonClose")
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon)
        layout.addLayout(texts, 1)
        layout.addWidget(self.go_button)
        layout.addWidget(self.close_button)
        self.setVisible(False)
        session.season_started.connect(self.show_start)
        if session.season_start is not None and not bus.banners.season_notice_dismissed:
            self.show_start(session.season_start)
        self.retranslate()

    def show_start(self, start: SeasonStart) -> None:
        self.start = start
        self.retranslate()
        self.setVisible(True)

    def retranslate(self) -> None:
        self.go_button.setText(words.new_season_action())
        self.close_button.setText(words.dismiss())
        if self.start is None:
            return
        self.title.setText(words.new_season_title(self.start))
        self.text.setText(words.new_season_text(self.start))
        self.setAccessibleName(f"{self.title.text()} {self.text.text()}")

    def go(self) -> None:
        """The one next step: the new season's 証明書の準備状況."""
        self.dismiss()
        self.bus.show_step.emit(StepId.READY)

    def dismiss(self) -> None:
        self.bus.banners.season_notice_dismissed = True
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
