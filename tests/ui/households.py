"""A household of three with two delegations, as a family would type it (real company names, never
the guide's fictional ones). The README's screenshots, the reading-area goal and its benchmark use it."""

from __future__ import annotations

from datetime import date, timedelta
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
from app.store.repository import Store


def fill_household(store: Store, today: date | None = None) -> None:
    """太郎 (the filer) with work under way, 花子 and 一郎 who delegate their medical notices to him."""
    soon = (today or date.today()) + timedelta(days=3)
    me = store.add_profile("山田 太郎", Relation.SELF)
    spouse = store.add_profile("山田 花子", Relation.SPOUSE)
    father = store.add_profile("山田 一郎", Relation.PARENT)
    for item in ("step0.card", "step0.reader", "step1.app", "step1.register", "step1.login"):
        store.set_progress(me.id, item, state=TaskState.DONE)
    store.set_progress(me.id, "step2.open_page", state=TaskState.DONE)
    life = store.add_certificate(me.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
    quake = store.add_certificate(me.id, "earthquake_insurance", "東京海上日動", Channel.MINKAN_ETAX)
    store.add_certificate(me.id, "securities_annual_report", "楽天証券", Channel.MYPOST)
    store.add_certificate(me.id, "public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)
    medical = store.add_certificate(me.id, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
    store.set_linkage(me.id, Service.ETAX, status=LinkageStatus.COMPLETE)
    store.set_linkage(me.id, Service.E_SHISHOBAKO, status=LinkageStatus.COMPLETE)
    store.set_linkage(me.id, Service.MYPOST, status=LinkageStatus.CHECK, follow_up=soon, note="MyPostで確認")
    store.update_certificate(
        life.id, registration=TaskState.DONE, issuer_link=TaskState.DONE, readiness=Readiness.READY
    )
    store.update_certificate(quake.id, registration=TaskState.WAITING, follow_up=soon)
    store.update_certificate(medical.id, readiness=Readiness.PROCESSING)
    store.add_certificate(spouse.id, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
    store.add_certificate(father.id, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
    for delegator, relation_name, done in ((spouse, "妻", TaskState.DONE), (father, "父", TaskState.TODO)):
        store.save_delegation(
            Delegation(
                id=0,
                delegator_profile_id=delegator.id,
                delegate_profile_id=me.id,
                relation_name=relation_name,
                valid_from=date(2026, 1, 10),
                valid_to=date(2027, 1, 9),
                services=frozenset({DelegatedService.MEDICAL_NOTICES}),
                operations={DelegationOperation.LOGIN_AND_OPEN_MENU: done},
            )
        )


def sample_household(data_dir: Path, today: date | None = None) -> None:
    """Write the household into a new store in ``data_dir``."""
    store, _ = Store.open(data_dir)
    with store:
        fill_household(store, today)
