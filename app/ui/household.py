"""The household behind the window: the store, the current member, the plans, and every user action.

:func:`attach` is called once the window has painted (the store's sqlmodel import costs ~0.25 s and is
kept off the path to first paint). The controller opens the store, shows its notices once, creates the
first member 「本人」 on first run, and emits ``loaded`` after the pages show the stored progress.

Every user action is one store call (synchronous: they take milliseconds), followed by a reload of the
household and a recomputed plan, then ``changed``; every view refreshes from ``changed``, so badges,
summary and next action always agree. A failed store call becomes one Japanese sentence in a
non-blocking message box and the status bar, and the views are refreshed from what is really saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from app.domain.catalog import Catalog
from app.domain.facts import Facts
from app.domain.model import (
    Channel,
    Delegation,
    Household,
    LinkageStatus,
    MemberState,
    Profile,
    Readiness,
    Relation,
    Service,
    TaskState,
)
from app.domain.plan import (
    Badge as PlanBadge,
)
from app.domain.plan import (
    FollowUp,
    IssuerTaskKind,
    Plan,
    due_follow_ups,
    household_plans,
)
from app.domain.rules import default_member, follow_up_after, shown_badge
from app.domain.steps import StepId
from app.store import catalog_files
from app.store.errors import StoreError, StoreValidationError
from app.ui.main_window import Badge, MainWindow

if TYPE_CHECKING:
    from app.store.repository import RemovedCertificate, Store

log = logging.getLogger(__name__)

BADGES: dict[PlanBadge, Badge] = {
    PlanBadge.DONE: Badge.DONE,
    PlanBadge.IN_PROGRESS: Badge.IN_PROGRESS,
    PlanBadge.NEEDS_ACTION: Badge.NEEDS_ACTION,
    PlanBadge.NOT_NEEDED: Badge.NOT_NEEDED,
}

SETTINGS_PROFILE = "household/profile"


class _RemoveCertificate(QUndoCommand):
    """Remove selections (undo puts them back, under their old ids when free)."""

    def __init__(self, controller: HouseholdController, certificate_ids: list[int], text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._ids = list(certificate_ids)
        self._removed: list[RemovedCertificate] = []

    def redo(self) -> None:
        removed: list[RemovedCertificate] = []

        def run(store: Store) -> None:
            for cid in self._ids:
                removed.append(store.remove_certificate(cid))

        self._controller._call(run)
        self._removed = removed
        if len(removed) != len(self._ids):
            self.setObsolete(True)

    def undo(self) -> None:
        restored: list[int] = []

        def run(store: Store) -> None:
            for item in self._removed:
                restored.append(store.restore_certificate(item).id)

        self._controller._call(run)
        self._ids = restored


STORE_OPEN_DELAY_MS = 150


class HouseholdController(QObject):
    """Holds the household, the catalog and the plans; performs every user action (see module doc)."""

    changed = Signal()  # the household, the current member or the plans changed
    loaded = Signal()  # the stored progress is shown (emitted once, after the first ``changed``)
    failed = Signal(str)  # a store error, as the sentence shown to the user

    def __init__(
        self,
        window: MainWindow,
        data_dir: Path,
        *,
        today: Callable[[], date] = date.today,
        catalog: Catalog | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("householdController")
        self.window = window
        self.data_dir = data_dir
        self.today = today
        # The accepted signed update beside the database, else the shipped catalog (and its facts).
        active = catalog_files.active(data_dir)
        self.catalog = catalog if catalog is not None else active.catalog
        # The dated facts that travel with the catalog. pages.py takes no Facts on this branch yet;
        # when it does (guidance branch), render the pages with ``controller.facts``.
        self.facts: Facts = active.facts
        self.store: Store | None = None
        self.household = Household()
        self.plans: dict[int, Plan] = {}
        self.profile_id: int | None = None
        self.is_loaded = False
        self._store_pending = False  # shown from the quick reader; the store opens right after
        self.notices: tuple[str, ...] = ()
        self.due: tuple[FollowUp, ...] = ()
        self.undo_stack = QUndoStack(self)
        self.views: dict[StepId, list[QWidget]] = {}  # the live widgets on each built page
        self.header_widgets: list[QWidget] = []  # profile bar, next action, due follow-ups
        self.installed_views: QObject | None = None  # app.ui.plan_views keeps them in the window
        self.follow_ups_dismissed = False
        self._error_box: QMessageBox | None = None
        self._undo_button: QPushButton | None = None
        self._undo_timer = QTimer(self)  # hides the status bar's 「元に戻す」 after a while
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(30000)
        self._undo_timer.timeout.connect(self._hide_undo_button)
        # Closed with the window (run_gui also closes it on aboutToQuit). Not on aboutToQuit here:
        # qasync's run_until_complete emits it each time it stops, which tests do often.
        window.destroyed.connect(self.close)

    # --- life cycle -----------------------------------------------------------------------------

    def open(self) -> None:
        """Load the household and tell the views (``changed``, then ``loaded``).

        A household stored by an earlier session is shown at once from the standard-library reader;
        the store itself (sqlmodel, ~0.3 s of imports) opens in the next turn of the event loop, or
        sooner if the user changes something first.
        """
        from app.store.quick import read_household

        quick = read_household(self.data_dir)
        if quick is None or not quick.members:
            self._open_store()
            return
        self.household = quick
        self.plans = household_plans(self.household, self.catalog, self.today())
        self._store_pending = True
        self._select_saved_profile()
        self._finish_loading()
        # Long enough for the window to paint the household before the imports block the GUI thread.
        QTimer.singleShot(STORE_OPEN_DELAY_MS, self._ensure_store)

    def _ensure_store(self) -> None:
        """Open the store now if the quick start left it for later."""
        if not self._store_pending:
            return
        self._store_pending = False
        shown = self.household
        self._open_store(first_load=False)
        if self.household != shown:
            self.changed.emit()

    def _select_saved_profile(self) -> None:
        saved = self.window.settings.value(SETTINGS_PROFILE)
        self.profile_id = self._valid_profile(int(saved) if str(saved or "").isdigit() else None)
        self.due = due_follow_ups(self.household.members, self.catalog, self.today())

    def _open_store(self, *, first_load: bool = True) -> None:
        from app.store.repository import Store  # sqlmodel: after first paint only

        try:
            store, notices = Store.open(self.data_dir)
        except StoreError as exc:
            log.warning("Store could not be opened: %s", exc.detail)
            self.notices = (exc.text(),)
            self._show_notices()
            if first_load:
                self._finish_loading()
            return
        self.store = store
        self.notices = tuple(n.text for n in notices)
        self._reload()
        if not self.household.members and not store.read_only:
            self._call(
                lambda s: s.add_profile(QCoreApplication.translate("Plan", "本人"), Relation.SELF),
                refresh=False,
            )
        if first_load:
            self._select_saved_profile()
        if store.read_only:
            badge = QLabel(QCoreApplication.translate("Plan", "読み取り専用（変更は保存されません）"))
            badge.setObjectName("readOnlyIndicator")
            badge.setToolTip(store.read_only_reason or "")
            self.window.statusBar().addPermanentWidget(badge)
        self._show_notices()
        if first_load:
            self._finish_loading()

    def _finish_loading(self) -> None:
        self.is_loaded = True
        self.changed.emit()
        self.loaded.emit()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def _show_notices(self) -> None:
        if not self.notices:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Plan", "保存データについてのお知らせ"),
            "\n\n".join(self.notices),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("storeNoticeBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.window.statusBar().showMessage(self.notices[0], 15000)

    # --- state ----------------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        """The UI language ("ja" or "en"), for catalog names and the plan's phrases. Asked of i18n
        first: the views are rebuilt on LanguageChange before the window has updated its ``lang``."""
        from app.ui import i18n

        return i18n.current_language() or self.window.lang

    @property
    def read_only(self) -> bool:
        if self._store_pending:
            return False  # not known yet; a change opens the store first and is refused if so
        return self.store is None or self.store.read_only

    @property
    def members(self) -> tuple[MemberState, ...]:
        return self.household.members

    @property
    def member(self) -> MemberState | None:
        return None if self.profile_id is None else self.household.member(self.profile_id)

    @property
    def profile(self) -> Profile | None:
        member = self.member
        return None if member is None else member.profile

    @property
    def plan(self) -> Plan | None:
        return None if self.profile_id is None else self.plans.get(self.profile_id)

    def profile_name(self, profile_id: int) -> str:
        member = self.household.member(profile_id)
        return "" if member is None else member.profile.display_name

    def _valid_profile(self, wanted: int | None) -> int | None:
        if wanted is not None and self.household.member(wanted) is not None:
            return wanted
        member = default_member(self.household)
        return None if member is None else member.profile.id

    def reload_catalog(self) -> None:
        """Use the active catalog again (after an accepted update): new plans, follow-ups, views."""
        active = catalog_files.active(self.data_dir)
        self.catalog, self.facts = active.catalog, active.facts
        self.plans = household_plans(self.household, self.catalog, self.today())
        self.due = due_follow_ups(self.household.members, self.catalog, self.today())
        self.changed.emit()

    def _reload(self) -> None:
        if self.store is None:
            return
        try:
            self.household = self.store.load_household()
        except StoreError as exc:
            log.warning("Reload failed: %s", exc.detail)
            self._report(exc.text())
            return
        self.plans = household_plans(self.household, self.catalog, self.today())
        self.profile_id = self._valid_profile(self.profile_id)

    # --- the one place store calls go through ----------------------------------------------------

    def _call(
        self, action: Callable[[Store], object], *, inline: bool = False, refresh: bool = True
    ) -> str | None:
        """Run one store call. Returns None on success, else the sentence that was (or, with
        ``inline``, is to be) shown. Validation errors are returned for inline display when ``inline``."""
        self._ensure_store()
        if self.store is None:
            text = QCoreApplication.translate(
                "Plan", "保存データを開けなかったため、この変更は保存されませんでした。"
            )
            self._report(text)
            return text
        try:
            action(self.store)
        except StoreValidationError as exc:
            if not inline:
                self._report(exc.text())
            return exc.text()
        except StoreError as exc:
            log.warning("Store call failed: %s", exc.detail)
            self._report(exc.text())
            self._reload()  # show what is really saved
            self.changed.emit()
            return exc.text()
        self._reload()
        if refresh:
            self.changed.emit()
        return None

    def _report(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)
        box = self._error_box
        if box is None or not box.isVisible():
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Plan", "保存できませんでした"),
                text,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("storeErrorBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.destroyed.connect(self._error_box_gone)
            self._error_box = box
            box.open()  # window-modal, never a nested event loop
        else:
            box.setText(text)
        self.failed.emit(text)

    def _error_box_gone(self) -> None:
        self._error_box = None

    # --- profiles -------------------------------------------------------------------------------

    def set_current_profile(self, profile_id: int) -> None:
        if profile_id == self.profile_id or self.household.member(profile_id) is None:
            return
        self.profile_id = profile_id
        self.window.settings.setValue(SETTINGS_PROFILE, profile_id)
        self.changed.emit()

    def add_profile(self, name: str, relation: Relation = Relation.OTHER) -> str | None:
        added: list[Profile] = []
        error = self._call(lambda s: added.append(s.add_profile(name, relation)), inline=True, refresh=False)
        if error is None and added:
            self.profile_id = added[0].id
            self.window.settings.setValue(SETTINGS_PROFILE, added[0].id)
            self.changed.emit()
        return error

    def rename_profile(self, profile_id: int, name: str) -> str | None:
        return self._call(lambda s: s.rename_profile(profile_id, name), inline=True)

    def profile_for_card(self, card_sha256: str) -> Profile | None:
        """The member a card (SHA-256 of its authentication certificate) is bound to, if any."""
        digest = card_sha256.strip().lower()
        return next((m.profile for m in self.household.members if m.profile.card_sha256 == digest), None)

    def bind_card(self, profile_id: int, card_sha256: str | None) -> str | None:
        """Bind a card to a member (``None`` unbinds); a card bound to another member is refused."""
        return self._call(lambda s: s.bind_card(profile_id, card_sha256))

    # --- checklist --------------------------------------------------------------------------------

    def set_item(self, item_id: str, done: bool) -> str | None:
        pid = self.profile_id
        if pid is None:
            return None
        state = TaskState.DONE if done else TaskState.TODO
        return self._call(lambda s: s.set_progress(pid, item_id, state=state))

    # --- STEP2 ----------------------------------------------------------------------------------

    def add_certificate(self, type_id: str, issuer: str, channel: Channel) -> str | None:
        """Add a selection; an empty or duplicate issuer comes back as the sentence to show inline."""
        pid = self.profile_id
        if pid is None:
            return QCoreApplication.translate("Plan", "家族の名前を先に登録してください。")
        return self._call(lambda s: s.add_certificate(pid, type_id, issuer, channel), inline=True)

    def set_channel(self, certificate_id: int, channel: Channel) -> str | None:
        return self._call(lambda s: s.update_certificate(certificate_id, channel=channel))

    def remove_certificates(self, certificate_ids: list[int], description: str) -> None:
        """Remove selections as one undoable step (Edit ▸ 元に戻す, or the status bar button)."""
        if not certificate_ids:
            return
        self.undo_stack.push(_RemoveCertificate(self, certificate_ids, description))
        self._offer_undo(description)

    def _offer_undo(self, description: str) -> None:
        bar = self.window.statusBar()
        if self._undo_button is None:
            button = QPushButton(QCoreApplication.translate("Plan", "元に戻す(&U)"))
            button.setObjectName("undoRemoveButton")
            button.setAccessibleName(QCoreApplication.translate("Plan", "削除を元に戻す"))
            button.clicked.connect(self._undo_from_button)
            bar.addPermanentWidget(button)
            self._undo_button = button
        self._undo_button.setToolTip(description)
        self._undo_button.show()
        bar.showMessage(
            QCoreApplication.translate("Plan", "{what}を削除しました").format(what=description), 10000
        )
        self._undo_timer.start()

    def retranslate(self) -> None:
        """The texts the controller owns (the status bar's undo button), in the current language."""
        if self._undo_button is not None:
            self._undo_button.setText(QCoreApplication.translate("Plan", "元に戻す(&U)"))
            self._undo_button.setAccessibleName(QCoreApplication.translate("Plan", "削除を元に戻す"))

    def _undo_from_button(self) -> None:
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Plan", "削除を元に戻しました"), 5000
            )
        self._hide_undo_button()

    def _hide_undo_button(self) -> None:
        if self._undo_button is not None:
            self._undo_button.hide()

    # --- STEP3 ----------------------------------------------------------------------------------

    def set_linkage_status(self, service: Service, status: LinkageStatus) -> str | None:
        """Record what the 連携状況リスト shows. 確認 is a wait: it gets the default follow-up date."""
        pid, member = self.profile_id, self.member
        if pid is None or member is None:
            return None
        record = member.linkages.get(service)
        current = None if record is None else record.follow_up
        follow_up = follow_up_after(status, current, self.today())
        return self._call(lambda s: s.set_linkage(pid, service, status=status, follow_up=follow_up))

    def set_linkage_follow_up(self, service: Service, follow_up: date | None) -> str | None:
        pid = self.profile_id
        if pid is None:
            return None
        return self._call(lambda s: s.set_linkage(pid, service, follow_up=follow_up))

    def set_linkage_note(self, service: Service, note: str) -> str | None:
        pid = self.profile_id
        if pid is None:
            return None
        return self._call(lambda s: s.set_linkage(pid, service, note=note))

    # --- STEP4 and 準備完了 -------------------------------------------------------------------------

    def _certificate_follow_up(self, certificate_id: int) -> date | None:
        member = self.member
        if member is None:
            return None
        return next((c.follow_up for c in member.certificates if c.id == certificate_id), None)

    def set_issuer_task(self, certificate_id: int, kind: IssuerTaskKind, state: TaskState) -> str | None:
        """Record ① or ②. Waiting gets the default follow-up date when none is set."""
        follow_up = follow_up_after(state, self._certificate_follow_up(certificate_id), self.today())
        if kind is IssuerTaskKind.REGISTRATION:
            return self._call(
                lambda s: s.update_certificate(certificate_id, registration=state, follow_up=follow_up)
            )
        return self._call(
            lambda s: s.update_certificate(certificate_id, issuer_link=state, follow_up=follow_up)
        )

    def set_readiness(self, certificate_id: int, readiness: Readiness) -> str | None:
        """Record 証明書の準備状況. 処理中 is a wait: it gets the default follow-up date."""
        follow_up = follow_up_after(readiness, self._certificate_follow_up(certificate_id), self.today())
        return self._call(
            lambda s: s.update_certificate(certificate_id, readiness=readiness, follow_up=follow_up)
        )

    def set_certificate_follow_up(self, certificate_id: int, follow_up: date | None) -> str | None:
        return self._call(lambda s: s.update_certificate(certificate_id, follow_up=follow_up))

    def set_certificate_note(self, certificate_id: int, note: str) -> str | None:
        return self._call(lambda s: s.update_certificate(certificate_id, note=note))

    def issuer_suggestions(self, type_id: str) -> list[str]:
        """Names typed before (this type first, then any), then the catalog's examples."""
        names: list[str] = []
        if self.store is not None:
            try:
                names += self.store.issuer_suggestions(type_id=type_id, limit=20)
                names += self.store.issuer_suggestions(limit=20)
            except StoreError as exc:
                log.warning("Issuer suggestions unavailable: %s", exc.detail)
        entry = self.catalog.get(type_id)
        if entry is not None:
            names += list(entry.issuer.examples)
        return list(dict.fromkeys(names))

    # --- 代理人設定 ---------------------------------------------------------------------------------

    def save_delegation(self, delegation: Delegation) -> str | None:
        """Insert (id <= 0) or replace a delegation; refused input comes back for inline display."""
        return self._call(lambda s: s.save_delegation(delegation), inline=True)

    def delete_delegation(self, delegation_id: int) -> str | None:
        return self._call(lambda s: s.delete_delegation(delegation_id))

    def delegation(self, delegation_id: int) -> Delegation | None:
        return next((d for d in self.household.delegations if d.id == delegation_id), None)

    def update_delegation(self, delegation_id: int, **changes: object) -> str | None:
        current = self.delegation(delegation_id)
        if current is None:
            return None
        return self.save_delegation(replace(current, **changes))  # type: ignore[arg-type]

    # --- the window -------------------------------------------------------------------------------

    def update_window(self) -> None:
        """Sidebar badges (every step) and the STEP0 diagram, from the current plan."""
        plan = self.plan
        member = self.member
        for step in StepId:
            shown = None if plan is None else shown_badge(step, plan.badges[step], member)
            badge = Badge.NONE if shown is None else BADGES[shown]
            if self.window.badge(step) is not badge:
                self.window.set_badge(step, badge)
        overview = getattr(self.window, "overview", None)
        if overview is not None:
            from app.ui.plan_views import overview_statuses

            overview.set_status({} if plan is None else overview_statuses(plan))


def attach(
    window: MainWindow, data_dir: Path, *, today: Callable[[], date] = date.today
) -> HouseholdController:
    """Give ``window`` its household: views on the pages, the profile bar, the next action, badges.

    Call after the first paint; opens the store synchronously and returns the loaded controller.
    """
    from app.ui.plan_views import install

    controller = HouseholdController(window, data_dir, today=today)
    install(window, controller)
    controller.open()
    return controller
