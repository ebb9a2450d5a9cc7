"""The card panel's filing-period line, on the real PC/SC stack with the virtual card (no password)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from app.card.diagnosis import diagnose
from app.card.worker import CardService
from app.domain.deadlines import current_tax_year, filing_period
from app.ui.card_reader.panel import CardPanel
from tests.card.conftest import Cards, PcscStack

pytestmark = pytest.mark.pcsc


@pytest.fixture
def panel(pcscd: PcscStack, qtbot: QtBot, loop: qasync.QEventLoop) -> Iterator[CardPanel]:
    widget = CardPanel(CardService(timeout=10))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def _days_to_filing_end() -> int:
    today = datetime.now(timezone(timedelta(hours=9))).date()
    return (filing_period(current_tax_year(today)).end - today).days


def test_the_panel_warns_before_the_filing_period_ends(cards: Cards, panel: CardPanel) -> None:
    # two days' margin: the not-after is 23:59:59 in Japan, the machine's day may be UTC's
    card = cards.insert("normal", valid_to_days=_days_to_filing_end() - 2)
    panel.show_snapshot(diagnose())
    note = panel.expiry_note
    assert note.isVisible() and note.text().startswith("⚠ ")
    assert "申告期間" in note.text() and "市区町村の窓口" in note.text()
    assert card.model.verify_with_data == 0  # read without a password: no try spent
    cards.remove(card)

    cards.insert("normal", slot=1, valid_to_days=_days_to_filing_end() + 3)
    panel.show_snapshot(diagnose())
    assert not note.isVisible() and note.text() == ""


def test_an_expired_card_is_said_once(cards: Cards, panel: CardPanel) -> None:
    cards.insert("expired")
    panel.show_snapshot(diagnose())
    assert not panel.expiry_note.isVisible()  # the panel's own 要対応 says it, with the renewal
    assert "市区町村の窓口で更新" in panel.view.message_label.text()


def test_a_bound_cards_expiry_reaches_the_plan(
    cards: Cards, panel: CardPanel, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from app.session import HouseholdSession
    from app.ui.seasons.card_expiry_note import remember_card_expiry

    card = cards.insert("normal", valid_to_days=_days_to_filing_end() - 2)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    session = HouseholdSession(tmp_path, settings)
    session.open()
    session.ensure_store()
    assert session.profile is not None
    session.bind_card(session.profile.id, card.model.certs.auth_sha256)
    remember_card_expiry(panel, session)
    panel.show_snapshot(diagnose())
    profile = session.profile
    assert profile is not None and profile.card_expires_on is not None
    assert profile.card_expires_on < filing_period(session.tax_year).end
    session.close()
