"""A virtual My Number card speaking the vsmartcard ``vpcd`` protocol, written from jpki-protocol.md.

It holds the JPKI AP (token, authentication and signature certificates and keys, the two PINs) and the
券面事項入力補助 AP (its PIN, the basic four items, the My Number) and answers every other probe with
``6A82``/``6D00`` like a real card, so OpenSC accepts it. Keys and certificates are generated here with
``cryptography``.

vpcd protocol: the card is a TCP client of vpcd (``Virtual PCD 00 00`` listens on 35963, ``00 01`` on
35964); connecting inserts it, closing removes it. Every message is a 2-byte big-endian length and a
payload; 1-byte payloads are control (0 power off, 1 power on, 2 reset, 4 get ATR → reply the ATR),
anything else is an APDU answered by the response APDU. TCP_QUICKACK is set before every ``recv``
(else every APDU waits ~40 ms for a delayed ACK).

Run as a script::

    python -m tests.vcard.jpki_card --scenario normal [--port 35963] [--pull-after N] [--delay S]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import hashlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

VPCD_HOST = "127.0.0.1"
VPCD_PORT = 35963  # "Virtual PCD 00 00"; 35964 is "Virtual PCD 00 01"
READER_00 = "Virtual PCD 00 00"
READER_01 = "Virtual PCD 00 01"
#: pcscd only polls presence every 400 ms: a card re-inserted sooner after a removal is missed.
REINSERT_GAP = 0.45

AID_JPKI = bytes.fromhex("D392F000260100000001")
AID_TEXT = bytes.fromhex("D3921000310001010408")
ATR_JPKI = bytes.fromhex("3BE000FF8131FE4514")  # the contact ATR OpenSC's jpki driver knows
ATR_OTHER = bytes.fromhex("3B80800101")

AUTH_PIN = "1234"
SIGN_PIN = "ABC123"
TEXT_PIN = "5678"

TOKEN_CARD = "JPKIAPICCTOKEN2"
TOKEN_SMARTPHONE = "JPKIAPGPSETOKEN"
TOKEN_JUKI = "JPKIAPICCTOKEN"

SW_OK = b"\x90\x00"


def sw(value: int) -> bytes:
    return value.to_bytes(2, "big")


def my_number_check_digit(first11: str) -> str:
    """The check digit of a 個人番号 (総務省令 the 11 leading digits)."""
    total = 0
    for n in range(1, 12):
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


MY_NUMBER = "12345678901" + my_number_check_digit("12345678901")


@dataclass(frozen=True)
class Person:
    name: str = "番号 花子"
    address: str = "東京都千代田区霞が関二丁目1番2号"
    birth_date: str = "19850401"
    sex: str = "2"
    my_number: str = MY_NUMBER


# --- keys and certificates -----------------------------------------------------------------------
@functools.cache
def rsa_key(slot: str) -> rsa.RSAPrivateKey:
    """One RSA-2048 key per slot name, generated once per process."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jpki_ca_name(purpose: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "JPKI"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"JPKI for {purpose}"),
            x509.NameAttribute(
                NameOID.ORGANIZATIONAL_UNIT_NAME, "Japan Agency for Local Authority Information Systems"
            ),
        ]
    )


