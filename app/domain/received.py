"""Electronic certificates the user received (電子的控除証明書等): the verifier's result and the kept record.

Pure data and rules, shared by the verifier (``app.certificates``), the store, the plan and the UI, so
none of them needs lxml. Verdicts and reasons are stable codes; their sentences, for the GUI and the
CLI alike, are in the one catalogue (``app.i18n.received``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Verdict(StrEnum):
    VALID = "valid"  # the signature verifies and covers the whole certificate
    TAMPERED = "tampered"  # signed, but the content or the signature changed (or covers only a part)
    UNSIGNED = "unsigned"  # a certificate without a signature
    UNREADABLE = "unreadable"  # not a certificate: malformed, hostile, too large, empty, unknown form


class Reason(StrEnum):
    """Why a verdict was reached; each has one sentence in ``app.i18n.received.verdict_text``."""

    VALID = "valid"
    CONTENT_CHANGED = "content_changed"  # the digest of the signed content no longer matches
    SIGNATURE_CHANGED = "signature_changed"  # the signature value does not verify
    PARTIAL_SIGNATURE = "partial_signature"  # the signature covers only a part of the file
    NO_SIGNATURE = "no_signature"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_XML = "not_xml"
    FORBIDDEN_MARKUP = "forbidden_markup"  # DTD or entity declarations: never in a real certificate
    UNKNOWN_FORM = "unknown_form"
    UNSUPPORTED_SIGNATURE = "unsupported_signature"  # an algorithm or layout we do not accept
    UNREADABLE_FILE = "unreadable_file"  # the file itself could not be opened
    TOO_COMPLEX = "too_complex"  # more elements, attributes, text, nesting or KeyInfo than any real form
    UNSUPPORTED_TRANSFORM = "unsupported_transform"  # a transform an e-Tax file never uses
    UNSUPPORTED_KEY = "unsupported_key"  # not an RSA key of 1024–4096 bits
    SPLIT_VALUE = "split_value"  # a comment or processing instruction inside the signed content


VERDICT_OF: dict[Reason, Verdict] = {
    Reason.VALID: Verdict.VALID,
    Reason.CONTENT_CHANGED: Verdict.TAMPERED,
    Reason.SIGNATURE_CHANGED: Verdict.TAMPERED,
    Reason.PARTIAL_SIGNATURE: Verdict.TAMPERED,
    Reason.NO_SIGNATURE: Verdict.UNSIGNED,
    Reason.EMPTY: Verdict.UNREADABLE,
    Reason.TOO_LARGE: Verdict.UNREADABLE,
    Reason.NOT_XML: Verdict.UNREADABLE,
    Reason.FORBIDDEN_MARKUP: Verdict.UNREADABLE,
    Reason.UNKNOWN_FORM: Verdict.UNREADABLE,
    Reason.UNSUPPORTED_SIGNATURE: Verdict.UNREADABLE,
    Reason.UNREADABLE_FILE: Verdict.UNREADABLE,
    Reason.TOO_COMPLEX: Verdict.UNREADABLE,
    Reason.UNSUPPORTED_TRANSFORM: Verdict.UNREADABLE,
    Reason.UNSUPPORTED_KEY: Verdict.UNREADABLE,
    Reason.SPLIT_VALUE: Verdict.UNREADABLE,
}


class SignerTrust(StrEnum):
    """Who signed: a second answer beside the verdict (which says only that the content is intact)."""

    KNOWN = "known"  # listed in the catalog, or a pinned key (by an earlier file, or accepted)
    UNKNOWN = "unknown"  # nothing confirms who holds this key
    CHANGED = "changed"  # this issuer's files were signed by another key before


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount of a certificate, labelled from the schema (``app.i18n.certificate_items`` says it)."""

    code: str  # the schema's element name, e.g. "WCE00350"
    label_ja: str
    value: int


@dataclass(frozen=True, slots=True)
class Field:
    """One filled-in item of the form, for the readable view."""

    code: str
    label_ja: str
    value: str


@dataclass(frozen=True, slots=True)
class Signer:
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    valid_on_creation: bool | None  # whether the certificate was valid on sakuseiDay (None: no date)
    trusted: bool | None  # chains to a root the app ships; None: unknown (no roots shipped)
    algorithm: str  # "rsa-sha1" / "rsa-sha256"
    organisation: str = ""  # O= of the signing certificate (CN= when it has none), in words
    spki_sha256: str = ""  # SHA-256 of the certificate's SubjectPublicKeyInfo: the key, whoever names it


@dataclass(frozen=True, slots=True)
class ListedSigner:
    """A signer the signed catalog names for an issuer, with where that was checked."""

    organisation: str
    spki_sha256: str
    source: str
    checked_on: date


@dataclass(frozen=True, slots=True)
class SignerPin:
    """One entry of an issuer's pin history (the last one is the current pin)."""

    issuer_key: str  # normalize_issuer() of the issuer named in the file
    spki_sha256: str
    organisation: str
    subject: str
    first_sha256: str  # the file that pinned it
    pinned_at: datetime
    accepted_at: datetime | None = None  # the person looked and accepted this key


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    """What a file says. Filled only from signed content (or only ``form`` when nothing is signed)."""

    form: str  # "TEG800"
    form_name: str  # 様式名 from the schema
    type_id: str | None  # the catalog type (the first candidate when the form serves several)
    type_candidates: tuple[str, ...] = ()
    tax_year: int | None = None
    issuer: str = ""
    person: str = ""
    created_on: date | None = None  # sakuseiDay
    amounts: tuple[Amount, ...] = ()
    fields: tuple[Field, ...] = ()  # the first ones (app.certificates.fields.MAX_FIELDS)
    field_total: int = 0  # how many filled-in items the form has in all


