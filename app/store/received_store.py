"""Verified electronic certificates kept for a member, and who signed them (pins per issuer).

The kept copies live in ``received/`` in the data folder. That folder and its files are checked with
``lstat`` and opened without following links: a link planted there is refused, never followed.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from app.domain.received import (
    ListedSigner,
    ReceivedFile,
    SignerPin,
    SignerTrust,
    Verdict,
    Verification,
    normalize_issuer,
    signer_trust,
)
from app.store import fileutil, messages, rows
from app.store.errors import (
    StoreNotFoundError,
    StoreValidationError,
    write_error,
)
from app.store.tables import (
    ReceivedFileRow,
    SignerPinRow,
)
from app.store.unit_of_work import StoreBase, existing_row

Verifier = Callable[[bytes], Verification]  # app.certificates.verify.verify_bytes
MAX_KEPT_BYTES = 4 * 1024 * 1024  # the verifier's cap (app.certificates.parsing.MAX_BYTES)


def stored_name_of(sha256: str) -> str:
    """THE name of a kept file: ``received/<sha256>.xml`` of its own content."""
    return f"{ReceivedFiles.RECEIVED_DIR}/{sha256}.xml"


def _pin(row: SignerPinRow) -> SignerPin:
    return SignerPin(
        row.issuer_key,
        row.spki_sha256,
        row.organisation,
        row.subject,
        row.first_sha256,
        row.pinned_at,
        row.accepted_at,
    )


def _pin_row(issuer_key: str, source: ReceivedFileRow, at: datetime, *, accepted: bool) -> SignerPinRow:
    """A pin of the key that signed ``source``: seen first (``accepted`` False) or accepted by the
    person after they looked."""
    return SignerPinRow(
        issuer_key=issuer_key,
        spki_sha256=source.signer_spki_sha256,
        organisation=source.signer_organisation,
        subject=source.signer_subject,
        first_sha256=source.sha256,
        pinned_at=at,
        accepted_at=at if accepted else None,
    )


def _prove(row: ReceivedFileRow, proof: Verification) -> None:
    """Fill ``row`` from a valid verification of its own file: facts and signer from the file."""
    facts, signer = proof.facts, proof.signer
    assert proof.valid and facts is not None and signer is not None and proof.sha256 == row.sha256
    row.verdict, row.file_checked = Verdict.VALID.value, True
    row.form, row.type_id = facts.form, facts.type_id
    row.type_candidates = " ".join(facts.type_candidates)
    row.tax_year, row.issuer, row.person = facts.tax_year, facts.issuer, facts.person
    row.created_on, row.amounts = facts.created_on, rows.amounts_json(facts.amounts)
    row.signer_subject, row.signer_organisation = signer.subject, signer.organisation
    row.signer_spki_sha256 = signer.spki_sha256


class ReceivedFiles(StoreBase):
    """Verified electronic certificates kept for a member."""

    RECEIVED_DIR = "received"  # under the data folder: byte-for-byte copies of verified files

    def received_path(self, record: ReceivedFile) -> Path:
        """Where the kept copy of ``record`` is (it may be missing: a backup from another PC)."""
        return self.path.parent / stored_name_of(record.sha256)

    def _received_dir(self, *, create: bool) -> Path | None:
        """``received/`` when it is a real folder (None when absent and not created); a link or
        anything else there is refused."""
        folder = self.path.parent / self.RECEIVED_DIR
        try:
            st = os.lstat(folder)
        except FileNotFoundError:
            if not create:
                return None
            try:
                folder.mkdir(mode=0o700)
            except OSError as exc:
                raise write_error(exc) from exc
            return folder
        if not stat.S_ISDIR(st.st_mode):
            raise StoreValidationError(messages.RECEIVED_NOT_REGULAR, detail=str(folder))
        return folder

    def read_kept(self, stored_name: str) -> bytes | None:
        """The bytes of a kept file, or None when it is missing, a link, or not ``received/<hex>.xml``."""
        name = stored_name.removeprefix(f"{self.RECEIVED_DIR}/")
        if f"{self.RECEIVED_DIR}/{name}" != stored_name or "/" in name or not name.endswith(".xml"):
            return None
        try:
            folder = self._received_dir(create=False)
            if folder is None:
                return None
            return fileutil.read_regular_file(folder / name, MAX_KEPT_BYTES, follow_symlinks=False)
        except (OSError, StoreValidationError):
            return None

    def _write_kept(self, sha256: str, data: bytes) -> None:
        folder = self._received_dir(create=True)
        assert folder is not None
        target = folder / f"{sha256}.xml"
        try:
            present = fileutil.require_own_regular(target)
            if present is not None:
                kept = fileutil.read_regular_file(target, MAX_KEPT_BYTES, follow_symlinks=False)
                if hashlib.sha256(kept).hexdigest() == sha256:
                    return
            fileutil.atomic_write_bytes(target, data)
        except fileutil.NotRegularFileError as exc:
            raise StoreValidationError(messages.RECEIVED_NOT_REGULAR, detail=str(exc)) from None
        except OSError as exc:
            raise write_error(exc) from exc

    def keep_received(
        self,
        profile_id: int,
        data: bytes,
        verification: Verification,
        file_name: str,
        listed: Iterable[ListedSigner] = (),
    ) -> tuple[ReceivedFile, bool]:
        """Keep a VERIFIED file for ``profile_id``: a 0600 copy of ``data`` and its record.

        Returns the record and whether it is new; the same file again (same SHA-256) is harmless and
        returns the record kept before. Refuses anything not valid: only proof is ever recorded. The
        first valid file naming an issuer pins its signer's key (``signer_pins``).
        """
        facts, signer = verification.facts, verification.signer
        if not verification.valid or facts is None or signer is None:
            raise StoreValidationError(messages.NOT_SAVED_INVALID, detail=verification.reason.value)
        if hashlib.sha256(data).hexdigest() != verification.sha256:
            raise StoreValidationError(
                messages.NOT_SAVED_INVALID, detail="bytes differ from the verified ones"
            )
        with self._read() as s:
            existing = s.exec(
                select(ReceivedFileRow).where(
                    ReceivedFileRow.profile_id == profile_id, ReceivedFileRow.sha256 == verification.sha256
                )
            ).first()
            self._profile_row(s, profile_id)
        self._write_kept(verification.sha256, data)
        with self._write() as s:
            row = None if existing is None else s.get(ReceivedFileRow, existing.id)
            new = row is None
            if row is None:
                row = ReceivedFileRow(
                    profile_id=profile_id,
                    sha256=verification.sha256,
                    file_name=file_name,
                    stored_name=stored_name_of(verification.sha256),
                    imported_at=self._moment,
                    verdict=verification.verdict.value,
                    form=facts.form,
                )
            _prove(row, verification)  # the file is here: the record says what the file says
            s.add(row)
            s.flush()
            self._pin_first(s, row)
            self._retrust(s, facts.issuer, listed)
            if new:
                self._record(s, profile_id, f"received:{row.id}", None, verification.verdict.value)
            record = rows.received_file(row)
        assert record is not None
        return record, new

    # --- who signed -------------------------------------------------------------------------------------

    def _pins(self, s: Session, issuer_key: str | None = None) -> list[SignerPin]:
        query = select(SignerPinRow).order_by(col(SignerPinRow.id))
        if issuer_key is not None:
            query = query.where(SignerPinRow.issuer_key == issuer_key)
        return [_pin(r) for r in s.exec(query).all()]

    def _pin_first(self, s: Session, row: ReceivedFileRow) -> None:
        """Pin the signer of the first valid file naming an issuer."""
        key = normalize_issuer(row.issuer)
        if not key or not row.signer_spki_sha256 or self._pins(s, key):
            return
        s.add(_pin_row(key, row, self._moment, accepted=False))
        s.flush()

    def _retrust(self, s: Session, issuer: str, listed: Iterable[ListedSigner]) -> None:
        """Decide again who signed every proven record naming ``issuer`` (after a pin changed)."""
        key = normalize_issuer(issuer)
        pins = self._pins(s, key)
        signers = tuple(listed)
        for row in s.exec(select(ReceivedFileRow)).all():
            if normalize_issuer(row.issuer) != key:
                continue
            trust = signer_trust(row.issuer, row.signer_spki_sha256, row.sha256, pins, signers)
            if row.signer_trust != trust.value:
                row.signer_trust = trust.value
                s.add(row)

    def signer_pins(self, issuer: str) -> list[SignerPin]:
        """The pin history of the issuer named ``issuer``, oldest first (the last is the current pin)."""
        with self._read() as s:
            return self._pins(s, normalize_issuer(issuer))

    def accept_signer(self, issuer: str, spki_sha256: str, listed: Iterable[ListedSigner] = ()) -> None:
        """The person looked and accepts ``spki_sha256`` as the signer of ``issuer``'s files (a renewed
        key, or the first one): a new, accepted entry in the pin history."""
        key = normalize_issuer(issuer)
        with self._write() as s:
            source = next(
                (
                    r
                    for r in s.exec(select(ReceivedFileRow)).all()
                    if r.signer_spki_sha256 == spki_sha256 and normalize_issuer(r.issuer) == key
                ),
                None,
            )
            if source is None:
                raise StoreNotFoundError(f"signer {spki_sha256[:12]} of {issuer}")
            s.add(_pin_row(key, source, self._moment, accepted=True))
            s.flush()
            self._retrust(s, issuer, listed)

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
            s.delete(existing_row(s, ReceivedFileRow, received_id, "received file"))

    def settle_imported_records(self, verify: Verifier, listed: Iterable[ListedSigner] = ()) -> None:
        """After a backup import: each record is verified again from its kept file when it is here
        (facts and signer from the file, not from the backup); otherwise it stays 記録のみ."""
        signers = tuple(listed)
        with self._write() as s:
            issuers: set[str] = set()
            for row in s.exec(select(ReceivedFileRow).order_by(col(ReceivedFileRow.imported_at))).all():
                data = self.read_kept(row.stored_name)
                proof = None if data is None else verify(data)
                if proof is None or not proof.valid or proof.sha256 != row.sha256 or proof.facts is None:
                    row.file_checked = False
                    row.signer_trust = SignerTrust.UNKNOWN.value
                    s.add(row)
                    continue
                _prove(row, proof)
                s.add(row)
                s.flush()
                self._pin_first(s, row)
                issuers.add(row.issuer)
            for issuer in issuers:
                self._retrust(s, issuer, signers)


def read_pins(data_dir: Path) -> list[SignerPin]:
    """The signer pins of the database in ``data_dir``, read only (``certificates verify`` changes
    nothing, not even a migration); none when there is no database or it cannot be read."""
    import sqlite3

    from app.store.migrations import DB_NAME

    db = data_dir / DB_NAME
    if not db.is_file():
        return []
    try:
        connection = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        try:
            found = connection.execute(
                "SELECT issuer_key, spki_sha256, organisation, subject, first_sha256, pinned_at, accepted_at"
                " FROM signer_pin ORDER BY id"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return []
    return [
        SignerPin(
            k,
            spki,
            org,
            subj,
            first,
            datetime.fromisoformat(at),
            None if acc is None else datetime.fromisoformat(acc),
        )
        for k, spki, org, subj, first, at, acc in found
    ]
