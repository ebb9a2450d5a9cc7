"""The backup file's format: its id and version, the limits, and the models that validate it.

The format is documented in ``docs/backup-format.md`` (keep both in step); :mod:`app.store.backup`
writes and reads it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
)

from app.domain.model import (
    Channel,
    DelegatedService,
    DelegationOperation,
    LinkageStatus,
    Readiness,
    Relation,
    Service,
    TaskState,
)
from app.domain.received import Verdict
from app.domain.text import inert

FORMAT_ID = "myna-prep-backup"
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


def _only_text(value: object) -> object:
    """Dates and timestamps come as ISO text only: no integer (epoch) or other look-alikes."""
    if not isinstance(value, str):
        raise ValueError("expected an ISO 8601 string")
    return value


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
Timestamp = Annotated[AwareDatetime, BeforeValidator(_only_text), AfterValidator(_sane_time)]
Day = Annotated[date, BeforeValidator(_only_text), AfterValidator(_sane_day)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProgressV1(_Model):
    item_id: Name
    state: TaskState
    note: Note = ""
    completed_at: Timestamp | None = None
    follow_up: Day | None = None


class CertificateV1(_Model):
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


class LinkageV1(_Model):
    service: Service
    status: LinkageStatus | None = None
    changed_at: Timestamp | None = None
    follow_up: Day | None = None
    note: Note = ""
    site_linked: StrictBool | None = None  # since app schema 3


class ChangeV1(_Model):
    subject: Name
    old: OptionalText | None = None
    new: OptionalText | None = None
    at: Timestamp


class AmountV1(_Model):
    code: Name
    label_ja: OptionalText = ""
    label_en: OptionalText = ""  # written before 2026-12 (the English now comes from the catalogue)
    value: Annotated[StrictInt, Field(ge=-MAX_INT, le=MAX_INT)]


class ReceivedV1(_Model):
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
    amounts: Annotated[list[AmountV1], Field(max_length=500)] = []
    signer_subject: OptionalText = ""
    # Written for reading by people; on import every record is verified again from its kept file and
    # these, like the facts above, come from the file (a record without its file stays 記録のみ).
    signer_organisation: OptionalText = ""
    signer_spki_sha256: OptionalText = ""
    signer_trust: OptionalText = ""


class ProfileV1(_Model):
    id: Id
    display_name: Name
    relation: Relation
    card_sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")] | None = None
    card_expires_on: Day | None = None  # format 3
    progress: Annotated[list[ProgressV1], Field(max_length=1_000)] = []
    certificates: Annotated[list[CertificateV1], Field(max_length=1_000)] = []
    linkages: Annotated[list[LinkageV1], Field(max_length=100)] = []
    history: Annotated[list[ChangeV1], Field(max_length=20_000)] = []
    received: Annotated[list[ReceivedV1], Field(max_length=1_000)] = []


class DelegationV1(_Model):
    id: Id
    delegator_profile_id: Id
    delegate_profile_id: Id
    relation_name: Name
    valid_from: Day | None = None
    valid_to: Day | None = None
    services: Annotated[list[DelegatedService], Field(max_length=100)] = []
    operations: Annotated[dict[DelegationOperation, TaskState], Field(max_length=100)] = {}


class IssuerNameV1(_Model):
    type_id: Name
    name: Name
    last_used_at: Timestamp
    use_count: Annotated[StrictInt, Field(ge=1, le=MAX_INT)] = 1


class SeasonV3(_Model):
    """One season (format 3): the current one has no end and no household; an earlier one carries the
    household as it stood when it ended (profiles without history, and delegations)."""

    tax_year: Annotated[StrictInt, Field(ge=1989, le=9998)]
    began_at: Timestamp
    ended_at: Timestamp | None = None
    profiles: Annotated[list[ProfileV1], Field(max_length=100)] = []
    delegations: Annotated[list[DelegationV1], Field(max_length=1_000)] = []


class SeasonRecord(_Model):
    """An ended season's household as the store keeps it (``season.record``)."""

    profiles: Annotated[list[ProfileV1], Field(max_length=100)] = []
    delegations: Annotated[list[DelegationV1], Field(max_length=1_000)] = []


class BackupV1(_Model):
    format: StrictStr
    version: StrictInt
    exported_at: Timestamp
    app_version: OptionalText
    profiles: Annotated[list[ProfileV1], Field(max_length=100)]
    delegations: Annotated[list[DelegationV1], Field(max_length=1_000)] = []
    issuer_names: Annotated[list[IssuerNameV1], Field(max_length=10_000)] = []
    seasons: Annotated[list[SeasonV3], Field(max_length=200)] = []  # format 3
