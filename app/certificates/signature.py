"""The enveloped XML-DSig of a certificate, verified with signxml using the X.509 certificate in the file.

Accepted: RSA-SHA1 (issuers still use it) and RSA-SHA256 with SHA-1/SHA-256 digests, exactly one
Reference, and that Reference must be ``#`` + the root's ``id``: a valid signature over an inner
element proves nothing about the amounts in the rest of the file.

Before any cryptography the signature's shape is checked (``shape_reason``): one Signature, a direct
child of the root; only the transforms an e-Tax file uses (enveloped-signature, then at most one C14N
1.0 or exclusive C14N, with or without comments); a KeyInfo of at most ``MAX_KEY_INFO`` bytes; an RSA
key of 1024–4096 bits. Anything else is ``unreadable`` with its reason, whatever the rest would say.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import warnings
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import cache

from cryptography import x509
from cryptography.exceptions import InvalidSignature as CryptoInvalidSignature
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.oid import NameOID
from lxml import etree
from signxml.algorithms import DigestAlgorithm, SignatureMethod
from signxml.exceptions import (
    InvalidCertificate,
    InvalidDigest,
    InvalidInput,
    InvalidSignature,
    SignXMLException,
)
from signxml.verifier import SignatureConfiguration, VerifyResult, XMLVerifier

from app.certificates.forms import NS_DSIG
from app.certificates.parsing import hardened_parser
from app.domain.received import Reason, Signer
from app.resources import resource

JST = timezone(timedelta(hours=9))
_D = f"{{{NS_DSIG}}}"
_ALGORITHMS = {SignatureMethod.RSA_SHA1: "rsa-sha1", SignatureMethod.RSA_SHA256: "rsa-sha256"}
_CONFIG = SignatureConfiguration(
    location="./",  # a direct child of the root: enveloped at the top
    expect_references=1,
    signature_methods=frozenset(_ALGORITHMS),
    digest_algorithms=frozenset({DigestAlgorithm.SHA1, DigestAlgorithm.SHA256}),
    ignore_ambiguous_key_info=True,  # the certificate is the key; a KeyValue beside it is not compared
)
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
C14N_METHODS = frozenset(
    {
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
        "http://www.w3.org/2001/10/xml-exc-c14n#",
        "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
    }
)
MAX_KEY_INFO = 32 * 1024  # bytes of KeyInfo: a certificate chain of three is about 6 KB
RSA_BITS = (1024, 4096)


@dataclass(frozen=True, slots=True)
class Checked:
    reason: Reason
    signed_root: etree._Element | None = None  # the signed content (only when valid)
    signer: Signer | None = None


def _signature_of(root: etree._Element) -> etree._Element | None:
    return next((c for c in root if c.tag == f"{_D}Signature"), None)


def rsa_size_allowed(bits: int) -> bool:
    return RSA_BITS[0] <= bits <= RSA_BITS[1]


def _transforms_allowed(reference: etree._Element) -> bool:
    """enveloped-signature first, then at most one C14N; no parameters (XPath, XSLT, base64 …)."""
    transforms = reference.findall(f"{_D}Transforms")
    if len(transforms) != 1:
        return False
    items = list(transforms[0])
    algorithms = [t.get("Algorithm") for t in items if t.tag == f"{_D}Transform" and len(t) == 0]
    if len(algorithms) != len(items) or not 1 <= len(algorithms) <= 2 or algorithms[0] != ENVELOPED:
        return False
    return all(a in C14N_METHODS for a in algorithms[1:])


def shape_reason(root: etree._Element, signature: etree._Element) -> Reason | None:
    """Why the signature's shape is refused before any cryptography, or None when it may be verified."""
    if sum(1 for _ in root.iter(f"{_D}Signature")) != 1:
        return Reason.PARTIAL_SIGNATURE
    infos = signature.findall(f"{_D}SignedInfo")
    if len(infos) != 1:
        return Reason.UNSUPPORTED_SIGNATURE
    c14n = infos[0].findall(f"{_D}CanonicalizationMethod")
    if len(c14n) != 1 or len(c14n[0]) or c14n[0].get("Algorithm") not in C14N_METHODS:
        return Reason.UNSUPPORTED_TRANSFORM
    references = _references(signature)
    if len(references) != 1:
        return Reason.UNSUPPORTED_SIGNATURE
    if not _transforms_allowed(references[0]):
        return Reason.UNSUPPORTED_TRANSFORM
    key_infos = signature.findall(f"{_D}KeyInfo")
    if len(key_infos) != 1 or len(etree.tostring(key_infos[0])) > MAX_KEY_INFO:
        return Reason.TOO_COMPLEX
    return None


def organisation(cert: x509.Certificate) -> str:
    """O= of the subject (CN= when there is none): the signer in words."""
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        values = [a.value for a in cert.subject.get_attributes_for_oid(oid)]
        text = " ".join(v if isinstance(v, str) else v.decode("utf-8", "replace") for v in values).strip()
        if text:
            return text
    return ""


def spki_sha256(cert: x509.Certificate) -> str:
    der = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def _certificate(signature: etree._Element) -> x509.Certificate | None:
    node = signature.find(f"{_D}KeyInfo/{_D}X509Data/{_D}X509Certificate")
    if node is None or not node.text:
        return None
    try:
        with warnings.catch_warnings():
            # Some issuers' certificates carry a non-positive serial number; cryptography warns on it.
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            cert = x509.load_der_x509_certificate(base64.b64decode("".join(node.text.split())))
            # Fields are parsed lazily: read them all now, so a damaged certificate is refused here.
            _ = (cert.subject.rfc4514_string(), cert.issuer.rfc4514_string(), cert.public_key())
            _ = (cert.not_valid_before_utc, cert.not_valid_after_utc, cert.serial_number, cert.extensions)
            return cert
    except (
        ValueError,
        TypeError,
        binascii.Error,
        UnsupportedAlgorithm,
        x509.DuplicateExtension,
        x509.UnsupportedGeneralNameType,
    ):
        return None