@dataclass(frozen=True, slots=True)
class Verification:
    """The verifier's answer for one file."""

    reason: Reason
    sha256: str
    size: int
    facts: CertificateFacts | None = None
    signer: Signer | None = None

    @property
    def verdict(self) -> Verdict:
        return VERDICT_OF[self.reason]

    @property
    def valid(self) -> bool:
        return self.reason is Reason.VALID


@dataclass(frozen=True, slots=True)
class ReceivedFile:
    """A verified file kept for a profile (the bytes are in the data folder under ``stored_name``)."""

    id: int
    profile_id: int
    sha256: str
    file_name: str  # the name it had when imported
    stored_name: str  # relative to the data folder
    imported_at: datetime
    verdict: Verdict
    form: str
    type_id: str | None
    tax_year: int | None
    issuer: str
    person: str
    created_on: date | None = None
    amounts: tuple[Amount, ...] = ()
    signer_subject: str = ""
    type_candidates: tuple[str, ...] = ()
    signer_organisation: str = ""
    signer_spki_sha256: str = ""
    signer_trust: SignerTrust = SignerTrust.UNKNOWN
    file_checked: bool = True  # False: a backup's record whose file was not here to verify (記録のみ)

    @property
    def verified(self) -> bool:
        """The content was proven from the kept file (the signer is a separate answer)."""
        return self.verdict is Verdict.VALID and self.file_checked

    @property
    def signer_known(self) -> bool:
        return self.verified and self.signer_trust is SignerTrust.KNOWN

    def types(self) -> tuple[str, ...]:
        if self.type_candidates:
            return self.type_candidates
        return () if self.type_id is None else (self.type_id,)


def organisation_of(subject: str, organisation: str) -> str:
    """The signer in words: the certificate's organisation, never a raw DN."""
    return organisation or subject


def signer_trust(
    issuer: str,
    spki_sha256: str,
    file_sha256: str,
    pins: Sequence[SignerPin],
    listed: Iterable[ListedSigner] = (),
) -> SignerTrust:
    """Who signed a valid file naming ``issuer``: known, unknown or changed (see :class:`SignerTrust`).

    ``pins``: the pin history, oldest first. The first file of an issuer pins its key but is itself
    unknown (nothing but that file vouches for it) until the person accepts it; later files with a key
    of the history are known (a renewal the person accepted keeps the older key's files known); a key
    outside the history is changed.
    """
    if any(s.spki_sha256 == spki_sha256 and issuer_matches(s.organisation, issuer) for s in listed):
        return SignerTrust.KNOWN
    key = normalize_issuer(issuer)
    mine = [p for p in pins if p.issuer_key == key and p.spki_sha256 == spki_sha256]
    if not mine:
        return SignerTrust.CHANGED if any(p.issuer_key == key for p in pins) else SignerTrust.UNKNOWN
    if any(p.accepted_at is not None or p.first_sha256 != file_sha256 for p in mine):
        return SignerTrust.KNOWN
    return SignerTrust.UNKNOWN


# --- matching a file to a planned certificate ---------------------------------------------------------

_COMPANY_MARKS = ("株式会社", "(株)", "有限会社", "(有)", "相互会社")  # i18n: matched, never shown
_SPACES = re.compile(r"\s+")


def normalize_issuer(name: str) -> str:
    """Comparison key for issuer names: NFKC, no 株式会社/(株) or spaces, case-folded."""
    text = name
    for _ in range(len(name) + 2):  # removing spaces or marks can let NFKC compose again: repeat
        before = text
        text = unicodedata.normalize("NFKC", text)
        for mark in _COMPANY_MARKS:
            text = text.replace(mark, "")
        text = unicodedata.normalize("NFKC", _SPACES.sub("", text).casefold())
        if text == before:
            break
    return text


def issuer_matches(typed: str, in_file: str) -> bool:
    """True when the typed issuer and the file's issuer name the same company.

    One may be a shortening of the other (「第一生命」 and 「第一生命保険株式会社」), so containment counts.
    """
    a, b = normalize_issuer(typed), normalize_issuer(in_file)
    if not a or not b:
        return False
    return a in b or b in a


def find_received(
    type_id: str, issuer: str, files: Iterable[ReceivedFile], tax_year: int, *, verified: bool = True
) -> ReceivedFile | None:
    """The newest verified file of ``type_id`` for ``tax_year`` whose issuer matches, if any
    (``verified=False``: the newest record kept without its file, 記録のみ)."""
    found = [
        f
        for f in files
        if f.verified == verified
        and f.verdict is Verdict.VALID
        and f.tax_year == tax_year
        and type_id in f.types()
        and issuer_matches(issuer, f.issuer)
    ]
    return max(found, key=lambda f: f.imported_at) if found else None


def unmatched(
    files: Sequence[ReceivedFile], selections: Iterable[tuple[str, str]], tax_year: int
) -> tuple[ReceivedFile, ...]:
    """Verified files of ``tax_year`` that no (type_id, issuer) selection claims: offer to add them."""
    pairs = tuple(selections)
    return tuple(
        f
        for f in files
        if f.verified
        and f.tax_year == tax_year
        and not any(t in f.types() and issuer_matches(i, f.issuer) for t, i in pairs)
    )
