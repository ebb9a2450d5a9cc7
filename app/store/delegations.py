"""代理人設定: save and delete delegations (refused input is never half saved)."""

from __future__ import annotations

from sqlalchemy import delete as sa_delete
from sqlmodel import col, select

from app.domain.delegation_rules import Refusal, refusals
from app.domain.model import (
    Delegation,
    TaskState,
)
from app.store import messages, rows
from app.store.errors import (
    StoreValidationError,
)
from app.store.tables import (
    DelegationOperationRow,
    DelegationRow,
    DelegationServiceRow,
)
from app.store.unit_of_work import StoreBase, existing_row

_REFUSAL_MESSAGE = {
    Refusal.SAME_PERSON: messages.DELEGATION_SAME_PERSON,
    Refusal.EMPTY_NAME: messages.DELEGATION_EMPTY_NAME,
    Refusal.ENDS_BEFORE_START: messages.DELEGATION_PERIOD,
}


class Delegations(StoreBase):
    """代理人設定: save and delete delegations (refused input is never half saved)."""

    # --- delegations -----------------------------------------------------------------------------------

    def save_delegation(self, delegation: Delegation) -> Delegation:
        """Insert (``id <= 0``) or replace a delegation; operation state changes go into the history
        of the delegator (委任者)."""
        name = delegation.relation_name.strip()
        refused = refusals(delegation)  # the domain's rules (delegation_rules): nothing is half saved
        if refused:
            raise StoreValidationError(_REFUSAL_MESSAGE[refused[0]])
        with self._write() as s:
            self._profile_row(s, delegation.delegator_profile_id)
            self._profile_row(s, delegation.delegate_profile_id)
            old_ops: dict[str, str] = {}
            if delegation.id > 0:
                row = existing_row(s, DelegationRow, delegation.id, "delegation")
                old_ops = {
                    r.operation: r.state
                    for r in s.exec(
                        select(DelegationOperationRow).where(
                            DelegationOperationRow.delegation_id == delegation.id
                        )
                    ).all()
                }
                s.execute(
                    sa_delete(DelegationServiceRow).where(
                        col(DelegationServiceRow.delegation_id) == delegation.id
                    )
                )
                s.execute(
                    sa_delete(DelegationOperationRow).where(
                        col(DelegationOperationRow.delegation_id) == delegation.id
                    )
                )
            else:
                row = DelegationRow(
                    delegator_profile_id=delegation.delegator_profile_id,
                    delegate_profile_id=delegation.delegate_profile_id,
                    relation_name=name,
                )
            row.delegator_profile_id = delegation.delegator_profile_id
            row.delegate_profile_id = delegation.delegate_profile_id
            row.relation_name = name
            row.valid_from = delegation.valid_from
            row.valid_to = delegation.valid_to
            s.add(row)
            s.flush()
            assert row.id is not None
            for svc in sorted(delegation.services):
                s.add(DelegationServiceRow(delegation_id=row.id, service=svc.value))
            for op, state in delegation.operations.items():
                s.add(DelegationOperationRow(delegation_id=row.id, operation=op.value, state=state.value))
                self._record(
                    s,
                    delegation.delegator_profile_id,
                    f"delegation:{row.id}:{op.value}",
                    old_ops.get(op.value, TaskState.TODO.value),
                    state.value,
                )
            s.flush()
            return rows.delegation(
                row,
                s.exec(
                    select(DelegationServiceRow).where(DelegationServiceRow.delegation_id == row.id)
                ).all(),
                s.exec(
                    select(DelegationOperationRow).where(DelegationOperationRow.delegation_id == row.id)
                ).all(),
            )

    def delete_delegation(self, delegation_id: int) -> None:
        with self._write() as s:
            s.delete(existing_row(s, DelegationRow, delegation_id, "delegation"))
