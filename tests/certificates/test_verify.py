"""The verifier on generated signed files and every damaged variant the issue names."""

from __future__ import annotations

import base64
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import i18n
from app.certificates.verify import verify_bytes, verify_file
from app.domain.received import Reason, Verdict
from app.i18n.certificate_items import form_label, item_label
from tests.certificates import fixtures


def test_rsa_sha256_file_is_valid_with_its_facts(signed_teg800: bytes) -> None:
    v = verify_bytes(signed_teg800)
    assert v.verdict is Verdict.VALID and v.reason is Reason.VALID
    facts = v.facts
    assert facts is not None
    assert (facts.form, facts.type_id, facts.tax_year) == ("TEG800", "life_insurance", 2025)
    assert facts.issuer == "テスト生命保険株式会社"
    assert facts.person == "公的 一郎"
    assert facts.form_name == "生命保険料控除証明書"
    assert [(a.code, a.value) for a in facts.amounts] == [("WCE00350", 84000)]
    assert facts.amounts[0].label_ja == "証明額・新制度・一般・差引保険料等合計額"  # from the schema
    i18n.install("en")
    try:  # the English is the catalogue's, segment by segment
        label = item_label(facts.amounts[0].label_ja)
        assert label == "Certified amount – new scheme – general – net premiums"
        assert form_label(facts.form_name) == "Life insurance premium deduction certificate"
        assert item_label("証明額・未知の項目") == "Certified amount – 未知の項目"  # unknown: stays Japanese
    finally:
        i18n.install("ja")
    assert item_label(facts.amounts[0].label_ja) == facts.amounts[0].label_ja
    assert any(f.code == "WCE00040" and f.value == "A-0001" for f in facts.fields)
    assert v.signer is not None
    assert v.signer.algorithm == "rsa-sha256"
    assert "テスト生命保険株式会社" in v.signer.subject
    assert v.signer.valid_on_creation is True
    assert v.signer.trusted is None  # no roots shipped: unknown is the honest answer


def test_rsa_sha1_file_is_valid(signed_teg800_sha1: bytes) -> None:
    v = verify_bytes(signed_teg800_sha1)
    assert v.verdict is Verdict.VALID
    assert v.signer is not None and v.signer.algorithm == "rsa-sha1"


def test_wareki_year_and_pension_form(signed_teg840: bytes) -> None:
    v = verify_bytes(signed_teg840)
    assert v.verdict is Verdict.VALID and v.facts is not None
    assert (v.facts.form, v.facts.type_id, v.facts.tax_year) == ("TEG840", "national_pension_premium", 2025)
    assert v.facts.issuer == "差出人 日本年金機構"
    assert [a.value for a in v.facts.amounts] == [203760, 0, 203760]


def test_base64_lines_are_written_as_char_refs(signed_teg800: bytes) -> None:
    assert b"&#13;\n" in signed_teg800


def test_certificate_expired_on_creation_day_is_reported_not_refused() -> None:
    old = fixtures.identity(datetime(2010, 1, 1, tzinfo=UTC), 365)
    v = verify_bytes(fixtures.sign(fixtures.teg800(), who=old))
    assert v.verdict is Verdict.VALID
    assert v.signer is not None and v.signer.valid_on_creation is False


# --- damage -----------------------------------------------------------------------------------------


def test_changed_amount_is_tampered(signed_teg800: bytes) -> None:
    data = signed_teg800.replace(b"<WCE00350>84000<", b"<WCE00350>94000<")
    assert data != signed_teg800
    v = verify_bytes(data)
    assert v.verdict is Verdict.TAMPERED and v.reason is Reason.CONTENT_CHANGED
    assert v.facts is not None and v.facts.amounts == () and v.facts.tax_year is None  # nothing unproven


def test_flipped_signature_byte_is_tampered(signed_teg800: bytes) -> None:
    match = re.search(rb"<dsig:SignatureValue>(.*?)</dsig:SignatureValue>", signed_teg800, re.S)
    assert match is not None
    raw = bytearray(base64.b64decode(match.group(1).replace(b"&#13;", b"")))
    raw[10] ^= 0x01
    data = signed_teg800.replace(match.group(1), base64.b64encode(bytes(raw)))
    v = verify_bytes(data)
    assert v.verdict is Verdict.TAMPERED and v.reason is Reason.SIGNATURE_CHANGED