@cache
def trusted_roots() -> tuple[x509.Certificate, ...]:
    """The roots shipped in resources/certificates/roots (none today: see its README)."""
    folder = resource("certificates/roots")
    roots: list[x509.Certificate] = []
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".pem"):
            roots.extend(x509.load_pem_x509_certificates(item.read_bytes()))
    return tuple(roots)


def chains_to_root(cert: x509.Certificate, roots: tuple[x509.Certificate, ...]) -> bool | None:
    """True when a shipped root issued ``cert`` directly; None (unknown) when no root is shipped."""
    if not roots:
        return None
    for root in roots:
        try:
            cert.verify_directly_issued_by(root)
            return True
        except (ValueError, TypeError, CryptoInvalidSignature):
            continue
    return False


def _valid_on(cert: x509.Certificate, day: date | None) -> bool | None:
    if day is None:
        return None
    start = datetime.combine(day, time.min, JST).astimezone(UTC)
    end = datetime.combine(day, time.max, JST).astimezone(UTC)
    return cert.not_valid_before_utc <= end and start <= cert.not_valid_after_utc


def _signer(cert: x509.Certificate, method: SignatureMethod, created_on: date | None) -> Signer:
    return Signer(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        valid_on_creation=_valid_on(cert, created_on),
        trusted=chains_to_root(cert, trusted_roots()),
        algorithm=_ALGORITHMS[method],
        organisation=organisation(cert),
        spki_sha256=spki_sha256(cert),
    )


def _references(signature: etree._Element) -> list[etree._Element]:
    return list(signature.findall(f"{_D}SignedInfo/{_D}Reference"))


def check(root: etree._Element, created_on: date | None) -> Checked:
    """Verify the signature of the certificate rooted at ``root``."""
    signature = _signature_of(root)
    if signature is None:
        if any(True for _ in root.iter(f"{_D}Signature")):
            return Checked(Reason.PARTIAL_SIGNATURE)  # a signature, but not where a certificate has it
        return Checked(Reason.NO_SIGNATURE)
    refused = shape_reason(root, signature)
    if refused is not None:
        return Checked(refused)
    root_id = root.get("id")
    references = _references(signature)
    if not root_id or references[0].get("URI") != f"#{root_id}":
        return Checked(Reason.PARTIAL_SIGNATURE)
    method_node = signature.find(f"{_D}SignedInfo/{_D}SignatureMethod")
    try:
        method = SignatureMethod(None if method_node is None else method_node.get("Algorithm"))
    except ValueError:
        return Checked(Reason.UNSUPPORTED_SIGNATURE)
    if method not in _ALGORITHMS:
        return Checked(Reason.UNSUPPORTED_SIGNATURE)
    cert = _certificate(signature)
    if cert is None:
        return Checked(Reason.SIGNATURE_CHANGED)
    key = cert.public_key()
    if not isinstance(key, rsa.RSAPublicKey) or not rsa_size_allowed(key.key_size):
        return Checked(Reason.UNSUPPORTED_KEY)
    # The certificate's validity is reported (valid on sakuseiDay), not a reason to refuse: check the
    # signature at a moment the certificate was valid, so signxml judges only the cryptography.
    moment = cert.not_valid_before_utc + (cert.not_valid_after_utc - cert.not_valid_before_utc) / 2
    config = replace(_CONFIG, verification_time=moment)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)  # see _certificate
            answer = XMLVerifier().verify(
                root, x509_cert=cert, parser=hardened_parser(), expect_config=config, validate_schema=False
            )
        if not isinstance(answer, VerifyResult):
            return Checked(Reason.UNSUPPORTED_SIGNATURE)
        result = answer
    except InvalidDigest:
        return Checked(Reason.CONTENT_CHANGED)
    except InvalidCertificate:
        return Checked(Reason.SIGNATURE_CHANGED)
    except InvalidSignature as exc:
        if "references" in str(exc):
            return Checked(Reason.UNSUPPORTED_SIGNATURE)
        return Checked(Reason.SIGNATURE_CHANGED)
    except InvalidInput:
        return Checked(Reason.UNSUPPORTED_SIGNATURE)
    except (ValueError, TypeError, UnsupportedAlgorithm, binascii.Error, etree.XMLSyntaxError):
        return Checked(Reason.SIGNATURE_CHANGED)
    except etree.LxmlError:  # e.g. C14N refuses a relative namespace URI: nothing we can verify
        return Checked(Reason.UNSUPPORTED_SIGNATURE)
    except SignXMLException:
        return Checked(Reason.UNSUPPORTED_SIGNATURE)
    except (AttributeError, KeyError, IndexError, RecursionError):  # signxml on a shape it did not expect
        return Checked(Reason.UNSUPPORTED_SIGNATURE)
    # Re-check on what was verified: the one Reference names the root, and the payload is the root.
    verified_refs = _references(result.signature_xml)
    signed = result.signed_xml
    if (
        len(verified_refs) != 1
        or verified_refs[0].get("URI") != f"#{root_id}"
        or signed is None
        or signed.tag != root.tag
        or signed.get("id") != root_id
    ):
        return Checked(Reason.PARTIAL_SIGNATURE)
    return Checked(Reason.VALID, signed, _signer(cert, method, created_on))
