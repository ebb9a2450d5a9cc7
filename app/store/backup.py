"""Backup and move: the whole household as versioned JSON, without secrets.

The format (``docs/backup-format.md``) and the models that validate it are in
:mod:`app.store.backup_format`. Import validates the whole file before touching the database; a
malformed, foreign or newer-version file raises ``BackupError`` with one Japanese sentence and changes
nothing. A valid file replaces the household in ONE
transaction (``Store.replace_household``).

Remembered issuer numbers are never exported: a certificate only says ``"number_remembered": true``
so the person knows to enter it again on the new PC.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pydantic import (
    ValidationError,
)

from app import version as app_version
from app.domain.model import (
    CertificateSelection,
    Delegation,
    Household,
    LinkageRecord,
    MemberState,
    Profile,
    ProgressItem,
    StatusChange,
)
from app.domain.received import Amount, ReceivedFile
from app.domain.seasons import PastSeason, inferred_season
from app.domain.text import inert
from app.store import fileutil, messages, strict_json
from app.store.backup_format import (
    FORMAT_ID,
    FORMAT_VERSION,
    MAX_BYTES,
    BackupV1,
    DelegationV1,
    ProfileV1,
    SeasonRecord,
)
from app.store.errors import BackupError
from app.store.received_store import Verifier
from app.store.repository import Store
from app.store.seasons import SeasonEntry


@dataclass(frozen=True, slots=True)
class ImportResult:
    profiles: int
    certificates: int
    # Keyring entries of the replaced household, now unreferenced: delete them with SecretStore.delete.
    dropped_secret_refs: tuple[str, ...]


# --- export ---------------------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat(timespec="microseconds")


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _received(f: ReceivedFile) -> dict[str, Any]:
    return {
        "sha256": f.sha256,
        "file_name": f.file_name,
        "stored_name": f.stored_name,
        "imported_at": _iso(f.imported_at),
        "verdict": f.verdict.value,
        "form": f.form,
        "type_id": f.type_id,
        "type_candidates": list(f.type_candidates),
        "tax_year": f.tax_year,
        "issuer": f.issuer,
        "person": f.person,
        "created_on": _day(f.created_on),
        "amounts": [{"code": a.code, "label_ja": a.label_ja, "value": a.value} for a in f.amounts],
        "signer_subject": f.signer_subject,
        "signer_organisation": f.signer_organisation,
        "signer_spki_sha256": f.signer_spki_sha256,
        "signer_trust": f.signer_trust.value,
    }


def _profile_document(m: MemberState, history: list[StatusChange]) -> dict[str, Any]:
    p = m.profile
    return {
        "id": p.id,
        "display_name": p.display_name,
        "relation": p.relation.value,
        "card_sha256": p.card_sha256,
        "card_expires_on": _day(p.card_expires_on),
        "progress": [
            {
                "item_id": i.item_id,
                "state": i.state.value,
                "note": i.note,
                "completed_at": _iso(i.completed_at),
                "follow_up": _day(i.follow_up),
            }
            for i in sorted(m.progress.values(), key=lambda i: i.item_id)
        ],
        "certificates": [
            {
                "id": c.id,
                "type_id": c.type_id,
                "issuer": c.issuer,
                "channel": c.channel.value,
                "readiness": None if c.readiness is None else c.readiness.value,
                "readiness_changed_at": _iso(c.readiness_changed_at),
                "registration": c.registration.value,
                "issuer_link": c.issuer_link.value,
                "follow_up": _day(c.follow_up),
                "note": c.note,
                "number_remembered": c.secret_ref is not None,
                "data_confirmed_on": _day(c.data_confirmed_on),
            }
            for c in m.certificates
        ],
        "linkages": [
            {
                "service": link.service.value,
                "status": None if link.status is None else link.status.value,
                "changed_at": _iso(link.changed_at),
                "follow_up": _day(link.follow_up),
                "note": link.note,
                "site_linked": link.site_linked,
            }
            for link in m.linkages.values()
        ],
        "history": [
            {"subject": ch.subject, "old": ch.old, "new": ch.new, "at": _iso(ch.at)} for ch in history
        ],
        "received": [_received(f) for f in m.received],
    }


def _delegation_document(d: Delegation) -> dict[str, Any]:
    return {
        "id": d.id,
        "delegator_profile_id": d.delegator_profile_id,
        "delegate_profile_id": d.delegate_profile_id,
        "relation_name": d.relation_name,
        "valid_from": _day(d.valid_from),
        "valid_to": _day(d.valid_to),
        "services": sorted(s.value for s in d.services),
        "operations": {op.value: st.value for op, st in d.operations.items()},
    }


def season_record(household: Household) -> str:
    """An ending season's household as the store keeps it (JSON; no timeline: that stays in the store)."""
    document = {
        "profiles": [_profile_document(m, []) for m in household.members],
        "delegations": [_delegation_document(d) for d in household.delegations],
    }
    return json.dumps(document, ensure_ascii=False)


