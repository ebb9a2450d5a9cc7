"""Realism check: OpenSC's JPKI driver (written against real cards) reads our virtual card."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.card.diagnosis import diagnose
from app.card.pins import PinKind
from tests.card.conftest import REQUIRE_ENV, Cards
from tests.vcard.jpki_card import READER_00

pytestmark = pytest.mark.pcsc


@pytest.fixture
def pkcs15_tool() -> str:
    tool = shutil.which("pkcs15-tool")
    if tool is None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail("pkcs15-tool (Debian: opensc) is required", pytrace=False)
        pytest.skip("pkcs15-tool is not installed (Debian: apt-get install opensc)")
    return tool


def _tool(tool: str, *args: str) -> str:
    proc = subprocess.run(
        [tool, "--reader", READER_00, *args], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_opensc_reads_the_same_certificate_and_tries_left(cards: Cards, pkcs15_tool: str) -> None:
    card = cards.insert("few_tries")
    ours = diagnose()
    assert ours.card is not None and ours.card.certificate is not None
    pem = _tool(pkcs15_tool, "--read-certificate", "01")
    der = x509.load_pem_x509_certificate(pem.encode()).public_bytes(serialization.Encoding.DER)
    assert der == ours.card.certificate.der == card.model.certs.auth
    listing = _tool(pkcs15_tool, "--list-pins")
    tries = [int(n) for n in re.findall(r"Tries left\s*:\s*(\d+)", listing)]
    assert tries == [ours.card.pin(PinKind.AUTH).remaining, ours.card.pin(PinKind.SIGN).remaining] == [1, 2]
    assert card.model.verify_with_data == 0
