"""STEP4 ①: remembering an issuer's number (policy, securities-account, donation number) in the OS keychain.

This module keeps the numbers (:class:`IssuerNumbers`); the dialogs are in
:mod:`app.ui.steps.step4_number_dialogs`, the row in :mod:`app.ui.steps.step4_number_row`, the
clipboard handling in :mod:`app.ui.steps.secret_clipboard`.

Each STEP4 issuer row carries a :class:`~app.ui.steps.step4_number_row.NumberRow`: 「番号を記録…」
while nothing is remembered, else 「番号: 記録済み」 with 表示… / コピー / 記録を消す.
The number itself goes to ``keyring`` through
``app.store.secrets.SecretStore``; the database only gets the opaque reference
(``Store.set_certificate_secret``). The number is never logged, put in an exception, exported or shown
unmasked unless the person asks (every field starts masked, so screenshots never show it).

Where numbers may be stored is decided by ``choose_backend`` the first time a number is needed (it
imports ``keyring``, which may talk to D-Bus: never at start-up). When it finds no OS keychain (a
headless Linux, say) the dialog says so in one sentence and offers an explicit opt-in to the data
directory's plaintext file; without the tick nothing is stored.

:func:`numbers_for` gives the one :class:`IssuerNumbers` of a household session; ``choose`` on it
decides the backend (tests put a real ``keyrings.alt`` backend in a temporary directory there).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject

from app.i18n import words
from app.session import HouseholdSession
from app.store.errors import SecretsUnavailableError

if TYPE_CHECKING:
    from app.store.secrets import BackendChoice, SecretStore

log = logging.getLogger(__name__)

ChooseBackend = Callable[[bool], "BackendChoice"]


class IssuerNumbers(QObject):
    """Remember, read and forget issuer numbers for one household session."""

    def __init__(self, session: HouseholdSession) -> None:
        super().__init__(session)
        self.setObjectName("issuerNumbers")
        self.session = session
        # Decides where numbers go: (allow_plaintext) -> BackendChoice. Replaceable (tests).
        self.choose: ChooseBackend = self._default_choose
        self._choices: dict[bool, BackendChoice] = {}
        # The end of the session ends undo: numbers of removed selections are deleted then.
        session.closing.connect(self.forget_removed)

    def _default_choose(self, allow_plaintext: bool) -> BackendChoice:
        from app.store.secrets import choose_backend

        return choose_backend(self.session.data_dir, allow_plaintext=allow_plaintext)

    def _opted_in(self) -> bool:
        from app.store.secrets import PLAINTEXT_FILE

        return (self.session.data_dir / PLAINTEXT_FILE).exists()

    def choice(self, *, allow_plaintext: bool = False) -> BackendChoice:
        """Where a number would be stored now (an earlier opt-in counts as given)."""
        allow = allow_plaintext or self._opted_in()
        choice = self._choices.get(allow)
        if choice is None:
            choice = self.choose(allow)
            self._choices[allow] = choice
        return choice

    def secret_store(self, *, allow_plaintext: bool = False) -> SecretStore:
        from app.store.secrets import SecretStore

        return SecretStore(self.choice(allow_plaintext=allow_plaintext))

    def _stores_for_reading(self) -> list[SecretStore]:
        """The chosen store, and the opted-in file too when a keychain appeared after the opt-in."""
        from app.store.secrets import SecretBackendKind, SecretStore

        stores = [self.secret_store()]
        if stores[0].choice.kind is SecretBackendKind.SECURE and self._opted_in():
            plaintext = SecretStore(self.choose(True))
            if plaintext.choice.kind is SecretBackendKind.PLAINTEXT:
                stores.append(plaintext)
        return [s for s in stores if s.usable]

    # --- the three operations -------------------------------------------------------------------

    def remember(self, certificate_id: int, number: str, *, allow_plaintext: bool = False) -> str | None:
        """Store ``number`` for the selection; returns None when stored, else the sentence to show."""
        number = number.strip()
        if not number:
            return self.tr("番号を入力してください。")
        secrets = self.secret_store(allow_plaintext=allow_plaintext)
        if not secrets.usable:
            said = secrets.choice.message
            return words(said) if said is not None else self.tr("番号は保存されませんでした。")
        current = self._ref(certificate_id)
        try:
            if current is not None:
                secrets.replace(current, number)
                return None
            ref = secrets.put(number)
        except SecretsUnavailableError as exc:
            log.warning("An issuer number was not stored: %s", exc.detail)
            return words(exc.text())
        error = self.session.call(lambda s: s.set_certificate_secret(certificate_id, ref))
        if error is not None:
            self._delete_quietly(secrets, ref)  # no keyring entry without its reference
            return error
        return None

    def read(self, certificate_id: int) -> tuple[str | None, str | None]:
        """(number, None), or (None, the sentence saying why it cannot be shown)."""
        ref = self._ref(certificate_id)
        if ref is None:
            return None, self.tr("この発行企業の番号は記録されていません。")
        stores = self._stores_for_reading()
        if not stores:
            said = self.secret_store().choice.message
            return None, words(said) if said is not None else self.tr("番号を読み出せませんでした。")
        try:
            for secrets in stores:
                number = secrets.get(ref)
                if number is not None:
                    return number, None
        except SecretsUnavailableError as exc:
            log.warning("An issuer number could not be read: %s", exc.detail)
            return None, words(exc.text())
        return None, self.tr(
            "キーチェーンにこの番号が見つかりませんでした（必要ならもう一度記録してください）。"
        )

    def forget(self, certificate_id: int) -> str | None:
        """Remove the reference from the database, then the keyring entry."""
        ref = self._ref(certificate_id)
        if ref is None:
            return None
        error = self.session.call(lambda s: s.set_certificate_secret(certificate_id, None))
        if error is not None:
            return error
        return self.delete_refs((ref,))

    def delete_refs(self, refs: tuple[str, ...]) -> str | None:
        """Delete keyring entries no longer referenced (after forgetting, or a backup import)."""
        if not refs:
            return None
        stores = self._stores_for_reading()
        try:
            for secrets in stores:
                for ref in refs:
                    secrets.delete(ref)
        except SecretsUnavailableError as exc:
            log.warning("Keyring entries could not be deleted: %s", exc.detail)
            return words(exc.text())
        return None

    def removed_refs(self) -> tuple[str, ...]:
        """References of selections removed by steps still done on the undo stack (only an undo
        could bring them back; the database no longer holds them)."""
        from app.session import RemoveCertificates, RemoveMember

        stack = self.session.undo_stack
        refs: list[str] = []
        for index in range(stack.index()):
            command = stack.command(index)
            if isinstance(command, RemoveCertificates):
                refs += [r.selection.secret_ref for r in command._removed if r.selection.secret_ref]
            elif isinstance(command, RemoveMember):  # a removed member's numbers go too
                refs += command.secret_refs()
        return tuple(refs)

    def forget_removed(self) -> str | None:
        """Delete the keyring entries of removed selections, once undo is no longer offered."""
        return self.delete_refs(self.removed_refs())

    def _ref(self, certificate_id: int) -> str | None:
        for member in self.session.members:
            for selection in member.certificates:
                if selection.id == certificate_id:
                    return selection.secret_ref
        return None

    @staticmethod
    def _delete_quietly(secrets: SecretStore, ref: str) -> None:
        try:
            secrets.delete(ref)
        except SecretsUnavailableError as exc:
            log.warning("An unreferenced keyring entry could not be deleted: %s", exc.detail)


_NUMBERS: WeakKeyDictionary[HouseholdSession, IssuerNumbers] = WeakKeyDictionary()


def numbers_for(session: HouseholdSession) -> IssuerNumbers:
    """The session's :class:`IssuerNumbers` (one per session, created on first use)."""
    numbers = _NUMBERS.get(session)
    if numbers is None:
        numbers = _NUMBERS[session] = IssuerNumbers(session)
    return numbers
