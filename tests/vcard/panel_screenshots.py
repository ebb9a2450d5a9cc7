"""Screenshots of the card panel from real diagnoses of the virtual card (docs and review).

Writes no_reader.png, no_card.png, healthy.png, expired.png, one_try_left.png, blocked.png and
ends_before_filing.png (certificates ending before the season's filing period ends) into DIR. Every
state but "no reader" is a real :func:`app.card.diagnosis.diagnose` through pcscd + vpcd
(vpcd's readers are static, so "no reader" is the snapshot diagnose returns when it finds none).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.vcard.panel_screenshots DIR
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tests.vcard.jpki_card import READER_00, SCENARIOS, Scenario, VirtualCard
from tests.vcard.stack import card_present, pcscd_stack, stack_lock, wait_until

STATES = (
    ("healthy", "normal"),
    ("expired", "expired"),
    ("one_try_left", "few_tries"),
    ("blocked", "blocked"),
)


def _ending_before_filing() -> Scenario:
    """A card whose certificates end 20 days before this season's filing period ends."""
    from datetime import date

    from app.domain.deadlines import current_tax_year, filing_period

    today = date.today()
    days = (filing_period(current_tax_year(today)).end - today).days - 20
    return SCENARIOS["normal"].with_(name="ends_before_filing", valid_to_days=days)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--width", type=int, default=360)
    parser.add_argument("--height", type=int, default=560)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from app.card.diagnosis import CardSnapshot, Problem, diagnose
    from app.ui.card_reader.panel import CardPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    panel = CardPanel()
    panel.resize(args.width, args.height)  # the width of the window's card sheet
    panel.show()
    args.directory.mkdir(parents=True, exist_ok=True)

    def shot(name: str, snapshot: CardSnapshot) -> None:
        panel.show_snapshot(snapshot)
        for _ in range(3):  # wrapped labels re-layout in a cascade of posted LayoutRequests
            app.processEvents()
        path = args.directory / f"{name}.png"
        panel.grab().save(str(path))
        print(path)

    try:
        shot("no_reader", CardSnapshot(service_ok=True, problems=(Problem("no_reader"),)))
        with stack_lock(), pcscd_stack():
            shot("no_card", diagnose())
            for name, scenario in STATES:
                card = VirtualCard(scenario).insert()
                try:
                    wait_until(lambda: card_present(READER_00), 3, "the card")
                    shot(name, diagnose())
                finally:
                    card.remove()
                wait_until(lambda: not card_present(READER_00), 3, "the card to go")
            card = VirtualCard(_ending_before_filing()).insert()
            try:
                wait_until(lambda: card_present(READER_00), 3, "the card")
                shot("ends_before_filing", diagnose())
            finally:
                card.remove()
    finally:
        panel.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
