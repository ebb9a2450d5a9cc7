"""The signed catalog update document (format: docs/catalog-update-format.md).

A UTF-8 JSON envelope ``{"format", "format_version", "published", "catalog", "facts"}`` and a detached
Ed25519 signature over its exact bytes (base64, one line). The signature is checked first, against the
public key shipped in ``resources/catalog/``; only then is the JSON read, the envelope validated with
pydantic, and the catalog and facts judged by ``app.domain.catalog_update``. No network here: the
window's start-up and the store use this module to re-check the update kept beside the database.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, ValidationError

from app.domain.catalog_update import CatalogUpdate, Failure, UpdateRejected, check_update

FORMAT = "myna-prep-catalog-update"
FORMAT_VERSION = 1
PUBLIC_KEY_RESOURCE = "catalog/catalog-signing-key.pub.pem"
MAX_SIGNATURE_BYTES = 1024


class Envelope(BaseModel):
    """The document's outer shape; the catalog and facts inside are validated by the domain."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    format: Literal["myna-prep-catalog-update"]
    format_version: Literal[1]
    published: date
    catalog: dict[str, Any]
    facts: dict[str, Any]


def shipped_public_key() -> bytes:
    """The key updates must be signed with: the one shipped with this release, and no other."""
    from app.resources import resource

    return resource(PUBLIC_KEY_RESOURCE).read_bytes()


def _public_key(pem: bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("the catalog signing key must be an Ed25519 public key")
    return key


def decode_signature(text: bytes) -> bytes:
    """The detached signature file: base64 of the 64-byte signature, surrounding white space ignored."""
    if len(text) > MAX_SIGNATURE_BYTES:
        raise UpdateRejected(Failure.BAD_SIGNATURE, "signature file too large")
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise UpdateRejected(Failure.BAD_SIGNATURE, "signature is not base64") from None
    if len(raw) != 64:
        raise UpdateRejected(Failure.BAD_SIGNATURE, f"signature has {len(raw)} bytes, not 64")
    return raw


def verify_signature(document: bytes, signature_text: bytes, public_key_pem: bytes) -> None:
    try:
        _public_key(public_key_pem).verify(decode_signature(signature_text), document)
    except InvalidSignature:
        raise UpdateRejected(Failure.BAD_SIGNATURE, "signature does not match the document") from None


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise UpdateRejected(Failure.INVALID, f"key {key!r} written twice")
        result[key] = value
    return result


def read_document(document: bytes) -> CatalogUpdate:
    """Decode and validate an authenticated document (call :func:`verify_signature` first)."""
    try:
        json.loads(document.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except UpdateRejected:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UpdateRejected(Failure.NOT_JSON, str(exc)[:200]) from None
    try:
        envelope = Envelope.model_validate_json(document)
    except ValidationError as exc:
        errors = exc.errors()
        detail = f"{'.'.join(str(p) for p in errors[0]['loc'])}: {errors[0]['msg']}" if errors else str(exc)
        raise UpdateRejected(Failure.INVALID, detail) from None
    return check_update(envelope.catalog, envelope.facts)


def open_update(document: bytes, signature_text: bytes, public_key_pem: bytes | None = None) -> CatalogUpdate:
    """Verify the signature, then read the document: the one way an update is accepted or re-read.
    ``public_key_pem``: the key to trust (default: the shipped one)."""
    verify_signature(document, signature_text, public_key_pem or shipped_public_key())
    return read_document(document)


# --- making documents (the signing tool and the tests) -------------------------------------------


def build_document(catalog: object, facts: object, published: date) -> bytes:
    """The document's bytes as the signing tool writes them (UTF-8, sorted keys, final newline)."""
    envelope = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "published": published.isoformat(),
        "catalog": catalog,
        "facts": facts,
    }
    return (json.dumps(envelope, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def sign(document: bytes, private_key_pem: bytes) -> bytes:
    """The detached signature file's content for ``document``."""
    key = serialization.load_pem_private_key(private_key_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the catalog signing key must be an Ed25519 private key")
    return base64.b64encode(key.sign(document)) + b"\n"


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh (private PEM, public PEM) pair: for the project's key once, and for tests."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private, public
