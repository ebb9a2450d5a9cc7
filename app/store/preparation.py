"""Progress of one member: checklist items, certificate selections, issuer names, linkages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Protocol

from sqlmodel import Session, col, select

from app.domain.model import (
    CertificateSelection,
    Channel,
    LinkageRecord,
    LinkageStatus,
    ProgressItem,
    Readiness,
    Service,
    TaskState,
)
from app.store import messages, rows
from app.store.errors import (
    StoreValidationError,
)
from app.store.household_io import certificate_row
from app.store.tables import (
    CertificateRow,
    IssuerNameRow,
    LinkageRow,
    ProgressRow,
)
from app.store.unit_of_work import UNSET, RemovedCertificate, StoreBase, _Unset, _val, existing_row, name_key


class _Noted(Protocol):
    note: str
    follow_up: date | None


def _keep_note_and_follow_up(row: _Noted, note: str | _Unset, follow_up: date | _Unset | None) -> None:
    """Write the note and the follow-up day when given (``None`` clears the day)."""
    if not isinstance(note, _Unset):
        row.note = note
    if not isinstance(follow_up, _Unset):
        row.follow_up = follow_up


class Preparation(StoreBase):
    """Progress of one member: checklist items, certificate selections, issuer names, linkages."""

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
            _keep_note_and_follow_up(row, note, follow_up)
            s.add(row)
            s.flush()
            return rows.progress(row)

    # --- certificate selections ------------------------------------------------------------------------

    @staticmethod
    def _cert_row(s: Session, certificate_id: int) -> CertificateRow:
        return existing_row(s, CertificateRow, certificate_id, "certificate")

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
        if any(r.id != except_id and name_key(r.issuer) == name_key(issuer) for r in same_type):
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
            _keep_note_and_follow_up(row, note, follow_up)
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
            taken = s.get(CertificateRow, sel.id) is not None
            row = certificate_row(
                removed.profile_id, replace(sel, type_id=type_id, issuer=issuer), secret_ref=sel.secret_ref
            )
            if taken:
                row.id = None  # given by the database
            s.add(row)
            s.flush()
            return rows.certificate(row)

    def issuer_suggestions(self, prefix: str = "", type_id: str | None = None, limit: int = 10) -> list[str]:
        """Issuer names typed before, most used first; ``prefix`` ignores width and case."""
        wanted = name_key(prefix)
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
            k = name_key(r.name)
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
            _keep_note_and_follow_up(row, note, follow_up)
            s.add(row)
            s.flush()
            return rows.linkage(row)
