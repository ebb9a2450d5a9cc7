"""The repository API on real SQLite files: domain objects out, one transaction per call, history."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.domain.model import (
    CertificateSelection,
    Channel,
    DelegatedService,
    Delegation,
    DelegationOperation,
    Household,
    LinkageStatus,
    Profile,
    ProgressItem,
    Readiness,
    Relation,
    Service,
    StatusChange,
    TaskState,
)
from app.store import messages
from app.store.errors import StoreNotFoundError, StoreValidationError
from app.store.repository import Store
from tests.store.helpers import NAMES, fill_household


class Clock:
    """A clock the test moves by hand (the store takes any callable returning aware datetimes)."""

    def __init__(self) -> None:
        self.now = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, minutes: int = 1) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(data_dir: Path, clock: Clock) -> Iterator[Store]:
    store, _ = Store.open(data_dir, clock=clock)
    yield store
    store.close()


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_empty_store_loads_an_empty_household(store: Store) -> None:
    assert store.load_household() == Household()


def test_a_full_household_survives_closing_and_reopening(data_dir: Path) -> None:
    store, _ = Store.open(data_dir)
    ids = fill_household(store)
    before = store.load_household()
    store.close()
    again, notices = Store.open(data_dir)
    after = again.load_household()
    again.close()
    assert notices == ()
    assert after == before
    assert [m.profile.display_name for m in after.members] == list(NAMES)
    first = after.member(ids[0])
    assert first is not None
    assert len(first.progress) == 13 and len(first.certificates) == 3 and len(first.linkages) == 5
    assert len(after.delegations) == 2
    assert all(isinstance(m.profile, Profile) for m in after.members)


def test_profiles_add_and_rename(store: Store) -> None:
    taro = store.add_profile("  太郎  ")
    assert taro == Profile(id=taro.id, display_name="太郎", relation=Relation.SELF)
    hanako = store.add_profile("花子", Relation.SPOUSE)
    assert store.rename_profile(hanako.id, "花子（妻）").display_name == "花子（妻）"
    household = store.load_household()
    assert [(m.profile.display_name, m.profile.relation) for m in household.members] == [
        ("太郎", Relation.SELF),
        ("花子（妻）", Relation.SPOUSE),
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [("", messages.EMPTY_NAME), ("   ", messages.EMPTY_NAME), ("ＴＡＲＯ", messages.DUPLICATE_NAME)],
)
def test_profile_names_are_validated_and_nothing_is_saved(store: Store, name: str, message: str) -> None:
    store.add_profile("taro")
    with pytest.raises(StoreValidationError) as info:
        store.add_profile(name)
    assert info.value.text() == message
    assert len(store.load_household().members) == 1


def test_card_binding_by_certificate_hash(store: Store) -> None:
    taro = store.add_profile("太郎")
    hanako = store.add_profile("花子")
    digest = "0F" * 32
    bound = store.bind_card(taro.id, digest)
    assert bound.card_sha256 == digest.lower()
    assert store.profile_for_card(digest.lower()) == bound
    assert store.profile_for_card("00" * 32) is None
    with pytest.raises(StoreValidationError) as info:
        store.bind_card(hanako.id, digest)
    assert info.value.text() == messages.CARD_ALREADY_BOUND
    with pytest.raises(StoreValidationError):
        store.bind_card(hanako.id, "not a hash")
    assert store.bind_card(taro.id, None).card_sha256 is None
    assert store.bind_card(hanako.id, digest).card_sha256 == digest.lower()


def test_progress_sets_completed_at_and_records_history(timed: Store, clock: Clock) -> None:
    pid = timed.add_profile("太郎").id
    first = timed.set_progress(pid, "step1.register", note="窓口で")
    assert first == ProgressItem("step1.register", TaskState.TODO, "窓口で", None, None)
    done_at = clock.tick()
    done = timed.set_progress(pid, "step1.register", state=TaskState.DONE, follow_up=date(2027, 2, 1))
    assert done.completed_at == done_at and done.completed_at.tzinfo is not None
    assert done.note == "窓口で" and done.follow_up == date(2027, 2, 1)
    clock.tick()
    # a note does not touch the state or its completion time
    assert timed.set_progress(pid, "step1.register", note="済").completed_at == done_at
    back_at = clock.tick()
    undone = timed.set_progress(pid, "step1.register", state=TaskState.TODO, follow_up=None)
    assert undone.completed_at is None and undone.follow_up is None
    assert timed.history(pid, "item:step1.register") == [
        StatusChange(pid, "item:step1.register", "todo", "done", done_at),
        StatusChange(pid, "item:step1.register", "done", "todo", back_at),
    ]


def test_unknown_profile_is_reported_not_created(store: Store) -> None:
    with pytest.raises(StoreNotFoundError) as info:
        store.set_progress(999, "step0.card", state=TaskState.DONE)
    assert info.value.text() == messages.NOT_FOUND
    with pytest.raises(StoreNotFoundError):
        store.set_linkage(999, Service.ETAX, status=LinkageStatus.COMPLETE)
    assert store.load_household() == Household()


def test_certificate_selection_lifecycle(timed: Store, clock: Clock) -> None:
    pid = timed.add_profile("太郎").id
    cert = timed.add_certificate(pid, "life_insurance", "  みらい生命 ", Channel.MINKAN_ETAX)
    assert cert == CertificateSelection(cert.id, "life_insurance", "みらい生命", Channel.MINKAN_ETAX)
    t1 = clock.tick()
    cert = timed.update_certificate(cert.id, readiness=Readiness.PROCESSING, registration=TaskState.DONE)
    assert cert.readiness is Readiness.PROCESSING and cert.readiness_changed_at == t1
    t2 = clock.tick()
    cert = timed.update_certificate(
        cert.id,
        readiness=Readiness.READY,
        issuer_link=TaskState.DONE,
        note="届いた",
        follow_up=date(2027, 1, 20),
    )
    assert (cert.readiness, cert.readiness_changed_at, cert.note) == (Readiness.READY, t2, "届いた")
    clock.tick()
    # changing only the note keeps the readiness timestamp
    assert timed.update_certificate(cert.id, note="ok").readiness_changed_at == t2
    subject = f"certificate:{cert.id}"
    assert [(c.subject, c.old, c.new) for c in timed.history(pid, subject)] == [
        (subject, None, "processing"),
        (f"{subject}:registration", "todo", "done"),
        (subject, "processing", "ready"),
        (f"{subject}:issuer_link", "todo", "done"),
    ]
    assert timed.load_household().members[0].certificates == (
        CertificateSelection(
            cert.id,
            "life_insurance",
            "みらい生命",
            Channel.MINKAN_ETAX,
            Readiness.READY,
            t2,
            TaskState.DONE,
            TaskState.DONE,
            date(2027, 1, 20),
            "ok",
        ),
    )


@pytest.mark.parametrize(
    ("issuer", "message"),
    [
        ("", messages.EMPTY_ISSUER),
        (" \u3000 ", messages.EMPTY_ISSUER),
        ("みらい生命", messages.DUPLICATE_CERTIFICATE),
        (" みらい生命　", messages.DUPLICATE_CERTIFICATE),
    ],
)
def test_certificate_validation_saves_nothing(store: Store, issuer: str, message: str) -> None:
    pid = store.add_profile("太郎").id
    store.add_certificate(pid, "life_insurance", "みらい生命", Channel.MINKAN_ETAX)
    with pytest.raises(StoreValidationError) as info:
        store.add_certificate(pid, "life_insurance", issuer, Channel.MINKAN_ETAX)
    assert info.value.text() == message
    assert len(store.load_household().members[0].certificates) == 1


def test_same_issuer_is_fine_for_another_type_or_person(store: Store) -> None:
    taro = store.add_profile("太郎").id
    hanako = store.add_profile("花子").id
    store.add_certificate(taro, "life_insurance", "みらい生命", Channel.MINKAN_ETAX)
    store.add_certificate(taro, "earthquake_insurance", "みらい生命", Channel.MINKAN_ETAX)
    store.add_certificate(hanako, "life_insurance", "みらい生命", Channel.MINKAN_ETAX)
    household = store.load_household()
    assert [len(m.certificates) for m in household.members] == [2, 1]


def test_renaming_an_issuer_onto_a_duplicate_is_refused(store: Store) -> None:
    pid = store.add_profile("太郎").id
    store.add_certificate(pid, "life_insurance", "A生命", Channel.MINKAN_ETAX)
    b = store.add_certificate(pid, "life_insurance", "B生命", Channel.MINKAN_ETAX)
    with pytest.raises(StoreValidationError):
        store.update_certificate(b.id, issuer="ａ生命", readiness=Readiness.READY)
    # the whole call was one transaction: the readiness was not saved either
    assert store.load_household().members[0].certificates[1].readiness is None


def test_remove_and_restore_for_undo(store: Store) -> None:
    pid = store.add_profile("太郎").id
    cert = store.add_certificate(pid, "securities", "ひかり証券", Channel.MYPOST)
    cert = store.update_certificate(cert.id, readiness=Readiness.INCOMPLETE, note="口座")
    cert = store.set_certificate_secret(cert.id, "mp-0123")
    removed = store.remove_certificate(cert.id)
    assert removed.selection == cert
    assert store.load_household().members[0].certificates == ()
    restored = store.restore_certificate(removed)
    assert restored == cert
    assert store.load_household().members[0].certificates == (cert,)
    assert len(store.history(pid, f"certificate:{cert.id}")) == 1


def test_linkage_status_per_service(timed: Store, clock: Clock) -> None:
    pid = timed.add_profile("太郎").id
    t1 = clock.tick()
    rec = timed.set_linkage(pid, Service.ETAX, status=LinkageStatus.CHECK)
    assert (rec.status, rec.changed_at) == (LinkageStatus.CHECK, t1)
    t2 = clock.tick()
    timed.set_linkage(pid, Service.ETAX, status=LinkageStatus.COMPLETE)
    clock.tick()
    timed.set_linkage(pid, Service.ETAX, note="連携済み")
    timed.set_linkage(pid, Service.MYPOST, status=LinkageStatus.INCOMPLETE, follow_up=date(2027, 1, 9))
    linkages = timed.load_household().members[0].linkages
    assert linkages[Service.ETAX].changed_at == t2 and linkages[Service.ETAX].note == "連携済み"
    assert linkages[Service.MYPOST].follow_up == date(2027, 1, 9)
    assert [(c.old, c.new) for c in timed.history(pid, "linkage:etax")] == [
        (None, "check"),
        ("check", "complete"),
    ]


def test_delegations_save_update_delete(store: Store) -> None:
    taro = store.add_profile("太郎").id
    hanako = store.add_profile("花子").id
    saved = store.save_delegation(
        Delegation(
            0,
            hanako,
            taro,
            " 夫 ",
            date(2026, 12, 1),
            date(2027, 3, 31),
            frozenset({DelegatedService.NOTICES}),
            {DelegationOperation.LOGIN_AND_OPEN_MENU: TaskState.DONE},
        )
    )
    assert saved.id > 0 and saved.relation_name == "夫"
    updated = store.save_delegation(
        Delegation(
            saved.id,
            hanako,
            taro,
            "夫",
            services=frozenset(DelegatedService),
            operations={
                DelegationOperation.LOGIN_AND_OPEN_MENU: TaskState.DONE,
                DelegationOperation.CHOOSE_NEW_DELEGATOR: TaskState.DONE,
            },
        )
    )
    assert store.load_household().delegations == (updated,)
    assert updated.services == frozenset(DelegatedService) and updated.valid_from is None
    history = store.history(hanako, f"delegation:{saved.id}")
    assert [(c.subject.rsplit(":", 1)[1], c.old, c.new) for c in history] == [
        ("login_and_open_menu", "todo", "done"),
        ("choose_new_delegator", "todo", "done"),
    ]
    store.delete_delegation(saved.id)
    assert store.load_household().delegations == ()
    assert rows(store, "SELECT count(*) FROM delegation_service") == [(0,)]


@pytest.mark.parametrize(
    ("delegation", "message"),
    [
        (Delegation(0, 1, 1, "夫"), messages.DELEGATION_SAME_PERSON),
        (Delegation(0, 2, 1, "  "), messages.DELEGATION_EMPTY_NAME),
        (Delegation(0, 2, 1, "夫", date(2027, 3, 1), date(2027, 2, 1)), messages.DELEGATION_PERIOD),
    ],
)
def test_delegation_validation(store: Store, delegation: Delegation, message: str) -> None:
    store.add_profile("太郎")
    store.add_profile("花子")
    with pytest.raises(StoreValidationError) as info:
        store.save_delegation(delegation)
    assert info.value.text() == message
    assert store.load_household().delegations == ()


def test_issuer_suggestions_come_from_what_was_typed(store: Store) -> None:
    pid = store.add_profile("太郎").id
    store.add_certificate(pid, "life_insurance", "みらい生命", Channel.MINKAN_ETAX)
    store.add_certificate(pid, "life_insurance", "Mirai Life", Channel.MINKAN_ETAX)
    gone = store.add_certificate(pid, "securities", "ひかり証券", Channel.MYPOST)
    store.remove_certificate(gone.id)
    other = store.add_profile("花子").id
    store.add_certificate(other, "life_insurance", "みらい生命", Channel.MINKAN_ETAX)
    assert store.issuer_suggestions(type_id="life_insurance") == ["みらい生命", "Mirai Life"]
    assert store.issuer_suggestions("ｍｉ") == ["Mirai Life"]  # width and case do not matter
    assert store.issuer_suggestions("ひか") == ["ひかり証券"]  # remembered after removal
    assert store.issuer_suggestions("ひか", type_id="life_insurance") == []
    assert store.issuer_suggestions(limit=1) == ["みらい生命"]


def test_history_is_per_profile_and_in_order(store: Store) -> None:
    ids = fill_household(store)
    first = store.history(ids[0])
    assert first and all(c.profile_id == ids[0] for c in first)
    assert [c.at for c in first] == sorted(c.at for c in first)
    assert all(c.at.tzinfo is not None and c.at.utcoffset() == timedelta(0) for c in first)
    assert store.history(ids[0], "linkage:etax") == [c for c in first if c.subject == "linkage:etax"]
    # a subject filter does not match a longer subject that only starts with the same text
    assert store.history(ids[0], "item:step1") == []


def test_timestamps_are_stored_as_utc_text(timed: Store, clock: Clock) -> None:
    pid = timed.add_profile("太郎").id
    clock.now = datetime(2027, 1, 6, 3, 30, tzinfo=timezone(timedelta(hours=9)))  # JST
    timed.set_linkage(pid, Service.ETAX, status=LinkageStatus.COMPLETE)
    assert rows(timed, "SELECT changed_at FROM linkage") == [("2027-01-05T18:30:00.000000+00:00",)]


def test_a_naive_clock_is_refused(data_dir: Path) -> None:
    store, _ = Store.open(data_dir, clock=lambda: datetime(2027, 1, 1, tzinfo=UTC))
    store.close()
    with Store.open(data_dir, clock=datetime.now).store as naive, pytest.raises(ValueError, match="aware"):
        naive.add_profile("x")
