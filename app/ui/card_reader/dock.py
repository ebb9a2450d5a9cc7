"""The card reader in the main window (the header's chip, the section in the page being read), and
binding a card to a household member.

Created after the first paint: it imports the card layer (pyscard, cryptography). Binding uses
only the SHA-256 of the card's authentication certificate; no personal data leaves the card panel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.plan import Badge
from app.domain.steps import StepId
from app.ui.widgets.message_box import Button, Icon, message_box

if TYPE_CHECKING:
    from app.card.diagnosis import CardSnapshot
    from app.card.monitor import CardMonitor
    from app.session import HouseholdSession
    from app.ui.card_reader.chip import CardChip
    from app.ui.card_reader.panel import CardPanel
    from app.ui.card_reader.placement import CardPlacement, PageFlow


class CardHost(Protocol):
    """What the card reader needs of the window it lives in (the main window is one)."""

    settings: QSettings

    @property
    def page_changed(self) -> SignalInstance: ...

    def current_page_flow(self) -> tuple[StepId, PageFlow] | None: ...

    def badge(self, step: StepId) -> Badge | None: ...

    def say(self, text: str, milliseconds: int = 6000) -> None: ...


log = logging.getLogger(__name__)


class CardBinding(QObject):
    """Connects the panel's card events with the household's members."""

    def __init__(
        self, say: Callable[[str, int], None], panel: CardPanel, session: HouseholdSession | None
    ) -> None:
        super().__init__(panel)
        self.say = say  # the status bar and the place the person is looking (the panel's owner line)
        self.panel = panel
        self.session = session
        self.offer_box: QMessageBox | None = None
        panel.card_identified.connect(self.on_card_identified)
        panel.card_authenticated.connect(self.on_card_authenticated)
        panel.name_copy_requested.connect(self.on_name_copy_requested)

    def on_card_identified(self, sha256: str) -> None:
        """A card was inserted: a bound card switches to its member."""
        session = self.session
        if session is None:
            return
        profile = session.profile_for_card(sha256)
        if profile is None:
            self.panel.show_owner("")
            self.say(
                QCoreApplication.translate(
                    "CardDock", "本人確認に成功すると、このカードを家族のメンバーに結び付けられます。"
                ),
                8000,
            )
            return
        if profile.id != session.profile_id:
            session.set_current_profile(profile.id)
        owner = QCoreApplication.translate("CardDock", "「%1」さんのカードです。").replace(
            "%1", profile.display_name
        )
        self.panel.show_owner(owner)
        self.say(owner, 8000)

    def on_card_authenticated(self, sha256: str, name_hint: str) -> None:
        """After a real authentication, offer to bind an unknown card to the current member."""
        session = self.session
        if session is None or session.profile is None or session.read_only:
            return
        if session.profile_for_card(sha256) is not None:
            return
        current = session.profile
        box = message_box(
            self.panel.window(),
            Icon.Question,
            QCoreApplication.translate("CardDock", "カードの結び付け"),
            QCoreApplication.translate(
                "CardDock",
                "このカードを「%1」さんのカードとして登録しますか？\n"
                "次からカードを差し込むと、自動で「%1」さんの画面に切り替わります。"
                "保存するのはカードの電子証明書の指紋（SHA-256）だけで、マイナンバーや氏名は保存しません。",
            ).replace("%1", current.display_name),
            name="bindCardBox",
            buttons=Button.Yes | Button.No,
        )
        profile_id = current.id

        def answered(_result: int) -> None:
            yes = box.standardButton(box.clickedButton()) == Button.Yes
            if yes and self.session is not None and self.session.bind_card(profile_id, sha256) is None:
                owner = QCoreApplication.translate("CardDock", "「%1」さんのカードとして登録しました。")
                self.panel.show_owner(owner.replace("%1", self.session.profile_name(profile_id)))
                self.say(QCoreApplication.translate("CardDock", "カードを登録しました。"), 6000)

        box.finished.connect(answered)
        self.offer_box = box
        box.open()

    def on_name_copy_requested(self, name: str) -> None:
        """The user chose to copy the name read from the card into the current member's profile."""
        session = self.session
        if session is None or session.profile is None or not name.strip():
            return
        if session.rename_profile(session.profile.id, name.strip()) is None:
            self.say(QCoreApplication.translate("CardDock", "表示名をカードの氏名にしました。"), 6000)


class CardReaderParts(NamedTuple):
    panel: CardPanel
    monitor: CardMonitor | None
    binding: CardBinding
    placement: CardPlacement
    chip: CardChip


def attach_card_panel(
    host: CardHost, session: HouseholdSession | None, *, uses_phone: Callable[[], bool], watch: bool = True
) -> CardReaderParts:
    """The card reader for ``host``: the chip (the caller puts it in the header), the section that
    moves into the page being read on the steps that use the card, and (``watch``) the reader monitor.

    The caller shows ``chip``, adds ``placement.action`` to a menu, stops ``monitor`` and calls
    ``panel.shutdown()`` when the application quits.
    """
    from app.card.monitor import CardMonitor
    from app.ui.card_reader.chip import CardChip
    from app.ui.card_reader.panel import CardPanel
    from app.ui.card_reader.placement import CardPlacement, CardSection

    panel = CardPanel()
    # Owned by the window until a page takes it in (and with it, gone with the window).
    section = CardSection(panel, host if isinstance(host, QWidget) else None)
    section.hide()
    chip = CardChip()
    placement = CardPlacement(
        section,
        chip,
        host.current_page_flow,
        badge_of=host.badge,
        uses_phone=uses_phone,
        parent=panel,
    )
    host.page_changed.connect(lambda _index: placement.on_step_changed())
    placement.on_step_changed()  # the page shown now
    monitor: CardMonitor | None = None
    if watch:
        monitor = CardMonitor(panel)
        panel.attach_monitor(monitor)
        monitor.start()
    binding = CardBinding(host.say, panel, session)
    return CardReaderParts(panel, monitor, binding, placement, chip)


def diagnose_once(panel: CardPanel, timeout: float = 10.0) -> CardSnapshot:
    """One real diagnosis on the panel's card worker, waited for (``--screenshot`` has no event loop).
    Costs no try; a service that never answers becomes the "not answering" state."""
    from app.card.diagnosis import CardSnapshot, Problem, diagnose
    from app.card.errors import CardError, CardTimeout

    try:
        return panel.service.worker.call(diagnose, timeout=timeout)
    except CardTimeout:
        return CardSnapshot(service_ok=False, problems=(Problem("service_not_answering"),))
    except (CardError, ImportError):
        return CardSnapshot(service_ok=False, problems=(Problem("service_unavailable"),))
