"""An earlier season, read-only: a window with a clear banner, what was recorded, and its PDF.

Nothing here can change the season (it is a record kept by the store); the content is the season's
household as it stood when the season ended, evaluated on the last day of its filing period.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout

from app.domain.catalog import Catalog
from app.domain.deadlines import filing_period
from app.domain.plan import household_plans
from app.domain.seasons import PastSeason
from app.i18n import seasons as words
from app.i18n.labels import linkage_status_label, readiness_label, service_label
from app.i18n.plan import type_name
from app.ui.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from app.ui.actions.print_checklist import ChecklistActions
    from app.ui.shell.main_window import MainWindow


def season_html(season: PastSeason, catalog: Catalog) -> str:
    """The season's record as simple HTML: per member, certificates and their readiness, linkages,
    delegations, received files (names are escaped: they are typed by people)."""
    as_of = filing_period(season.tax_year).end
    plans = household_plans(season.household, catalog, as_of)
    names = {m.profile.id: m.profile.display_name for m in season.household.members}
    parts: list[str] = []
    for m in season.household.members:
        plan = plans[m.profile.id]
        parts.append(f"<h2>{html.escape(m.profile.display_name)}</h2>")
        if plan.summary.total:
            parts.append(f"<p>{html.escape(words.ready_line(plan.summary.ready, plan.summary.total))}</p>")
        if plan.certificates:
            parts.append(f"<h3>{html.escape(words.certificates_heading())}</h3><ul>")
            for c in plan.certificates:
                shown = words.not_checked() if c.readiness is None else readiness_label(c.readiness)
                label = f"{words.named(type_name(c.type_id, catalog), c.issuer)}: {shown}"
                parts.append(f"<li>{html.escape(label)}</li>")
            parts.append("</ul>")
        if m.linkages:
            parts.append(f"<h3>{html.escape(words.linkages_heading())}</h3><ul>")
            for service, record in m.linkages.items():
                status = words.not_checked() if record.status is None else linkage_status_label(record.status)
                parts.append(f"<li>{html.escape(f'{service_label(service)}: {status}')}</li>")
            parts.append("</ul>")
        received = [f for f in m.received if f.tax_year in (None, season.tax_year)]
        if received:
            parts.append(f"<p>{html.escape(words.received_line(len(received)))}</p>")
    if season.household.delegations:
        parts.append(f"<h2>{html.escape(words.delegations_heading())}</h2><ul>")
        for d in season.household.delegations:
            who = f"{names.get(d.delegator_profile_id, '')} → {names.get(d.delegate_profile_id, '')}"
            parts.append(f"<li>{html.escape(words.named(who, d.relation_name))}</li>")
        parts.append("</ul>")
    return "".join(parts)


class PastSeasonWindow(QDialog):
    """One earlier season, read-only (non-modal: the current season stays usable beside it)."""

    def __init__(self, window: MainWindow, season: PastSeason, current: int, catalog: Catalog) -> None:
        super().__init__(window)
        self.setObjectName("pastSeasonWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.season = season
        self.current = current
        self.catalog = catalog
        layout = QVBoxLayout(self)
        self.banner = PlainLabel()
        self.banner.setObjectName("pastSeasonBanner")
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(PlainLabel.Shape.StyledPanel)
        self.banner.setMargin(8)
        self.content = QTextBrowser()
        self.content.setObjectName("pastSeasonContent")
        self.content.setReadOnly(True)
        self.content.setOpenLinks(False)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("pastSeasonPdf")
        self.close_button = QPushButton()
        self.close_button.setObjectName("pastSeasonClose")
        self.close_button.clicked.connect(self.close)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.close_button)
        layout.addWidget(self.banner)
        layout.addWidget(self.content, 1)
        layout.addLayout(buttons)
        self.checklist = self._checklist_actions(window)
        self.pdf_button.clicked.connect(self.checklist.export)
        self.resize(720, 560)
        self.retranslate()

    def _checklist_actions(self, window: MainWindow) -> ChecklistActions:
        """The checklist of the whole household for this season's year, as of its filing period's end."""
        from app.ui.actions.print_checklist import ChecklistActions

        as_of = filing_period(self.season.tax_year).end
        actions = ChecklistActions(
            window,
            household=lambda: self.season.household,
            profile_id=lambda: None,
            card_facts=lambda: None,
            catalog=lambda: self.catalog,
            today=lambda: as_of,
        )
        actions.setParent(self)
        actions.household_action.setChecked(True)
        return actions

    def retranslate(self) -> None:
        self.setWindowTitle(words.past_season_title(self.season.tax_year))
        self.banner.setText(words.past_season_banner(self.season.tax_year, self.current))
        self.content.setHtml(season_html(self.season, self.catalog))
        self.pdf_button.setText(words.export_pdf())
        self.close_button.setText(words.dismiss())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
