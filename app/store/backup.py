"""Backup and move: the whole household as versioned JSON, without secrets.

The format (``docs/backup-format.md``) and its one model, ``Backup``, are in
:mod:`app.store.backup_format`: export builds a ``Backup`` from the store and dumps it; import validates
a file into a ``Backup``. Import validates the whole file before touching the database; a
malformed, foreign or newer-version file raises ``BackupError`` with one Japanese sentence and changes
nothing. A valid file replaces the household in ONE
transaction (``Store.replace_household``).

Remembered issuer numbers are never exported: a certificate only says ``"number_remembered": true``
so the person knows to enter it again on the new PC.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from pydantic import ValidationError

from app import version as app_version
from app.domain.model import Household, StatusChange
from app.domain.seasons import PastSeason, inferred_season
from app.domain.text import inert
from app.store import fileutil, messages, strict_json
from app.store.backup_format import (
    FORMAT_ID,
    FORMAT_VERSION,
    MAX_BYTES,
    Backup,
    BackupDelegation,
    BackupIssuerName,
    BackupProfile,
    BackupSeason,
    SeasonRecord,
)
from app.store.errors import BackupError
from app.store.received_store import Verifier
from app.store.repository import Store
from app.store.seasons import SeasonEntry
from app.store.unit_of_work import name_key


@dataclass(frozen=True, slots=True)
class ImportResult:
    profiles: int
    certificates: int
    # Keyring entries of the replaced household, now unreferenced: delete them with SecretStore.delete.
    dropped_secret_refs: tuple[str, ...]


# --- export ---------------------------------------------------------------------------------------------


def _season_record(household: Household) -> SeasonRecord:
    return SeasonRecord(
        profiles=[BackupProfile.of_member(m) for m in household.members],
        delegations=[BackupDelegation.of_delegation(d) for d in household.delegations],
    )


def season_record(household: Household) -> str:
    """An ending season's household as the store keeps it (JSON; no timeline: that stays in the store)."""
    return _season_record(household).model_dump_json()


def _read_season_record(entry: SeasonEntry) -> SeasonRecord:
    """The household an ended season kept, validated like a backup."""
    try:
        return SeasonRecord.model_validate(strict_json.loads((entry.record or "{}").encode("utf-8")))
    except (ValueError, ValidationError) as exc:
        raise BackupError(messages.season_record_damaged(entry.tax_year), detail=str(exc)[:200]) from None


def _season(entry: SeasonEntry) -> BackupSeason:
    record = SeasonRecord() if entry.record is None else _read_season_record(entry)
    return BackupSeason.of(entry, profiles=record.profiles, delegations=record.delegations)


def snapshot(store: Store, *, now: datetime | None = None) -> Backup:
    """The backup of everything in ``store``: the same model import validates a file into.

    Raises ``ValidationError`` (or ``BackupError`` for a damaged season record) when the store holds
    something a backup cannot carry."""
    household = store.load_household()
    by_profile: dict[int, list[StatusChange]] = {}
    for ch in store.all_history():
        by_profile.setdefault(ch.profile_id, []).append(ch)
    return Backup(
        format=FORMAT_ID,
        version=FORMAT_VERSION,
        exported_at=now or datetime.now(UTC),
        app_version=app_version(),
        profiles=[BackupProfile.of_member(m, by_profile.get(m.profile.id, ())) for m in household.members],
        delegations=[BackupDelegation.of_delegation(d) for d in household.delegations],
        issuer_names=[
            BackupIssuerName(type_id=t, name=n, last_used_at=at, use_count=c)
            for t, n, at, c in store.issuer_names()
        ],
        seasons=[_season(e) for e in store.seasons()],
    )


