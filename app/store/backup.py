"""Backup and move: the whole household as versioned JSON, without secrets.

The format is documented in ``docs/backup-format.md`` (keep both in step). Import validates the whole
file before touching the database; a malformed, foreign or newer-version file raises ``BackupError``
with one Japanese sentence and changes nothing. A valid file replaces the household in ONE
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

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from app import version as app_version
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
from app.store import fileutil, messages
from app.store.errors import BackupError
from app.store.repository import Store

FORMAT_ID = "myna-prep-backup"
FORMAT_VERSION = 1
MAX_BYTES = 50 * 1024 * 1024  # far above any household; refuses to read a wrong, huge file


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProgressV1(_Model):
    item_id: str = Field(min_length=1)
    state: TaskState
    note: str = ""
    completed_at: AwareDatetime | None = None
    follow_up: date | None = None


class CertificateV1(_Model):
    id: int = Field(gt=0)
    type_id: str = Field(min_length=1)
    issuer: str = Field(min_length=1)
    channel: Channel
    readiness: Readiness | None = None
    readiness_changed_at: AwareDatetime | None = None
    registration: TaskState = TaskState.TODO
    issuer_link: TaskState = TaskState.TODO
    follow_up: date | None = None
    note: str = ""
    number_remembered: bool = False


class LinkageV1(_Model):
    service: Service
    status: LinkageStatus | None = None
    changed_at: AwareDatetime | None = None
    follow_up: date | None = None
    note: str = ""


class ChangeV1(_Model):
    subject: str = Field(min_length=1)
    old: str | None = None
    new: str | None = None
    at: AwareDatetime


class ProfileV1(_Model):
    id: int = Field(gt=0)
    display_name: str = Field(min_length=1)
    relation: Relation
    card_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    progress: list[ProgressV1] = []
    certificates: list[CertificateV1] = []
    linkages: list[LinkageV1] = []
    history: list[ChangeV1] = []


class DelegationV1(_Model):
    id: int = Field(gt=0)
    delegator_profile_id: int
    delegate_profile_id: int
    relation_name: str = Field(min_length=1)
    valid_from: date | None = None
    valid_to: date | None = None
    services: list[DelegatedService] = []
    operations: dict[DelegationOperation, TaskState] = {}


class IssuerNameV1(_Model):
    type_id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    last_used_at: AwareDatetime
    use_count: int = Field(default=1, ge=1)


class BackupV1(_Model):
    format: str
    version: int
    exported_at: AwareDatetime
    app_version: str
    profiles: list[ProfileV1]
    delegations: list[DelegationV1] = []
    issuer_names: list[IssuerNameV1] = []


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


def snapshot(store: Store, *, now: datetime | None = None) -> dict[str, Any]:
    """The backup document (a JSON-ready dict) of everything in ``store``."""
    household = store.load_household()
    history = store.all_history()
    by_profile: dict[int, list[StatusChange]] = {}
    for ch in history:
        by_profile.setdefault(ch.profile_id, []).append(ch)
    profiles = []
    for m in household.members:
        p = m.profile
        profiles.append(
            {
                "id": p.id,
                "display_name": p.display_name,
                "relation": p.relation.value,
                "card_sha256": p.card_sha256,
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
                    }
                    for link in m.linkages.values()
                ],
                "history": [
                    {"subject": ch.subject, "old": ch.old, "new": ch.new, "at": _iso(ch.at)}
                    for ch in by_profile.get(p.id, [])
                ],
            }
        )
    return {
        "format": FORMAT_ID,
        "version": FORMAT_VERSION,
        "exported_at": _iso(now or datetime.now(UTC)),
        "app_version": app_version(),
        "profiles": profiles,
        "delegations": [
            {
                "id": d.id,
                "delegator_profile_id": d.delegator_profile_id,
                "delegate_profile_id": d.delegate_profile_id,
                "relation_name": d.relation_name,
                "valid_from": _day(d.valid_from),
                "valid_to": _day(d.valid_to),
                "services": sorted(s.value for s in d.services),
                "operations": {op.value: st.value for op, st in d.operations.items()},
            }
            for d in household.delegations
        ],
        "issuer_names": [
            {"type_id": t, "name": n, "last_used_at": _iso(at), "use_count": c}
            for t, n, at, c in store.issuer_names()
        ],
    }


def dumps(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_backup(store: Store, path: Path, *, overwrite: bool = False) -> int:
    """Write the backup of ``store`` to ``path`` (0600, atomically). Returns the number of profiles."""
    if path.exists() and not overwrite:
        raise BackupError(messages.backup_exists(path))
    document = snapshot(store)
    try:
        fileutil.atomic_write_bytes(path, dumps(document))
    except OSError as exc:
        raise BackupError(messages.backup_write_failed(path), detail=str(exc)) from exc
    return len(document["profiles"])


# --- import ---------------------------------------------------------------------------------------------


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(全体)"


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def parse(data: bytes, path: Path) -> BackupV1:
    """Validate a backup file's bytes completely; raise ``BackupError`` naming the first problem."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupError(messages.backup_not_json(path), detail=str(exc)) from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_ID:
        raise BackupError(messages.backup_foreign(path))
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackupError(messages.backup_invalid(path, "version"))
    if version > FORMAT_VERSION:
        raise BackupError(messages.backup_newer(path), detail=f"version {version}")
    try:
        doc = BackupV1.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise BackupError(
            messages.backup_invalid(path, _where(tuple(first["loc"]))), detail=first["msg"]
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


def to_domain(
    doc: BackupV1,
) -> tuple[Household, list[StatusChange], list[tuple[str, str, datetime, int]]]:
    members = []
    history: list[StatusChange] = []
    for p in doc.profiles:
        members.append(
            MemberState(
                profile=Profile(p.id, p.display_name.strip(), p.relation, p.card_sha256),
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
                    )
                    for c in p.certificates
                ),
                linkages={
                    x.service: LinkageRecord(x.service, x.status, x.changed_at, x.follow_up, x.note)
                    for x in p.linkages
                },
            )
        )
        history.extend(StatusChange(p.id, h.subject, h.old, h.new, h.at) for h in p.history)
    delegations = tuple(
        Delegation(
            id=d.id,
            delegator_profile_id=d.delegator_profile_id,
            delegate_profile_id=d.delegate_profile_id,
            relation_name=d.relation_name.strip(),
            valid_from=d.valid_from,
            valid_to=d.valid_to,
            services=frozenset(d.services),
            operations=dict(d.operations),
        )
        for d in doc.delegations
    )
    names = [(n.type_id, n.name, n.last_used_at, n.use_count) for n in doc.issuer_names]
    return Household(tuple(members), delegations), history, names


def read_backup(path: Path) -> BackupV1:
    """Read and validate ``path`` without touching any store."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise BackupError(messages.backup_unreadable(path), detail=str(exc)) from exc
    if len(data) > MAX_BYTES:
        raise BackupError(messages.backup_not_json(path), detail="too large")
    return parse(data, path)


def import_backup(store: Store, path: Path) -> ImportResult:
    """Validate ``path`` completely, then replace the household in one transaction."""
    doc = read_backup(path)
    household, history, names = to_domain(doc)
    dropped = store.replace_household(household, history, names)
    return ImportResult(
        profiles=len(household.members),
        certificates=sum(len(m.certificates) for m in household.members),
        dropped_secret_refs=tuple(dropped),
    )
