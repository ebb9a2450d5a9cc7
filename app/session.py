"""The household session: the store, the current member, the plans, undo, and every user action.

Window-free (it imports no widget): it tells the window what happened to the household through
signals, the way qutebrowser's message bridge does. ``changed`` after every action (every view
refreshes from it, so badges, summary and next action always agree), ``loaded`` once, ``failed(text)``
for a store error, ``notice(text)`` for what the store says once on opening, ``opened_read_only(reason)``
when the data cannot be saved, ``removed(description)`` when an undoable removal happened. What one
view tells another (a word for the status bar, a step to show) and what the notices remember go
through the window's bus (app/ui/shell/view_bus.py), never through the session.

It is built by the composition root (app/ui/application.py) once the window has painted (the store's
sqlmodel import costs ~0.25 s) and handed to every feature. Every user action is one store call
(synchronous: they take milliseconds), then a reload of the household and a recomputed plan, then
``changed``. A failed store call becomes one sentence (``failed``) and the views are refreshed from
what is really saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

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
from app.domain.plan import FollowUp, IssuerTaskKind, Plan, due_follow_ups, household_plans
from app.domain.rules import default_member, follow_up_after
from app.domain.seasons import PastSeason, SeasonStart, season_of
from app.i18n import translate, words
from app.i18n.labels import relation_label
from app.store import catalog_files
from app.store.errors import StoreError, StoreValidationError

if TYPE_CHECKING:
    from app.store.members import RemovedMember
    from app.store.repository import RemovedCertificate, Store

log = logging.getLogger(__name__)

SETTINGS_PROFILE = "household/profile"


class RemoveCertificates(QUndoCommand):
    """Remove selections (undo puts them back, under their old ids when free)."""

    def __init__(self, session: HouseholdSession, certificate_ids: list[int], text: str) -> None:
        super().__init__(text)
        self._session = session
        self._ids = list(certificate_ids)
        self._removed: list[RemovedCertificate] = []

    def redo(self) -> None:
        removed: list[RemovedCertificate] = []

        def run(store: Store) -> None:
            for cid in self._ids:
                removed.append(store.remove_certificate(cid))

        self._session.call(run)
        self._removed = removed
        if len(removed) != len(self._ids):
            self.setObsolete(True)

    def undo(self) -> None:
        restored: list[int] = []

        def run(store: Store) -> None:
            for item in self._removed:
                restored.append(store.restore_certificate(item).id)

        self._session.call(run)
        self._ids = restored


class RemoveMember(QUndoCommand):
    """Remove a household member with everything of theirs (undo puts all of it back)."""

    def __init__(self, session: HouseholdSession, profile_id: int, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._profile_id = profile_id
        self._removed: RemovedMember | None = None

    def redo(self) -> None:
        removed: list[RemovedMember] = []
        self._session.call(lambda store: removed.append(store.remove_profile(self._profile_id)))
        self._removed = removed[0] if removed else None
        if self._removed is None:
            self.setObsolete(True)

    def secret_refs(self) -> tuple[str, ...]:
        """Keyring keys of the removed member's remembered numbers (deleted once undo ends)."""
        removed = self._removed
        if removed is None:
            return ()
        return tuple(c.secret_ref for c in removed.member.certificates if c.secret_ref)

    def undo(self) -> None:
        removed = self._removed
        if removed is None:
            return
        self._session.call(lambda store: store.restore_profile(removed))
        self._session.set_current_profile(removed.member.profile.id)


STORE_OPEN_DELAY_MS = 150


