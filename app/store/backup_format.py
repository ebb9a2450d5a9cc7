"""The backup file's format: its id and version, the limits, and the one model of the file.

The same models serve both directions: export builds them from the domain objects (``of``) and dumps
them; import validates a file into them and turns them back into domain objects (``as_domain``). A
field and the domain attribute of the same name are the same fact, so a field is written and read in
one place. The format is documented in ``docs/backup-format.md`` (keep both in step); :mod:`app.store.backup`
writes and reads files.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Any, Self, TypeVar

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictBool,
    StrictInt,
    StrictStr,
)

from app.domain.model import (
    CertificateSelection,
    Channel,
    DelegatedService,
    Delegation,
    DelegationOperation,
    LinkageRecord,
    LinkageStatus,
    MemberState,
    Profile,
    ProgressItem,
    Readiness,
    Relation,
    Service,
    StatusChange,
    TaskState,
)
from app.domain.received import Amount, ReceivedFile, SignerTrust, Verdict
from app.domain.text import inert

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

FORMAT_ID = "myna-prep-backup"
# The format's version: the one place it is said. 1: the first (no ``received``, ``seasons``).
# 2: profiles carry ``received`` (verified electronic certificates: the records, not the files).
# 3: received records carry who signed (organisation, key, trust); ``stored_name`` must be the record's
#    own ``received/<sha256>.xml``; on import each record is verified again from its kept file.
#    ``seasons`` (the current tax year and every earlier season's household, read-only); a profile's
#    ``card_expires_on``.
FORMAT_VERSION = 3
# One limit for export and import: a real household is ~30 KB. Checked on the open file before reading,
# so a huge or endless file costs nothing; export refuses rather than write a file import would refuse.
MAX_BYTES = 4 * 1024 * 1024
MAX_INT = 2**63 - 1  # SQLite's INTEGER
_NAME = 1_000  # characters in a name, id or code
_NOTE = 20_000  # characters in a note
_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_LATEST = datetime(9998, 12, 31, tzinfo=UTC)


def _text(value: str) -> str:
    return inert(value)


def _note(value: str) -> str:
    return inert(value, multiline=True)


def _time_text(value: object) -> object:
    """Timestamps come as ISO text only: no integer (epoch) or other look-alikes. (Export passes the
    domain's datetime objects; a JSON file cannot hold one.)"""
    if not isinstance(value, str | datetime):
        raise ValueError("expected an ISO 8601 string")
    return value


def _day_text(value: object) -> object:
    """Dates come as ISO text only (export passes the domain's date objects, never a datetime)."""
    if not isinstance(value, str | date) or isinstance(value, datetime):
        raise ValueError("expected an ISO 8601 string")
    return value


def _iso(value: datetime) -> str:
    """Written as UTC with microseconds, always the same width (``_sane_time`` made it UTC)."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _sane_day(value: date) -> date:
    if not _EARLIEST.date() <= value <= _LATEST.date():
        raise ValueError("date out of range")
    return value


def _sane_time(value: datetime) -> datetime:
    try:
        utc = value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValueError("timestamp out of range") from None
    if not _EARLIEST <= utc <= _LATEST:
        raise ValueError("timestamp out of range")
    return utc


Name = Annotated[StrictStr, Field(min_length=1, max_length=_NAME), AfterValidator(_text)]
OptionalText = Annotated[StrictStr, Field(max_length=_NAME), AfterValidator(_text)]
Note = Annotated[StrictStr, Field(max_length=_NOTE), AfterValidator(_note)]
Id = Annotated[StrictInt, Field(gt=0, le=MAX_INT)]
Timestamp = Annotated[
    AwareDatetime,
    BeforeValidator(_time_text),
    AfterValidator(_sane_time),
    PlainSerializer(_iso, when_used="json"),
]
Day = Annotated[date, BeforeValidator(_day_text), AfterValidator(_sane_day)]


_D = TypeVar("_D", bound="DataclassInstance")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @classmethod
    def of(cls, source: object, **given: Any) -> Self:
        """The entry for a domain object (export): each field from the attribute of the same name,
        ``given`` for the others. Validated like an imported file, so export writes only what import
        reads."""
        names = [n for n in cls.model_fields if n not in given]
        _require_all(cls.__name__, [n for n in names if not hasattr(source, n)])
        return cls.model_validate({**{n: getattr(source, n) for n in names}, **given})

    def as_domain(self, kind: type[_D], **given: Any) -> _D:
        """The domain object (import): each of its fields from the field of the same name, ``given``
        for the others."""
        names = [f.name for f in dataclasses.fields(kind) if f.name not in given]
        _require_all(kind.__name__, [n for n in names if n not in type(self).model_fields])
        return kind(**{n: getattr(self, n) for n in names}, **given)


def _require_all(target: str, missing: list[str]) -> None:
    """A field on one side only is a mistake to fix here, never a value left to its default."""
    if missing:
        raise TypeError(f"{target}: nothing maps {', '.join(missing)}")


class BackupProgress(_Model):
    item_id: Name
    state: TaskState
    note: Note = ""
    completed_at: Timestamp | None = None
    follow_up: Day | None = None


class BackupCertificate(_Model):
    id: Id
    type_id: Name
    issuer: Name
    channel: Channel
    readiness: Readiness | None = None
    readiness_changed_at: Timestamp | None = None
    registration: TaskState = TaskState.TODO
    issuer_link: TaskState = TaskState.TODO
    follow_up: Day | None = None
    note: Note = ""
    number_remembered: StrictBool = False
    data_confirmed_on: Day | None = None  # since app schema 3

    @classmethod
    def of_selection(cls, c: CertificateSelection) -> Self:
        return cls.of(c, number_remembered=c.secret_ref is not None)  # the number itself never

    def selection(self) -> CertificateSelection:
        # A remembered number stays in the old PC's keychain: the person enters it again.
        return self.as_domain(
            CertificateSelection, type_id=self.type_id.strip(), issuer=self.issuer.strip(), secret_ref=None
        )


class BackupLinkage(_Model):
    service: Service
    status: LinkageStatus | None = None
    changed_at: Timestamp | None = None
    follow_up: Day | None = None
    note: Note = ""
    site_linked: StrictBool | None = None  # since app schema 3


class BackupChange(_Model):
    subject: Name
    old: OptionalText | None = None
    new: OptionalText | None = None
    at: Timestamp


class BackupAmount(_Model):
    code: Name
    label_ja: OptionalText = ""
    # Files written before 2026-12 also carry an English label: read, never written (the English is the
    # catalogue's now, app.i18n.certificate_items).
    label_en: OptionalText = Field(default="", exclude=True)
    value: Annotated[StrictInt, Field(ge=-MAX_INT, le=MAX_INT)]


class BackupReceived(_Model):
    """A verified electronic certificate's record (format 2). The kept file itself is not in the backup."""

    sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]
    file_name: Name
    stored_name: Annotated[StrictStr, Field(pattern=r"^received/[0-9a-f]{64}\.xml$")]
    imported_at: Timestamp
    verdict: Verdict
    form: Name
    type_id: Name | None = None
    type_candidates: Annotated[list[Name], Field(max_length=100)] = []
    tax_year: Annotated[StrictInt, Field(ge=1900, le=9998)] | None = None
    issuer: OptionalText = ""
    person: OptionalText = ""
    created_on: Day | None = None
    amounts: Annotated[list[BackupAmount], Field(max_length=500)] = []
    signer_subject: OptionalText = ""
    # Written for reading by people; on import every record is verified again from its kept file and
    # these, like the facts above, come from the file (a record without its file stays 記録のみ).
    signer_organisation: OptionalText = ""
    signer_spki_sha256: OptionalText = ""
    signer_trust: OptionalText = ""

    @classmethod
    def of_file(cls, f: ReceivedFile) -> Self:
        return cls.of(
            f, amounts=[BackupAmount.of(a, label_en="") for a in f.amounts], signer_trust=f.signer_trust.value
        )

    def received_file(self, record_id: int, profile_id: int) -> ReceivedFile:
        return self.as_domain(
            ReceivedFile,
            id=record_id,
            profile_id=profile_id,
            type_candidates=tuple(self.type_candidates),
            amounts=tuple(a.as_domain(Amount) for a in self.amounts),
            # who signed, and whether the file is here: only from the kept file (import_backup)
            signer_organisation="",
            signer_spki_sha256="",
            signer_trust=SignerTrust.UNKNOWN,
            file_checked=False,
        )


