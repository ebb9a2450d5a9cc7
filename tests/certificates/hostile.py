"""Hostile certificate files (issue 23's attack run), for the tests and ``benchmarks/certificates_verify.py``.

Each builder returns bytes at most ``MAX_BYTES`` long. Files said to be "signed" carry a real signature
by a throwaway key (tests/certificates/fixtures.py); the big ones carry a signature block whose values
are not real: the verifier must refuse them by their shape, before any cryptography.
"""

from __future__ import annotations

import base64

from lxml import etree

from app.certificates.parsing import MAX_BYTES
from tests.certificates import fixtures

D = "{http://www.w3.org/2000/09/xmldsig#}"
FORGER = "日本生命保険相互会社"
B64_TRANSFORM = "http://www.w3.org/2000/09/xmldsig#base64"


def forged_issuer() -> bytes:
    """Signed by a throwaway CA whose certificate names 日本生命保険相互会社, for 99,999,999 円."""
    who = fixtures.identity(organisation=FORGER)
    return fixtures.sign(fixtures.teg800(issuer=FORGER, amount=99_999_999), who=who)


def _signature(root: etree._Element) -> etree._Element:
    found = root.find(f"{D}Signature")
    assert found is not None
    return found


def padded_keyinfo(modulus_bytes: int) -> bytes:
    """A validly signed file with a huge RSAKeyValue added to KeyInfo (outside the signed content)."""
    root = etree.fromstring(fixtures.sign(fixtures.teg800()))
    key_info = _signature(root).find(f"{D}KeyInfo")
    assert key_info is not None
    value = etree.SubElement(key_info, f"{D}KeyValue")
    rsa = etree.SubElement(value, f"{D}RSAKeyValue")
    etree.SubElement(rsa, f"{D}Modulus").text = base64.b64encode(b"\xc3" * modulus_bytes).decode()
    etree.SubElement(rsa, f"{D}Exponent").text = "AQAB"
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _with_fake_signature(body: str, form: str = "TEG800") -> bytes:
    """A form with ``body`` inside and a signature block shaped like an issuer's (values not real)."""
    signature = (
        '<dsig:Signature xmlns:dsig="http://www.w3.org/2000/09/xmldsig#"><dsig:SignedInfo>'
        '<dsig:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>'
        '<dsig:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
        f'<dsig:Reference URI="#{form}1"><dsig:Transforms>'
        '<dsig:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>'
        '</dsig:Transforms><dsig:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'
        "<dsig:DigestValue>AAAA</dsig:DigestValue></dsig:Reference></dsig:SignedInfo>"
        "<dsig:SignatureValue>AAAA</dsig:SignatureValue></dsig:Signature>"
    )
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?><{form} xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu"'
        f' xmlns:gen="http://xml.e-tax.nta.go.jp/XSD/general" id="{form}1" sakuseiDay="2025-10-20">'
    )
    return (head + body + signature + f"</{form}>").encode("utf-8")


def _fill(unit: str, tail: str = "") -> str:
    room = MAX_BYTES - 1200 - len(tail.encode())
    return unit * (room // len(unit.encode())) + tail


def many_attributes(count: int | None = None) -> bytes:
    """One element with ``count`` attributes (None: as many as fit in 4 MB, ~330,000)."""
    names = "".join(f' a{i:x}="1"' for i in range(count or 400_000))
    if count is None:
        names = names[: MAX_BYTES - 1500]
        names = names[: names.rindex('"1"') + 3]
    return _with_fake_signature(f"<WCB00000{names}>1</WCB00000>")


def many_elements(count: int | None = None) -> bytes:
    """``count`` empty elements (None: as many as fit in 4 MB, ~900,000)."""
    return _with_fake_signature("<a/>" * count if count else _fill("<a/>"))


def deep_nesting(depth: int = 200_000) -> bytes:
    """Elements nested ``depth`` deep."""
    return _with_fake_signature("<a>" * depth + "</a>" * depth)


def long_text(length: int | None = None) -> bytes:
    """One value of ``length`` digits (None: ~4 MB)."""
    if length:
        return _with_fake_signature("<WCB00000>" + "1" * length + "</WCB00000>")
    return _with_fake_signature("<WCB00000>" + _fill("1", "</WCB00000>"))


def many_fields(count: int | None = None) -> bytes:
    """``count`` filled-in fields of the form (None: ~180,000, the details dialog's worst case)."""
    unit = "<WCE00040>1</WCE00040>"
    return _with_fake_signature(unit * count if count else _fill(unit))


def signed_fields(count: int) -> bytes:
    """A validly signed form with ``count`` extra filled-in fields (inside every bound when < ~49,000)."""
    plain = b"<WCE00040>A-0001</WCE00040>"
    return fixtures.sign(fixtures.teg800().replace(plain, plain + b"<WCE00040>1</WCE00040>" * count))


def with_transforms(*algorithms: str) -> bytes:
    """A signed file whose one Reference lists ``algorithms`` as its transforms (signature then broken)."""
    root = etree.fromstring(fixtures.sign(fixtures.teg800()))
    transforms = _signature(root).find(f"{D}SignedInfo/{D}Reference/{D}Transforms")
    assert transforms is not None
    for child in list(transforms):
        transforms.remove(child)
    for algorithm in algorithms:
        etree.SubElement(transforms, f"{D}Transform", Algorithm=algorithm)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def split_amount(marker: str) -> bytes:
    """Self-signed: the amount written as ``8`` + marker + ``4000`` (a PI or comment inside the value)."""
    plain = b"<WCE00350>84000</WCE00350>"
    unsigned = fixtures.teg800().replace(plain, f"<WCE00350>8{marker}4000</WCE00350>".encode())
    assert unsigned != fixtures.teg800()
    return fixtures.sign(unsigned)


def comment_after_signing() -> bytes:
    """A valid file, then a comment slipped into the amount (C14N without comments ignores it)."""
    signed = fixtures.sign(fixtures.teg800())
    changed = signed.replace(b"<WCE00350>84000</WCE00350>", b"<WCE00350>8<!--x-->4000</WCE00350>")
    assert changed != signed
    return changed


def large_key(bits: int) -> bytes:
    """Signed with an RSA key of ``bits`` bits."""
    return fixtures.sign(fixtures.teg800(), who=fixtures.identity(key_size=bits))


BIG_FILES = {
    "padded KeyInfo (4 MB modulus)": lambda: padded_keyinfo(3_000_000),
    "330,000 attributes": many_attributes,
    "900,000 elements": many_elements,
    "200,000 deep": deep_nesting,
    "4 MB of text in one value": long_text,
    "180,000 fields": many_fields,
}
