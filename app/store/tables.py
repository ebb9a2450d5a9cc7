"""sqlmodel tables: the ORM mapping of the newest schema (``migrations.LATEST``).

The DDL that creates these tables lives in ``migrations`` (frozen per version); this module only maps
them. ``tests/store/test_migrations.py`` checks that both agree column by column.

Conventions: enum values are stored as their stable codes (TEXT); dates as ISO ``YYYY-MM-DD`` TEXT;
timestamps as ISO 8601 TEXT in UTC with an explicit ``+00:00`` offset (``UTCDateTime``), so they sort
as text and come back timezone-aware. Nothing here ever holds a secret: certificate selections keep only
the opaque ``secret_ref`` of a keyring entry.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Column, String, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO 8601 text in UTC; naive datetimes are refused (a bug)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        parsed = datetime.fromisoformat(value)
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _utc_column(*, nullable: bool = True) -> Column[datetime]:
    return Column(UTCDateTime(), nullable=nullable)


class ProfileRow(SQLModel, table=True):
    __tablename__ = "profile"

    id: int | None = Field(default=None, primary_key=True)
    display_name: str = Field(unique=True)
    relation: str
    card_sha256: str | None = Field(default=None, unique=True)
    position: int = 0  # schema v5: the household's order
    card_expires_on: date | None = None  # schema v7: the card's 利用者証明用電子証明書 not-after day


class ProgressRow(SQLModel, table=True):
    __tablename__ = "progress_item"

    profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE", primary_key=True)
    item_id: str = Field(primary_key=True)
    state: str
    note: str = ""
    completed_at: datetime | None = Field(default=None, sa_column=_utc_column())
    follow_up: date | None = None


class CertificateRow(SQLModel, table=True):
    __tablename__ = "certificate_selection"

    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE", index=True)
    type_id: str
    issuer: str
    channel: str
    readiness: str | None = None
    readiness_changed_at: datetime | None = Field(default=None, sa_column=_utc_column())
    registration: str
    issuer_link: str
    follow_up: date | None = None
    note: str = ""
    secret_ref: str | None = None  # schema v2
    data_confirmed_on: date | None = None  # schema v3


class LinkageRow(SQLModel, table=True):
    __tablename__ = "linkage"

    profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE", primary_key=True)
    service: str = Field(primary_key=True)
    status: str | None = None
    changed_at: datetime | None = Field(default=None, sa_column=_utc_column())
    follow_up: date | None = None
    note: str = ""
    site_linked: bool | None = None  # schema v3


class DelegationRow(SQLModel, table=True):
    __tablename__ = "delegation"

    id: int | None = Field(default=None, primary_key=True)
    delegator_profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE")
    delegate_profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE")
    relation_name: str
    valid_from: date | None = None
    valid_to: date | None = None


class DelegationServiceRow(SQLModel, table=True):
    __tablename__ = "delegation_service"

    delegation_id: int = Field(foreign_key="delegation.id", ondelete="CASCADE", primary_key=True)
    service: str = Field(primary_key=True)


class DelegationOperationRow(SQLModel, table=True):
    __tablename__ = "delegation_operation"

    delegation_id: int = Field(foreign_key="delegation.id", ondelete="CASCADE", primary_key=True)
    operation: str = Field(primary_key=True)
    state: str


class StatusChangeRow(SQLModel, table=True):
    __tablename__ = "status_change"

    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE")
    subject: str
    old: str | None = None
    new: str | None = None
    at: datetime = Field(sa_column=_utc_column(nullable=False))


class IssuerNameRow(SQLModel, table=True):
    """Issuer names the user typed before, per certificate type (schema v2): input suggestions."""

    __tablename__ = "issuer_name"

    type_id: str = Field(primary_key=True)
    name: str = Field(primary_key=True)
    last_used_at: datetime = Field(sa_column=_utc_column(nullable=False))
    use_count: int = 1


class ReceivedFileRow(SQLModel, table=True):
    """A verified electronic certificate kept for a profile (schema v3)."""

    __tablename__ = "received_file"
    __table_args__ = (UniqueConstraint("profile_id", "sha256"),)

    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", ondelete="CASCADE", index=True)
    sha256: str
    file_name: str
    stored_name: str
    imported_at: datetime = Field(sa_column=_utc_column(nullable=False))
    verdict: str
    form: str
    type_id: str | None = None
    type_candidates: str = ""  # space-separated catalog ids
    tax_year: int | None = None
    issuer: str = ""
    person: str = ""
    created_on: date | None = None
    amounts: str = "[]"  # JSON: [{"code", "label_ja", "value"}] (older rows: also "label_en", ignored)
    signer_subject: str = ""
    signer_organisation: str = ""  # schema v6
    signer_spki_sha256: str = ""
    signer_trust: str = "unknown"
    file_checked: bool = True


class SignerPinRow(SQLModel, table=True):
    """One entry of an issuer's signer history (schema v6); the newest is the current pin."""

    __tablename__ = "signer_pin"

    id: int | None = Field(default=None, primary_key=True)
    issuer_key: str = Field(index=True)
    spki_sha256: str
    organisation: str = ""
    subject: str = ""
    first_sha256: str
    pinned_at: datetime = Field(sa_column=_utc_column(nullable=False))
    accepted_at: datetime | None = Field(default=None, sa_column=_utc_column(nullable=True))


class SeasonRow(SQLModel, table=True):
    """One tax year's preparation (schema v7); an ended one keeps its household as JSON (``record``)."""

    __tablename__ = "season"

    tax_year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    began_at: datetime = Field(sa_column=_utc_column(nullable=False))
    ended_at: datetime | None = Field(default=None, sa_column=_utc_column())
    record: str | None = None


ALL_TABLES: tuple[type[SQLModel], ...] = (
    ProfileRow,
    ProgressRow,
    CertificateRow,
    LinkageRow,
    DelegationRow,
    DelegationServiceRow,
    DelegationOperationRow,
    StatusChangeRow,
    IssuerNameRow,
    ReceivedFileRow,
    SignerPinRow,
    SeasonRow,
)