class BackupProfile(_Model):
    id: Id
    display_name: Name
    relation: Relation
    card_sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")] | None = None
    card_expires_on: Day | None = None  # format 3
    progress: Annotated[list[BackupProgress], Field(max_length=1_000)] = []
    certificates: Annotated[list[BackupCertificate], Field(max_length=1_000)] = []
    linkages: Annotated[list[BackupLinkage], Field(max_length=100)] = []
    history: Annotated[list[BackupChange], Field(max_length=20_000)] = []
    received: Annotated[list[BackupReceived], Field(max_length=1_000)] = []

    @classmethod
    def of_member(cls, m: MemberState, history: Iterable[StatusChange] = ()) -> Self:
        return cls.of(
            m.profile,
            progress=[BackupProgress.of(i) for i in sorted(m.progress.values(), key=lambda i: i.item_id)],
            certificates=[BackupCertificate.of_selection(c) for c in m.certificates],
            linkages=[BackupLinkage.of(link) for link in m.linkages.values()],
            history=[BackupChange.of(ch) for ch in history],
            received=[BackupReceived.of_file(f) for f in m.received],
        )

    def member(self) -> MemberState:
        return MemberState(
            profile=self.as_domain(Profile, display_name=self.display_name.strip()),
            progress={x.item_id: x.as_domain(ProgressItem) for x in self.progress},
            certificates=tuple(c.selection() for c in self.certificates),
            linkages={x.service: x.as_domain(LinkageRecord) for x in self.linkages},
            received=tuple(r.received_file(n, self.id) for n, r in enumerate(self.received, start=1)),
        )

    def changes(self) -> list[StatusChange]:
        return [h.as_domain(StatusChange, profile_id=self.id) for h in self.history]


