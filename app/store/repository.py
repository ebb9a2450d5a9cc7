"""The household store: every public method is one transaction and returns domain objects.

Use from one thread (the GUI thread, or one worker). Typical use::

    from app.store.repository import Store
    store, notices = Store.open(data_dir)        # notices: tuple[Notice, ...] to show once
    household = store.load_household()
    store.set_progress(pid, "step1.register", state=TaskState.DONE)

Errors (``app.store.errors``, all with a Japanese ``text()``): ``StoreValidationError`` (input refused,
nothing saved), ``StoreWriteError`` (disk full, read-only...: the change was NOT saved),
``StoreNotFoundError`` (the record is gone), ``KnownError``/``BugError`` for failed reads.

Every change of a state (checklist item, certificate readiness and STEP4 tasks, linkage status, the
guide's delegation operations) is appended to the history in the same transaction; ``history()`` gives
the timeline. Timestamps are aware datetimes in UTC, taken from ``clock``.
"""

from __future__ import annotations

import os
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import NamedTuple, TypeVar

from sqlalchemy import delete as sa_delete
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from app.domain.model import (
    CertificateSelection,
    Channel,
    Delegation,
    Household,
    LinkageRecord,
    LinkageStatus,
    Profile,
    ProgressItem,
    Readiness,
    Relation,
    Service,
    StatusChange,
    TaskState,
)
from app.domain.received import ReceivedFile, Verification
from app.store import fileutil, messages, rows
from app.store.engine import DB_NAME, WRITE_OPTION, Notice, Prepared, make_engine, prepare
from app.store.errors import (
    StoreError,
    StoreNotFoundError,
    StoreOpenError,
    StoreValidationError,
    StoreWriteError,
    read_error,
    write_error,
)
from app.store.tables import (
    CertificateRow,
    DelegationOperationRow,
    DelegationRow,
    DelegationServiceRow,
    IssuerNameRow,
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
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _key(text: str) -> str:
    """Comparison key for names typed by people: width, case and surrounding spaces do not matter."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


class OpenResult(NamedTuple):
    store: Store
    notices: tuple[Notice, ...]


@dataclass(frozen=True, slots=True)
class RemovedCertificate:
    """What ``remove_certificate`` took away, for ``restore_certificate`` (undo)."""

    profile_id: int
    selection: CertificateSelection


# --- row -> domain ----------------------------------------------------------------------------------


def _val(value: Enum | None) -> str | None:
    return None if value is None else str(value.value)


class Store:
    """The household store over one SQLite file (see the module docstring)."""

    def __init__(self, prepared: Prepared, *, clock: Callable[[], datetime] = _utc_now) -> None:
        self._prepared = prepared
        self._engine = make_engine(prepared)
        self._clock = clock
        self._moment = clock()

    # --- life cycle ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | str, *, clock: Callable[[], datetime] = _utc_now) -> OpenResult:
        """Open (creating, repairing or migrating as needed) the store in ``data_dir``.

        Raises ``StoreOpenError`` when the directory is unusable. Damaged files, newer schemas and
        read-only places do not raise: they come back as notices to show the user.
        """
        prepared = prepare(Path(data_dir), now=clock())
        return OpenResult(cls(prepared, clock=clock), tuple(prepared.notices))

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
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
    def read_only_reason(self) -> str | None:
        """The Japanese sentence saying why changes are not saved, when read-only."""
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
            profiles = s.exec(select(ProfileRow).order_by(col(ProfileRow.id))).all()
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

    # --- profiles --------------------------------------------------------------------------------------

    @staticmethod
    def _profile_row(s: Session, profile_id: int) -> ProfileRow:
        row = s.get(ProfileRow, profile_id)
        if row is None:
            raise StoreNotFoundError(f"profile {profile_id}")
        return row

    @staticmethod
    def _check_name(s: Session, display_name: str, *, except_id: int | None = None) -> str:
        name = display_name.strip()
        if not name:
            raise StoreValidationError(messages.EMPTY_NAME)
        for other in s.exec(select(ProfileRow)).all():
            if other.id != except_id and _key(other.display_name) == _key(name):
                raise StoreValidationError(messages.DUPLICATE_NAME)
        return name

    def add_profile(self, display_name: str, relation: Relation = Relation.SELF) -> Profile:
        with self._write() as s:
            row = ProfileRow(display_name=self._check_name(s, display_name), relation=relation.value)
            s.add(row)
            s.flush()
            return rows.profile(row)

    def rename_profile(self, profile_id: int, display_name: str) -> Profile:
        with self._write() as s:
            row = self._profile_row(s, profile_id)
            row.display_name = self._check_name(s, display_name, except_id=profile_id)
            s.add(row)
            s.flush()
            return rows.profile(row)

    def bind_card(self, profile_id: int, card_sha256: str | None) -> Profile:
        """Bind the card whose auth-certificate SHA-256 is given (``None`` unbinds)."""
        digest = None if card_sha256 is None else card_sha256.strip().lower()
        if digest is not None and not _SHA256_HEX.fullmatch(digest):
            raise StoreValidationError(messages.BAD_CARD_HASH)
        with self._write() as s:
            row = self._profile_row(s, profile_id)
            if digest is not None:
                other = s.exec(select(ProfileRow).where(ProfileRow.card_sha256 == digest)).first()
                if other is not None and other.id != profile_id:
                    raise StoreValidationError(messages.CARD_ALREADY_BOUND)
            row.card_sha256 = digest
            s.add(row)
            s.flush()
            return rows.profile(row)

    def profile_for_card(self, card_sha256: str) -> Profile | None:
        digest = card_sha256.strip().lower()
        with self._read() as s:
            row = s.exec(select(ProfileRow).where(ProfileRow.card_sha256 == digest)).first()
            return None if row is None else rows.profile(row)

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

    # --- checklist progress ----------------------------------------------------------------------------

    def set_progress(
        self,
        profile_id: int,
        item_id: str,
        *,
        state: TaskState | _Unset = UNSET,
        note: str | _Unset = UNSET,
        follow_up: date | _Unset | None = UNSET,
    ) -> ProgressItem:
        """Record an item's state, note or follow-up date; ``completed_at`` follows the DONE state."""
        if not item_id.strip():
            raise StoreValidationError(messages.EMPTY_ITEM)
        with self._write() as s:
            self._profile_row(s, profile_id)
            row = s.get(ProgressRow, (profile_id, item_id))
            if row is None:
                row = ProgressRow(profile_id=profile_id, item_id=item_id, state=TaskState.TODO.value)
            if not isinstance(state, _Unset) and state.value != row.state:
                self._record(s, profile_id, f"item:{item_id}", row.state, state.value)
                row.state = state.value
                row.completed_at = self._moment if state is TaskState.DONE else None
            if not isinstance(note, _Unset):
                row.note = note
            if not isinstance(follow_up, _Unset):
                row.follow_up = follow_up
            s.add(row)
            s.flush()
            return rows.progress(row)

    # --- certificate selections ------------------------------------------------------------------------

    @staticmethod
    def _cert_row(s: Session, certificate_id: int) -> CertificateRow:
        row = s.get(CertificateRow, certificate_id)
        if row is None:
            raise StoreNotFoundError(f"certificate {certificate_id}")
        return row

    @staticmethod
    def _check_certificate(
        s: Session, profile_id: int, type_id: str, issuer: str, *, except_id: int | None = None
    ) -> tuple[str, str]:
        type_id = type_id.strip()
        issuer = issuer.strip()
        if not type_id:
            raise StoreValidationError(messages.EMPTY_TYPE)
        if not issuer:
            raise StoreValidationError(messages.EMPTY_ISSUER)
        same_type = s.exec(
            select(CertificateRow).where(
                CertificateRow.profile_id == profile_id, CertificateRow.type_id == type_id
            )
        ).all()
        if any(r.id != except_id and _key(r.issuer) == _key(issuer) for r in same_type):
            raise StoreValidationError(messages.DUPLICATE_CERTIFICATE)
        return type_id, issuer

    def _remember_issuer(self, s: Session, type_id: str, issuer: str) -> None:
        row = s.get(IssuerNameRow, (type_id, issuer))
        if row is None:
            row = IssuerNameRow(type_id=type_id, name=issuer, last_used_at=self._moment, use_count=1)
        else:
            row.use_count += 1
            row.last_used_at = self._moment
        s.add(row)

    def add_certificate(
        self,
        profile_id: int,
        type_id: str,
        issuer: str,
        channel: Channel,
        *,
        note: str = "",
        follow_up: date | None = None,
    ) -> CertificateSelection:
        """Add a wanted certificate (STEP2). Refuses an empty issuer or a duplicate (type, issuer)."""
        with self._write() as s:
            self._profile_row(s, profile_id)
            type_id, issuer = self._check_certificate(s, profile_id, type_id, issuer)
            row = CertificateRow(
                profile_id=profile_id,
                type_id=type_id,
                issuer=issuer,
                channel=channel.value,
                registration=TaskState.TODO.value,
                issuer_link=TaskState.TODO.value,
                note=note,
                follow_up=follow_up,
            )
            s.add(row)
            self._remember_issuer(s, type_id, issuer)
            s.flush()
            return rows.certificate(row)

    def update_certificate(
        self,
        certificate_id: int,
        *,
        issuer: str | _Unset = UNSET,
        channel: Channel | _Unset = UNSET,
        readiness: Readiness | _Unset | None = UNSET,
        registration: TaskState | _Unset = UNSET,
        issuer_link: TaskState | _Unset = UNSET,
        follow_up: date | _Unset | None = UNSET,
        note: str | _Unset = UNSET,
        data_confirmed_on: date | _Unset | None = UNSET,
    ) -> CertificateSelection:
        """Change a selection; readiness, the STEP4 task states and the data confirmation go into the
        history."""
        with self._write() as s:
            row = self._cert_row(s, certificate_id)
            subject = f"certificate:{certificate_id}"
            if not isinstance(issuer, _Unset):
                _, row.issuer = self._check_certificate(
                    s, row.profile_id, row.type_id, issuer, except_id=certificate_id
                )
                self._remember_issuer(s, row.type_id, row.issuer)
            if not isinstance(channel, _Unset):
                row.channel = channel.value
            if not isinstance(readiness, _Unset) and _val(readiness) != row.readiness:
                self._record(s, row.profile_id, subject, row.readiness, _val(readiness))
                row.readiness = _val(readiness)
                row.readiness_changed_at = self._moment
            if not isinstance(registration, _Unset):
                self._record(
                    s, row.profile_id, f"{subject}:registration", row.registration, registration.value
                )
                row.registration = registration.value
            if not isinstance(issuer_link, _Unset):
                self._record(s, row.profile_id, f"{subject}:issuer_link", row.issuer_link, issuer_link.value)
                row.issuer_link = issuer_link.value
            if not isinstance(follow_up, _Unset):
                row.follow_up = follow_up
            if not isinstance(note, _Unset):
                row.note = note
            if not isinstance(data_confirmed_on, _Unset) and data_confirmed_on != row.data_confirmed_on:
                old = None if row.data_confirmed_on is None else row.data_confirmed_on.isoformat()
                new = None if data_confirmed_on is None else data_confirmed_on.isoformat()
                self._record(s, row.profile_id, f"{subject}:data", old, new)
                row.data_confirmed_on = data_confirmed_on
            s.add(row)
            s.flush()
            return rows.certificate(row)

    def set_certificate_secret(self, certificate_id: int, secret_ref: str | None) -> CertificateSelection:
        """Attach (or detach, with ``None``) the opaque keyring key of a remembered issuer number."""
        with self._write() as s:
            row = self._cert_row(s, certificate_id)
            row.secret_ref = secret_ref
            s.add(row)
            s.flush()
            return rows.certificate(row)

    def remove_certificate(self, certificate_id: int) -> RemovedCertificate:
        """Remove a selection; keep the result to ``restore_certificate`` it (undo).

        A remembered number stays in the keyring (its ``secret_ref`` is in the result); delete it with
        ``SecretStore.delete`` once undo is no longer offered.
        """
        with self._write() as s:
            row = self._cert_row(s, certificate_id)
            removed = RemovedCertificate(row.profile_id, rows.certificate(row))
            s.delete(row)
            return removed

    def restore_certificate(self, removed: RemovedCertificate) -> CertificateSelection:
        """Put a removed selection back, under its old id when that is still free."""
        sel = removed.selection
        with self._write() as s:
            self._profile_row(s, removed.profile_id)
            type_id, issuer = self._check_certificate(s, removed.profile_id, sel.type_id, sel.issuer)
            row = CertificateRow(
                id=sel.id if s.get(CertificateRow, sel.id) is None else None,
                profile_id=removed.profile_id,
                type_id=type_id,
                issuer=issuer,
                channel=sel.channel.value,
                readiness=_val(sel.readiness),
                readiness_changed_at=sel.readiness_changed_at,
                registration=sel.registration.value,
                issuer_link=sel.issuer_link.value,
                follow_up=sel.follow_up,
                note=sel.note,
                secret_ref=sel.secret_ref,
                data_confirmed_on=sel.data_confirmed_on,
            )
            s.add(row)
            s.flush()
            return rows.certificate(row)

    def issuer_suggestions(self, prefix: str = "", type_id: str | None = None, limit: int = 10) -> list[str]:
        """Issuer names typed before, most used first; ``prefix`` ignores width and case."""
        wanted = _key(prefix)
        with self._read() as s:
            query = select(IssuerNameRow)
            if type_id is not None:
                query = query.where(IssuerNameRow.type_id == type_id)
            found = s.exec(
                query.order_by(col(IssuerNameRow.use_count).desc(), col(IssuerNameRow.last_used_at).desc())
            ).all()
        seen: set[str] = set()
        names: list[str] = []
        for r in found:
            k = _key(r.name)
            if k.startswith(wanted) and k not in seen:
                seen.add(k)
                names.append(r.name)
                if len(names) >= limit:
                    break
        return names

    # --- linkages --------------------------------------------------------------------------------------

    def set_linkage(
        self,
        profile_id: int,
        service: Service,
        *,
        status: LinkageStatus | _Unset | None = UNSET,
        follow_up: date | _Unset | None = UNSET,
        note: str | _Unset = UNSET,
        site_linked: bool | _Unset | None = UNSET,
    ) -> LinkageRecord:
        """Record what the 連携状況リスト shows for one service (a new status forgets what was found on
        the site), or what the user found on the site for a 確認 row."""
        with self._write() as s:
            self._profile_row(s, profile_id)
            row = s.get(LinkageRow, (profile_id, service.value))
            if row is None:
                row = LinkageRow(profile_id=profile_id, service=service.value)
            if not isinstance(status, _Unset) and _val(status) != row.status:
                self._record(s, profile_id, f"linkage:{service.value}", row.status, _val(status))
                row.status = _val(status)
                row.changed_at = self._moment
                row.site_linked = None
            if not isinstance(site_linked, _Unset) and site_linked != row.site_linked:
                old, new = (
                    None if v is None else ("linked" if v else "not_linked")
                    for v in (row.site_linked, site_linked)
                )
                self._record(s, profile_id, f"linkage:{service.value}:site", old, new)
                row.site_linked = site_linked
                row.changed_at = self._moment
            if not isinstance(follow_up, _Unset):
                row.follow_up = follow_up
            if not isinstance(note, _Unset):
                row.note = note
            s.add(row)
            s.flush()
            return rows.linkage(row)

    # --- delegations -----------------------------------------------------------------------------------

    def save_delegation(self, delegation: Delegation) -> Delegation:
        """Insert (``id <= 0``) or replace a delegation; operation state changes go into the history
        of the delegator (委任者)."""
        name = delegation.relation_name.strip()
        if delegation.delegator_profile_id == delegation.delegate_profile_id:
            raise StoreValidationError(messages.DELEGATION_SAME_PERSON)
        if not name:
            raise StoreValidationError(messages.DELEGATION_EMPTY_NAME)
        if (
            delegation.valid_from is not None
            and delegation.valid_to is not None
            and delegation.valid_to < delegation.valid_from
        ):
            raise StoreValidationError(messages.DELEGATION_PERIOD)
        with self._write() as s:
            self._profile_row(s, delegation.delegator_profile_id)
            self._profile_row(s, delegation.delegate_profile_id)
            old_ops: dict[str, str] = {}
            if delegation.id > 0:
                row = s.get(DelegationRow, delegation.id)
                if row is None:
                    raise StoreNotFoundError(f"delegation {delegation.id}")
                old_ops = {
                    r.operation: r.state
                    for r in s.exec(
                        select(DelegationOperationRow).where(
                            DelegationOperationRow.delegation_id == delegation.id
                        )
                    ).all()
                }
                s.execute(
                    sa_delete(DelegationServiceRow).where(
                        col(DelegationServiceRow.delegation_id) == delegation.id
                    )
                )
                s.execute(
                    sa_delete(DelegationOperationRow).where(
                        col(DelegationOperationRow.delegation_id) == delegation.id
                    )
                )
            else:
                row = DelegationRow(
                    delegator_profile_id=delegation.delegator_profile_id,
                    delegate_profile_id=delegation.delegate_profile_id,
                    relation_name=name,
                )
            row.delegator_profile_id = delegation.delegator_profile_id
            row.delegate_profile_id = delegation.delegate_profile_id
            row.relation_name = name
            row.valid_from = delegation.valid_from
            row.valid_to = delegation.valid_to
            s.add(row)
            s.flush()
            assert row.id is not None
            for svc in sorted(delegation.services):
                s.add(DelegationServiceRow(delegation_id=row.id, service=svc.value))
            for op, state in delegation.operations.items():
                s.add(DelegationOperationRow(delegation_id=row.id, operation=op.value, state=state.value))
                self._record(
                    s,
                    delegation.delegator_profile_id,
                    f"delegation:{row.id}:{op.value}",
                    old_ops.get(op.value, TaskState.TODO.value),
                    state.value,
                )
            s.flush()
            return rows.delegation(
                row,
                s.exec(
                    select(DelegationServiceRow).where(DelegationServiceRow.delegation_id == row.id)
                ).all(),
                s.exec(
                    select(DelegationOperationRow).where(DelegationOperationRow.delegation_id == row.id)
                ).all(),
            )

    def delete_delegation(self, delegation_id: int) -> None:
        with self._write() as s:
            row = s.get(DelegationRow, delegation_id)
            if row is None:
                raise StoreNotFoundError(f"delegation {delegation_id}")
            s.delete(row)

    # --- received electronic certificates --------------------------------------------------------------

    RECEIVED_DIR = "received"  # under the data folder: byte-for-byte copies of verified files

    def received_path(self, record: ReceivedFile) -> Path:
        """Where the kept copy of ``record`` is (it may be missing: a backup from another PC)."""
        return self.path.parent / record.stored_name

    def keep_received(
        self, profile_id: int, data: bytes, verification: Verification, file_name: str
    ) -> tuple[ReceivedFile, bool]:
        """Keep a VERIFIED file for ``profile_id``: a 0600 copy of ``data`` and its record.

        Returns the record and whether it is new; the same file again (same SHA-256) is harmless and
        returns the record kept before. Refuses anything not valid: only proof is ever recorded.
        """
        facts = verification.facts
        if not verification.valid or facts is None:
            raise StoreValidationError(messages.NOT_SAVED_INVALID, detail=verification.reason.value)
        with self._read() as s:
            existing = s.exec(
                select(ReceivedFileRow).where(
                    ReceivedFileRow.profile_id == profile_id, ReceivedFileRow.sha256 == verification.sha256
                )
            ).first()
            self._profile_row(s, profile_id)
        stored_name = f"{self.RECEIVED_DIR}/{verification.sha256}.xml"
        target = self.path.parent / stored_name
        try:
            fileutil.ensure_dir(target.parent)
            if not target.exists():
                fileutil.atomic_write_bytes(target, data)
        except OSError as exc:
            raise write_error(exc) from exc
        if existing is not None:
            record = rows.received_file(existing)
            assert record is not None
            return record, False
        with self._write() as s:
            row = ReceivedFileRow(
                profile_id=profile_id,
                sha256=verification.sha256,
                file_name=file_name,
                stored_name=stored_name,
                imported_at=self._moment,
                verdict=verification.verdict.value,
                form=facts.form,
                type_id=facts.type_id,
                type_candidates=" ".join(facts.type_candidates),
                tax_year=facts.tax_year,
                issuer=facts.issuer,
                person=facts.person,
                created_on=facts.created_on,
                amounts=rows.amounts_json(facts.amounts),
                signer_subject="" if verification.signer is None else verification.signer.subject,
            )
            s.add(row)
            s.flush()
            self._record(s, profile_id, f"received:{row.id}", None, verification.verdict.value)
            record = rows.received_file(row)
        assert record is not None
        return record, True

    def received_files(self, profile_id: int) -> list[ReceivedFile]:
        with self._read() as s:
            found = s.exec(
                select(ReceivedFileRow)
                .where(ReceivedFileRow.profile_id == profile_id)
                .order_by(col(ReceivedFileRow.id))
            ).all()
        return [r for r in map(rows.received_file, found) if r is not None]

    def remove_received(self, received_id: int) -> None:
        """Forget a record (the kept copy stays: another profile may hold the same file)."""
        with self._write() as s:
            row = s.get(ReceivedFileRow, received_id)
            if row is None:
                raise StoreNotFoundError(f"received file {received_id}")
            s.delete(row)

    # --- whole household (backup import) ---------------------------------------------------------------

    def replace_household(
        self,
        household: Household,
        history: Sequence[StatusChange] = (),
        issuer_names: Sequence[tuple[str, str, datetime, int]] = (),
    ) -> list[str]:
        """Replace everything with ``household`` in ONE transaction (backup import).

        Ids are kept as given (they must be consistent: the caller validated them). Secret refs of the
        replaced certificates are returned so the caller can delete those keyring entries; imported
        selections carry no secret. ``issuer_names``: (type_id, name, last_used_at, use_count).
        """
        with self._write() as s:
            dropped = [r.secret_ref for r in s.exec(select(CertificateRow)).all() if r.secret_ref is not None]
            for table in (IssuerNameRow, DelegationRow, ProfileRow):
                s.execute(sa_delete(table))  # cascades to every dependent table
            for m in household.members:
                p = m.profile
                s.add(
                    ProfileRow(
                        id=p.id,
                        display_name=p.display_name,
                        relation=p.relation.value,
                        card_sha256=p.card_sha256,
                    )
                )
            s.flush()
            for m in household.members:
                pid = m.profile.id
                for item in m.progress.values():
                    s.add(
                        ProgressRow(
                            profile_id=pid,
                            item_id=item.item_id,
                            state=item.state.value,
                            note=item.note,
                            completed_at=item.completed_at,
                            follow_up=item.follow_up,
                        )
                    )
                for c in m.certificates:
                    s.add(
                        CertificateRow(
                            id=c.id,
                            profile_id=pid,
                            type_id=c.type_id,
                            issuer=c.issuer,
                            channel=c.channel.value,
                            readiness=_val(c.readiness),
                            readiness_changed_at=c.readiness_changed_at,
                            registration=c.registration.value,
                            issuer_link=c.issuer_link.value,
                            follow_up=c.follow_up,
                            note=c.note,
                            secret_ref=None,
                            data_confirmed_on=c.data_confirmed_on,
                        )
                    )
                for f in m.received:
                    s.add(_received_row(pid, f))
                for link in m.linkages.values():
                    s.add(
                        LinkageRow(
                            profile_id=pid,
                            service=link.service.value,
                            status=_val(link.status),
                            changed_at=link.changed_at,
                            follow_up=link.follow_up,
                            note=link.note,
                            site_linked=link.site_linked,
                        )
                    )
            for d in household.delegations:
                s.add(
                    DelegationRow(
                        id=d.id,
                        delegator_profile_id=d.delegator_profile_id,
                        delegate_profile_id=d.delegate_profile_id,
                        relation_name=d.relation_name,
                        valid_from=d.valid_from,
                        valid_to=d.valid_to,
                    )
                )
            s.flush()
            for d in household.delegations:
                for svc in sorted(d.services):
                    s.add(DelegationServiceRow(delegation_id=d.id, service=svc.value))
                for op, state in d.operations.items():
                    s.add(DelegationOperationRow(delegation_id=d.id, operation=op.value, state=state.value))
            for ch in history:
                s.add(
                    StatusChangeRow(
                        profile_id=ch.profile_id, subject=ch.subject, old=ch.old, new=ch.new, at=ch.at
                    )
                )
            for type_id, name, last_used_at, count in issuer_names:
                s.add(IssuerNameRow(type_id=type_id, name=name, last_used_at=last_used_at, use_count=count))
            return dropped

    def issuer_names(self) -> list[tuple[str, str, datetime, int]]:
        """All remembered issuer names as (type_id, name, last_used_at, use_count), for backups."""
        with self._read() as s:
            found = s.exec(
                select(IssuerNameRow).order_by(col(IssuerNameRow.type_id), col(IssuerNameRow.name))
            )
            return [(r.type_id, r.name, r.last_used_at, r.use_count) for r in found.all()]


def _received_row(profile_id: int, f: ReceivedFile) -> ReceivedFileRow:
    return ReceivedFileRow(
        profile_id=profile_id,
        sha256=f.sha256,
        file_name=f.file_name,
        stored_name=f.stored_name,
        imported_at=f.imported_at,
        verdict=f.verdict.value,
        form=f.form,
        type_id=f.type_id,
        type_candidates=" ".join(f.type_candidates),
        tax_year=f.tax_year,
        issuer=f.issuer,
        person=f.person,
        created_on=f.created_on,
        amounts=rows.amounts_json(f.amounts),
        signer_subject=f.signer_subject,
    )


def load_stored_household(
    data_dir: Path, on_notice: Callable[[Notice], object] = lambda _n: None
) -> Household:
    """The household stored in ``data_dir``, for commands and printing: an empty one when there is no
    database yet (reading must not create one as a side effect). Notices go to ``on_notice``."""
    if data_dir.exists() and not data_dir.is_dir():
        raise StoreOpenError(messages.dir_is_file(data_dir))
    if not os.path.lexists(data_dir / DB_NAME):
        return Household()
    store, notices = Store.open(data_dir)
    with store:
        for notice in notices:
            on_notice(notice)
        return store.load_household()