def test_whitespace_between_elements_is_tampered(signed_teg800: bytes) -> None:
    data = signed_teg800.replace(b"</WCA00000>\n", b"</WCA00000>\n\n    ", 1)
    assert data != signed_teg800
    assert verify_bytes(data).reason is Reason.CONTENT_CHANGED


def test_signature_over_an_inner_element_is_refused_and_forged_amounts_never_read() -> None:
    unsigned = fixtures.teg800().replace(b"<WCD00000>", b'<WCD00000 id="person1">')
    signed = fixtures.sign(unsigned, reference="person1")
    forged = signed.replace(b"<WCE00350>84000<", b"<WCE00350>9999999<")
    for data in (signed, forged):
        v = verify_bytes(data)
        assert v.verdict is Verdict.TAMPERED and v.reason is Reason.PARTIAL_SIGNATURE
        assert v.facts is not None and v.facts.amounts == () and v.signer is None
        assert "9999999" not in repr(v)


def test_root_id_shared_with_an_inner_element_is_not_valid(signed_teg800: bytes) -> None:
    data = signed_teg800.replace(b"<WCD00000>", b'<WCD00000 Id="TEG80020251020000000001">')
    assert verify_bytes(data).verdict is not Verdict.VALID


def test_signature_moved_inside_an_element_is_refused(signed_teg800: bytes) -> None:
    start = signed_teg800.index(b"<dsig:Signature")
    end = signed_teg800.index(b"</dsig:Signature>") + len(b"</dsig:Signature>")
    sig = signed_teg800[start:end]
    data = signed_teg800[:start] + signed_teg800[end:]
    data = data.replace(b"</WCE00000>", sig + b"</WCE00000>")
    assert verify_bytes(data).reason is Reason.PARTIAL_SIGNATURE


def test_unsigned_file() -> None:
    v = verify_bytes(fixtures.teg800())
    assert v.verdict is Verdict.UNSIGNED and v.reason is Reason.NO_SIGNATURE
    assert v.facts is not None and v.facts.form == "TEG800" and v.facts.issuer == ""


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<TEG800 xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu" id="x"><WCA00000>&lol9;</WCA00000></TEG800>"""


def test_billion_laughs_is_refused() -> None:
    v = verify_bytes(BILLION_LAUGHS)
    assert v.verdict is Verdict.UNREADABLE and v.reason is Reason.FORBIDDEN_MARKUP


def test_external_entity_content_appears_nowhere(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE TEG800 [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<TEG800 xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu" id="x"><WCA00000>&xxe;</WCA00000></TEG800>'
    ).encode()
    v = verify_bytes(data)
    assert v.verdict is Verdict.UNREADABLE and v.reason is Reason.FORBIDDEN_MARKUP
    assert "TOPSECRET" not in repr(v)
    # also when the DOCTYPE is hidden from the byte scan by an encoding the scan cannot read
    utf16 = data.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16")
    v16 = verify_bytes(utf16)
    assert v16.verdict is Verdict.UNREADABLE and "TOPSECRET" not in repr(v16)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", Reason.EMPTY),
        (b"   \n", Reason.EMPTY),
        (b"%PDF-1.7 not xml at all", Reason.NOT_XML),
        (b"<TEG800", Reason.NOT_XML),
        (b"<html><body>hi</body></html>", Reason.UNKNOWN_FORM),
        (b'<TEG999 xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu"/>', Reason.UNKNOWN_FORM),
    ],
)
def test_not_a_certificate(data: bytes, reason: Reason) -> None:
    v = verify_bytes(data)
    assert v.verdict is Verdict.UNREADABLE and v.reason is reason


def test_40_mb_file_is_refused_before_reading(tmp_path: Path, signed_teg800: bytes) -> None:
    big = tmp_path / "big.xml"
    with open(big, "wb") as fh:
        fh.write(signed_teg800)
        fh.truncate(40 * 1024 * 1024)
    v = verify_file(big)
    assert v.verdict is Verdict.UNREADABLE and v.reason is Reason.TOO_LARGE
    assert verify_bytes(signed_teg800 + b" " * (40 * 1024 * 1024)).reason is Reason.TOO_LARGE


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    assert verify_file(tmp_path / "nope.xml").reason is Reason.UNREADABLE_FILE