def _cert(
    subject: x509.Name,
    issuer: x509.Name,
    key: rsa.RSAPrivateKey,
    signer: rsa.RSAPrivateKey,
    not_before: dt.datetime,
    not_after: dt.datetime,
    *,
    ca: bool,
    serial: int,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    return builder.sign(signer, hashes.SHA256())


@dataclass(frozen=True)
class CertSet:
    auth_ca: bytes
    auth: bytes
    sign_ca: bytes
    sign: bytes

    @property
    def auth_sha256(self) -> str:
        return hashlib.sha256(self.auth).hexdigest()


@functools.cache
def certificates(not_before: dt.datetime, not_after: dt.datetime, serial: int = 0x4A504B49) -> CertSet:
    """CA + end-entity certificates for authentication and signature with the given validity."""
    ca_from = dt.datetime(2023, 7, 16, tzinfo=dt.UTC)
    ca_to = dt.datetime(2033, 7, 15, 14, 59, 59, tzinfo=dt.UTC)
    auth_ca_name = _jpki_ca_name("user authentication")
    sign_ca_name = _jpki_ca_name("digital signature")
    auth_ca_key, sign_ca_key = rsa_key("auth-ca"), rsa_key("sign-ca")
    der = serialization.Encoding.DER
    auth_ca = _cert(auth_ca_name, auth_ca_name, auth_ca_key, auth_ca_key, ca_from, ca_to, ca=True, serial=1)
    sign_ca = _cert(sign_ca_name, sign_ca_name, sign_ca_key, sign_ca_key, ca_from, ca_to, ca=True, serial=2)
    auth_subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
            x509.NameAttribute(NameOID.LOCALITY_NAME, "Chiyoda-ku"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"VIRTUAL{serial:08X}A"),
        ]
    )
    sign_subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
            x509.NameAttribute(NameOID.LOCALITY_NAME, "Chiyoda-ku"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"VIRTUAL{serial:08X}S"),
        ]
    )
    auth = _cert(
        auth_subject,
        auth_ca_name,
        rsa_key("auth"),
        auth_ca_key,
        not_before,
        not_after,
        ca=False,
        serial=serial,
    )
    sign = _cert(
        sign_subject,
        sign_ca_name,
        rsa_key("sign"),
        sign_ca_key,
        not_before,
        not_after,
        ca=False,
        serial=serial + 1,
    )
    return CertSet(
        auth_ca=auth_ca.public_bytes(der),
        auth=auth.public_bytes(der),
        sign_ca=sign_ca.public_bytes(der),
        sign=sign.public_bytes(der),
    )


def _day(offset: int) -> dt.datetime:
    today = dt.datetime.now(dt.UTC).replace(hour=14, minute=59, second=59, microsecond=0)
    return today + dt.timedelta(days=offset)


# --- scenarios -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Scenario:
    """What the card holds and how it misbehaves."""

    name: str = "normal"
    jpki: bool = True
    token: str = TOKEN_CARD
    text_ap: bool = True
    auth_remaining: int = 3
    sign_remaining: int = 5
    text_remaining: int = 3
    blocked_sw: int = 0x6983  # answer to any VERIFY of a blocked PIN (or 0x63C0)
    valid_from_days: int = -400
    valid_to_days: int = 1500
    atr: bytes = ATR_JPKI
    pull_after: int | None = None  # vanish on the APDU after the N-th (0: at the first)
    hang_after: int | None = None  # never answer the APDU after the N-th
    delay: float = 0.0  # seconds before every answer
    person: Person = field(default_factory=Person)
    auth_cert_protected: bool = False  # smartphone JPKI: the certificate needs the auth PIN

    def with_(self, **changes: object) -> Scenario:
        return replace(self, **changes)  # type: ignore[arg-type]


SCENARIOS: dict[str, Scenario] = {
    "normal": Scenario(),
    "few_tries": Scenario(name="few_tries", auth_remaining=1, sign_remaining=2, text_remaining=1),
    "blocked": Scenario(name="blocked", auth_remaining=0, sign_remaining=0, text_remaining=0),
    "blocked_63c0": Scenario(name="blocked_63c0", auth_remaining=0, blocked_sw=0x63C0),
    "expired": Scenario(name="expired", valid_from_days=-1900, valid_to_days=-12),
    "expiring": Scenario(name="expiring", valid_to_days=30),
    "not_my_number": Scenario(name="not_my_number", jpki=False, text_ap=False, atr=ATR_OTHER),
    "juki": Scenario(name="juki", token=TOKEN_JUKI, text_ap=False, atr=ATR_OTHER),
    "smartphone": Scenario(
        name="smartphone", token=TOKEN_SMARTPHONE, text_ap=False, auth_cert_protected=True, atr=ATR_OTHER
    ),
    "slow": Scenario(name="slow", delay=0.05),
}


# --- the card's file system and commands -----------------------------------------------------
@dataclass
class _Ef:
    data: bytes = b""
    read_pin: str | None = None  # PIN that must be verified to read
    pin: str | None = None  # this EF is a PIN EF with this name
    key: str | None = None  # this EF is a private key for this PIN


