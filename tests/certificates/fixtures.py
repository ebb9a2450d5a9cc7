"""Signed certificate files for tests, benchmarks and the packaging smoke test.

A throwaway CA and signer (cryptography), forms written like the NTA's (root named after the form, id,
sakuseiDay, default namespace kyotsu, gen: values) and signed like issued files: enveloped XML-DSig,
C14N 1.0, one Reference ``#`` + the root's id, RSA-SHA256 or RSA-SHA1, the signer's certificate in
KeyInfo, base64 values broken into lines written as ``&#13;``.

    python -m tests.certificates.fixtures OUT.xml [--form TEG800|TEG840] [--sha1] [--year 2025]

writes one valid signed file (exit 0).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from lxml import etree
from signxml import DigestAlgorithm, SignatureMethod, XMLSigner
from signxml.algorithms import CanonicalizationMethod, SignatureConstructionMethod

NS_DSIG = "http://www.w3.org/2000/09/xmldsig#"
C14N_10 = CanonicalizationMethod.CANONICAL_XML_1_0


@dataclass(frozen=True)
class Identity:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    ca: x509.Certificate


def _name(cn: str, organisation: str = "Myna Prep Test") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


@cache
def identity(
    not_before: datetime | None = None,
    days: int = 3650,
    organisation: str = "Myna Prep Test",
    key_size: int = 2048,
) -> Identity:
    """A throwaway CA and a signer certificate it issued (cached: RSA key generation is slow).

    Each distinct ``organisation`` (or ``key_size``) is another key pair: a renewed or forged signer."""
    start = not_before or datetime(2020, 1, 1, tzinfo=UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = _name("Test Root CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("テスト生命保険株式会社", organisation))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .sign(ca_key, hashes.SHA256())
    )
    return Identity(key, cert, ca)


_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<?xml-stylesheet type="text/xsl" href="CM{form}-001.xsl"?>'
    '<{form} xmlns="http://xml.e-tax.nta.go.jp/XSD/kyotsu" xmlns:gen="http://xml.e-tax.nta.go.jp/XSD/general"'
    ' xmlns:kyo="http://xml.e-tax.nta.go.jp/XSD/kyotsu" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' VR="1.1" id="{form}20251020000000001" page="1" sakuseiDay="{day}" sakuseiNM="{issuer}" softNM="test">'
)


def teg800(
    *,
    year: int = 2025,
    issuer: str = "テスト生命保険株式会社",
    person: str = "公的　一郎",
    amount: int = 84000,
    day: str | None = None,
) -> bytes:
    """An unsigned 生命保険料控除証明書 (one policy, 新制度 一般 ``amount``)."""
    body = (
        f"\n\t<WCA00000>{issuer}</WCA00000>"
        "\n\t<WCB00000>1234567890123</WCB00000>"
        f"\n\t<WCC00000><gen:yyyy>{year}</gen:yyyy><gen:mm>10</gen:mm><gen:dd>20</gen:dd></WCC00000>"
        f"\n\t<WCD00000>{person}</WCD00000>"
        "\n\t<WCE00000>"
        f"\n\t\t<WCE00010><gen:yyyy>{year}</gen:yyyy></WCE00010>"
        "\n\t\t<WCE00020>生命保険料控除証明書</WCE00020>"
        "\n\t\t<WCE00030>新制度</WCE00030>"
        "\n\t\t<WCE00040>A-0001</WCE00040>"
        f"\n\t\t<WCE00080>{person}</WCE00080>"
        "\n\t\t<WCE00190><WCE00310><WCE00320>"
        f"<WCE00330>{amount}</WCE00330><WCE00340>0</WCE00340><WCE00350>{amount}</WCE00350>"
        "</WCE00320></WCE00310></WCE00190>"
        "\n\t</WCE00000>\n"
    )
    head = _HEAD.format(form="TEG800", day=day or f"{year}-10-20", issuer=issuer)
    return (head + body + "</TEG800>").encode("utf-8")


def teg840(*, year: int = 2025, person: str = "公的　一郎", paid: int = 203760) -> bytes:
    """An unsigned 国民年金保険料等控除証明書 with the year in 和暦 (gen:era 5 = 令和)."""
    yy = year - 2018
    body = (
        "\n\t<WOA00000><kubun_CD>1</kubun_CD></WOA00000>"
        f"\n\t<WOC00000><gen:era>5</gen:era><gen:yy>{yy}</gen:yy></WOC00000>"
        "\n\t<WOD00000>0150004052</WOD00000>"
        f"\n\t<WOE00000>{person}</WOE00000>"
        f"\n\t<WOK00000>{paid}</WOK00000>"
        "\n\t<WOL00000>0</WOL00000>"
        f"\n\t<WOM00000>{paid}</WOM00000>"
        "\n\t<WOR00000>歳入徴収官　厚生労働省年金局事業管理課長</WOR00000>"
        "\n\t<WOS00000>差出人　日本年金機構</WOS00000>\n"
    )
    head = _HEAD.format(form="TEG840", day=f"{year}-11-02", issuer="日本年金機構")
    return (head + body + "</TEG840>").encode("utf-8")


class _Signer(XMLSigner):
    def check_deprecated_methods(self) -> None:
        """Issuers still sign with RSA-SHA1; the tests must produce such files too."""


def _wrap_base64(signature: etree._Element) -> None:
    for tag in ("SignatureValue", "X509Certificate"):
        for node in signature.iter(f"{{{NS_DSIG}}}{tag}"):
            text = "".join((node.text or "").split())
            node.text = "\r\n".join(text[i : i + 76] for i in range(0, len(text), 76))


def sign(
    unsigned: bytes,
    *,
    sha1: bool = False,
    who: Identity | None = None,
    reference: str | None = None,
) -> bytes:
    """Sign ``unsigned`` like an issuer; ``reference``: another element's id (for forgery tests)."""
    who = who or identity()
    root = etree.fromstring(unsigned, parser=etree.XMLParser(remove_blank_text=False))
    signer = _Signer(
        method=SignatureConstructionMethod.enveloped,
        signature_algorithm=SignatureMethod.RSA_SHA1 if sha1 else SignatureMethod.RSA_SHA256,
        digest_algorithm=DigestAlgorithm.SHA1 if sha1 else DigestAlgorithm.SHA256,
        c14n_algorithm=C14N_10,
    )
    signer.namespaces = {"dsig": NS_DSIG}
    pem_cert = who.cert.public_bytes(serialization.Encoding.PEM)
    uri = "#" + (reference or root.get("id"))
    signed = signer.sign(root, key=who.key, cert=[pem_cert], reference_uri=uri)
    signature = signed.find(f"{{{NS_DSIG}}}Signature")
    assert signature is not None
    _wrap_base64(signature)
    tree = etree.ElementTree(signed)
    # keep the prolog (XML declaration, stylesheet) exactly as written before the root element
    prolog = unsigned[: unsigned.index(b"<" + etree.QName(root).localname.encode())]
    return prolog + etree.tostring(tree.getroot(), encoding="utf-8")


def valid_file(path: Path, *, form: str = "TEG800", sha1: bool = False, year: int = 2025) -> Path:
    data = teg800(year=year) if form == "TEG800" else teg840(year=year)
    path.write_bytes(sign(data, sha1=sha1))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="write a valid signed electronic certificate")
    parser.add_argument("out", type=Path)
    parser.add_argument("--form", choices=("TEG800", "TEG840"), default="TEG800")
    parser.add_argument("--sha1", action="store_true")
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args(argv)
    valid_file(args.out, form=args.form, sha1=args.sha1, year=args.year)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
