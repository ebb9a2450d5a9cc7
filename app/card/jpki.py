"""The JPKI application (公的個人認証 AP): detection, certificate, retry counters, VERIFY, signing.

A :class:`JpkiSession` borrows a connection; it never opens or closes one. Read-only operations
survive a reset by another program (they re-select and retry once); anything after a VERIFY does
not: :class:`~app.card.errors.CardReset` reaches the caller and every PIN counts as unverified.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeVar

from app.card import apdu
from app.card.connection import ApduChannel, SmartCardConnection
from app.card.errors import (
    ApduError,
    BadResponse,
    CardReset,
    NotFound,
    NotMyNumberCard,
    SignatureInvalid,
    error_for_sw,
)
from app.card.pins import DEFAULT_POLICY, MAX_TRIES, Pin, PinKind, TryPolicy
from app.card.status import SW, retries_from_sw

logger = logging.getLogger(__name__)

T = TypeVar("T")


class CardKind(StrEnum):
    MY_NUMBER_CARD = "my_number_card"
    SMARTPHONE_JPKI = "smartphone_jpki"
    NOT_MY_NUMBER_CARD = "not_my_number_card"


TOKENS: dict[str, CardKind] = {
    "JPKIAPICCTOKEN2": CardKind.MY_NUMBER_CARD,
    "JPKIAPGPSETOKEN": CardKind.SMARTPHONE_JPKI,
}

PIN_EF: dict[PinKind, int] = {PinKind.AUTH: apdu.EF_AUTH_PIN, PinKind.SIGN: apdu.EF_SIGN_PIN}

MAX_FILE_SIZE = 8192
HEADER_READ = 7


@dataclass(frozen=True, slots=True)
class PinStatus:
    kind: PinKind
    remaining: int | None

    @property
    def max(self) -> int:
        return MAX_TRIES[self.kind]

    @property
    def blocked(self) -> bool:
        return self.remaining == 0


def pin_status_from_sw(kind: PinKind, sw: int) -> PinStatus:
    """Interpret the answer to the empty VERIFY."""
    remaining = retries_from_sw(sw)
    if remaining is not None:
        return PinStatus(kind, remaining)
    if sw == SW.OK:
        return PinStatus(kind, None)  # never seen on a real card: the count is unknown
    raise error_for_sw(sw)


@dataclass(frozen=True, slots=True)
class CertificateInfo:
    """The parsed authentication certificate (it holds no personal data)."""

    der: bytes
    subject: str
    issuer: str
    serial: str
    not_before: datetime
    not_after: datetime
    sha256: str

    @classmethod
    def from_der(cls, der: bytes) -> CertificateInfo:
        from cryptography import x509

        try:
            cert = x509.load_der_x509_certificate(der)
            return cls(
                der=der,
                subject=cert.subject.rfc4514_string(),
                issuer=cert.issuer.rfc4514_string(),
                serial=f"{cert.serial_number:x}",
                not_before=cert.not_valid_before_utc,
                not_after=cert.not_valid_after_utc,
                sha256=hashlib.sha256(der).hexdigest(),
            )
        except (ValueError, TypeError) as exc:
            raise BadResponse("the certificate could not be parsed") from exc

    def days_left(self, now: datetime | None = None) -> int:
        now = now or datetime.now(UTC)
        return (self.not_after - now).days

    def expired(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(UTC)
        return now > self.not_after or now < self.not_before

    def verify_signature(self, signature: bytes, message: bytes) -> None:
        """RSASSA-PKCS1-v1_5 / SHA-256 check of ``signature`` over ``message``."""
        from cryptography import x509
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding, rsa

        key = x509.load_der_x509_certificate(self.der).public_key()
        if not isinstance(key, rsa.RSAPublicKey):
            raise SignatureInvalid("the certificate does not hold an RSA key")
        try:
            key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature as exc:
            raise SignatureInvalid() from exc


@dataclass(frozen=True, slots=True)
class AuthResult:
    """A successful 本人確認: the card signed our fresh challenge with the key of ``certificate``."""

    certificate: CertificateInfo
    challenge: bytes
    signature: bytes


def read_ber_file(channel: ApduChannel, *, header_read: int = HEADER_READ) -> bytes:
    """Read the BER/DER object at the start of the selected EF with short (≤256-byte) READ BINARYs."""
    head = channel.send(apdu.read_binary(0, header_read))
    if not head:
        raise BadResponse("empty file")
    header = apdu.parse_tlv_header(head)
    total = header.total
    if total > MAX_FILE_SIZE:
        raise BadResponse("file length beyond any JPKI file")
    data = bytearray(head[:total])
    while len(data) < total:
        chunk = channel.send(apdu.read_binary(len(data), min(256, total - len(data))))
        if not chunk:
            raise BadResponse("the card returned no data before the end of the file")
        data += chunk[: total - len(data)]
    return bytes(data)


def verify_apdu(pin: Pin) -> bytearray:
    """``00 20 00 80 Lc PIN`` in a wipeable buffer."""
    secret = pin.buffer()
    command = bytearray((0x00, apdu.INS_VERIFY, 0x00, 0x80, len(secret)))
    command += secret
    return command


def send_verify(channel: ApduChannel, pin: Pin) -> None:
    """Send one VERIFY with data; wipe the command buffer and the PIN whatever happens."""
    command = verify_apdu(pin)
    try:
        _data, sw = channel.connection.send_and_receive(command)
    finally:
        for i in range(len(command)):
            command[i] = 0
        pin.wipe()
    if sw != SW.OK:
        raise error_for_sw(sw, pin=pin.kind.value)


class JpkiSession:
    """The JPKI AP on one connection. Construction selects the AP and reads the token."""

    def __init__(self, connection: SmartCardConnection) -> None:
        self.connection = connection
        self.channel = ApduChannel(connection)
        self.verified: set[PinKind] = set()
        self.token = ""
        self.kind = self._with_reselect(self._detect)

    # -- plumbing ------------------------------------------------------------------------------
    def select(self) -> None:
        try:
            self.channel.send(apdu.select_df(apdu.AID_JPKI))
        except (NotFound, ApduError) as exc:
            raise NotMyNumberCard("the JPKI application is not on this card") from exc
        self.verified.clear()

    def _with_reselect(self, operation: Callable[[], T]) -> T:
        """Run a read-only ``operation``; after a reset by someone else re-select and run it again."""
        try:
            return operation()
        except CardReset:
            logger.info("card reset by another program: re-selecting the JPKI AP")
            self.verified.clear()
            self.select()
            return operation()

    def _detect(self) -> CardKind:
        self.select()
        self.channel.send(apdu.select_ef(apdu.EF_TOKEN))
        raw = self.channel.send(apdu.read_binary(0, 0x20))
        self.token = raw.rstrip(b"\x00 \xff").decode("ascii", "replace").strip()
        kind = TOKENS.get(self.token)
        if kind is None:
            raise NotMyNumberCard(f"unsupported JPKI token {self.token[:20]!r}")
        return kind

    # -- reads (no PIN, no try spent) ------------------------------------------------------------
    def read_auth_certificate(self) -> CertificateInfo:
        def read() -> bytes:
            self.channel.send(apdu.select_ef(apdu.EF_AUTH_CERT))
            return read_ber_file(self.channel)

        der = self._with_reselect(read)
        if apdu.der_total_length(der) != len(der):
            raise BadResponse("the certificate file does not hold a DER certificate")
        return CertificateInfo.from_der(der)

    def pin_status(self, kind: PinKind) -> PinStatus:
        """Tries left from the empty VERIFY (costs nothing)."""
        if kind not in PIN_EF:
            raise ValueError(f"{kind} is not a JPKI password")

        def query() -> PinStatus:
            self.channel.send(apdu.select_ef(PIN_EF[kind]))
            _data, sw = self.channel.transmit(apdu.verify_status())
            return pin_status_from_sw(kind, sw)

        return self._with_reselect(query)

    # -- operations that spend a try on failure --------------------------------------------------
    def verify(self, pin: Pin, *, confirmations: int = 0, policy: TryPolicy = DEFAULT_POLICY) -> None:
        """Verify ``pin`` once. Refuses (sending nothing) when the lockout rule says so."""
        try:
            status = self.pin_status(pin.kind)
            policy.check(pin.kind, status.remaining, confirmations)
            self.channel.send(apdu.select_ef(PIN_EF[pin.kind]))
            send_verify(self.channel, pin)
        finally:
            pin.wipe()
        self.verified.add(pin.kind)

    def sign_with_auth_key(self, digest_info: bytes) -> bytes:
        self.channel.send(apdu.select_ef(apdu.EF_AUTH_KEY))
        signature = self.channel.send(apdu.compute_digital_signature(digest_info))
        if not signature:
            raise BadResponse("the card returned an empty signature")
        return signature

    def authenticate(
        self, pin: Pin, *, confirmations: int = 0, policy: TryPolicy = DEFAULT_POLICY
    ) -> AuthResult:
        """本人確認: verify the 4-digit password, sign a fresh challenge, check the signature."""
        if pin.kind is not PinKind.AUTH:
            pin.wipe()
            raise ValueError("authentication needs the 利用者証明用 password")  # i18n: our bug
        if self.kind is CardKind.SMARTPHONE_JPKI:
            # On a smartphone (GP-SE) token the certificate itself needs the password first.
            self.verify(pin, confirmations=confirmations, policy=policy)
            certificate = self.read_auth_certificate()
        else:
            try:
                certificate = self.read_auth_certificate()
            except BaseException:
                pin.wipe()
                raise
            self.verify(pin, confirmations=confirmations, policy=policy)
        challenge = os.urandom(32)
        digest_info = apdu.SHA256_DIGEST_INFO_PREFIX + hashlib.sha256(challenge).digest()
        signature = self.sign_with_auth_key(digest_info)
        certificate.verify_signature(signature, challenge)
        return AuthResult(certificate=certificate, challenge=challenge, signature=signature)