def _padded(der: bytes, size: int = 2048) -> bytes:
    return der + bytes(max(0, size - len(der)))


def _tlv(tag: bytes, value: bytes) -> bytes:
    n = len(value)
    if n < 0x80:
        length = bytes((n,))
    elif n < 0x100:
        length = bytes((0x81, n))
    else:
        length = bytes((0x82,)) + n.to_bytes(2, "big")
    return tag + length + value


def basic4_file(person: Person) -> bytes:
    body = (
        _tlv(b"\xdf\x21", bytes.fromhex("0004000a0014001e"))
        + _tlv(b"\xdf\x22", person.name.encode("utf-8"))
        + _tlv(b"\xdf\x23", person.address.encode("utf-8"))
        + _tlv(b"\xdf\x24", person.birth_date.encode("ascii"))
        + _tlv(b"\xdf\x25", person.sex.encode("ascii"))
    )
    outer = b"\xff\x20\x82" + len(body).to_bytes(2, "big") + body
    return outer + bytes(16)


def my_number_file(person: Person) -> bytes:
    return b"\xff\x10\x0c" + person.my_number.encode("ascii") + b"\x00\x00"


class JpkiCardModel:
    """The card logic, independent of any transport: ``process(apdu) -> response``."""

    def __init__(self, scenario: Scenario | None = None) -> None:
        self.scenario = scenario or Scenario()
        s = self.scenario
        self.certs = certificates(_day(s.valid_from_days), _day(s.valid_to_days))
        self.pins: dict[str, str] = {"auth": AUTH_PIN, "sign": SIGN_PIN, "text": TEXT_PIN}
        self.max_tries = {"auth": 3, "sign": 5, "text": 3}
        self.remaining = {"auth": s.auth_remaining, "sign": s.sign_remaining, "text": s.text_remaining}
        self.keys = {"auth": rsa_key("auth"), "sign": rsa_key("sign")}
        self.dfs: dict[bytes, dict[int, _Ef]] = {}
        if s.jpki:
            token = s.token.encode("ascii").ljust(0x20, b" ")
            self.dfs[AID_JPKI] = {
                0x0006: _Ef(token),
                0x000A: _Ef(_padded(self.certs.auth), read_pin="auth" if s.auth_cert_protected else None),
                0x000B: _Ef(_padded(self.certs.auth_ca)),
                0x0001: _Ef(_padded(self.certs.sign), read_pin="sign"),
                0x0002: _Ef(_padded(self.certs.sign_ca)),
                0x0017: _Ef(key="auth"),
                0x0018: _Ef(pin="auth"),
                0x001A: _Ef(key="sign"),
                0x001B: _Ef(pin="sign"),
            }
        if s.text_ap:
            self.dfs[AID_TEXT] = {
                0x0011: _Ef(pin="text"),
                0x0001: _Ef(my_number_file(s.person), read_pin="text"),
                0x0002: _Ef(basic4_file(s.person), read_pin="text"),
            }
        self.lock = threading.Lock()
        self.log: list[bytes] = []  # every APDU received (tests count them; PINs included: test-only)
        self.verify_with_data = 0  # VERIFY commands that carried a PIN
        self.signatures = 0
        self.power_cycle()

    def power_cycle(self) -> None:
        self.df: bytes | None = None
        self.ef: int | None = None
        self.verified: set[str] = set()

    # -- dispatch ---------------------------------------------------------------------------------
    def process(self, apdu: bytes) -> bytes:
        with self.lock:
            self.log.append(bytes(apdu))
            if len(apdu) < 4:
                return sw(0x6700)
            cla, ins, p1, p2 = apdu[:4]
            parsed = _parse(apdu)
            if parsed is None:
                return sw(0x6700)
            data, le = parsed
            if cla == 0x00 and ins == 0xA4:
                return self._select(p1, p2, data)
            if cla == 0x00 and ins == 0xB0:
                return self._read_binary(p1, p2, le)
            if cla == 0x00 and ins == 0x20:
                return self._verify(p1, p2, data)
            if cla == 0x80 and ins == 0x2A:
                return self._sign(p1, p2, data)
            if cla not in (0x00, 0x80):
                return sw(0x6E00)
            return sw(0x6D00)

    def _select(self, p1: int, p2: int, data: bytes) -> bytes:
        if p1 == 0x04:
            if data in self.dfs:
                if data != self.df:
                    self.verified.clear()
                self.df, self.ef = data, None
                return SW_OK
            return sw(0x6A82)
        if p1 == 0x02 and len(data) == 2 and self.df is not None:
            fid = int.from_bytes(data, "big")
            if fid in self.dfs[self.df]:
                self.ef = fid
                return SW_OK
            return sw(0x6A82)
        return sw(0x6A82)

    def _current(self) -> _Ef | None:
        if self.df is None or self.ef is None:
            return None
        return self.dfs[self.df][self.ef]

    def _read_binary(self, p1: int, p2: int, le: int | None) -> bytes:
        if p1 & 0x80:
            return sw(0x6A86)  # SFI reads are not what the JPKI card is known to accept
        ef = self._current()
        if ef is None or ef.pin is not None or ef.key is not None:
            return sw(0x6986)
        if ef.read_pin is not None and ef.read_pin not in self.verified:
            return sw(0x6982)
        offset = (p1 << 8) | p2
        if offset >= len(ef.data):
            return sw(0x6B00)
        length = 256 if le is None or le == 0 else le
        return ef.data[offset : offset + length] + SW_OK

    def _verify(self, p1: int, p2: int, data: bytes) -> bytes:
        if p1 != 0x00 or p2 != 0x80:
            return sw(0x6A86)
        ef = self._current()
        if ef is None or ef.pin is None:
            return sw(0x6986)
        name = ef.pin
        if not data:
            if self.remaining[name] == 0:
                return sw(self.scenario.blocked_sw)
            return sw(0x63C0 | self.remaining[name])
        self.verify_with_data += 1
        if self.remaining[name] == 0:
            return sw(self.scenario.blocked_sw)
        if data == self.pins[name].encode("ascii"):
            self.remaining[name] = self.max_tries[name]
            self.verified.add(name)
            return SW_OK
        self.remaining[name] -= 1
        self.verified.discard(name)
        return sw(0x63C0 | self.remaining[name])

    def _sign(self, p1: int, p2: int, data: bytes) -> bytes:
        if p1 != 0x00 or p2 != 0x80:
            return sw(0x6A86)
        ef = self._current()
        if ef is None or ef.key is None:
            return sw(0x6986)
        if ef.key not in self.verified:
            return sw(0x6982)
        key = self.keys[ef.key]
        k = key.key_size // 8
        if not data or len(data) > k - 11:
            return sw(0x6700)
        # PKCS#1 v1.5 type-1 padding over the DigestInfo the host sent, then the raw RSA operation.
        block = b"\x00\x01" + b"\xff" * (k - 3 - len(data)) + b"\x00" + data
        # RSA with the CRT (a quarter of the GIL time of a plain pow(m, d, n)).
        numbers = key.private_numbers()
        m = int.from_bytes(block, "big")
        m1 = pow(m, numbers.dmp1, numbers.p)
        m2 = pow(m, numbers.dmq1, numbers.q)
        signature = m2 + ((numbers.iqmp * (m1 - m2)) % numbers.p) * numbers.q
        self.signatures += 1
        return signature.to_bytes(k, "big") + SW_OK


