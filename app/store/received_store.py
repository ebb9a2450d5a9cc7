"""Verified electronic certificates kept for a member."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select

from app.domain.received import ReceivedFile, Verification
from app.store import fileutil, messages, rows
from app.store.errors import (
    StoreNotFoundError,
    StoreValidationError,
    write_error,
)
from app.store.household_io import received_row
from app.store.tables import (
    ReceivedFileRow,
)
from app.store.unit_of_work import StoreBase


class ReceivedFiles(StoreBase):
    """Verified electronic certificates kept for a member."""

    # --- received electronic certificates --------------------------------------------------------------

    RECEIVED_DIR = "received"  # under the data folder: byte-for-byte copies of verified files

    def received_path(self, record: ReceivedFile) -> Path:
        """Where the kept copy of ``record`` is (it may be missing: a backup from another PC)."""
        return self.path.parent / record.stored_name

    def keep_received(
        self, profile_id: int, data: bytes, verification: Verification, file_name: str
    ) -> tuple[ReceivedFile, bool]:
        """Keep a VERIFIED file for ``profile_id``: a 0600 copy of ``data`` and its record.

        Returns the record and whether it is new; the same file again (same SHA-256) is harmless and
        returns the record kept before. Refuses anything not valid: only proof is ever recorded.
        """
        facts = verification.facts
        if not verification.valid or facts is None:
            raise StoreValidationError(messages.NOT_SAVED_INVALID, detail=verification.reason.value)
        with self._read() as s:
            existing = s.exec(
                select(ReceivedFileRow).where(
                    ReceivedFileRow.profile_id == profile_id, ReceivedFileRow.sha256 == verification.sha256
                )
            ).first()
            self._profile_row(s, profile_id)
        stored_name = f"{self.RECEIVED_DIR}/{verification.sha256}.xml"
        target = self.path.parent / stored_name
        try:
            fileutil.ensure_dir(target.parent)
            if not target.exists():
                fileutil.atomic_write_bytes(target, data)
        except OSError as exc:
            raise write_error(exc) from exc
        if existing is not None:
            record = rows.received_file(existing)
            assert record is not None
            return record, False
        with self._write() as s:
            new = ReceivedFile(
                id=0,  # given by the database
                profile_id=profile_id,
                sha256=verification.sha256,
                file_name=file_name,
                stored_name=stored_name,
                imported_at=self._moment,
                verdict=verification.verdict,
                form=facts.form,
                type_id=facts.type_id,
                type_candidates=facts.type_candidates,
                tax_year=facts.tax_year,
                issuer=facts.issuer,
                person=facts.person,
                created_on=facts.created_on,
                amounts=facts.amounts,
                signer_subject="" if verification.signer is None else verification.signer.subject,
            )
            row = received_row(profile_id, new)
            s.add(row)
            s.flush()
            self._record(s, profile_id, f"received:{row.id}", None, verification.verdict.value)
            record = rows.received_file(row)
        assert record is not None
        return record, True

    def received_files(self, profile_id: int) -> list[ReceivedFile]:
        with self._read() as s:
            found = s.exec(
                select(ReceivedFileRow)
                .where(ReceivedFileRow.profile_id == profile_id)
                .order_by(col(ReceivedFileRow.id))
            ).all()
        return [r for r in map(rows.received_file, found) if r is not None]

    def remove_received(self, received_id: int) -> None:
        """Forget a record (the kept copy stays: another profile may hold the same file)."""
        with self._write() as s:
            row = s.get(ReceivedFileRow, received_id)
            if row is None:
                raise StoreNotFoundError(f"received file {received_id}")
            s.delete(row)
