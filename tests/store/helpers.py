"""Shared helpers of the store tests: a full household, raw-file inspection, privileged mounts."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from app.domain.model import (
    Channel,
    DelegatedService,
    Delegation,
    DelegationOperation,
    LinkageStatus,
    Readiness,
    Relation,
    Service,
    TaskState,
)
from app.domain.steps import CHECKLIST_ITEMS
from app.store.repository import Store

NAMES = ("山田 太郎", "山田 花子", "山田 一郎", "山田 二郎", "山田 梅", "山田 松")
RELATIONS = (Relation.SELF, Relation.SPOUSE, Relation.CHILD, Relation.CHILD, Relation.PARENT, Relation.PARENT)


def fill_household(store: Store) -> list[int]:
    """Six members with every checklist item, certificates, every linkage and two delegations."""
    ids: list[int] = []
    for n, (name, relation) in enumerate(zip(NAMES, RELATIONS, strict=True)):
        pid = store.add_profile(name, relation).id
        ids.append(pid)
        for k, item in enumerate(CHECKLIST_ITEMS):
            store.set_progress(
                pid,
                item.id,
                state=TaskState.DONE if k % 3 else TaskState.WAITING,
                note=f"メモ {n}-{k}",
                follow_up=date(2027, 2, 1 + k % 20),
            )
        for j, (type_id, issuer, channel) in enumerate(
            (
                ("life_insurance", f"みらい生命{n}", Channel.MINKAN_ETAX),
                ("earthquake_insurance", "あんしん損保", Channel.E_SHISHOBAKO),
                ("securities", f"ひかり証券{n}", Channel.MYPOST),
            )
        ):
            cert = store.add_certificate(pid, type_id, issuer, channel, note=f"証明書 {j}")
            store.update_certificate(
                cert.id,
                readiness=(Readiness.READY, Readiness.PROCESSING, Readiness.INCOMPLETE)[j],
                registration=TaskState.DONE,
                issuer_link=TaskState.WAITING,
                follow_up=date(2027, 1, 10 + j),
            )
        for service in Service:
            store.set_linkage(pid, service, status=LinkageStatus.COMPLETE, note=service.value)
    store.bind_card(ids[0], "ab" * 32)
    for delegator in ids[1:3]:
        store.save_delegation(
            Delegation(
                id=0,
                delegator_profile_id=delegator,
                delegate_profile_id=ids[0],
                relation_name="夫",
                valid_from=date(2026, 12, 1),
                valid_to=date(2027, 3, 31),
                services=frozenset(DelegatedService),
                operations={op: TaskState.DONE for op in DelegationOperation},
            )
        )
    return ids


def integrity(db: Path) -> list[tuple[str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def user_version(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def can_mount() -> bool:
    """True when this process may mount a tmpfs (root in a container that allows it)."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    probe = Path(f"/tmp/myna-prep-mount-probe-{os.getpid()}")
    probe.mkdir(exist_ok=True)
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)], capture_output=True
        )
        if done.returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], check=True)
        return True
    finally:
        probe.rmdir()


@contextlib.contextmanager
def tmpfs(where: Path, size_kib: int) -> Iterator[Path]:
    """A real, small filesystem at ``where`` (unmounted afterwards)."""
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(where)], check=True
    )
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
