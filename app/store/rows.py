"""Stored rows → domain objects, shared by the ORM repository and the quick start-up reader.

Rows are anything with the columns as attributes: sqlmodel table rows in ``repository``, plain
records read with the standard library in ``quick``. No sqlalchemy here, so the quick reader can show
the stored household before sqlmodel (about 0.3 s of imports) has loaded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Protocol, TypeVar

from app.domain.model import (
    CertificateSelection,
    Channel,
    DelegatedService,
    Delegation,
    DelegationOperation,
    Household,
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

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")


class ProfileRow(Protocol):
    id: int | None
    display_name: str
    relation: str
    card_sha256: str | None
    position: int  # schema v5: the household's order (readers sort by it, then by id)
    card_expires_on: date | None  # schema v7


class ProgressRow(Protocol):
    profile_id: int
    item_id: str
    state: str
    note: str
    completed_at: datetime | None
    follow_up: date | None


class CertificateRow(Protocol):
    id: int | None
    profile_id: int
    type_id: str
    issuer: str
    channel: str
    readiness: str | None
    readiness_changed_at: datetime | None
    registration: str
    issuer_link: str
    follow_up: date | None
    note: str
    secret_ref: str | None
    data_confirmed_on: date | None


class LinkageRow(Protocol):
    profile_id: int
    service: str
    status: str | None
    changed_at: datetime | None
    follow_up: date | None
    note: str
    site_linked: bool | None  # the quick reader gives SQLite's 0/1; rows.linkage makes it a bool


class StatusChangeRow(Protocol):
    profile_id: int
    subject: str
    old: str | None
    new: str | None
    at: datetime


class DelegationRow(Protocol):
    id: int | None
    delegator_profile_id: int
    delegate_profile_id: int
    relation_name: str
    valid_from: date | None
    valid_to: date | None


class DelegationServiceRow(Protocol):
    delegation_id: int
    service: str


class DelegationOperationRow(Protocol):
    delegation_id: int
    operation: str
    state: str


def enum_or(kind: type[_E], value: str | None, default: _E) -> _E:
    """Decode a stored code; an unknown code (written by a newer version) falls back to ``default``."""
    if value is None:
        return default
    try:
        return kind(value)
    except ValueError:
        return default


def opt_enum(kind: type[_E], value: str | None) -> _E | None:
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        return None


def profile(row: ProfileRow) -> Profile:
    assert row.id is not None
    return Profile(
        id=row.id,
        display_name=row.display_name,
        relation=enum_or(Relation, row.relation, Relation.OTHER),
        card_sha256=row.card_sha256,
        card_expires_on=row.card_expires_on,
    )


def progress(row: ProgressRow) -> ProgressItem:
    return ProgressItem(
        item_id=row.item_id,
        state=enum_or(TaskState, row.state, TaskState.TODO),
        note=row.note,
        completed_at=row.completed_at,
        follow_up=row.follow_up,
    )


def certificate(row: CertificateRow) -> CertificateSelection:
    assert row.id is not None
    return CertificateSelection(
        id=row.id,
        type_id=row.type_id,
        issuer=row.issuer,
        channel=enum_or(Channel, row.channel, Channel.MYNAPORTAL),
        readiness=opt_enum(Readiness, row.readiness),
        readiness_changed_at=row.readiness_changed_at,
        registration=enum_or(TaskState, row.registration, TaskState.TODO),
        issuer_link=enum_or(TaskState, row.issuer_link, TaskState.TODO),
        follow_up=row.follow_up,
        note=row.note,
        secret_ref=row.secret_ref,
        data_confirmed_on=row.data_confirmed_on,
    )


def linkage(row: LinkageRow) -> LinkageRecord:
    return LinkageRecord(
        service=Service(row.service),
        status=opt_enum(LinkageStatus, row.status),
        changed_at=row.changed_at,
        follow_up=row.follow_up,
        note=row.note,
        site_linked=None if row.site_linked is None else bool(row.site_linked),
    )


def change(row: StatusChangeRow) -> StatusChange:
    return StatusChange(profile_id=row.profile_id, subject=row.subject, old=row.old, new=row.new, at=row.at)


def delegation(
    row: DelegationRow, services: Iterable[DelegationServiceRow], ops: Iterable[DelegationOperationRow]
) -> Delegation:
    assert row.id is not None
    svc = frozenset(s for s in (opt_enum(DelegatedService, r.service) for r in services) if s is not None)
    operations: dict[DelegationOperation, TaskState] = {}
    for r in ops:
        op = opt_enum(DelegationOperation, r.operation)
        if op is not None:
            operations[op] = enum_or(TaskState, r.state, TaskState.TODO)
    return Delegation(
        id=row.id,
        delegator_profile_id=row.delegator_profile_id,
        delegate_profile_id=row.delegate_profile_id,
        relation_name=row.relation_name,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        services=svc,
        operations=dict(sorted(operations.items(), key=lambda kv: list(DelegationOperation).index(kv[0]))),
    )


def is_known(kind: type[Enum], value: str) -> bool:
    try:
        kind(value)
    except ValueError:
        return False
    return True


class ReceivedFileRow(Protocol):
    id: int | None
    profile_id: int
    sha256: str
    file_name: str
    stored_name: str
    imported_at: datetime
    verdict: str
    form: str
    type_id: str | None
    type_candidates: str
    tax_year: int | None
    issuer: str
    person: str
    created_on: date | None
    amounts: str
    signer_subject: str
    signer_organisation: str
    signer_spki_sha256: str
    signer_trust: str
    file_checked: bool


def _amounts(text: str) -> tuple[Amount, ...]:
    try:
        raw = json.loads(text)
    except ValueError:
        return ()
    if not isinstance(raw, list):
        return ()
    result = []
    for item in raw:
        if isinstance(item, dict) and isinstance(item.get("value"), int):
            result.append(
                Amount(
                    str(item.get("code", "")),
                    str(item.get("label_ja", "")),
                    int(item["value"]),
                )
            )
    return tuple(result)


def amounts_json(amounts: Iterable[Amount]) -> str:
    return json.dumps(
        [{"code": a.code, "label_ja": a.label_ja, "value": a.value} for a in amounts],
        ensure_ascii=False,
    )


def received_file(row: ReceivedFileRow) -> ReceivedFile | None:
    """The domain record, or None for a verdict this version does not know."""
    if row.id is None or not is_known(Verdict, row.verdict):
        return None
    return ReceivedFile(
        id=row.id,
        profile_id=row.profile_id,
        sha256=row.sha256,
        file_name=row.file_name,
        stored_name=row.stored_name,
        imported_at=row.imported_at,
        verdict=Verdict(row.verdict),
        form=row.form,
        type_id=row.type_id,
        tax_year=row.tax_year,
        issuer=row.issuer,
        person=row.person,
        created_on=row.created_on,
        amounts=_amounts(row.amounts),
        signer_subject=row.signer_subject,
        type_candidates=tuple(row.type_candidates.split()),
        signer_organisation=row.signer_organisation,
        signer_spki_sha256=row.signer_spki_sha256,
        signer_trust=SignerTrust(row.signer_trust)
        if is_known(SignerTrust, row.signer_trust)
        else SignerTrust.UNKNOWN,
        file_checked=bool(row.file_checked),
    )


def _grouped(pairs: Iterable[tuple[int, _T]]) -> dict[int, list[_T]]:
    """The values of (owner id, value) pairs, listed per owner in their order."""
    groups: dict[int, list[_T]] = {}
    for owner, value in pairs:
        groups.setdefault(owner, []).append(value)
    return groups


def assemble_household(
    profiles: Sequence[ProfileRow],
    progress_rows: Iterable[ProgressRow],
    certificates: Iterable[CertificateRow],
    linkages: Iterable[LinkageRow],
    delegations: Iterable[DelegationRow],
    services: Iterable[DelegationServiceRow],
    operations: Iterable[DelegationOperationRow],
    received: Iterable[ReceivedFileRow] = (),
) -> Household:
    """The household from its rows (profiles and delegations in id order)."""
    received_by = _grouped(
        (r.profile_id, record) for r in received if (record := received_file(r)) is not None
    )
    progress_by: dict[int, dict[str, ProgressItem]] = {}
    for p in progress_rows:
        progress_by.setdefault(p.profile_id, {})[p.item_id] = progress(p)
    certs_by = _grouped((c.profile_id, certificate(c)) for c in certificates)
    links_by: dict[int, dict[Service, LinkageRecord]] = {}
    for link in linkages:
        if is_known(Service, link.service):
            links_by.setdefault(link.profile_id, {})[Service(link.service)] = linkage(link)
    svc_by = _grouped((sv.delegation_id, sv) for sv in services)
    ops_by = _grouped((op.delegation_id, op) for op in operations)

    members = []
    for row in profiles:
        assert row.id is not None
        members.append(
            MemberState(
                profile=profile(row),
                progress=progress_by.get(row.id, {}),
                certificates=tuple(certs_by.get(row.id, ())),
                linkages={s: links[s] for s in Service if s in links}
                if (links := links_by.get(row.id))
                else {},
                received=tuple(received_by.get(row.id, ())),
            )
        )
    return Household(
        members=tuple(members),
        delegations=tuple(
            delegation(d, svc_by.get(d.id or 0, ()), ops_by.get(d.id or 0, ())) for d in delegations
        ),
    )
