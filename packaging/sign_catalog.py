"""Sign a catalog update: resources/catalog/catalog.json + facts.json → catalog-update.json(.sig).

The private key lives outside the repository (the project's is kept by the maintainers; never commit
it). The tool validates what it signs exactly as the app will (catalog, facts, official URLs) and checks
the signature it made, so a broken catalog is never published. Format: docs/catalog-update-format.md.

Usage::

    python packaging/sign_catalog.py --key PRIVATE.pem --out DIR [--catalog FILE] [--facts FILE]
                                     [--published YYYY-MM-DD]
    python packaging/sign_catalog.py --new-key PRIVATE.pem --public-out PUBLIC.pem
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.catalog_update import UpdateRejected  # noqa: E402
from app.net.catalog_update import SIGNATURE_SUFFIX  # noqa: E402
from app.store.update_document import (  # noqa: E402
    build_document,
    new_key_pair,
    open_update,
    shipped_public_key,
    sign,
)

CATALOG = ROOT / "resources" / "catalog" / "catalog.json"
FACTS = ROOT / "resources" / "catalog" / "facts.json"
DOCUMENT_NAME = "catalog-update.json"


def _public_of(private_pem: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(private_pem, password=None)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def sign_files(key: Path, catalog: Path, facts: Path, out: Path, published: date) -> Path:
    """Write ``out/catalog-update.json`` and its ``.sig``; returns the document's path."""
    private_pem = key.read_bytes()
    document = build_document(
        json.loads(catalog.read_text(encoding="utf-8")),
        json.loads(facts.read_text(encoding="utf-8")),
        published,
    )
    signature = sign(document, private_pem)
    open_update(document, signature, _public_of(private_pem))  # validates exactly as the app will
    out.mkdir(parents=True, exist_ok=True)
    target = out / DOCUMENT_NAME
    target.write_bytes(document)
    target.with_name(target.name + SIGNATURE_SUFFIX).write_bytes(signature)
    return target


def new_key(private_out: Path, public_out: Path) -> None:
    private_pem, public_pem = new_key_pair()
    fd = os.open(private_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never overwrite a key
    with os.fdopen(fd, "wb") as handle:
        handle.write(private_pem)
    public_out.write_bytes(public_pem)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--key", type=Path, help="the Ed25519 private key (PEM, PKCS#8, unencrypted)")
    parser.add_argument("--out", type=Path, help="folder for catalog-update.json and .sig")
    parser.add_argument("--catalog", type=Path, default=CATALOG)
    parser.add_argument("--facts", type=Path, default=FACTS)
    parser.add_argument("--published", type=date.fromisoformat, default=date.today())
    parser.add_argument("--new-key", type=Path, metavar="PRIVATE.pem", help="make a new key pair instead")
    parser.add_argument("--public-out", type=Path, metavar="PUBLIC.pem")
    args = parser.parse_args(argv)
    if args.new_key:
        if not args.public_out:
            parser.error("--new-key needs --public-out")
        new_key(args.new_key, args.public_out)
        print(f"private key: {args.new_key} (keep it out of the repository)\npublic key: {args.public_out}")
        return 0
    if not args.key or not args.out:
        parser.error("--key and --out are required")
    try:
        target = sign_files(args.key, args.catalog, args.facts, args.out, args.published)
    except UpdateRejected as exc:
        print(f"not signed: {exc}", file=sys.stderr)
        return 1
    print(target)
    print(target.with_name(target.name + SIGNATURE_SUFFIX))
    if _public_of(args.key.read_bytes()) != shipped_public_key():
        print("note: this key is not the one shipped in resources/; the app will refuse it", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