class HouseholdSession(QObject):
    """Holds the household, the catalog and the plans; performs every user action (see module doc)."""

    changed = Signal()  # the household, the current member or the plans changed
    loaded = Signal()  # the stored progress is shown (emitted once, after the first ``changed``)
    failed = Signal(str)  # a store error, as the sentence to show
    notice = Signal(str)  # what the store says on opening (repaired, migrated, read-only), once
    opened_read_only = Signal(str)  # the data cannot be saved: the reason
    removed = Signal(str)  # an undoable removal happened: what was removed
    closing = Signal()  # the window closes or the session ends: undo ends, tidy up
    season_started = Signal(object)  # the first start in a new season began it (a SeasonStart)

    def __init__(
        self,
        data_dir: Path,
        settings: QSettings,
        *,
        today: Callable[[], date] = date.today,
        catalog: Catalog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings  # the window's settings file: the member shown last
        self.data_dir = data_dir
        self.today = today
        # The accepted signed update beside the database, else the shipped catalog (and its facts).
        active = catalog_files.active(data_dir)
        self.catalog = catalog if catalog is not None else active.catalog
        # The dated facts that travel with the catalog. pages.py takes no Facts on this branch yet;
        # when it does (guidance branch), render the pages with ``session.facts``.
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
        self.season_start: SeasonStart | None = None  # this start began a new season

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
        QTimer.singleShot(STORE_OPEN_DELAY_MS, self.ensure_store)

    @property
    def records_unavailable(self) -> bool:
        """The store was tried and could not be opened: the window shows no household, with a notice."""
        return self.store is None and not self._store_pending

    def ensure_store(self) -> None:
        """Open the store now if the quick start left it for later."""
        if not self._store_pending:
            return
        self._store_pending = False
        shown = self.household
        self._open_store(first_load=False)
        if self.household != shown:
            self.changed.emit()

    def _select_saved_profile(self) -> None:
        saved = self.settings.value(SETTINGS_PROFILE)
        self.profile_id = self._valid_profile(int(saved) if str(saved or "").isdigit() else None)
        self.due = due_follow_ups(self.household.members, self.catalog, self.today())

    def _open_store(self, *, first_load: bool = True) -> None:
        from app.store.repository import Store  # sqlmodel: after first paint only

        try:
            store, notices = Store.open(self.data_dir)
        except StoreError as exc:
            log.warning("Store could not be opened: %s", exc.detail)
            self.notices = (words(exc.text()),)
            self._tell_notices()
            if first_load:
                self._finish_loading()
            return
        self.store = store
        self.notices = tuple(words(n.text) for n in notices)
        self._begin_season(store)
        self._reload()
        if not self.household.members and not store.read_only:
            self.call(lambda s: s.add_profile(relation_label(Relation.SELF), Relation.SELF), refresh=False)
        if first_load:
            self._select_saved_profile()
        if store.read_only:
            reason = store.read_only_reason
            self.opened_read_only.emit("" if reason is None else words(reason))
        self._tell_notices()
        if first_load:
            self._finish_loading()

    def _begin_season(self, store: Store) -> None:
        """On the first start in a new season, end the old one (kept read-only) and begin this one."""
        if store.read_only:
            return
        from app.store.season_switch import open_season

        try:
            start = open_season(store, self.today())
        except StoreError as exc:
            log.warning("Season switch failed: %s", exc.detail)
            return  # the next start tries again; nothing was changed
        if start is not None:
            self.season_start = start
            self.season_started.emit(start)

    @property
    def tax_year(self) -> int:
        """The season being prepared (the tax year of today)."""
        return season_of(self.today())

    def past_seasons(self) -> tuple[PastSeason, ...]:
        """Every earlier season, newest first, read-only (empty before the store opened)."""
        self.ensure_store()
        if self.store is None:
            return ()
        from app.store.season_switch import past_seasons

        try:
            return past_seasons(self.store)
        except StoreError as exc:
            self._report(words(exc.text()))
            return ()

    def note_card_expiry(self, card_sha256: str, expires_on: date) -> None:
        """Remember the expiry read from a card bound to a member (the plan and the paper warn with it)."""
        profile = self.profile_for_card(card_sha256)
        if profile is None or profile.card_expires_on == expires_on or self.read_only:
            return
        self.call(lambda s: s.note_card_expiry(card_sha256, expires_on))

    def _finish_loading(self) -> None:
        self.is_loaded = True
        self.changed.emit()
        self.loaded.emit()

    def close(self) -> None:
        self.closing.emit()
        if self.store is not None:
            self.store.close()
            self.store = None

    def _tell_notices(self) -> None:
        if self.notices:
            self.notice.emit("\n\n".join(self.notices))

    # --- state ----------------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        """The UI language ("ja" or "en"), for catalog names and the plan's phrases. Asked of i18n
        first: the views are rebuilt on LanguageChange before the window has updated its ``lang``."""
        from app import i18n

        return i18n.current_language() or i18n.SOURCE_LANGUAGE

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
            self._report(words(exc.text()))
            return
        self.plans = household_plans(self.household, self.catalog, self.today())
        self.profile_id = self._valid_profile(self.profile_id)

    # --- the one place store calls go through ----------------------------------------------------

    def call(
        self, action: Callable[[Store], object], *, inline: bool = False, refresh: bool = True
    ) -> str | None:
        """Run one store call. Returns None on success, else the sentence that was (or, with
        ``inline``, is to be) shown. Validation errors are returned for inline display when ``inline``."""
        self.ensure_store()
        if self.store is None:
            text = translate("Plan", "保存データを開けなかったため、この変更は保存されませんでした。")
            self._report(text)
            return text
        try:
            action(self.store)
        except StoreValidationError as exc:
            if not inline:
                self._report(words(exc.text()))
            return words(exc.text())
        except StoreError as exc:
            log.warning("Store call failed: %s", exc.detail)
            self._report(words(exc.text()))
            self._reload()  # show what is really saved
            self.changed.emit()
            return words(exc.text())
        self._reload()
        if refresh:
            self.changed.emit()
        return None

    def _report(self, text: str) -> None:
        self.failed.emit(text)

    # --- profiles -------------------------------------------------------------------------------

    def set_current_profile(self, profile_id: int) -> None:
        if profile_id == self.profile_id or self.household.member(profile_id) is None:
            return
        self.profile_id = profile_id
        self.settings.setValue(SETTINGS_PROFILE, profile_id)
        self.changed.emit()

    def add_profile(self, name: str, relation: Relation = Relation.OTHER) -> str | None:
        added: list[Profile] = []
        error = self.call(lambda s: added.append(s.add_profile(name, relation)), inline=True, refresh=False)
        if error is None and added:
            self.profile_id = added[0].id
            self.settings.setValue(SETTINGS_PROFILE, added[0].id)
            self.changed.emit()
        return error

    def rename_profile(self, profile_id: int, name: str) -> str | None:
        return self.call(lambda s: s.rename_profile(profile_id, name), inline=True)

    def set_relation(self, profile_id: int, relation: Relation) -> str | None:
        return self.call(lambda s: s.set_relation(profile_id, relation), inline=True)

    def move_member(self, profile_id: int, index: int) -> str | None:
        """Put a member at ``index`` of the household's order (0: first)."""
        return self.call(lambda s: s.move_profile(profile_id, index))

    def what_goes_with(self, profile_id: int) -> tuple[int, int, int]:
        """What removing a member takes with it: (recorded progress entries, certificate selections,
        delegations they take part in)."""
        member = self.household.member(profile_id)
        if member is None:
            return (0, 0, 0)
        delegations = sum(
            profile_id in (d.delegator_profile_id, d.delegate_profile_id) for d in self.household.delegations
        )
        progress = len(member.progress) + len(member.linkages)
        return (progress, len(member.certificates), delegations)

    def remove_member(self, profile_id: int, description: str) -> str | None:
        """Remove a member as one undoable step (until the window closes); refused: the sentence."""
        if self.household.member(profile_id) is None:
            return None
        if len(self.household.members) <= 1:
            from app.store import messages

            return words(messages.LAST_MEMBER)
        before = len(self.household.members)
        self.undo_stack.push(RemoveMember(self, profile_id, description))
        if len(self.household.members) == before:
            return translate("Plan", "削除できませんでした。")
        self.removed.emit(description)
        return None

    def profile_for_card(self, card_sha256: str) -> Profile | None:
        """The member a card (SHA-256 of its authentication certificate) is bound to, if any."""
        digest = card_sha256.strip().lower()
        return next((m.profile for m in self.household.members if m.profile.card_sha256 == digest), None)

    def bind_card(self, profile_id: int, card_sha256: str | None) -> str | None:
        """Bind a card to a member (``None`` unbinds); a card bound to another member is refused."""
        return self.call(lambda s: s.bind_card(profile_id, card_sha256))

    # --- checklist --------------------------------------------------------------------------------

    def set_item(self, item_id: str, done: bool) -> str | None:
        pid = self.profile_id
        if pid is None:
            return None
        state = TaskState.DONE if done else TaskState.TODO
        return self.call(lambda s: s.set_progress(pid, item_id, state=state))

    # --- STEP2 ----------------------------------------------------------------------------------

    def add_certificate(self, type_id: str, issuer: str, channel: Channel) -> str | None:
        """Add a selection; an empty or duplicate issuer comes back as the sentence to show inline."""
        pid = self.profile_id
        if pid is None:
            return translate("Plan", "家族の名前を先に登録してください。")
        return self.call(lambda s: s.add_certificate(pid, type_id, issuer, channel), inline=True)

    def set_channel(self, certificate_id: int, channel: Channel) -> str | None:
        return self.call(lambda s: s.update_certificate(certificate_id, channel=channel))

    def remove_certificates(self, certificate_ids: list[int], description: str) -> None:
        """Remove selections as one undoable step (Edit ▸ 元に戻す, or the status bar button)."""
        if not certificate_ids:
            return
        self.undo_stack.push(RemoveCertificates(self, certificate_ids, description))
        self.removed.emit(description)

    # --- STEP3 ----------------------------------------------------------------------------------

    def set_linkage_status(self, service: Service, status: LinkageStatus) -> str | None:
        """Record what the 連携状況リスト shows. 確認 asks the user to look on the site now (no wait)."""
        pid, member = self.profile_id, self.member
        if pid is None or member is None:
            return None
        record = member.linkages.get(service)
        current = None if record is None else record.follow_up
        follow_up = follow_up_after(status, current, self.today())
        return self.call(lambda s: s.set_linkage(pid, service, status=status, follow_up=follow_up))

    def set_linkage_site_check(self, service: Service, linked: bool | None) -> str | None:
        """For a 確認 row: what the user found on the site (linked / not linked yet)."""
        pid = self.profile_id
        if pid is None:
            return None
        return self.call(lambda s: s.set_linkage(pid, service, site_linked=linked))

    def set_linkage_follow_up(self, service: Service, follow_up: date | None) -> str | None:
        pid = self.profile_id
        if pid is None:
            return None
        return self.call(lambda s: s.set_linkage(pid, service, follow_up=follow_up))

    def set_linkage_note(self, service: Service, note: str) -> str | None:
        pid = self.profile_id
        if pid is None:
            return None
        return self.call(lambda s: s.set_linkage(pid, service, note=note))

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
            return self.call(
                lambda s: s.update_certificate(certificate_id, registration=state, follow_up=follow_up)
            )
        return self.call(
            lambda s: s.update_certificate(certificate_id, issuer_link=state, follow_up=follow_up)
        )

    def set_readiness(self, certificate_id: int, readiness: Readiness) -> str | None:
        """Record 証明書の準備状況. 処理中 is a wait: it gets the default follow-up date."""
        follow_up = follow_up_after(readiness, self._certificate_follow_up(certificate_id), self.today())
        return self.call(
            lambda s: s.update_certificate(certificate_id, readiness=readiness, follow_up=follow_up)
        )

    def confirm_data(self, certificate_id: int, confirmed: bool) -> str | None:
        """For a 未記載 item: the user confirmed today on the delivering site that the data is there."""
        day = self.today() if confirmed else None
        return self.call(lambda s: s.update_certificate(certificate_id, data_confirmed_on=day))

    def set_certificate_follow_up(self, certificate_id: int, follow_up: date | None) -> str | None:
        return self.call(lambda s: s.update_certificate(certificate_id, follow_up=follow_up))

    def set_certificate_note(self, certificate_id: int, note: str) -> str | None:
        return self.call(lambda s: s.update_certificate(certificate_id, note=note))

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
        return self.call(lambda s: s.save_delegation(delegation), inline=True)

    def delete_delegation(self, delegation_id: int) -> str | None:
        return self.call(lambda s: s.delete_delegation(delegation_id))

    def delegation(self, delegation_id: int) -> Delegation | None:
        return next((d for d in self.household.delegations if d.id == delegation_id), None)

    def update_delegation(self, delegation_id: int, **changes: object) -> str | None:
        current = self.delegation(delegation_id)
        if current is None:
            return None
        return self.save_delegation(replace(current, **changes))  # type: ignore[arg-type]
