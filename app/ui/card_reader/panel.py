"""The card-reader panel: the reader and card state (:mod:`.view`), the rehearsals, and the card work
(:class:`~.flows.CardFlows`, which it owns and which sees it only as a :class:`~.flows.CardPanelPort`).
It lives inside the page being read (:mod:`.placement`) and touches no store.

Signals for the window (which binds cards to household members):

* ``card_identified(sha256)`` — a readable card was found (once per card insertion).
* ``card_authenticated(sha256, display_name_hint)`` — 本人確認 succeeded; the hint is the name read by
  基本4情報の読み取り in this session for the same card, else "".
* ``name_copy_requested(name)`` — the user asked to copy the card's name into their profile.
* ``snapshot_changed()`` — a new diagnosis is shown (the header chip follows it).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.card.diagnosis import CardSnapshot
from app.card.jpki import CardKind
from app.card.pins import PinKind
from app.card.worker import CardService, TextApResult
from app.i18n import translate
from app.ui.card_reader.flows import CardFlows
from app.ui.card_reader.monitor import CardMonitor
from app.ui.card_reader.states import CardState
from app.ui.card_reader.view import CardStatusView
from app.ui.seasons.card_expiry_note import CardExpiryNote, load_calendar
from app.ui.widgets.plain import PlainLabel


class CardPanel(QWidget):
    card_identified = Signal(str)
    card_authenticated = Signal(str, str)
    name_copy_requested = Signal(str)
    busy_changed = Signal(bool)
    snapshot_changed = Signal()

    def __init__(self, service: CardService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPanel")
        self.service = service or CardService()
        self.service.warm_up()
        self.snapshot: CardSnapshot | None = None
        self.flows = CardFlows(self.service, self)  # the card work; it shows itself through this panel
        self._shut_down = False

        body = QWidget(self)
        layout = QVBoxLayout(body)
        # Whose card this is, once known (bound or just registered): said here, where the person looks.
        self.owner_label = PlainLabel(body)
        self.owner_label.setObjectName("cardOwner")
        self.owner_label.setWordWrap(True)
        self.owner_label.hide()
        layout.addWidget(self.owner_label)
        self.view = CardStatusView(body)
        layout.addWidget(self.view)
        # The certificates against the season's filing period (issue 24: app/ui/seasons/card_expiry_note.py).
        self.expiry_note = CardExpiryNote(body)
        self.service.worker.submit(partial(load_calendar, self.expiry_note.today()))
        layout.addWidget(self.expiry_note)

        self.auth_button = QPushButton(body)
        self.sign_button = QPushButton(body)
        self.text_button = QPushButton(body)
        self.basic_button = QPushButton(body)
        self.refresh_button = QPushButton(body)
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
        self.progress.setVisible(False)
        self.working_label = PlainLabel(body)  # "working" in words beside the moving bar
        self.working_label.setObjectName("cardWorking")
        self.working_label.setVisible(False)
        layout.addWidget(self.working_label)
        layout.addWidget(self.progress)
        self.view.copy_name_button.clicked.connect(self._copy_name)
        self.view.hide_basic_button.clicked.connect(self.clear_basic_info)

        # In the page's flow: the page scrolls, the panel takes the height its wrapped lines need.
        layout.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        self.retranslate_ui()
        self.show_snapshot(None)

    def retranslate_ui(self) -> None:
        """Set the fixed texts in the current language (the language switches at run time)."""
        self.auth_button.setText(translate("CardPanel", "本人確認（利用者証明用）"))
        self.sign_button.setText(translate("CardPanel", "署名用パスワードの確認"))
        self.text_button.setText(translate("CardPanel", "券面事項入力補助用パスワードの確認"))
        self.basic_button.setText(translate("CardPanel", "基本4情報の読み取り"))
        self.refresh_button.setText(translate("CardPanel", "再診断"))
        self.progress.setAccessibleName(translate("CardPanel", "カードを読み取り中"))
        self.working_label.setText(
            translate("CardPanel", "カードを読み取っています。カードを抜かずにお待ちください…")
        )
        self.setAccessibleName(translate("CardPanel", "カードリーダーの状態"))
        self.view.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_snapshot(self.snapshot)  # the state's sentences, in the new language
        super().changeEvent(event)

    # -- rendering (the CardPanelPort the flows see) ------------------------------------------------
    def show_snapshot(self, snapshot: CardSnapshot | None) -> None:
        """Show ``snapshot`` (None: not diagnosed yet). Pure presentation: sends nothing to the card."""
        self.snapshot = snapshot
        self.view.show_snapshot(snapshot)
        self.expiry_note.show_snapshot(snapshot)
        self._update_buttons()
        self.snapshot_changed.emit()

    @property
    def state(self) -> CardState:
        return self.view.state

    def show_owner(self, text: str) -> None:
        """Whose card is in the reader (empty: not known, nothing shown)."""
        self.owner_label.setText(text)
        self.owner_label.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        self.view.message_label.setText(text)

    def message_text(self) -> str:
        return self.view.message_label.text()

    def show_busy(self, busy: bool) -> None:
        focused = self.focusWidget()
        self.progress.setVisible(busy)
        self.working_label.setVisible(busy)
        self._update_buttons()
        if not busy and isinstance(focused, QPushButton) and focused.isVisible() and focused.isEnabled():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the person pressed, not elsewhere
        self.busy_changed.emit(busy)

    def identified(self, sha256: str) -> None:
        self.card_identified.emit(sha256)

    def authenticated(self, sha256: str, name_hint: str) -> None:
        self.card_authenticated.emit(sha256, name_hint)

    def dialog_parent(self) -> QWidget:
        return self

    def show_basic(self, result: TextApResult) -> None:
        view, basic = self.view, result.basic
        view.name_value.setText(basic.name)
        view.address_value.setText(basic.address)
        view.birth_value.setText(basic.birth_date)
        sex = {
            "male": translate("CardPanel", "男性"),
            "female": translate("CardPanel", "女性"),
            "not_applicable": translate("CardPanel", "適用不能"),
        }
        view.sex_value.setText(sex.get(basic.sex_code, translate("CardPanel", "不明")))
        view.number_value.setText(result.my_number.masked())
        view.basic_box.setVisible(True)

    def _update_buttons(self) -> None:
        """Rehearsals only for a readable card (hidden, not greyed, without one)."""
        card = self.snapshot.card if self.snapshot and self.state is CardState.CARD else None
        jpki = card is not None and card.kind is not CardKind.NOT_MY_NUMBER_CARD
        text_ap = card is not None and card.kind is CardKind.MY_NUMBER_CARD

        def usable(kind: PinKind) -> bool:
            return card is not None and not card.pin(kind).blocked

        idle = not self.flows.busy
        for button, shown, kind in (
            (self.auth_button, jpki, PinKind.AUTH),
            (self.sign_button, jpki, PinKind.SIGN),
            (self.text_button, text_ap, PinKind.TEXT),
            (self.basic_button, text_ap, PinKind.TEXT),
        ):
            button.setVisible(shown)
            button.setEnabled(idle and shown and usable(kind))
        self.refresh_button.setEnabled(idle)

    # -- hot-plug ---------------------------------------------------------------------------------
    def attach_monitor(self, monitor: CardMonitor) -> None:
        """Re-diagnose whenever a reader or card comes or goes."""
        monitor.card_inserted.connect(self._on_card_inserted)
        monitor.card_removed.connect(self._on_card_removed)
        monitor.reader_added.connect(self._on_hotplug)
        monitor.reader_removed.connect(self._on_hotplug)
        monitor.service_changed.connect(self._on_hotplug)

    def _on_card_inserted(self, reader: str, atr: str) -> None:
        self.flows.card_inserted()
        if not self._shut_down:
            self.flows.spawn(self.flows.refresh())

    def _on_card_removed(self, *args: object) -> None:
        self.flows.card_removed()
        self._on_hotplug(*args)

    def _on_hotplug(self, *_args: object) -> None:
        self.clear_basic_info()
        self.show_owner("")  # a card taken out, another reader: the owner is no longer known
        if not self._shut_down:  # a reader event queued just before the quit
            self.flows.spawn(self.flows.refresh())

    def clear_basic_info(self) -> None:
        for label in self.view.basic_fields():
            label.clear()
        self.view.basic_box.setVisible(False)

    def _copy_name(self) -> None:
        name = self.view.name_value.text()
        if name:
            self.name_copy_requested.emit(name)

    def shutdown(self) -> None:
        """Stop the card worker (connect to ``QApplication.aboutToQuit``)."""
        self._shut_down = True
        self.service.close()

    # -- thin slots: each starts one coroutine on the event loop ------------------------------------
    def on_refresh(self) -> None:
        self.flows.spawn(self.flows.refresh())

    def on_authenticate(self) -> None:
        self.flows.spawn(self.flows.authenticate())

    def on_check_sign(self) -> None:
        self.flows.spawn(self.flows.check_pin(PinKind.SIGN))

    def on_check_text(self) -> None:
        self.flows.spawn(self.flows.check_pin(PinKind.TEXT))

    def on_read_basic(self) -> None:
        self.flows.spawn(self.flows.read_basic_info())