class BackupDelegation(_Model):
    id: Id
    delegator_profile_id: Id
    delegate_profile_id: Id
    relation_name: Name
    valid_from: Day | None = None
    valid_to: Day | None = None
    services: Annotated[list[DelegatedService], Field(max_length=100)] = []
    operations: Annotated[dict[DelegationOperation, TaskState], Field(max_length=100)] = {}

    @classmethod
    def of_delegation(cls, d: Delegation) -> Self:
        return cls.of(d, services=sorted(d.services, key=lambda s: s.value))

    def delegation(self) -> Delegation:
        return self.as_domain(
            Delegation,
            relation_name=self.relation_name.strip(),
            services=frozenset(self.services),
            operations=dict(self.operations),
        )


class BackupIssuerName(_Model):
    type_id: Name
    name: Name
    last_used_at: Timestamp
    use_count: Annotated[StrictInt, Field(ge=1, le=MAX_INT)] = 1


Profiles = Annotated[list[BackupProfile], Field(max_length=100)]
Delegations = Annotated[list[BackupDelegation], Field(max_length=1_000)]


class SeasonRecord(_Model):
    """An ended season's household as the store keeps it (``season.record``): profiles without
    history, and delegations."""

    profiles: Profiles = []
    delegations: Delegations = []


class BackupSeason(_Model):
    """One season (format 3): the current one has no end and no household; an earlier one carries the
    household as it stood when it ended (its ``SeasonRecord``)."""

    tax_year: Annotated[StrictInt, Field(ge=1989, le=9998)]
    began_at: Timestamp
    ended_at: Timestamp | None = None
    profiles: Profiles = []
    delegations: Delegations = []


class Backup(_Model):
    """The whole backup file."""

    format: StrictStr
    version: StrictInt
    exported_at: Timestamp
    app_version: OptionalText
    profiles: Profiles
    delegations: Delegations = []
    issuer_names: Annotated[list[BackupIssuerName], Field(max_length=10_000)] = []
    seasons: Annotated[list[BackupSeason], Field(max_length=200)] = []  # format 3
