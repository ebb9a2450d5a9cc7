"""A household of three with follow-ups in a real store, and the language reset around each test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.model import (
    Channel,
    DelegatedService,
    Delegation,
    LinkageStatus,
    Readiness,
    Relation,
    Service,
    TaskState,
)
from app.store.repository import Store

TODAY = date(2026, 1, 14)  # tax year 2025: filing period 2026-02-16 – 2026-03-16


def fill_household(store: Store) -> None:
    """山田 太郎 (an overdue STEP4 task, a MyPost check on 19 Jan), 山田 花子 (readiness due today),
    山田 松 (an item on 21 Jan, a delegation to 太郎 ending 31 Mar)."""
    taro = store.add_profile("山田 太郎", Relation.SELF)
    hanako = store.add_profile("山田 花子", Relation.SPOUSE)
    matsu = store.add_profile("山田 松", Relation.PARENT)
    quake = store.add_certificate(
        taro.id, "earthquake_insurance", "東京海上日動", Channel.MINKAN_ETAX, note="証券番号 AB-123456"
    )
    store.update_certificate(quake.id, registration=TaskState.WAITING, follow_up=date(2026, 1, 12))
    store.add_certificate(taro.id, "securities_annual_report", "楽天証券", Channel.MYPOST)
    store.set_linkage(taro.id, Service.MYPOST, status=LinkageStatus.CHECK, follow_up=date(2026, 1, 19))
    medical = store.add_certificate(hanako.id, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
    store.update_certificate(medical.id, readiness=Readiness.PROCESSING, follow_up=TODAY)
    store.set_progress(matsu.id, "step1.register", state=TaskState.WAITING, follow_up=date(2026, 1, 21))
    store.save_delegation(
        Delegation(
            id=0,
            delegator_profile_id=matsu.id,
            delegate_profile_id=taro.id,
            relation_name="父",
            valid_from=date(2026, 1, 5),
            valid_to=date(2026, 3, 31),
            services=frozenset({DelegatedService.MEDICAL_NOTICES}),
        )
    )


@pytest.fixture
def household_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store, _ = Store.open(data)
    try:
        fill_household(store)
    finally:
        store.close()
    return data