def _parse(apdu: bytes) -> tuple[bytes, int | None] | None:
    """(data, le) of a short APDU; None when malformed or extended."""
    if len(apdu) == 4:
        return b"", None
    if len(apdu) == 5:
        return b"", apdu[4] or 256
    lc = apdu[4]
    if lc == 0:
        return None  # extended length: not supported
    if len(apdu) == 5 + lc:
        return apdu[5:], None
    if len(apdu) == 6 + lc:
        return apdu[5 : 5 + lc], apdu[-1] or 256
    return None


# --- the vpcd transport --------------------------------------------------------------------------
_last_removal: dict[int, float] = {}
_removal_lock = threading.Lock()


class VirtualCard:
    """A card that can be inserted into (connected to) a vpcd slot and removed again."""

    def __init__(
        self,
        scenario: Scenario | str = "normal",
        *,
        port: int = VPCD_PORT,
        host: str = VPCD_HOST,
        model: JpkiCardModel | None = None,
    ) -> None:
        if isinstance(scenario, str):
            scenario = SCENARIOS[scenario]
        self.model = model or JpkiCardModel(scenario)
        self.port = port
        self.host = host
        self.pull_after = scenario.pull_after
        self.hang_after = scenario.hang_after
        self.delay = scenario.delay
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.pulled = threading.Event()
        self.apdus_this_insertion = 0
        self.on_apdu: Callable[[bytes], None] | None = None

    @property
    def scenario(self) -> Scenario:
        return self.model.scenario

    @property
    def inserted(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def insert(self, *, connect_timeout: float = 5.0) -> VirtualCard:
        """Connect to vpcd (respecting pcscd's re-insert race) and serve in a thread."""
        if self.inserted:
            return self
        with _removal_lock:
            wait = _last_removal.get(self.port, 0.0) + REINSERT_GAP - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        deadline = time.monotonic() + connect_timeout
        while True:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                sock.connect((self.host, self.port))
                break
            except OSError:
                sock.close()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self._stop.clear()
        self.pulled.clear()
        self.apdus_this_insertion = 0
        self.model.power_cycle()
        self._thread = threading.Thread(target=self._serve, name=f"vcard-{self.port}", daemon=True)
        self._thread.start()
        return self

    def remove(self) -> None:
        """Take the card out (close the socket) and wait for the serving thread."""
        self._stop.set()
        sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def _mark_removed(self) -> None:
        with _removal_lock:
            _last_removal[self.port] = time.monotonic()

    def _recv_exact(self, sock: socket.socket, n: int) -> bytes | None:
        buf = bytearray()
        while len(buf) < n:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            chunk = sock.recv(n - len(buf))
            if not chunk:
                return None
            buf += chunk
        return bytes(buf)

    def _send(self, sock: socket.socket, payload: bytes) -> None:
        sock.sendall(len(payload).to_bytes(2, "big") + payload)

    def _serve(self) -> None:
        sock = self._sock
        assert sock is not None
        try:
            while not self._stop.is_set():
                head = self._recv_exact(sock, 2)
                if head is None:
                    return
                payload = self._recv_exact(sock, int.from_bytes(head, "big"))
                if payload is None:
                    return
                if len(payload) == 1:
                    control = payload[0]
                    if control in (0, 1, 2):
                        self.model.power_cycle()
                    elif control == 4:
                        self._send(sock, self.model.scenario.atr)
                    continue
                index = self.apdus_this_insertion
                self.apdus_this_insertion += 1
                if self.pull_after is not None and index >= self.pull_after:
                    self.pulled.set()
                    return  # the card vanishes without answering
                if self.hang_after is not None and index >= self.hang_after:
                    self._stop.wait()
                    return
                if self.delay and self._stop.wait(self.delay):
                    return
                if self.on_apdu is not None:
                    self.on_apdu(payload)
                self._send(sock, self.model.process(payload))
        except OSError:
            return
        finally:
            self._sock = None
            sock.close()
            self._mark_removed()

    def __enter__(self) -> VirtualCard:
        return self.insert()

    def __exit__(self, *exc: object) -> None:
        self.remove()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="virtual JPKI card for vpcd")
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), default="normal")
    parser.add_argument("--port", type=int, default=VPCD_PORT)
    parser.add_argument("--host", default=VPCD_HOST)
    parser.add_argument("--pull-after", type=int, default=None)
    parser.add_argument("--delay", type=float, default=None)
    args = parser.parse_args(argv)
    scenario = SCENARIOS[args.scenario]
    if args.pull_after is not None:
        scenario = scenario.with_(pull_after=args.pull_after)
    if args.delay is not None:
        scenario = scenario.with_(delay=args.delay)
    card = VirtualCard(scenario, port=args.port, host=args.host).insert()
    print(
        f"inserted {scenario.name!r} card on port {args.port};",
        f"auth certificate sha256 {card.model.certs.auth_sha256}",
    )
    try:
        while card.inserted:
            time.sleep(0.2)
    except KeyboardInterrupt:
        pass
    finally:
        card.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
