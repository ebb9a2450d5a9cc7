"""The card panel's card work, as coroutines on the (qasync) event loop.

Diagnosing costs no try and may run any time; every password operation starts from a button the
user pressed, refuses a locked password, asks in the :class:`PinDialog` (which demands two
confirmations before the last try) and wipes the password afterwards. Password dialogs are opened
with ``open()`` and awaited, never ``exec()``-ed inside a coroutine. Nothing here logs a password.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from app.card.diagnosis import CardSnapshot, Problem
from app.card.errors import CardError, ConfirmationRequired, PinBlocked, WrongPin
from app.card.jpki import CardKind
from app.card.pins import Pin, PinKind
from app.card.worker import CardService, TextApResult
from app.i18n import translate
from app.i18n.card import message_for_code, message_for_error, pin_label
from app.ui.card_reader.pin_dialog import PinDialog

logger = logging.getLogger(__name__)

T = TypeVar("T")
# One password operation of the card service: (reader, password, confirmations) -> its result.
CardOperation = Callable[[str, Pin, int], Awaitable[T]]


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """An operation that ran, with its result (``None`` is a result too: a verify returns it)."""

    result: T


class CardFlows:
    """The coroutines of the card panel. The panel supplies the hooks at the bottom."""

    service: CardService
    snapshot: CardSnapshot | None
    busy: bool
    active_dialog: PinDialog | None
    _refresh_pending: bool
    _identified: str | None
    _name_hints: dict[str, str]
    _tasks: set[asyncio.Task[object]]

    def spawn(self, coroutine: Coroutine[Any, Any, object]) -> asyncio.Task[object]:
        """Run ``coroutine`` on the event loop; errors are logged, never lost."""
        task: asyncio.Task[object] = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[object]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("card panel task failed", exc_info=task.exception())

    async def refresh(self) -> CardSnapshot | None:
        """Diagnose (costs no try) and render. Coalesces requests made while busy."""
        if self.busy:
            self._refresh_pending = True
            return self.snapshot
        self.set_busy(True)
        try:
            while True:
                self._refresh_pending = False
                try:
                    snapshot = await self.service.diagnose()
                except CardError as exc:  # e.g. a card that never answers: keep the readers we knew
                    readers = self.snapshot.readers if self.snapshot else ()
                    snapshot = CardSnapshot(
                        service_ok=True, readers=readers, problems=(Problem(exc.code),), failed=True
                    )
                self.show_snapshot(snapshot)
                if not self._refresh_pending:
                    break
        finally:
            self.set_busy(False)
        card = snapshot.card
        sha = card.certificate.sha256 if card and card.certificate else None
        if sha is not None and sha != self._identified:
            self._identified = sha
            self.identified(sha)
        if sha is None:
            self._identified = None
        return snapshot

    async def ask_pin(self, kind: PinKind, remaining: int | None) -> tuple[Pin, int] | None:
        """Open the password dialog (non-blocking ``open()``) and await the user's answer."""
        dialog = PinDialog(kind, remaining, self.dialog_parent())
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not future.done():
                future.set_result(result)

        dialog.finished.connect(finished)
        self.active_dialog = dialog
        dialog.open()
        try:
            result = await future
            if result != QDialog.DialogCode.Accepted.value:
                return None
            confirmations = dialog.confirmations
            return dialog.take_pin(), confirmations
        finally:
            self.active_dialog = None
            dialog.deleteLater()

    async def _prepare(self, kind: PinKind) -> tuple[str, Pin, int] | None:
        """Fresh counters (free), refuse a blocked password, then ask."""
        snapshot = await self.refresh()
        card = snapshot.card if snapshot else None
        if card is None or card.kind is CardKind.NOT_MY_NUMBER_CARD:
            return None
        status = card.pin(kind)
        if status.blocked:
            self.show_message(message_for_code("pin_blocked", pin=kind))
            return None
        answer = await self.ask_pin(kind, status.remaining)
        if answer is None:
            self.show_message(translate("CardPanel", "キャンセルしました。何も送信していません。"))
            return None
        pin, confirmations = answer
        return card.reader, pin, confirmations

    async def _run_card(self, kind: PinKind, operation: CardOperation[T]) -> Done[T] | None:
        """Ask for the ``kind`` password and run ``operation`` with it; None when nothing was done
        (cancelled, blocked, or the card refused: the reason is shown)."""
        prepared = await self._prepare(kind)
        if prepared is None:
            return None
        reader, pin, confirmations = prepared
        self.set_busy(True)
        try:
            return Done(await operation(reader, pin, confirmations))
        except (WrongPin, PinBlocked, ConfirmationRequired, CardError) as exc:
            self.show_message(message_for_error(exc))
            return None
        finally:
            pin.wipe()
            self.set_busy(False)

    async def authenticate(self) -> bool:
        done = await self._run_card(PinKind.AUTH, self.service.authenticate)
        if done is None:
            await self._refresh_keeping_message()
            return False
        sha = done.result.certificate.sha256
        self.show_message(
            translate("CardPanel", "本人確認に成功しました。カードの署名を電子証明書で検証しました。")
        )
        await self._refresh_keeping_message()
        self.authenticated(sha, self._name_hints.get(sha, ""))
        return True

    async def check_pin(self, kind: PinKind) -> bool:
        done = await self._run_card(kind, self.service.verify)
        if done is None:
            await self._refresh_keeping_message()
            return False
        self.show_message(translate("CardPanel", "%1は正しく入力できました。").replace("%1", pin_label(kind)))
        await self._refresh_keeping_message()
        return True

    async def read_basic_info(self) -> bool:
        done = await self._run_card(PinKind.TEXT, self.service.read_text)
        if done is None:
            await self._refresh_keeping_message()
            return False
        card = self.snapshot.card if self.snapshot else None
        if card is not None and card.certificate is not None:
            self._name_hints[card.certificate.sha256] = done.result.basic.name
        self.show_basic(done.result)
        self.show_message(translate("CardPanel", "基本4情報を読み取りました。この情報は保存されません。"))
        await self._refresh_keeping_message()
        return True

    async def _refresh_keeping_message(self) -> None:
        message = self.message_text()
        await self.refresh()
        if message:
            self.show_message(message)

    # -- hooks the panel implements ------------------------------------------------------------
    def show_snapshot(self, snapshot: CardSnapshot | None) -> None:
        raise NotImplementedError

    def show_message(self, text: str) -> None:
        raise NotImplementedError

    def message_text(self) -> str:
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        raise NotImplementedError

    def show_basic(self, result: TextApResult) -> None:
        raise NotImplementedError

    def identified(self, sha256: str) -> None:
        raise NotImplementedError

    def authenticated(self, sha256: str, name_hint: str) -> None:
        raise NotImplementedError

    def dialog_parent(self) -> QWidget:
        raise NotImplementedError
