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
}


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount of a certificate, labelled from the schema (``label_ja``) and the glossary (en)."""

    code: str  # the schema's element name, e.g. "WCE00350"
    label_ja: str
    label_en: str
    value: int


@dataclass(frozen=True, slots=True)
class Field:
    """One filled-in item of the form, for the readable view."""

    code: str
    label_ja: str
    label_en: str
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
    fields: tuple[Field, ...] = ()


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

    @property
    def verified(self) -> bool:
        return self.verdict is Verdict.VALID

    def types(self) -> tuple[str, ...]:
        if self.type_candidates:
            return self.type_candidates
        return () if self.type_id is None else (self.type_id,)


# --- matching a file to a planned certificate ---------------------------------------------------------

_COMPANY_MARKS = ("株式会社", "(株)", "有限会社", "(有)", "相互会社")
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
    type_id: str, issuer: str, files: Iterable[ReceivedFile], tax_year: int
) -> ReceivedFile | None:
    """The newest verified file of ``type_id`` for ``tax_year`` whose issuer matches, if any."""
    found = [
        f
        for f in files
        if f.verified and f.tax_year == tax_year and type_id in f.types() and issuer_matches(issuer, f.issuer)
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
