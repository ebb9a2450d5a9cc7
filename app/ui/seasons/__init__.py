"""Seasons in the window: the new-season notice (above the pages) and View ▸ 過去の年分 (earlier seasons,
read-only). ``install`` is called by the composition root; nothing else in the window changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMenu, QWidget

from app.i18n import seasons as words
from app.i18n import tax_year_label
from app.ui.seasons.notice import NewSeasonNotice
from app.ui.seasons.past_season import PastSeasonWindow

if TYPE_CHECKING:
    from app.session import HouseholdSession
    from app.ui.shell.main_window import MainWindow

__all__ = ["NewSeasonNotice", "PastSeasonWindow", "PastSeasonsMenu", "install"]


class PastSeasonsMenu(QMenu):
    """View ▸ 過去の年分: one entry per earlier season, newest first (listed when opened)."""

    def __init__(self, window: MainWindow, session: HouseholdSession, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("pastSeasonsMenu")
        self.window_ = window
        self.session = session
        self.opened: PastSeasonWindow | None = None
        self.aboutToShow.connect(self.fill)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(words.past_seasons_menu())

    def fill(self) -> None:
        self.clear()
        seasons = self.session.past_seasons()
        if not seasons:
            self.addAction(words.no_past_seasons()).setEnabled(False)
            return
        for season in seasons:
            action = self.addAction(tax_year_label(season.tax_year))
            action.setObjectName(f"pastSeason{season.tax_year}")
            action.triggered.connect(lambda _checked=False, year=season.tax_year: self.open_season(year))

    def open_season(self, tax_year: int) -> PastSeasonWindow | None:
        season = next((s for s in self.session.past_seasons() if s.tax_year == tax_year), None)
        if season is None:
            return None
        dialog = PastSeasonWindow(self.window_, season, self.session.tax_year, self.session.catalog)
        self.opened = dialog
        dialog.show()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window: MainWindow, session: HouseholdSession) -> tuple[NewSeasonNotice, PastSeasonsMenu]:
    """Add the notice above the pages and the menu under View (before the language menu)."""
    notice = NewSeasonNotice(session, window.bus, window)
    window.add_header_widget(notice)
    menu = PastSeasonsMenu(window, session)
    window.view_menu.insertMenu(window.language_menu.menuAction(), menu)
    return notice, menu
