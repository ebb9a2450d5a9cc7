"""The store's foundation: helpers, the engine, one transaction per call, loading and history.

Split out of ``repository.py``; ``Store`` there puts the parts together.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Self, TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel, col, select

from app.domain.model import (
    CertificateSelection,
    Household,
    StatusChange,
)
from app.store import messages, rows
from app.store.engine import WRITE_OPTION, Prepared, make_engine
from app.store.errors import (
    StoreError,
    StoreNotFoundError,
    StoreWriteError,
    read_error,
    write_error,
)
from app.store.tables import (
    CertificateRow,
    DelegationOperationRow,
    DelegationRow,
    DelegationServiceRow,
    LinkageRow,
    ProfileRow,
    ProgressRow,
    ReceivedFileRow,
    StatusChangeRow,
)


class _Unset(Enum):
    UNSET = 0


UNSET = _Unset.UNSET
"""Default of optional keyword arguments: 'leave this field as it is' (``None`` means 'clear it')."""

_E = TypeVar("_E", bound=Enum)
_Row = TypeVar("_Row", bound=SQLModel)
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def name_key(text: str) -> str:
    """Comparison key for names typed by people: width, case and surrounding spaces do not matter."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def existing_row(s: Session, table: type[_Row], key: object, what: str) -> _Row:
    """The row of ``table`` under primary key ``key``; ``StoreNotFoundError`` (naming ``what``) when
    there is none (another window removed it)."""
    row = s.get(table, key)
    if row is None:
        raise StoreNotFoundError(f"{what} {key}")
    return row


@dataclass(frozen=True, slots=True)
class RemovedCertificate:
    """What ``remove_certificate`` took away, for ``restore_certificate`` (undo)."""

    profile_id: int
    selection: CertificateSelection


# --- row -> domain ----------------------------------------------------------------------------------


def _val(value: Enum | None) -> str | None:
    return None if value is None else str(value.value)


class StoreBase:
    """The store's foundation: the engine, units of work, loading, history (see ``repository``)."""

    def __init__(self, prepared: Prepared, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self._prepared = prepared
        self._engine = make_engine(prepared)
        self._clock = clock
        self._moment = clock()

    # --- life cycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._prepared.db_path

    @property
    def read_only(self) -> bool:
        return self._prepared.read_only

    @property
    def read_only_reason(self) -> messages.Message | None:
        """Why changes are not saved, when read-only (``app.i18n.words`` says it)."""
        return self._prepared.read_only_reason

    @property
    def schema_version(self) -> int:
        return self._prepared.schema_version

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the store's clock must return aware datetimes")
        return now.astimezone(UTC)

    # --- units of work ----------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Session]:
        if self.read_only:
            raise StoreWriteError(messages.NOT_SAVED_READ_ONLY, detail="store opened read-only")
        self._moment = self._now()  # one timestamp for everything this transaction records
        try:
            options = {WRITE_OPTION: True}
            with Session(self._engine, expire_on_commit=False, execution_options=options) as s, s.begin():
                yield s
        except StoreError:
            raise
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise write_error(exc) from exc

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self._engine, expire_on_commit=False) as s, s.begin():
                yield s
        except StoreError:
            raise
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise read_error(exc) from exc

    # --- loading --------------------------------------------------------------------------------------

    def load_household(self) -> Household:
        with self._read() as s:
            profiles = s.exec(select(ProfileRow).order_by(col(ProfileRow.position), col(ProfileRow.id))).all()
            progress = s.exec(select(ProgressRow)).all()
            certificates = s.exec(select(CertificateRow).order_by(col(CertificateRow.id))).all()
            linkages = s.exec(select(LinkageRow)).all()
            delegations = s.exec(select(DelegationRow).order_by(col(DelegationRow.id))).all()
            services = s.exec(select(DelegationServiceRow)).all()
            operations = s.exec(select(DelegationOperationRow)).all()
            received = s.exec(select(ReceivedFileRow).order_by(col(ReceivedFileRow.id))).all()

        return rows.assemble_household(
            profiles, progress, certificates, linkages, delegations, services, operations, received
        )

    # --- profiles (shared) ----------------------------------------------------------------------------

    @staticmethod
    def _profile_row(s: Session, profile_id: int) -> ProfileRow:
        return existing_row(s, ProfileRow, profile_id, "profile")

    # --- history ---------------------------------------------------------------------------------------

    def _record(self, s: Session, profile_id: int, subject: str, old: str | None, new: str | None) -> None:
        if old != new:
            s.add(StatusChangeRow(profile_id=profile_id, subject=subject, old=old, new=new, at=self._moment))

    def history(self, profile_id: int, subject: str | None = None) -> list[StatusChange]:
        """The timeline of a profile, oldest first.

        ``subject`` filters: ``"item:step1.register"`` gives that item; ``"certificate:12"`` gives the
        readiness of certificate 12 and its STEP4 tasks (``certificate:12:registration`` …).
        """
        with self._read() as s:
            query = select(StatusChangeRow).where(StatusChangeRow.profile_id == profile_id)
            if subject is not None:
                query = query.where(
                    (col(StatusChangeRow.subject) == subject)
                    | (col(StatusChangeRow.subject).startswith(subject + ":", autoescape=True))
                )
            found = s.exec(query.order_by(col(StatusChangeRow.at), col(StatusChangeRow.id))).all()
            return [rows.change(r) for r in found]

    def all_history(self) -> list[StatusChange]:
        """Every profile's timeline (for backups), oldest first."""
        with self._read() as s:
            found = s.exec(
                select(StatusChangeRow).order_by(col(StatusChangeRow.at), col(StatusChangeRow.id))
            ).all()
            return [rows.change(r) for r in found]