def dumps(document: Backup) -> bytes:
    text = json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def export_backup(store: Store, path: Path, *, overwrite: bool = False) -> int:
    """Write the backup of ``store`` to ``path`` (0600, atomically). Returns the number of profiles.

    The document is the model import validates, checked like an imported file: export never writes a
    file import would refuse.
    """
    try:
        document = snapshot(store)
        check_consistency(document, path)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        raise BackupError(messages.export_not_importable(path), detail=first["msg"]) from None
    except BackupError as exc:
        raise BackupError(messages.export_not_importable(path), detail=exc.detail) from None
    data = dumps(document)
    if len(data) > MAX_BYTES:
        raise BackupError(messages.export_too_large(path, MAX_BYTES), detail=f"{len(data)} bytes")
    try:
        fileutil.atomic_write_bytes(path, data, overwrite=overwrite)
    except FileExistsError:
        raise BackupError(messages.backup_exists(path)) from None
    except fileutil.NotRegularFileError as exc:
        raise BackupError(messages.export_target_not_regular(path), detail=exc.strerror) from None
    except OSError as exc:
        raise BackupError(messages.backup_write_failed(path, exc), detail=str(exc)) from exc
    return len(document.profiles)


# --- import ---------------------------------------------------------------------------------------------


def parse(data: bytes, path: Path) -> Backup:
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
    unknown = strict_json.shape_error(raw, Backup)
    if unknown is not None:
        raise BackupError(messages.backup_invalid(path, strict_json.where(unknown)))
    try:
        doc = Backup.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        raise BackupError(
            messages.backup_invalid(path, strict_json.where(tuple(first["loc"]))), detail=first["msg"]
        ) from None
    check_consistency(doc, path)
    return doc


def check_consistency(doc: Backup, path: Path) -> None:
    """What the models cannot say alone: unique ids, names and cards, and references that hold."""

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
        if not p.display_name.strip() or name_key(p.display_name) in names:
            raise bad(f"{here}.display_name")
        if p.card_sha256 is not None and p.card_sha256 in cards:
            raise bad(f"{here}.card_sha256")
        ids.add(p.id)
        names.add(name_key(p.display_name))
        if p.card_sha256 is not None:
            cards.add(p.card_sha256)
        if len({x.item_id for x in p.progress}) != len(p.progress):
            raise bad(f"{here}.progress")
        if len({x.service for x in p.linkages}) != len(p.linkages):
            raise bad(f"{here}.linkages")
        seen: set[tuple[str, str]] = set()
        for j, c in enumerate(p.certificates):
            key = (c.type_id.strip(), name_key(c.issuer))
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


def to_domain(
    doc: Backup,
) -> tuple[Household, list[StatusChange], list[tuple[str, str, datetime, int]]]:
    members = tuple(p.member() for p in doc.profiles)
    history = [change for p in doc.profiles for change in p.changes()]
    delegations = tuple(d.delegation() for d in doc.delegations)
    names = [(n.type_id, n.name, n.last_used_at, n.use_count) for n in doc.issuer_names]
    return Household(members, delegations), history, names


def past_season(entry: SeasonEntry) -> PastSeason:
    """An ended season's household, read back from the store's record (validated like a backup)."""
    if entry.ended_at is None or entry.record is None:
        raise ValueError(f"season {entry.tax_year} has not ended")
    record = _read_season_record(entry)
    household = Household(
        tuple(p.member() for p in record.profiles), tuple(d.delegation() for d in record.delegations)
    )
    return PastSeason(entry.tax_year, entry.began_at, entry.ended_at, household)


def season_entries(
    doc: Backup, household: Household, history: list[StatusChange], today: date
) -> list[SeasonEntry]:
    """The seasons a backup brings: its own (format 3), else one current season for the data of a
    format 1 or 2 file, the season it was recorded in (``seasons.inferred_season``)."""
    if not doc.seasons:
        year = inferred_season(household, history, today)
        return [SeasonEntry(year, doc.exported_at, None, None)]
    return [
        SeasonEntry(
            x.tax_year,
            x.began_at,
            x.ended_at,
            None
            if x.ended_at is None
            else SeasonRecord(profiles=x.profiles, delegations=x.delegations).model_dump_json(),
        )
        for x in doc.seasons
    ]


def read_backup(path: Path) -> Backup:
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
