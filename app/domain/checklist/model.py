"""The printable checklist as codes: what to print, never how it reads.

Every piece of text is a :class:`Phrase` (a key and its parameters) or a code of the domain (an enum,
a date, a count); :mod:`app.i18n.checklist` turns them into words in the reader's language, and
:mod:`app.printing` lays them out. Passwords are never part of this model: only their kind and the
tries left from the last card check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.card_expiry import CardExpiry
from app.domain.catalog import Catalog
from app.domain.model import Channel, Household, Relation
from app.domain.plan import NextAction, UnitState
from app.domain.reminders import Reminder
from app.domain.status import Headline, Status
from app.domain.steps import StepId


@dataclass(frozen=True, slots=True)
class Named:
    """A name the catalog gives in both languages (a certificate type)."""

    ja: str
    en: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """A sentence as a key of the checklist's text catalogue and its parameters.

    A parameter is a plain string (an issuer's or a person's name), a number, a date, an enum of the
    domain (a service, a channel, an official label), a :class:`Named` or another phrase.
    """

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def param(self, name: str) -> object:
        return dict(self.params)[name]


def phrase(key: str, **params: object) -> Phrase:
    return Phrase(key, tuple(params.items()))


@dataclass(frozen=True, slots=True)
class CardFacts:
    """What the last card diagnosis found, as plain values (the caller converts the card layer's result).

    ``card_sha256`` (the authentication certificate's SHA-256) ties the facts to the member whose
    profile is bound to that card; without it they apply when the checklist has a single member.
    """

    checked_on: date
    auth_tries_left: int | None = None  # 利用者証明用電子証明書パスワード
    sign_tries_left: int | None = None  # 署名用電子証明書パスワード
    text_tries_left: int | None = None  # 券面事項入力補助用パスワード
    certificate_expires: date | None = None  # the authentication certificate's not-after date
    card_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class CheckRow:
    """One tick box: ``state`` draws the box, ``status`` is the one word beside it (a neutral
    :class:`Status`; 要対応 only when a follow-up date has passed). An open to-do gets a line for the
    date it was done."""

    text: Phrase
    state: UnitState
    status: Status
    follow_up: date | None = None  # when to look again (open and waiting rows)
    official: Phrase | None = None  # what マイナポータル shows (完了/未完了/確認, 準備完了/処理中 …)
    indent: int = 0
    detail: Phrase | None = None  # a second, smaller line (a delegation's period and services)
    summary: bool = False  # sums up the indented rows under it (they carry the dates done)
    findings: Phrase | None = None  # what the rules found (a delegation's validity …), in body size

    @property
    def open(self) -> bool:
        return self.state in (UnitState.TODO, UnitState.WAITING)

    @property
    def dated(self) -> bool:
        """Whether the row gets a line for the date it is done: every open to-do of its own."""
        return self.open and not self.summary


@dataclass(frozen=True, slots=True)
class StepSection:
    step: StepId
    status: Status
    rows: tuple[CheckRow, ...]
    note: Phrase | None = None  # e.g. "not needed in this plan"
    needed: bool = True


class PasswordKind:
    AUTH = "auth"  # 利用者証明用電子証明書パスワード (app.card.pins.PinKind values)
    TEXT = "text"  # 券面事項入力補助用パスワード
    SIGN = "sign"  # 署名用電子証明書パスワード


@dataclass(frozen=True, slots=True)
class PasswordNeed:
    kind: str  # a PasswordKind value
    used_in: tuple[Phrase, ...]  # where it is typed (STEP1 (log in), STEP3 …)
    needed: bool  # False: not used by this member's plan
    maximum: int  # tries before the lock (3 or 5)
    tries_left: int | None = None  # from the last card check, when known
    checked: bool = False  # a card check of this member's card is on record


@dataclass(frozen=True, slots=True)
class CertificateLine:
    """A row of the certificate table: what, from whom, delivered how (its state is a READY row)."""

    type_name: Named
    issuer: str
    channel: Channel
    state: UnitState


@dataclass(frozen=True, slots=True)
class QrTarget:
    id: str
    url: str
    app_name: str  # the app's name (a dated fact) for the app-store targets, else ""


@dataclass(frozen=True, slots=True)
class MemberChecklist:
    profile_id: int
    display_name: str
    relation: Relation
    headline: Headline
    ready: int
    total: int
    received: int
    next_action: NextAction | None
    passwords: tuple[PasswordNeed, ...]
    card: CardFacts | None  # the last card check of this member's card
    sections: tuple[StepSection, ...]
    certificates: tuple[CertificateLine, ...]
    step5_needed: bool
    # The next dates to keep (app.domain.reminders.next_dates): the same as the calendar file's.
    dates: tuple[Reminder, ...] = ()
    # The card's certificates end before the filing period ends (app.domain.card_expiry), else None.
    card_expiry: CardExpiry | None = None

    def section(self, step: StepId) -> StepSection:
        return next(s for s in self.sections if s.step is step)


@dataclass(frozen=True, slots=True)
class Checklist:
    lang: str  # the language it is printed in ("ja" or "en")
    tax_year: int
    printed_on: date
    filing_start: date
    filing_end: date
    days_left: int
    household: bool  # the whole household (each member on fresh pages)
    members: tuple[MemberChecklist, ...]
    qr_targets: tuple[QrTarget, ...]
    catalog: Catalog  # the catalog it was built with (the names of the certificate types)
    # The household it was built from: the names and certificates the dates to keep mention.
    source: Household = field(default_factory=Household)
