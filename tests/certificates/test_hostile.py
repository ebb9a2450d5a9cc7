"""Issue 23: a verdict claims only what was checked, and hostile files are refused by their shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.certificates.verify import verify_bytes
from app.cli import parse, run_command
from app.domain.received import Reason, SignerTrust, Verdict
from app.i18n.received import verdict_text
from tests.certificates import fixtures, hostile

C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
C14N_COMMENTS = C14N + "#WithComments"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"


def test_an_unknown_signer_is_named_and_never_called_the_issuer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1: the content is intact (valid), but who signed it is a second answer: unknown."""
    data = hostile.forged_issuer()
    v = verify_bytes(data)
    assert v.verdict is Verdict.VALID
    assert v.signer is not None and v.signer.organisation == hostile.FORGER
    assert len(v.signer.spki_sha256) == 64
    path = tmp_path / "forged.xml"
    path.write_bytes(data)
    code = run_command(
        parse(["--data-dir", str(tmp_path / "d"), "certificates", "verify", "--json", str(path)])
    )
    assert code == 0
    [doc] = json.loads(capsys.readouterr().out)
    assert doc["verdict"] == "valid" and doc["signer_trust"] == "unknown"
    assert doc["signer"]["organisation"] == hostile.FORGER
    assert doc["signer"]["spki_sha256"] == v.signer.spki_sha256 and "CN=" in doc["signer"]["subject"]
    assert doc["message"] != verdict_text(Reason.VALID, SignerTrust.KNOWN)
    assert "発行元が作成したときのまま" not in doc["message"] and hostile.FORGER in doc["message"]


def test_a_padded_key_info_is_refused_before_any_key_comparison() -> None:
    """2: a 512 KB modulus beside the certificate took 11 s; KeyInfo is bounded."""
    v = verify_bytes(hostile.padded_keyinfo(512_000))
    assert v.verdict is Verdict.UNREADABLE and v.reason is Reason.TOO_COMPLEX


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(hostile.many_attributes(5_000), id="attributes"),
        pytest.param(hostile.many_elements(60_000), id="elements"),
        pytest.param(hostile.many_elements(), id="elements-bytes"),
        pytest.param(hostile.many_attributes(), id="attributes-bytes"),
        pytest.param(hostile.deep_nesting(100), id="nesting"),
        pytest.param(hostile.deep_nesting(200_000), id="libxml2-nesting"),
        pytest.param(hostile.long_text(300_000), id="text"),
    ],
)
def test_big_files_are_refused_by_their_shape(data: bytes) -> None:
    """3: attributes, elements, nesting and text are bounded before any cryptography."""
    v = verify_bytes(data)
    assert v.verdict is Verdict.UNREADABLE and v.reason is Reason.TOO_COMPLEX
    assert v.facts is None or v.facts.fields == ()


def test_two_base64_transforms_are_unreadable_not_a_traceback() -> None:
    """5: two base64 Transforms ended in an AttributeError."""
    v = verify_bytes(hostile.with_transforms(hostile.B64_TRANSFORM, hostile.B64_TRANSFORM))
    assert v.verdict is Verdict.UNREADABLE and v.reason is Reason.UNSUPPORTED_TRANSFORM


@pytest.mark.parametrize(
    "algorithms",
    [
        (hostile.B64_TRANSFORM,),
        (ENVELOPED, hostile.B64_TRANSFORM),
        ("http://www.w3.org/TR/1999/REC-xpath-19991116",),
        ("http://www.w3.org/TR/1999/REC-xslt-19991116",),
        (ENVELOPED, ENVELOPED),
        (),
    ],
)
def test_only_the_transforms_an_e_tax_file_uses_are_read(algorithms: tuple[str, ...]) -> None:
    """6: a base64 transform made the app report hidden content; only enveloped + C14N are accepted."""
    v = verify_bytes(hostile.with_transforms(*algorithms))
    assert v.verdict is Verdict.UNREADABLE and v.reason is Reason.UNSUPPORTED_TRANSFORM


@pytest.mark.parametrize("c14n", [C14N, C14N_COMMENTS, EXC_C14N, EXC_C14N + "WithComments", None])
def test_the_accepted_transforms_still_verify(c14n: str | None) -> None:
    v = verify_bytes(hostile.with_transforms(ENVELOPED, *((c14n,) if c14n else ())))
    # as signed (C14N 1.0) it verifies; any other list changed SignedInfo: the signature says so
    assert v.verdict is (Verdict.VALID if c14n == C14N else Verdict.TAMPERED), v.reason


@pytest.mark.parametrize("marker", ["<?x?>", "<!--x-->"])
def test_a_value_split_by_a_processing_instruction_or_comment_is_refused(marker: str) -> None:
    """6: 8<?x?>4000 was read as 8."""
    v = verify_bytes(hostile.split_amount(marker))
    assert v.verdict is Verdict.UNREADABLE and v.reason is Reason.SPLIT_VALUE


def test_a_comment_slipped_in_after_signing_is_refused() -> None:
    v = verify_bytes(hostile.comment_after_signing())
    assert v.verdict is Verdict.UNREADABLE and v.reason is Reason.SPLIT_VALUE


def test_rsa_keys_outside_1024_to_4096_bits_are_refused() -> None:
    from app.certificates.signature import rsa_size_allowed

    assert verify_bytes(hostile.large_key(1024)).valid
    assert [rsa_size_allowed(b) for b in (512, 1023, 1024, 2048, 4096, 4097, 8192)] == [
        False,
        False,
        True,
        True,
        True,
        False,
        False,
    ]


def test_a_signer_certificate_says_its_organisation_in_words() -> None:
    v = verify_bytes(fixtures.sign(fixtures.teg800()))
    assert v.signer is not None and v.signer.organisation == "Myna Prep Test"


def test_a_form_with_many_fields_keeps_the_first_ones_and_counts_the_rest() -> None:
    from app.certificates.fields import MAX_FIELDS

    v = verify_bytes(hostile.signed_fields(2_000))
    assert v.valid and v.facts is not None
    assert len(v.facts.fields) == MAX_FIELDS
    assert v.facts.field_total == 2_000 + len(verify_bytes(fixtures.sign(fixtures.teg800())).facts.fields)  # type: ignore[union-attr]