# --- re-encodings that keep the signature --------------------------------------------------------------


def test_crlf_and_bom_stay_valid(signed_teg800: bytes) -> None:
    data = b"\xef\xbb\xbf" + signed_teg800.replace(b"\n", b"\r\n")
    assert verify_bytes(data).verdict is Verdict.VALID


def test_shift_jis_stays_valid(signed_teg800: bytes) -> None:
    text = signed_teg800.decode("utf-8").replace('encoding="UTF-8"', 'encoding="Shift_JIS"', 1)
    v = verify_bytes(text.encode("cp932"))
    assert v.verdict is Verdict.VALID
    assert v.facts is not None and v.facts.issuer == "テスト生命保険株式会社"


def test_shift_jis_still_declaring_utf8_stays_valid(signed_teg800: bytes) -> None:
    """Notepad's "ANSI" save re-encodes the bytes but keeps the declaration."""
    data = signed_teg800.decode("utf-8").encode("cp932")
    assert verify_bytes(data).verdict is Verdict.VALID


def test_file_on_disk(tmp_path: Path) -> None:
    path = fixtures.valid_file(tmp_path / "a.xml", form="TEG840", sha1=True)
    v = verify_file(path)
    assert v.verdict is Verdict.VALID and len(v.sha256) == 64 and v.size == path.stat().st_size


def test_namespace_that_cannot_be_canonicalised_is_a_verdict_not_a_crash(signed_teg800: bytes) -> None:
    """Found by the fuzz test: a relative namespace URI makes C14N fail inside the verifier."""
    data = signed_teg800.replace(b'xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu"', b'xmlns="kyotsu"', 1)
    assert verify_bytes(data).verdict is not Verdict.VALID
    data = signed_teg800.replace(b'xmlns:kyo="http://', b'xmlns:kyo="', 1)
    assert verify_bytes(data).verdict is not Verdict.VALID


def test_damaged_certificate_in_keyinfo_is_refused_not_a_crash(signed_teg800: bytes) -> None:
    """Found by fuzzing: KeyInfo is outside the signed content, so a damaged certificate must be caught."""
    match = re.search(rb"<dsig:X509Certificate>(.*?)</dsig:X509Certificate>", signed_teg800, re.S)
    assert match is not None
    der = bytearray(base64.b64decode(match.group(1).replace(b"&#13;", b"")))
    at = der.index(b"Test Root CA") - 2  # the issuer's string tag
    der[at] = 0xFF
    data = signed_teg800.replace(match.group(1), base64.b64encode(bytes(der)))
    v = verify_bytes(data)
    assert v.verdict is Verdict.TAMPERED and v.reason is Reason.SIGNATURE_CHANGED


def test_certificate_with_an_unknown_key_type_is_refused_not_a_crash(signed_teg800: bytes) -> None:
    match = re.search(rb"<dsig:X509Certificate>(.*?)</dsig:X509Certificate>", signed_teg800, re.S)
    assert match is not None
    der = base64.b64decode(match.group(1).replace(b"&#13;", b""))
    rsa_oid = b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01"  # 1.2.840.113549.1.1.1 → 1.18.840.113549.1.1.1
    assert rsa_oid in der
    unknown = der.replace(rsa_oid, b"\x3a" + rsa_oid[1:])
    data = signed_teg800.replace(match.group(1), base64.b64encode(unknown))
    assert verify_bytes(data).reason is Reason.SIGNATURE_CHANGED


def test_a_fifo_or_device_is_refused_without_blocking(tmp_path: Path) -> None:
    """Reading a FIFO would wait forever for a writer; a device never ends: neither is read."""
    fifo = tmp_path / "cert.xml"
    os.mkfifo(fifo)
    assert verify_file(fifo).reason is Reason.UNREADABLE_FILE
    assert verify_file(Path("/dev/zero")).reason is Reason.UNREADABLE_FILE
    assert verify_file(tmp_path).reason is Reason.UNREADABLE_FILE  # a folder
