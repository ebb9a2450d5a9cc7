"""Remembered numbers in a real keyring backend (keyrings.alt's file keyring in a temp directory)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyrings.alt.file import PlaintextKeyring

from app.domain.model import Channel
from app.store import messages
from app.store.backup import dumps, snapshot
from app.store.engine import DB_NAME
from app.store.errors import SecretsUnavailableError
from app.store.repository import Store
from app.store.secrets import (
    PLAINTEXT_FILE,
    SERVICE_NAME,
    SecretBackendKind,
    SecretStore,
    choose_backend,
)

NUMBER = "POL-8841-2277-0193"


def failing() -> KeyringBackend:
    """keyring's own "no backend" object (what get_keyring() returns on a bare headless system)."""
    return fail.Keyring()  # type: ignore[no-untyped-call]


def file_keyring(path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(path)
    return backend


class DesktopKeychain(PlaintextKeyring):  # type: ignore[misc]
    """Stands for an OS keychain in the choice tests: a working backend from outside keyrings.alt."""


@pytest.fixture
def secrets(tmp_path: Path) -> SecretStore:
    return SecretStore.for_backend(file_keyring(tmp_path / "keyring" / "kr.cfg"))


def test_put_get_replace_delete(secrets: SecretStore, tmp_path: Path) -> None:
    ref = secrets.put(NUMBER)
    assert ref.startswith("mp-") and len(ref) == 35 and NUMBER not in ref
    assert secrets.get(ref) == NUMBER
    # stored under the app's service name with the reference as the user name, as keyring sees it
    assert file_keyring(tmp_path / "keyring" / "kr.cfg").get_password(SERVICE_NAME, ref) == NUMBER
    secrets.replace(ref, "OTHER-1")
    assert secrets.get(ref) == "OTHER-1"
    secrets.delete(ref)
    assert secrets.get(ref) is None
    secrets.delete(ref)  # already gone: fine
    assert file_keyring(tmp_path / "keyring" / "kr.cfg").get_password(SERVICE_NAME, ref) is None


def test_references_are_unique_and_unrelated(secrets: SecretStore) -> None:
    refs = {secrets.put(NUMBER) for _ in range(20)}
    assert len(refs) == 20
    assert all(secrets.get(r) == NUMBER for r in refs)


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring], ids=["fail", "null"])
def test_no_usable_backend_is_reported_and_nothing_stored(
    tmp_path: Path, backend: type[KeyringBackend]
) -> None:
    choice = choose_backend(tmp_path, candidate=backend())
    assert choice.kind is SecretBackendKind.NONE and not choice.usable
    assert choice.message == messages.NO_KEYRING
    store = SecretStore(choice)
    with pytest.raises(SecretsUnavailableError) as info:
        store.put(NUMBER)
    assert info.value.text() == messages.NO_KEYRING
    assert list(tmp_path.iterdir()) == []


def test_keyrings_alt_is_not_taken_for_a_keychain_without_opt_in(tmp_path: Path) -> None:
    choice = choose_backend(tmp_path, candidate=file_keyring(tmp_path / "elsewhere.cfg"))
    assert choice.kind is SecretBackendKind.NONE
    assert not (tmp_path / PLAINTEXT_FILE).exists()


def test_plaintext_only_after_opt_in_in_the_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    choice = choose_backend(data_dir, allow_plaintext=True, candidate=failing())
    assert choice.kind is SecretBackendKind.PLAINTEXT and choice.message == messages.PLAINTEXT_IN_USE
    store = SecretStore(choice)
    ref = store.put(NUMBER)
    path = data_dir / PLAINTEXT_FILE
    assert path.exists()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # a new session with the same opt-in finds it again
    assert SecretStore(choose_backend(data_dir, allow_plaintext=True, candidate=failing())).get(ref) == NUMBER


def test_a_keychain_is_preferred(tmp_path: Path) -> None:
    keychain = DesktopKeychain()
    keychain.file_path = str(tmp_path / "keychain.cfg")
    choice = choose_backend(tmp_path / "data", allow_plaintext=True, candidate=keychain)
    assert choice.kind is SecretBackendKind.SECURE and choice.backend is keychain and choice.message is None
    assert not (tmp_path / "data" / PLAINTEXT_FILE).exists()


def test_backend_failure_is_reported_without_the_number(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    store = SecretStore.for_backend(file_keyring(blocker / "kr.cfg"))
    with pytest.raises(SecretsUnavailableError) as info:
        store.put(NUMBER)
    assert info.value.text() == messages.SECRET_NOT_SAVED
    assert NUMBER not in str(info.value) and info.value.__cause__ is None and info.value.__suppress_context__


def test_numbers_never_reach_sqlite_or_backups(secrets: SecretStore, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store, _ = Store.open(data_dir)
    try:
        pid = store.add_profile("太郎").id
        cert = store.add_certificate(pid, "life_insurance", "みらい生命", Channel.MINKAN_ETAX)
        ref = secrets.put(NUMBER)
        cert = store.set_certificate_secret(cert.id, ref)
        assert cert.secret_ref == ref
        assert secrets.get(store.load_household().members[0].certificates[0].secret_ref or "") == NUMBER
        document = dumps(snapshot(store)).decode("utf-8")
        raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith(DB_NAME))
    finally:
        store.close()
    raw += (data_dir / DB_NAME).read_bytes()  # after the checkpoint on close, too
    assert NUMBER.encode() not in raw
    assert ref.encode() in raw  # only the opaque key is kept
    assert NUMBER not in document and ref not in document
    assert '"number_remembered": true' in document
