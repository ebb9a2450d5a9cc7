"""The card panel's line for the card's certificates against the filing period (issue 24).

A small self-contained widget the card panel shows under its status view, and the link that remembers
the expiry for the member the card is bound to (so the plan and the paper can say it too). The rule is
``app.domain.card_expiry``, the words ``app.i18n.card_expiry``; the certificate comes from the
diagnosis, read without a password.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from app.domain.card_expiry import CardExpiry, ExpiryCode, card_expiry, expiry_day
from app.domain.deadlines import current_tax_year, filing_period
from app.i18n.card_expiry import expiry_text
from app.ui.widgets import theme
from app.ui.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from app.card.diagnosis import CardSnapshot
    from app.session import HouseholdSession


def _style() -> str:
    """The panel's 要対応 colours (≥ 4.5:1), as a paragraph rather than a pill."""
    if theme.current_scheme() is theme.Scheme.DARK:
        return "color: #ffc48a; background: #4a2e12; border-radius: 6px; padding: 6px 8px;"
    return "color: #8a3d00; background: #ffe7cc; border-radius: 6px; padding: 6px 8px;"


def snapshot_expiry(snapshot: CardSnapshot | None) -> tuple[str, date] | None:
    """(the card's SHA-256, its certificate's last day in Japan) from a diagnosis, when it read one."""
    card = None if snapshot is None else snapshot.card
    cert = None if card is None else card.certificate
    return None if cert is None else (cert.sha256, expiry_day(cert.not_after))


def load_calendar(today: date) -> None:
    """Work out the season's filing period once: its business days load the holiday calendar (~0.1 s
    of imports and tables the first time). The card panel runs this on its worker thread when it is
    made, so the first card read does not hold the window while the note is worked out."""
    filing_period(current_tax_year(today))


class CardExpiryNote(PlainLabel):
    """⚠ and one sentence when the certificates end before the season's filing period ends; hidden
    otherwise (never a warning for a certificate that lasts through it; an expired one is the panel's)."""

    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("cardExpiryNote")
        self.setWordWrap(True)
        self.setStyleSheet(_style())
        self.today = today
        self.warning: CardExpiry | None = None
        self.setVisible(False)

    def show_snapshot(self, snapshot: CardSnapshot | None) -> None:
        found = snapshot_expiry(snapshot)
        self.warning = None if found is None else card_expiry(found[1], self.today())
        # an expired certificate is the panel's own 要対応 (with the renewal): not said twice
        if self.warning is None or self.warning.code is ExpiryCode.EXPIRED:
            self.clear()
            self.setVisible(False)
            return
        self.setText(f"⚠ {expiry_text(self.warning)}")
        self.setAccessibleName(self.text())
        self.setVisible(True)


class _Panel(Protocol):  # app.ui.card_reader.panel.CardPanel, without importing it (no cycle)
    snapshot: CardSnapshot | None
    snapshot_changed: SignalInstance


def remember_card_expiry(panel: _Panel, session: HouseholdSession) -> None:
    """Each diagnosis that reads a bound card's certificate keeps its expiry for that member."""

    def note() -> None:
        found = snapshot_expiry(panel.snapshot)
        if found is not None:
            session.note_card_expiry(*found)

    panel.snapshot_changed.connect(note)
