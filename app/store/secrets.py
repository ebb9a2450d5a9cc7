"""Remembered issuer numbers (policy, securities-account, donation numbers) in the OS keyring.

The database only holds an opaque random key (``CertificateSelection.secret_ref``, e.g.
``mp-3f9c…``); the number itself goes to ``keyring`` under the service name ``myna-prep`` with that key
as the user name. Numbers are never written to SQLite, logs or backups, and never appear in an
exception message.

Backend choice (``choose_backend``):

* a real OS keychain (macOS Keychain, Windows Credential Locker, Secret Service/KWallet…) is used;
* ``keyring``'s fail/null backends, a chainer with nothing usable in it, and every ``keyrings.alt``
  backend (plaintext or weakly protected files, which ``keyring`` would otherwise pick silently when
  ``keyrings.alt`` is installed) do not count: the result is ``SecretBackendKind.NONE`` with a
  Japanese sentence for the UI, and nothing is stored;
* only when the user explicitly opted in (``allow_plaintext=True``) is ``keyrings.alt``'s
  ``PlaintextKeyring`` used, with its file (mode 0600) in the data directory.

Importing ``keyring`` and discovering backends costs time (and D-Bus calls on Linux): call
``choose_backend`` when STEP4 needs it, not on the path to the first paint.
"""

from __future__ import annotations

import secrets as _random
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from app.store import fileutil, messages
from app.store.errors import SecretsUnavailableError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = "myna-prep"
PLAINTEXT_FILE = "secrets-plaintext.cfg"
_REF_PREFIX = "mp-"


class SecretBackendKind(StrEnum):
    SECURE = "secure"  # an OS keychain
    PLAINTEXT = "plaintext"  # the opted-in file in the data directory
    NONE = "none"  # nothing usable: do not store


@dataclass(frozen=True, slots=True)
class BackendChoice:
    kind: SecretBackendKind
    backend: KeyringBackend | None
    name: str  # e.g. "SecretService Keyring", for the about/diagnostics view
    message: messages.Message | None  # what to tell the user when kind is not SECURE

    @property
    def usable(self) -> bool:
        return self.backend is not None


def _is_secure(backend: KeyringBackend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring | chainer.ChainerBackend):
        return False
    if type(backend).__module__.startswith("keyrings.alt"):
        return False
    try:
        priority = float(backend.priority)
    except Exception:  # a backend whose viability check fails is not usable
        return False
    return priority > 0


def _secure_candidates(backend: KeyringBackend) -> list[KeyringBackend]:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        return [b for b in backend.backends if _is_secure(b)]
    return [backend] if _is_secure(backend) else []


def plaintext_backend(data_dir: Path) -> KeyringBackend:
    """``keyrings.alt``'s PlaintextKeyring with its file (0600) in ``data_dir``."""
    from keyrings.alt.file import PlaintextKeyring

    fileutil.ensure_dir(data_dir)
    path = data_dir / PLAINTEXT_FILE
    fileutil.create_private_file(path)
    backend: KeyringBackend = PlaintextKeyring()
    backend.file_path = str(path)  # type: ignore[attr-defined]
    return backend


def choose_backend(
    data_dir: Path, *, allow_plaintext: bool = False, candidate: KeyringBackend | None = None
) -> BackendChoice:
    """Decide where numbers may be stored. ``candidate`` defaults to ``keyring.get_keyring()``."""
    if candidate is None:
        import keyring

        candidate = keyring.get_keyring()
    secure = _secure_candidates(candidate)
    if secure:
        return BackendChoice(SecretBackendKind.SECURE, secure[0], str(secure[0].name), None)
    if allow_plaintext:
        backend = plaintext_backend(data_dir)
        return BackendChoice(
            SecretBackendKind.PLAINTEXT, backend, str(backend.name), messages.PLAINTEXT_IN_USE
        )
    return BackendChoice(SecretBackendKind.NONE, None, str(candidate.name), messages.NO_KEYRING)


def new_ref() -> str:
    """A fresh opaque key: random, says nothing about the number or its owner."""
    return _REF_PREFIX + _random.token_hex(16)


class SecretStore:
    """Put, get and delete remembered numbers by opaque reference."""

    def __init__(self, choice: BackendChoice) -> None:
        self._choice = choice

    @classmethod
    def for_backend(
        cls, backend: KeyringBackend, kind: SecretBackendKind = SecretBackendKind.SECURE
    ) -> SecretStore:
        return cls(BackendChoice(kind, backend, str(backend.name), None))

    @property
    def choice(self) -> BackendChoice:
        return self._choice

    @property
    def usable(self) -> bool:
        return self._choice.usable

    def _backend(self) -> KeyringBackend:
        if self._choice.backend is None:
            raise SecretsUnavailableError(self._choice.message or messages.NO_KEYRING)
        return self._choice.backend

    def put(self, number: str) -> str:
        """Store ``number`` under a new reference and return the reference (for ``secret_ref``)."""
        from keyring.errors import KeyringError

        backend = self._backend()
        ref = new_ref()
        try:
            backend.set_password(SERVICE_NAME, ref, number)
        except (KeyringError, OSError) as exc:
            raise SecretsUnavailableError(messages.SECRET_NOT_SAVED, detail=type(exc).__name__) from None
        self._make_file_private()
        return ref

    def replace(self, ref: str, number: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._backend().set_password(SERVICE_NAME, ref, number)
        except (KeyringError, OSError) as exc:
            raise SecretsUnavailableError(messages.SECRET_NOT_SAVED, detail=type(exc).__name__) from None
        self._make_file_private()

    def get(self, ref: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            value = self._backend().get_password(SERVICE_NAME, ref)
        except (KeyringError, OSError) as exc:
            raise SecretsUnavailableError(messages.SECRET_NOT_READ, detail=type(exc).__name__) from None
        return None if value is None else str(value)

    def delete(self, ref: str) -> None:
        """Forget a number; a reference that is already gone is fine."""
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._backend().delete_password(SERVICE_NAME, ref)
        except PasswordDeleteError:
            return
        except (KeyringError, OSError) as exc:
            raise SecretsUnavailableError(messages.SECRET_NOT_SAVED, detail=type(exc).__name__) from None

    def _make_file_private(self) -> None:
        path = getattr(self._choice.backend, "file_path", None)
        if isinstance(path, str):
            fileutil.make_private(Path(path))
