"""The household's members: add, rename, reorder, remove and restore, card binding."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete as sa_delete
from sqlmodel import Session, col, select

from app.domain.model import (
    Delegation,
    MemberState,
    Profile,
    Relation,
    StatusChange,
)
from app.store import messages, rows
from app.store.errors import (
    StoreNotFoundError,
    StoreValidationError,
)
from app.store.household_io import change_row, insert_delegation_rows, insert_member_rows, profile_row
from app.store.tables import (
    DelegationRow,
    ProfileRow,
)
from app.store.unit_of_work import _SHA256_HEX, StoreBase, name_key


@dataclass(frozen=True, slots=True)
class RemovedMember:
    """What ``remove_profile`` took away, for ``restore_profile`` (undo)."""

    member: MemberState
    position: int
    delegations: tuple[Delegation, ...]
    history: tuple[StatusChange, ...]


class Members(StoreBase):
    """The household's members: add, rename, reorder, remove and restore, card binding."""

    @staticmethod
    def _check_name(s: Session, display_name: str, *, except_id: int | None = None) -> str:
        name = display_name.strip()
        if not name:
            raise StoreValidationError(messages.EMPTY_NAME)
        for other in s.exec(select(ProfileRow)).all():
            if other.id != except_id and name_key(other.display_name) == name_key(name):
                raise StoreValidationError(messages.DUPLICATE_NAME)
        return name

    def add_profile(self, display_name: str, relation: Relation = Relation.SELF) -> Profile:
        with self._write() as s:
            last = max((r.position for r in s.exec(select(ProfileRow)).all()), default=0)
            row = ProfileRow(
                display_name=self._check_name(s, display_name), relation=relation.value, position=last + 1
            )
            s.add(row)
            s.flush()
            return rows.profile(row)

    def rename_profile(self, profile_id: int, display_name: str) -> Profile:
        with self._write() as s:
            row = self._profile_row(s, profile_id)
            row.display_name = self._check_name(s, display_name, except_id=profile_id)
            s.add(row)
            s.flush()
            return rows.profile(row)

    def set_relation(self, profile_id: int, relation: Relation) -> Profile:
        with self._write() as s:
            row = self._profile_row(s, profile_id)
            row.relation = relation.value
            s.add(row)
            s.flush()
            return rows.profile(row)

    def move_profile(self, profile_id: int, index: int) -> None:
        """Put a member at ``index`` (0: first) of the household's order; the others keep theirs."""
        with self._write() as s:
            ordered = list(s.exec(select(ProfileRow).order_by(col(ProfileRow.position), col(ProfileRow.id))))
            row = self._profile_row(s, profile_id)
            ordered.remove(row)
            ordered.insert(max(0, min(index, len(ordered))), row)
            for position, r in enumerate(ordered, start=1):
                r.position = position
                s.add(r)

    def remove_profile(self, profile_id: int) -> RemovedMember:
        """Remove a member with everything of theirs: progress, selections, linkages, received files,
        history and every delegation they take part in. Keep the result to ``restore_profile`` it.

        Remembered numbers stay in the keyring (their refs are in the result) until undo ends."""
        household = self.load_household()
        member = household.member(profile_id)
        if member is None:
            raise StoreNotFoundError(f"profile {profile_id}")
        if len(household.members) <= 1:
            raise StoreValidationError(messages.LAST_MEMBER)
        delegations = tuple(
            d for d in household.delegations if profile_id in (d.delegator_profile_id, d.delegate_profile_id)
        )
        history = tuple(self.history(profile_id))
        with self._write() as s:
            row = self._profile_row(s, profile_id)
            removed = RemovedMember(member, row.position, delegations, history)
            for d in delegations:
                s.execute(sa_delete(DelegationRow).where(col(DelegationRow.id) == d.id))
            s.delete(row)  # cascades to the member's own rows
        return removed

    def restore_profile(self, removed: RemovedMember) -> Profile:
        """Put a removed member back with everything that went with them, under the same ids."""
        m = removed.member
        p = m.profile
        with self._write() as s:
            if s.get(ProfileRow, p.id) is not None:
                raise StoreValidationError(messages.DUPLICATE_NAME)
            row = profile_row(replace(p, display_name=self._check_name(s, p.display_name)), removed.position)
            s.add(row)
            s.flush()
            insert_member_rows(s, m, keep_secrets=True)
            for d in removed.delegations:
                other = d.delegate_profile_id if d.delegator_profile_id == p.id else d.delegator_profile_id
                if s.get(ProfileRow, other) is None:
                    continue  # the other member is gone too: that delegation comes back with them
                insert_delegation_rows(s, d)
            for ch in removed.history:
                s.add(change_row(ch))
            s.flush()
            return rows.profile(row)

    def bind_card(self, profile_id: int, card_sha256: str | None) -> Profile:
        """Bind the card whose auth-certificate SHA-256 is given (``None`` unbinds)."""
        digest = None if card_sha256 is None else card_sha256.strip().lower()
        if digest is not None and not _SHA256_HEX.fullmatch(digest):
            raise StoreValidationError(messages.BAD_CARD_HASH)
        with self._write() as s:
            row = self._profile_row(s, profile_id)
            if digest is not None:
                other = s.exec(select(ProfileRow).where(ProfileRow.card_sha256 == digest)).first()
                if other is not None and other.id != profile_id:
                    raise StoreValidationError(messages.CARD_ALREADY_BOUND)
            if row.card_sha256 != digest:
                row.card_expires_on = None  # the expiry was the former card's
            row.card_sha256 = digest
            s.add(row)
            s.flush()
            return rows.profile(row)

    def note_card_expiry(self, card_sha256: str, expires_on: date) -> Profile | None:
        """Remember the expiry read from a bound card (None: no member holds that card; nothing saved)."""
        digest = card_sha256.strip().lower()
        with self._write() as s:
            row = s.exec(select(ProfileRow).where(ProfileRow.card_sha256 == digest)).first()
            if row is None:
                return None
            if row.card_expires_on != expires_on:
                row.card_expires_on = expires_on
                s.add(row)
                s.flush()
            return rows.profile(row)

    def profile_for_card(self, card_sha256: str) -> Profile | None:
        digest = card_sha256.strip().lower()
        with self._read() as s:
            row = s.exec(select(ProfileRow).where(ProfileRow.card_sha256 == digest)).first()
            return None if row is None else rows.profile(row)
