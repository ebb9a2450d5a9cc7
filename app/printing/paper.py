"""Which paper: A4 or Letter, by the user's choice or else by the locale (QtCore only, cheap to import)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

PAPER_NAMES: tuple[str, ...] = ("A4", "Letter")
# Where Letter is the paper in the shops (the rest of the world, Japan included, uses A4).
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
    }
)


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter where the locale's territory uses it, else A4 (the system locale by default)."""
    territory = (locale or QLocale.system()).territory()
    return "Letter" if territory in LETTER_TERRITORIES else "A4"