def _season_document(entry: SeasonEntry) -> dict[str, Any]:
    record: dict[str, Any] = {} if entry.record is None else json.loads(entry.record)
    return {
        "tax_year": entry.tax_year,
        "began_at": _iso(entry.began_at),
        "ended_at": _iso(entry.ended_at),
        "profiles": record.get("profiles", []),
        "delegations": record.get("delegations", []),
    }


def snapshot(store: Store, *, now: datetime | None = None) -> dict[str, Any]:
    """The backup document (a JSON-ready dict) of everything in ``store``."""
    household = store.load_household()
    history = store.all_history()
    by_profile: dict[int, list[StatusChange]] = {}
    for ch in history:
        by_profile.setdefault(ch.profile_id, []).append(ch)
    return {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "exported_at": _iso(now or datetime.now(UTC)),
        "app_version": app_version(),
        "profiles": [_profile_document(m, by_profile.get(m.profile.id, [])) for m in household.members],
        "delegations": [_delegation_document(d) for d in household.delegations],
        "issuer_names": [
            {"type_id": t, "name": n, "last_used_at": _iso(at), "use_count": c}
            for t, n, at, c in store.issuer_names()
        ],
        "seasons": [_season_document(e) for e in store.seasons()],
    }


def dumps(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_backup(store: Store, path: Path, *, overwrite: bool = False) -> int:
    """Write the backup of ``store`` to ``path`` (0600, atomically). Returns the number of profiles.

    The bytes are checked with the importer first: export never writes a file import would refuse.
    """
    document = snapshot(store)
    data = dumps(document)
    if len(data) > MAX_BYTES:
        raise BackupError(messages.export_too_large(path, MAX_BYTES), detail=f"{len(data)} bytes")
    try:
        parse(data, path)
    except BackupError as exc:
        raise BackupError(messages.export_not_importable(path), detail=exc.detail) from None
    try:
        fileutil.atomic_write_bytes(path, data, overwrite=overwrite)
    except FileExistsError:
        raise BackupError(messages.backup_exists(path)) from None
    except fileutil.NotRegularFileError as exc:
        raise BackupError(messages.export_target_not_regular(path), detail=exc.strerror) from None
    except OSError as exc:
        raise BackupError(messages.backup_write_failed(path, exc), detail=str(exc)) from exc
    return len(document["profiles"])


# --- import ---------------------------------------------------------------------------------------------


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def parse(data: bytes, path: Path) -> BackupV1:
    """Validate a backup file's bytes completely; raise ``BackupError`` naming the first problem."""
    if len(data) > MAX_BYTES:
        raise BackupError(messages.backup_too_large(path, MAX_BYTES), detail=f"{len(data)} bytes")
    try:
        raw = strict_json.loads(data)
    except strict_json.DuplicateKey as exc:
        raise BackupError(messages.backup_duplicate_key(path, inert(str(exc))[:40])) from None
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, bad UTF-8, 100,000 nested "["
        raise BackupError(messages.backup_not_json(path), detail=type(exc).__name__) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_ID:
        raise BackupError(messages.backup_foreign(path))
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackupError(messages.backup_invalid(path, "version"))
    if version > FORMAT_VERSION:
        raise BackupError(messages.backup_newer(path), detail=f"version {version}")
    unknown = strict_json.shape_error(raw, BackupV1)
    if unknown is not None:
        raise BackupError(messages.backup_invalid(path, strict_json.where(unknown)))
    try:
        doc = BackupV1.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        raise BackupError(
            messages.backup_invalid(path, strict_json.where(tuple(first["loc"]))), detail=first["msg"]
        ) from None
    _check_consistency(doc, path)
    return doc


def _check_consistency(doc: BackupV1, path: Path) -> None:
    def bad(where: str) -> BackupError:
        return BackupError(messages.backup_invalid(path, where))

    ids: set[int] = set()
    names: set[str] = set()
    cards: set[str] = set()
    cert_ids: set[int] = set()
    for i, p in enumerate(doc.profiles):
        here = f"profiles[{i}]"
        if p.id in ids:
            raise bad(f"{here}.id")
        if not p.display_name.strip() or _key(p.display_name) in names:
            raise bad(f"{here}.display_name")
        if p.card_sha256 is not None and p.card_sha256 in cards:
            raise bad(f"{here}.card_sha256")
        ids.add(p.id)
        names.add(_key(p.display_name))
        if p.card_sha256 is not None:
            cards.add(p.card_sha256)
        if len({x.item_id for x in p.progress}) != len(p.progress):
            raise bad(f"{here}.progress")
        if len({x.service for x in p.linkages}) != len(p.linkages):
            raise bad(f"{here}.linkages")
        seen: set[tuple[str, str]] = set()
        for j, c in enumerate(p.certificates):
            key = (c.type_id.strip(), _key(c.issuer))
            if c.id in cert_ids or not c.issuer.strip() or not c.type_id.strip() or key in seen:
                raise bad(f"{here}.certificates[{j}]")
            cert_ids.add(c.id)
            seen.add(key)
        if len({r.sha256 for r in p.received}) != len(p.received):
            raise bad(f"{here}.received")
        for j, r in enumerate(p.received):
            if r.stored_name != f"received/{r.sha256}.xml":  # its own file, never another record's
                raise bad(f"{here}.received[{j}].stored_name")
    deleg_ids: set[int] = set()
    for i, d in enumerate(doc.delegations):
        here = f"delegations[{i}]"
        if (
            d.id in deleg_ids
            or d.delegator_profile_id not in ids
            or d.delegate_profile_id not in ids
            or d.delegator_profile_id == d.delegate_profile_id
            or not d.relation_name.strip()
            or (d.valid_from is not None and d.valid_to is not None and d.valid_to < d.valid_from)
        ):
            raise bad(here)
        deleg_ids.add(d.id)
    if len({(n.type_id, n.name) for n in doc.issuer_names}) != len(doc.issuer_names):
        raise bad("issuer_names")
    years = [x.tax_year for x in doc.seasons]
    open_years = [x.tax_year for x in doc.seasons if x.ended_at is None]
    if len(set(years)) != len(years) or len(open_years) > 1 or (open_years and open_years[0] != max(years)):
        raise bad("seasons")
    for i, x in enumerate(doc.seasons):
        if x.ended_at is None and (x.profiles or x.delegations):
            raise bad(f"seasons[{i}]")  # the current season's household is the file's own


def _member(p: ProfileV1) -> MemberState:
    return MemberState(
        profile=Profile(p.id, p.display_name.strip(), p.relation, p.card_sha256, p.card_expires_on),
        progress={
            x.item_id: ProgressItem(x.item_id, x.state, x.note, x.completed_at, x.follow_up)
            for x in p.progress
        },
        certificates=tuple(
            CertificateSelection(
                id=c.id,
                type_id=c.type_id.strip(),
                issuer=c.issuer.strip(),
                channel=c.channel,
                readiness=c.readiness,
                readiness_changed_at=c.readiness_changed_at,
                registration=c.registration,
                issuer_link=c.issuer_link,
                follow_up=c.follow_up,
                note=c.note,
                secret_ref=None,
                data_confirmed_on=c.data_confirmed_on,
            )
            for c in p.certificates
        ),
        linkages={
            x.service: LinkageRecord(x.service, x.status, x.changed_at, x.follow_up, x.note, x.site_linked)
            for x in p.linkages
        },
        received=tuple(
            ReceivedFile(
                id=n,
                profile_id=p.id,
                sha256=r.sha256,
                file_name=r.file_name,
                stored_name=r.stored_name,
                imported_at=r.imported_at,
                verdict=r.verdict,
                form=r.form,
                type_id=r.type_id,
                tax_year=r.tax_year,
                issuer=r.issuer,
                person=r.person,
                created_on=r.created_on,
                amounts=tuple(Amount(a.code, a.label_ja, a.value) for a in r.amounts),
                signer_subject=r.signer_subject,
                type_candidates=tuple(r.type_candidates),
                file_checked=False,  # until verified again from the kept file (import_backup)
            )
            for n, r in enumerate(p.received, start=1)
        ),
    )


def _delegation(d: DelegationV1) -> Delegation:
    return Delegation(
        id=d.id,
        delegator_profile_id=d.delegator_profile_id,
        delegate_profile_id=d.delegate_profile_id,
        relation_name=d.relation_name.strip(),
        valid_from=d.valid_from,
        valid_to=d.valid_to,
        services=frozenset(d.services),
        operations=dict(d.operations),
    )


def to_domain(
    doc: BackupV1,
) -> tuple[Household, list[StatusChange], list[tuple[str, str, datetime, int]]]:
    members = tuple(_member(p) for p in doc.profiles)
    history = [StatusChange(p.id, h.subject, h.old, h.new, h.at) for p in doc.profiles for h in p.history]
    delegations = tuple(_delegation(d) for d in doc.delegations)
    names = [(n.type_id, n.name, n.last_used_at, n.use_count) for n in doc.issuer_names]
    return Household(members, delegations), history, names


def past_season(entry: SeasonEntry) -> PastSeason:
    """An ended season's household, read back from the store's record (validated like a backup)."""
    if entry.ended_at is None or entry.record is None:
        raise ValueError(f"season {entry.tax_year} has not ended")
    try:
        record = SeasonRecord.model_validate(strict_json.loads(entry.record.encode("utf-8")))
    except (ValueError, ValidationError) as exc:
        raise BackupError(messages.season_record_damaged(entry.tax_year), detail=str(exc)[:200]) from None
    household = Household(
        tuple(_member(p) for p in record.profiles), tuple(_delegation(d) for d in record.delegations)
    )
    return PastSeason(entry.tax_year, entry.began_at, entry.ended_at, household)


def season_entries(
    doc: BackupV1, household: Household, history: list[StatusChange], today: date
) -> list[SeasonEntry]:
    """The seasons a backup brings: its own (format 3), else one current season for the data of a
    format 1 or 2 file, the season it was recorded in (``seasons.inferred_season``)."""
    if not doc.seasons:
        year = inferred_season(household, history, today)
        return [SeasonEntry(year, doc.exported_at, None, None)]
    entries = []
    for x in doc.seasons:
        record = None
        if x.ended_at is not None:
            record = json.dumps(
                {
                    "profiles": [p.model_dump(mode="json") for p in x.profiles],
                    "delegations": [d.model_dump(mode="json") for d in x.delegations],
                },
                ensure_ascii=False,
            )
        entries.append(SeasonEntry(x.tax_year, x.began_at, x.ended_at, record))
    return entries


def read_backup(path: Path) -> BackupV1:
    """Read and validate ``path`` without touching any store (a FIFO, device or huge file is refused
    before a byte is read)."""
    try:
        data = fileutil.read_regular_file(path, MAX_BYTES)
    except fileutil.FileTooLargeError:
        raise BackupError(messages.backup_too_large(path, MAX_BYTES)) from None
    except fileutil.NotRegularFileError as exc:
        raise BackupError(messages.backup_not_regular(path), detail=exc.strerror) from None
    except OSError as exc:
        raise BackupError(messages.backup_unreadable(path, exc), detail=str(exc)) from None
    return parse(data, path)


def import_backup(store: Store, path: Path, verify: Verifier | None = None) -> ImportResult:
    """Validate ``path`` completely, then replace the household in one transaction; then verify each
    received record again from its kept file (``verify``: the certificate verifier)."""
    doc = read_backup(path)
    household, history, names = to_domain(doc)
    entries = season_entries(doc, household, history, date.today())
    dropped = store.replace_household(household, history, names, entries)
    if verify is None:
        from app.certificates.verify import verify_bytes

        verify = verify_bytes
    from app.domain.catalog import default_catalog

    store.settle_imported_records(verify, default_catalog().signers)
    return ImportResult(
        profiles=len(household.members),
        certificates=sum(len(m.certificates) for m in household.members),
        dropped_secret_refs=tuple(dropped),
    )
