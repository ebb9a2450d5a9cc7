"""Issue 23 (6): no traceback on any input — transforms, KeyInfo variants and signature placement fuzzed.

Every variant answers with a Verification; only a file whose signed content and signer are exactly the
original's can be valid. Example counts stay modest: each example is a real verification.
"""

from __future__ import annotations

import base64
import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from app.certificates.verify import verify_bytes
from app.domain.received import Verdict
from tests.certificates import fixtures

D = "{http://www.w3.org/2000/09/xmldsig#}"
SIGNED = fixtures.sign(fixtures.teg800())
ORIGINAL = verify_bytes(SIGNED)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ALGORITHMS = [
    "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
    "http://www.w3.org/2001/10/xml-exc-c14n#",
    "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
    "http://www.w3.org/2006/12/xml-c14n11",
    "http://www.w3.org/2000/09/xmldsig#base64",
    "http://www.w3.org/TR/1999/REC-xpath-19991116",
    "http://www.w3.org/2002/06/xmldsig-filter2",
    "http://www.w3.org/TR/1999/REC-xslt-19991116",
    "",
    "urn:nonsense",
]


def _tree() -> etree._Element:
    return etree.fromstring(SIGNED)


def _signature(root: etree._Element) -> etree._Element:
    found = root.find(f"{D}Signature")
    assert found is not None
    return found


def _bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _answers(data: bytes) -> None:
    v = verify_bytes(data)  # must not raise
    if v.verdict is Verdict.VALID:
        assert v.facts == ORIGINAL.facts and v.signer == ORIGINAL.signer


@FUZZ
@given(
    st.lists(st.sampled_from(ALGORITHMS), max_size=4),
    st.booleans(),
    st.sampled_from(["Transforms", "CanonicalizationMethod"]),
)
def test_any_transforms_answer_without_a_traceback(
    algorithms: list[str], with_child: bool, where: str
) -> None:
    root = _tree()
    info = _signature(root).find(f"{D}SignedInfo")
    assert info is not None
    if where == "Transforms":
        transforms = info.find(f"{D}Reference/{D}Transforms")
        assert transforms is not None
        transforms.clear()
        for algorithm in algorithms:
            t = etree.SubElement(transforms, f"{D}Transform", Algorithm=algorithm)
            if with_child:
                etree.SubElement(t, f"{D}XPath").text = "not(ancestor-or-self::*)"
    else:
        method = info.find(f"{D}CanonicalizationMethod")
        assert method is not None
        method.set("Algorithm", algorithms[0] if algorithms else "")
    _answers(_bytes(root))


KEY_INFO_EDITS = st.sampled_from(
    [
        "drop_x509data",
        "duplicate_certificate",
        "garble_certificate",
        "empty_certificate",
        "key_value",
        "der_key_value",
        "key_name",
        "issuer_serial",
        "second_key_info",
        "drop_key_info",
        "huge_text",
    ]
)


@FUZZ
@given(st.lists(KEY_INFO_EDITS, min_size=1, max_size=3), st.binary(min_size=1, max_size=300))
def test_any_key_info_answers_without_a_traceback(edits: list[str], noise: bytes) -> None:
    root = _tree()
    signature = _signature(root)
    key_info = signature.find(f"{D}KeyInfo")
    assert key_info is not None
    text = base64.b64encode(noise).decode()
    for edit in edits:
        x509 = key_info.find(f"{D}X509Data")
        cert = None if x509 is None else x509.find(f"{D}X509Certificate")
        if edit == "drop_x509data" and x509 is not None:
            key_info.remove(x509)
        elif edit == "duplicate_certificate" and x509 is not None and cert is not None:
            x509.insert(0, copy.deepcopy(cert))
        elif edit == "garble_certificate" and cert is not None:
            cert.text = text
        elif edit == "empty_certificate" and cert is not None:
            cert.text = None
        elif edit == "key_value":
            rsa = etree.SubElement(etree.SubElement(key_info, f"{D}KeyValue"), f"{D}RSAKeyValue")
            etree.SubElement(rsa, f"{D}Modulus").text = text
            etree.SubElement(rsa, f"{D}Exponent").text = "AQAB"
        elif edit == "der_key_value":
            der = "{http://www.w3.org/2009/xmldsig11#}DEREncodedKeyValue"
            etree.SubElement(key_info, der).text = text
        elif edit == "key_name":
            etree.SubElement(key_info, f"{D}KeyName").text = noise.hex()
        elif edit == "issuer_serial" and x509 is not None:
            serial = etree.SubElement(x509, f"{D}X509IssuerSerial")
            etree.SubElement(serial, f"{D}X509IssuerName").text = "CN=x"
            etree.SubElement(serial, f"{D}X509SerialNumber").text = str(len(noise))
        elif edit == "second_key_info":
            signature.append(copy.deepcopy(key_info))
        elif edit == "drop_key_info" and key_info.getparent() is not None:
            signature.remove(key_info)
        elif edit == "huge_text":
            etree.SubElement(key_info, f"{D}KeyName").text = "A" * 40_000
    _answers(_bytes(root))


PLACEMENTS = st.sampled_from(
    [
        "first_child",
        "into_field",
        "duplicate",
        "wrap_root",
        "copy_into_field",
        "after_root_text",
        "reference_inner",
    ]
)


@FUZZ
@given(PLACEMENTS)
def test_any_signature_placement_answers_without_a_traceback(where: str) -> None:
    root = _tree()
    signature = _signature(root)
    field = next(root.iter("{http://xml.e-tax.nta.go.jp/XSD/kyotsu}WCE00040"))
    if where == "first_child":
        root.remove(signature)
        root.insert(0, signature)
    elif where == "into_field":
        root.remove(signature)
        field.append(signature)
    elif where == "duplicate":
        root.append(copy.deepcopy(signature))
    elif where == "copy_into_field":
        field.append(copy.deepcopy(signature))
    elif where == "wrap_root":
        wrapper = etree.Element("{http://xml.e-tax.nta.go.jp/XSD/kyotsu}TEG800", id=root.get("id"))
        wrapper.append(root)
        wrapper.append(copy.deepcopy(signature))
        root = wrapper
    elif where == "after_root_text":
        signature.tail = "x"
    elif where == "reference_inner":
        field.set("id", "inner")
        reference = signature.find(f"{D}SignedInfo/{D}Reference")
        assert reference is not None
        reference.set("URI", "#inner")
    data = _bytes(root)
    v = verify_bytes(data)
    if where in ("into_field", "duplicate", "copy_into_field", "wrap_root", "reference_inner"):
        assert v.verdict is not Verdict.VALID, where
    _answers(data)
