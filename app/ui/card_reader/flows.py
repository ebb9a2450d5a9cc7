"""The card panel's card work, as coroutines on the (qasync) event loop.

:class:`CardFlows` is owned by the panel and reaches it only through :class:`CardPanelPort`: what
is shown (the snapshot, the message, the busy state, the basic four items), the two card events,
and the parent for the password dialog. It keeps the work's own state (busy, the pending refresh,
the card last identified, the names read this session, the running tasks, the open dialog).

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
from typing import Any, Generic, Protocol, TypeVar

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


class CardPanelPort(Protocol):
    """What the card work needs of the panel that shows it."""

    @property
    def snapshot(self) -> CardSnapshot | None:
        """The diagnosis shown now (None: none yet)."""
        ...

    def show_snapshot(self, snapshot: CardSnapshot | None) -> None: ...

    def show_message(self, text: str) -> None: ...

    def message_text(self) -> str: ...

    def show_busy(self, busy: bool) -> None:
        """The card is being worked with (``True``) or the work ended: buttons, the moving bar."""
        ...

    def show_basic(self, result: TextApResult) -> None: ...

    def identified(self, sha256: str) -> None:
        """A readable card was found (once per insertion)."""
        ...

    def authenticated(self, sha256: str, name_hint: str) -> None:
        """本人確認 succeeded; ``name_hint`` is the name read from the same card this session, else ""."""
        ...

    def dialog_parent(self) -> QWidget: ...


class CardFlows:
    """The coroutines of the card panel, shown through ``panel``."""

    def __init__(self, service: CardService, panel: CardPanelPort) -> None:
        self.service = service
        self.panel = panel
        self.busy = False
        self.active_dialog: PinDialog | None = None
        self._refresh_pending = False
        self._identified: str | None = None  # the card last reported as identified
        self._name_hints: dict[str, str] = {}  # certificate SHA-256 -> name read this session
        self._tasks: set[asyncio.Task[object]] = set()

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

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.panel.show_busy(busy)
        if not busy and self._refresh_pending:
            # a reader or card changed while we were busy: diagnose again
            self._refresh_pending = False
            self.spawn(self.refresh())

    def card_inserted(self) -> None:
        """A card came: the next readable one is reported as identified, even the same card again."""
        self._identified = None

    def card_removed(self) -> None:
        """A password dialog for a card that is gone asks for nothing any more: it closes."""
        if self.active_dialog is not None and self.active_dialog.isVisible():
            self.active_dialog.reject()
            self.panel.show_message(
                translate("CardPanel", "カードが抜かれたため、パスワードの入力を取り消しました。")
            )

    async def refresh(self) -> CardSnapshot | None:
        """Diagnose (costs no try) and render. Coalesces requests made while busy."""
        if self.busy:
            self._refresh_pending = True
            return self.panel.snapshot
        self._set_busy(True)
        try:
            while True:
                self._refresh_pending = False
                try:
                    snapshot = await self.service.diagnose()
                except CardError as exc:  # e.g. a card that never answers: keep the readers we knew
                    shown = self.panel.snapshot
                    readers = shown.readers if shown else ()
                    snapshot = CardSnapshot(
                        service_ok=True, readers=readers, problems=(Problem(exc.code),), failed=True
                    )
                self.panel.show_snapshot(snapshot)
                if not self._refresh_pending:
                    break
        finally:
            self._set_busy(False)
        card = snapshot.card
        sha = card.certificate.sha256 if card and card.certificate else None
        if sha is not None and sha != self._identified:
            self._identified = sha
            self.panel.identified(sha)
        if sha is None:
            self._identified = None
        return snapshot

    async def ask_pin(self, kind: PinKind, remaining: int | None) -> tuple[Pin, int] | None:
        """Open the password dialog (non-blocking ``open()``) and await the user's answer."""
        dialog = PinDialog(kind, remaining, self.panel.dialog_parent())
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
            self.panel.show_message(message_for_code("pin_blocked", pin=kind))
            return None
        answer = await self.ask_pin(kind, status.remaining)
        if answer is None:
            self.panel.show_message(translate("CardPanel", "キャンセルしました。何も送信していません。"))
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
        self._set_busy(True)
        try:
            return Done(await operation(reader, pin, confirmations))
        except (WrongPin, PinBlocked, ConfirmationRequired, CardError) as exc:
            self.panel.show_message(message_for_error(exc))
            return None
        finally:
            pin.wipe()
            self._set_busy(False)

    async def authenticate(self) -> bool:
        done = await self._run_card(PinKind.AUTH, self.service.authenticate)
        if done is None:
            await self._refresh_keeping_message()
            return False
        sha = done.result.certificate.sha256
        self.panel.show_message(
            translate("CardPanel", "本人確認に成功しました。カードの署名を電子証明書で検証しました。")
        )
        await self._refresh_keeping_message()
        self.panel.authenticated(sha, self._name_hints.get(sha, ""))
        return True

    async def check_pin(self, kind: PinKind) -> bool:
        done = await self._run_card(kind, self.service.verify)
        if done is None:
            await self._refresh_keeping_message()
            return False
        self.panel.show_message(
            translate("CardPanel", "%1は正しく入力できました。").replace("%1", pin_label(kind))
        )
        await self._refresh_keeping_message()
        return True

    async def read_basic_info(self) -> bool:
        done = await self._run_card(PinKind.TEXT, self.service.read_text)
        if done is None:
            await self._refresh_keeping_message()
            return False
        shown = self.panel.snapshot
        card = shown.card if shown else None
        if card is not None and card.certificate is not None:
            self._name_hints[card.certificate.sha256] = done.result.basic.name
        self.panel.show_basic(done.result)
        self.panel.show_message(
            translate("CardPanel", "基本4情報を読み取りました。この情報は保存されません。")
        )
        await self._refresh_keeping_message()
        return True

    async def _refresh_keeping_message(self) -> None:
        message = self.panel.message_text()
        await self.refresh()
        if message:
            self.panel.show_message(message)
