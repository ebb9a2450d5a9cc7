"""The card-reader panel (a dock): readers, card, certificate validity, tries left, and rehearsals.

The panel renders from a plain :class:`~app.card.diagnosis.CardSnapshot` (``show_snapshot(snapshot)``), so
screenshots of any state come from real diagnoses of the virtual card. Card work runs on the card
worker thread and is awaited with qasync; password dialogs are opened with ``open()`` and awaited,
never ``exec()``-ed inside a coroutine.

Signals for the main window (which binds cards to household profiles; the panel touches no store):

* ``card_identified(sha256)`` — a readable card was found (once per card insertion).
* ``card_authenticated(sha256, display_name_hint)`` — 本人確認 succeeded; the hint is the name read by
  基本4情報の読み取り in this session for the same card, else "".
* ``name_copy_requested(name)`` — the user asked to copy the card's name into their profile.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.card.diagnosis import EXPIRY_WARNING_DAYS, CardSnapshot, Problem
from app.card.errors import CardError, ConfirmationRequired, PinBlocked, WrongPin
from app.card.jpki import CardKind, PinStatus
from app.card.monitor import CardMonitor
from app.card.pins import Pin, PinKind
from app.card.worker import CardService
from app.domain.lock_recovery import recovery_short
from app.i18n.card import message_for_code, message_for_error, message_for_problem, pin_label
from app.ui.card_reader.pin_dialog import PinDialog, std_icon
from app.ui.widgets.plain import PlainLabel

logger = logging.getLogger(__name__)

T = TypeVar("T")
# One password operation of the card service: (reader, password, confirmations) -> its result.
CardOperation = Callable[[str, Pin, int], Awaitable[T]]


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """An operation that ran, with its result (``None`` is a result too: a verify returns it)."""

    result: T


def _ui_lang() -> str:
    """The language the window shows (the lock-reset advice comes from the domain in that language)."""
    from app import i18n

    return i18n.current_language() or "ja"


class CardPanel(QDockWidget):
    card_identified = Signal(str)
    card_authenticated = Signal(str, str)
    name_copy_requested = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, service: CardService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPanel")
        self.setWindowTitle(self.tr("カードリーダー"))
        self.service = service or CardService()
        self.service.warm_up()
        self.snapshot: CardSnapshot | None = None
        self.busy = False
        self.active_dialog: PinDialog | None = None
        self._identified: str | None = None
        self._name_hints: dict[str, str] = {}
        self._refresh_pending = False
        self._tasks: set[asyncio.Task[object]] = set()
        self._shut_down = False

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.readers_label = PlainLabel(body)
        self.readers_label.setObjectName("readersLabel")
        self.readers_label.setWordWrap(True)
        self.kind_label = PlainLabel(body)
        self.kind_label.setObjectName("kindLabel")
        self.cert_icon = PlainLabel(body)
        self.cert_label = PlainLabel(body)
        self.cert_label.setObjectName("certLabel")
        self.cert_label.setWordWrap(True)
        layout.addWidget(self.readers_label)
        layout.addWidget(self.kind_label)
        layout.addLayout(self._row(self.cert_icon, self.cert_label))

        # A titled frame, not a QGroupBox: wrapped labels in a group box get one line's height.
        pins_title = PlainLabel(self.tr("パスワードの残り回数"), body)
        pins_title.setObjectName("pinsTitle")
        layout.addWidget(pins_title)
        self.pins_title = pins_title
        pins_box = QFrame(body)
        self.pins_box = pins_box
        pins_box.setObjectName("pinsBox")
        pins_box.setFrameShape(QFrame.Shape.StyledPanel)
        pins_box.setAccessibleName(self.tr("パスワードの残り回数"))
        pins_layout = QVBoxLayout(pins_box)
        self.pin_icons: dict[PinKind, QLabel] = {}
        self.pin_labels: dict[PinKind, QLabel] = {}
        for kind in PinKind:
            icon, label = PlainLabel(pins_box), PlainLabel(pins_box)
            label.setObjectName(f"pinLabel_{kind.value}")
            label.setWordWrap(True)
            self.pin_icons[kind], self.pin_labels[kind] = icon, label
            pins_layout.addLayout(self._row(icon, label))
        layout.addWidget(pins_box)

        self.auth_button = QPushButton(self.tr("本人確認（利用者証明用）"), body)
        self.sign_button = QPushButton(self.tr("署名用パスワードの確認"), body)
        self.text_button = QPushButton(self.tr("券面事項入力補助用パスワードの確認"), body)
        self.basic_button = QPushButton(self.tr("基本4情報の読み取り"), body)
        self.refresh_button = QPushButton(self.tr("再診断"), body)
        for name, button in (
            ("authButton", self.auth_button),
            ("signButton", self.sign_button),
            ("textButton", self.text_button),
            ("basicButton", self.basic_button),
            ("refreshButton", self.refresh_button),
        ):
            button.setObjectName(name)
            layout.addWidget(button)
        self.auth_button.clicked.connect(self.on_authenticate)
        self.sign_button.clicked.connect(self.on_check_sign)
        self.text_button.clicked.connect(self.on_check_text)
        self.basic_button.clicked.connect(self.on_read_basic)
        self.refresh_button.clicked.connect(self.on_refresh)

        self.progress = QProgressBar(body)
        self.progress.setObjectName("busyIndicator")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("カードを読み取り中"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message_label = PlainLabel(body)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(self.tr("カードについてのお知らせ"))
        layout.addWidget(self.message_label)

        self.basic_box = QGroupBox(self.tr("基本4情報（保存されません）"), body)
        form = QFormLayout(self.basic_box)
        self.basic_form = form
        self.name_value = PlainLabel(self.basic_box)
        self.address_value = PlainLabel(self.basic_box)
        self.address_value.setWordWrap(True)
        self.birth_value = PlainLabel(self.basic_box)
        self.sex_value = PlainLabel(self.basic_box)
        self.number_value = PlainLabel(self.basic_box)
        self.number_value.setObjectName("myNumberValue")
        form.addRow(self.tr("氏名"), self.name_value)
        form.addRow(self.tr("住所"), self.address_value)
        form.addRow(self.tr("生年月日"), self.birth_value)
        form.addRow(self.tr("性別"), self.sex_value)
        form.addRow(self.tr("個人番号"), self.number_value)
        self.copy_name_button = QPushButton(self.tr("氏名をプロフィールにコピー"), self.basic_box)
        self.copy_name_button.setObjectName("copyNameButton")
        self.copy_name_button.clicked.connect(self._copy_name)
        self.hide_basic_button = QPushButton(self.tr("隠す"), self.basic_box)
        self.hide_basic_button.clicked.connect(self.clear_basic_info)
        form.addRow(self.copy_name_button, self.hide_basic_button)
        self.basic_box.setVisible(False)
        layout.addWidget(self.basic_box)
        layout.addStretch(1)
        # A scroll area lets wrapped lines take the height they need (and survives 200 % text).
        scroll = QScrollArea(self)
        self.scroll_area = scroll
        scroll.setObjectName("cardPanelScroll")
        scroll.setAccessibleName(self.tr("カードリーダーの状態"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons; it scrolls to them
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.show_snapshot(None)

    def retranslate_ui(self) -> None:
        """Set the fixed texts in the current language (the language switches at run time)."""
        self.setWindowTitle(self.tr("カードリーダー"))
        self.toggleViewAction().setText(self.tr("カードリーダーパネル(&R)"))
        self.pins_title.setText(self.tr("パスワードの残り回数"))
        self.pins_box.setAccessibleName(self.tr("パスワードの残り回数"))
        self.auth_button.setText(self.tr("本人確認（利用者証明用）"))
        self.sign_button.setText(self.tr("署名用パスワードの確認"))
        self.text_button.setText(self.tr("券面事項入力補助用パスワードの確認"))
        self.basic_button.setText(self.tr("基本4情報の読み取り"))
        self.refresh_button.setText(self.tr("再診断"))
        self.progress.setAccessibleName(self.tr("カードを読み取り中"))
        self.message_label.setAccessibleName(self.tr("カードについてのお知らせ"))
        self.basic_box.setTitle(self.tr("基本4情報（保存されません）"))
        for field, text in (
            (self.name_value, self.tr("氏名")),
            (self.address_value, self.tr("住所")),
            (self.birth_value, self.tr("生年月日")),
            (self.sex_value, self.tr("性別")),
            (self.number_value, self.tr("個人番号")),
        ):
            label = self.basic_form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
        self.copy_name_button.setText(self.tr("氏名をプロフィールにコピー"))
        self.hide_basic_button.setText(self.tr("隠す"))
        self.scroll_area.setAccessibleName(self.tr("カードリーダーの状態"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_snapshot(self.snapshot)  # the state's sentences, in the new language
        super().changeEvent(event)

    @staticmethod
    def _row(icon: QLabel, label: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        icon.setFixedSize(20, 20)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label, 1)
        return row

    def _set_icon(self, target: QLabel, which: QStyle.StandardPixmap | None) -> None:
        if which is None:
            target.clear()
            target.setAccessibleName("")
        else:
            target.setPixmap(std_icon(self, which).pixmap(18, 18))
            names = {
                QStyle.StandardPixmap.SP_DialogApplyButton: self.tr("正常"),
                QStyle.StandardPixmap.SP_MessageBoxWarning: self.tr("注意"),
                QStyle.StandardPixmap.SP_MessageBoxCritical: self.tr("要対応"),
                QStyle.StandardPixmap.SP_MessageBoxQuestion: self.tr("不明"),
            }
            target.setAccessibleName(names.get(which, ""))
        target.setProperty("iconKind", None if which is None else int(which.value))

    # -- rendering ---------------------------------------------------------------------------------
    def show_snapshot(self, snapshot: CardSnapshot | None) -> None:
        """Show ``snapshot`` (None: not diagnosed yet). Pure presentation: sends nothing to the card."""
        self.snapshot = snapshot
        if snapshot is None:
            self.readers_label.setText(self.tr("カードリーダーを確認しています…"))
            self.kind_label.clear()
            self.cert_label.clear()
            self._set_icon(self.cert_icon, None)
            for kind in PinKind:
                self.pin_labels[kind].setText(f"{pin_label(kind)}: —")
                self._set_icon(self.pin_icons[kind], None)
            self.message_label.clear()
            self._update_buttons()
            return
        if not snapshot.service_ok:
            self.readers_label.setText(self.tr("PC/SC サービスが動いていません"))
        elif not snapshot.readers:
            self.readers_label.setText(self.tr("カードリーダーが接続されていません"))
        else:
            lines = [self.tr("カードリーダー:")]
            for reader in snapshot.readers:
                state = self.tr("カードあり") if reader.card_present else self.tr("カードなし")
                marker = "▣" if reader.card_present else "□"
                lines.append(f"{marker} {reader.name} — {state}")
            self.readers_label.setText("\n".join(lines))
        card = snapshot.card
        self.kind_label.setText(self._kind_text(card.kind) if card else self.tr("カード: なし"))
        self._render_certificate(snapshot)
        for kind in PinKind:
            self._render_pin(kind, card.pin(kind) if card else None)
        self.message_label.setText("\n".join(message_for_problem(p) for p in snapshot.problems))
        self._update_buttons()

    def _kind_text(self, kind: CardKind) -> str:
        return {
            CardKind.MY_NUMBER_CARD: self.tr("カード: マイナンバーカード"),
            CardKind.SMARTPHONE_JPKI: self.tr("カード: スマホ用電子証明書"),
            CardKind.NOT_MY_NUMBER_CARD: self.tr("カード: マイナンバーカードではありません"),
        }[kind]

    def _render_certificate(self, snapshot: CardSnapshot) -> None:
        cert = snapshot.card.certificate if snapshot.card else None
        if cert is None:
            self.cert_label.setText(self.tr("利用者証明用電子証明書: —"))
            self._set_icon(self.cert_icon, None)
            return
        days = cert.days_left(snapshot.taken_at)
        until = cert.not_after.date().isoformat()
        if cert.expired(snapshot.taken_at):
            text = self.tr("✕ 利用者証明用電子証明書: 期限切れ（%1）— 市区町村の窓口で更新してください")
            self.cert_label.setText(text.replace("%1", until))
            self._set_icon(self.cert_icon, QStyle.StandardPixmap.SP_MessageBoxCritical)
        elif days <= EXPIRY_WARNING_DAYS:
            text = (
                self.tr("⚠ 利用者証明用電子証明書: %1 まで（残り %2 日）— 早めに更新してください", "one day")
                if days == 1
                else self.tr("⚠ 利用者証明用電子証明書: %1 まで（残り %2 日）— 早めに更新してください")
            )
            self.cert_label.setText(text.replace("%1", until).replace("%2", str(days)))
            self._set_icon(self.cert_icon, QStyle.StandardPixmap.SP_MessageBoxWarning)
        else:
            text = self.tr("✓ 利用者証明用電子証明書: %1 まで有効（残り %2 日）")
            self.cert_label.setText(text.replace("%1", until).replace("%2", str(days)))
            self._set_icon(self.cert_icon, QStyle.StandardPixmap.SP_DialogApplyButton)

    def _render_pin(self, kind: PinKind, status: PinStatus | None) -> None:
        label, icon = self.pin_labels[kind], self.pin_icons[kind]
        if status is None or status.remaining is None:
            label.setText(self.tr("? %1: 不明").replace("%1", pin_label(kind)))
            self._set_icon(icon, QStyle.StandardPixmap.SP_MessageBoxQuestion if status else None)
        elif status.blocked:
            label.setText(
                self.tr("✕ %1: ロック中 — %2")
                .replace("%1", pin_label(kind))
                .replace("%2", recovery_short(kind.value, _ui_lang()))
            )
            self._set_icon(icon, QStyle.StandardPixmap.SP_MessageBoxCritical)
        elif status.remaining == 1:
            label.setText(
                self.tr("⚠ %1: 残り 1 / %2 回（次に間違えるとロック）")
                .replace("%1", pin_label(kind))
                .replace("%2", str(status.max))
            )
            self._set_icon(icon, QStyle.StandardPixmap.SP_MessageBoxWarning)
        else:
            label.setText(
                self.tr("✓ %1: 残り %2 / %3 回")
                .replace("%1", pin_label(kind))
                .replace("%2", str(status.remaining))
                .replace("%3", str(status.max))
            )
            self._set_icon(icon, QStyle.StandardPixmap.SP_DialogApplyButton)

    def _update_buttons(self) -> None:
        card = self.snapshot.card if self.snapshot else None
        jpki = card is not None and card.kind is not CardKind.NOT_MY_NUMBER_CARD
        text_ap = card is not None and card.kind is CardKind.MY_NUMBER_CARD

        def usable(kind: PinKind) -> bool:
            return card is not None and not card.pin(kind).blocked

        idle = not self.busy
        self.auth_button.setEnabled(idle and jpki and usable(PinKind.AUTH))
        self.sign_button.setEnabled(idle and jpki and usable(PinKind.SIGN))
        self.text_button.setEnabled(idle and text_ap and usable(PinKind.TEXT))
        self.basic_button.setEnabled(idle and text_ap and usable(PinKind.TEXT))
        self.refresh_button.setEnabled(idle)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self._update_buttons()
        self.busy_changed.emit(busy)
        if not busy and self._refresh_pending:
            # a reader or card changed while we were busy: diagnose again
            self._refresh_pending = False
            self.spawn(self.refresh())

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)

    # -- hot-plug ---------------------------------------------------------------------------------
    def attach_monitor(self, monitor: CardMonitor) -> None:
        """Re-diagnose whenever a reader or card comes or goes."""
        monitor.card_inserted.connect(self._on_card_inserted)
        monitor.card_removed.connect(self._on_hotplug)
        monitor.reader_added.connect(self._on_hotplug)
        monitor.reader_removed.connect(self._on_hotplug)
        monitor.service_changed.connect(self._on_hotplug)

    def _on_card_inserted(self, reader: str, atr: str) -> None:
        self._identified = None
        if not self._shut_down:
            self.spawn(self.refresh())

    def _on_hotplug(self, *_args: object) -> None:
        self.clear_basic_info()
        if not self._shut_down:  # a reader event queued just before the quit
            self.spawn(self.refresh())

    def spawn(self, coroutine: Coroutine[Any, Any, object]) -> asyncio.Task[object]:
        """Run ``coroutine`` on the (qasync) event loop; errors are logged, never lost."""
        task: asyncio.Task[object] = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[object]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("card panel task failed", exc_info=task.exception())

    # -- operations (coroutines; the buttons call them through thin async slots) -------------------
    async def refresh(self) -> CardSnapshot | None:
        """Diagnose (costs no try) and render. Coalesces requests made while busy."""
        if self.busy:
            self._refresh_pending = True
            return self.snapshot
        self._set_busy(True)
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
            self._set_busy(False)
        card = snapshot.card
        sha = card.certificate.sha256 if card and card.certificate else None
        if sha is not None and sha != self._identified:
            self._identified = sha
            self.card_identified.emit(sha)
        if sha is None:
            self._identified = None
        return snapshot

    async def ask_pin(self, kind: PinKind, remaining: int | None) -> tuple[Pin, int] | None:
        """Open the password dialog (non-blocking ``open()``) and await the user's answer."""
        dialog = PinDialog(kind, remaining, self)
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
            self.show_message(self.tr("キャンセルしました。何も送信していません。"))
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
            self.show_message(message_for_error(exc))
            return None
        finally:
            pin.wipe()
            self._set_busy(False)

    async def authenticate(self) -> bool:
        done = await self._run_card(PinKind.AUTH, self.service.authenticate)
        if done is None:
            await self._refresh_counters_keeping_message()
            return False
        sha = done.result.certificate.sha256
        self.show_message(self.tr("本人確認に成功しました。カードの署名を電子証明書で検証しました。"))
        await self._refresh_counters_keeping_message()
        self.card_authenticated.emit(sha, self._name_hints.get(sha, ""))
        return True

    async def check_pin(self, kind: PinKind) -> bool:
        done = await self._run_card(kind, self.service.verify)
        if done is None:
            await self._refresh_counters_keeping_message()
            return False
        self.show_message(self.tr("%1は正しく入力できました。").replace("%1", pin_label(kind)))
        await self._refresh_counters_keeping_message()
        return True

    async def read_basic_info(self) -> bool:
        done = await self._run_card(PinKind.TEXT, self.service.read_text)
        if done is None:
            await self._refresh_counters_keeping_message()
            return False
        result = done.result
        basic = result.basic
        self.name_value.setText(basic.name)
        self.address_value.setText(basic.address)
        self.birth_value.setText(basic.birth_date)
        sex = {"male": self.tr("男性"), "female": self.tr("女性"), "not_applicable": self.tr("適用不能")}
        self.sex_value.setText(sex.get(basic.sex_code, self.tr("不明")))
        self.number_value.setText(result.my_number.masked())
        self.basic_box.setVisible(True)
        card = self.snapshot.card if self.snapshot else None
        if card is not None and card.certificate is not None:
            self._name_hints[card.certificate.sha256] = basic.name
        self.show_message(self.tr("基本4情報を読み取りました。この情報は保存されません。"))
        await self._refresh_counters_keeping_message()
        return True

    async def _refresh_counters_keeping_message(self) -> None:
        message = self.message_label.text()
        await self.refresh()
        if message:
            self.show_message(message)

    def clear_basic_info(self) -> None:
        for label in (
            self.name_value,
            self.address_value,
            self.birth_value,
            self.sex_value,
            self.number_value,
        ):
            label.clear()
        self.basic_box.setVisible(False)

    def _copy_name(self) -> None:
        name = self.name_value.text()
        if name:
            self.name_copy_requested.emit(name)

    def shutdown(self) -> None:
        """Stop the card worker (connect to ``QApplication.aboutToQuit``)."""
        self._shut_down = True
        self.service.close()

    # -- thin slots: each starts one coroutine on the event loop ------------------------------------
    def on_refresh(self) -> None:
        self.spawn(self.refresh())

    def on_authenticate(self) -> None:
        self.spawn(self.authenticate())

    def on_check_sign(self) -> None:
        self.spawn(self.check_pin(PinKind.SIGN))

    def on_check_text(self) -> None:
        self.spawn(self.check_pin(PinKind.TEXT))

    def on_read_basic(self) -> None:
        self.spawn(self.read_basic_info())
