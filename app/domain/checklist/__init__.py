"""The printable preparation checklist, for one household member or the whole household, as codes.

:func:`build_checklist` turns the household, the catalog and the plan into a :class:`Checklist`
(:mod:`.model`, built in :mod:`.build`). Its words live in the one text catalogue
(:mod:`app.i18n.checklist`); the Qt renderer (:mod:`app.printing`) lays it out.
"""

from app.domain.checklist.build import LANGS, QR_LINK_IDS, build_checklist, member_checklist, qr_targets
from app.domain.checklist.model import (
    CardFacts,
    CertificateLine,
    Checklist,
    CheckRow,
    MemberChecklist,
    Named,
    PasswordKind,
    PasswordNeed,
    Phrase,
    QrTarget,
    StepSection,
    phrase,
)

__all__ = [
    "LANGS",
    "QR_LINK_IDS",
    "CardFacts",
    "CertificateLine",
    "CheckRow",
    "Checklist",
    "MemberChecklist",
    "Named",
    "PasswordKind",
    "PasswordNeed",
    "Phrase",
    "QrTarget",
    "StepSection",
    "build_checklist",
    "member_checklist",
    "phrase",
    "qr_targets",
]
