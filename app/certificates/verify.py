"""One file in, one ``Verification`` out: size cap, hardened parse, form, signature, signed facts.

Never raises for bad input: every refusal is a ``Reason`` with one sentence (app.domain.received).
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from lxml import etree

from app.certificates import fields, parsing, signature
from app.certificates.forms import FORMS, NS_KYOTSU
from app.domain.received import Reason, Verification


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify_bytes(data: bytes) -> Verification:
    digest, size = _sha256(data), len(data)
    try:
        root = parsing.parse(data)
    except parsing.Refused as refused:
        return Verification(refused.reason, digest, size)
    if not isinstance(root.tag, str):
        return Verification(Reason.NOT_XML, digest, size)
    qname = etree.QName(root)
    spec = FORMS.get(qname.localname) if qname.namespace == NS_KYOTSU else None
    if spec is None:
        return Verification(Reason.UNKNOWN_FORM, digest, size)
    claimed = fields.form_only(spec.form, spec)
    checked = signature.check(root, fields.iso_day(root.get("sakuseiDay")))
    if checked.reason is not Reason.VALID or checked.signed_root is None:
        return Verification(checked.reason, digest, size, claimed)
    facts = fields.signed_facts(checked.signed_root, spec)
    return Verification(Reason.VALID, digest, size, facts, checked.signer)


def verify_file(path: Path) -> Verification:
    try:
        data = parsing.read_capped(path)
    except parsing.Refused as refused:
        size = 0
        with contextlib.suppress(OSError):
            size = path.stat().st_size
        return Verification(refused.reason, "", size)
    return verify_bytes(data)


def read_for_import(path: Path) -> tuple[bytes, Verification] | Verification:
    """The bytes and their verification (so the bytes kept are exactly the bytes verified)."""
    try:
        data = parsing.read_capped(path)
    except parsing.Refused as refused:
        return Verification(refused.reason, "", 0)
    return data, verify_bytes(data)
