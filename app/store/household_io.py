"""The whole household at once (backup import and export)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete as sa_delete
from sqlmodel import Session, col, select

from app.domain.model import (
    CertificateSelection,
    Delegation,
    Household,
    MemberState,
    Profile,
    StatusChange,
)
from app.domain.received import ReceivedFile
from app.store import rows
from app.store.seasons import SeasonEntry
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
    SeasonRow,
    StatusChangeRow,
)
from app.store.unit_of_work import StoreBase, _val


def insert_member_rows(s: Session, m: MemberState, *, keep_secrets: bool) -> None:
    """Insert a member's own rows (the profile row must exist): progress, selections, received files,
    linkages. Imported selections carry no secret (``keep_secrets`` false)."""
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
        s.add(certificate_row(pid, c, secret_ref=c.secret_ref if keep_secrets else None))
    for f in m.received:
        s.add(received_row(pid, f))
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


def insert_delegation_rows(s: Session, d: Delegation) -> None:
    """Insert a delegation under its id, with its services and operation states."""
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
    for svc in sorted(d.services):
        s.add(DelegationServiceRow(delegation_id=d.id, service=svc.value))
    for op, state in d.operations.items():
        s.add(DelegationOperationRow(delegation_id=d.id, operation=op.value, state=state.value))


class HouseholdIO(StoreBase):
    """The whole household at once (backup import and export)."""

    def replace_household(
        self,
        household: Household,
        history: Sequence[StatusChange] = (),
        issuer_names: Sequence[tuple[str, str, datetime, int]] = (),
        seasons: Sequence[SeasonEntry] | None = None,
    ) -> list[str]:
        """Replace everything with ``household`` in ONE transaction (backup import).

        Ids are kept as given (they must be consistent: the caller validated them); the members'
        order is the order of ``household.members``. Secret refs of the replaced certificates are
        returned so the caller can delete those keyring entries; imported selections carry no secret.
        ``issuer_names``: (type_id, name, last_used_at, use_count). ``seasons`` replace every season
        (None keeps them).
        """
        with self._write() as s:
            dropped = [r.secret_ref for r in s.exec(select(CertificateRow)).all() if r.secret_ref is not None]
            for table in (IssuerNameRow, DelegationRow, ProfileRow):
                s.execute(sa_delete(table))  # cascades to every dependent table
            if seasons is not None:
                s.execute(sa_delete(SeasonRow))
            for position, m in enumerate(household.members, start=1):
                s.add(profile_row(m.profile, position))
            s.flush()
            for m in household.members:
                insert_member_rows(s, m, keep_secrets=False)
            for d in household.delegations:
                insert_delegation_rows(s, d)
            for ch in history:
                s.add(change_row(ch))
            for type_id, name, last_used_at, count in issuer_names:
                s.add(IssuerNameRow(type_id=type_id, name=name, last_used_at=last_used_at, use_count=count))
            for e in seasons or ():
                s.add(
                    SeasonRow(tax_year=e.tax_year, began_at=e.began_at, ended_at=e.ended_at, record=e.record)
                )
            return dropped

    def issuer_names(self) -> list[tuple[str, str, datetime, int]]:
        """All remembered issuer names as (type_id, name, last_used_at, use_count), for backups."""
        with self._read() as s:
            found = s.exec(
                select(IssuerNameRow).order_by(col(IssuerNameRow.type_id), col(IssuerNameRow.name))
            )
            return [(r.type_id, r.name, r.last_used_at, r.use_count) for r in found.all()]


def profile_row(p: Profile, position: int) -> ProfileRow:
    """The table row of a member under its own id (a backup's, or one put back by undo)."""
    return ProfileRow(
        id=p.id,
        display_name=p.display_name,
        relation=p.relation.value,
        card_sha256=p.card_sha256,
        card_expires_on=p.card_expires_on,
        position=position,
    )


def certificate_row(profile_id: int, c: CertificateSelection, *, secret_ref: str | None) -> CertificateRow:
    """The table row of a certificate selection under its own id (a backup's, or one put back by undo);
    ``secret_ref``: the remembered number's keyring key it keeps, if any."""
    return CertificateRow(
        id=c.id,
        profile_id=profile_id,
        type_id=c.type_id,
        issuer=c.issuer,
        channel=c.channel.value,
        readiness=_val(c.readiness),
        readiness_changed_at=c.readiness_changed_at,
        registration=c.registration.value,
        issuer_link=c.issuer_link.value,
        follow_up=c.follow_up,
        note=c.note,
        secret_ref=secret_ref,
        data_confirmed_on=c.data_confirmed_on,
    )


def change_row(ch: StatusChange) -> StatusChangeRow:
    return StatusChangeRow(profile_id=ch.profile_id, subject=ch.subject, old=ch.old, new=ch.new, at=ch.at)


def received_row(profile_id: int, f: ReceivedFile) -> ReceivedFileRow:
    """The table row of a received file (a backup's record, or a newly verified file)."""
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
        signer_organisation=f.signer_organisation,
        signer_spki_sha256=f.signer_spki_sha256,
        signer_trust=f.signer_trust.value,
        file_checked=f.file_checked,
    )
