"""Issue 12, item 9: ``doctor`` against a PC/SC daemon that accepts connections and never answers.

pcsc-lite's client library takes its socket path from ``PCSCLITE_CSOCK_NAME`` (winscard_msg.c,
``getSocketName``; the string is in libpcsclite 1.9.9's binary, checked 2026-11-29), so a Unix socket
bound at a temporary path that accepts and stays silent is exactly a hung pcscd. The doctor runs in a
child process: the library caches the socket name for the life of a process.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.card.diagnosis import EXIT_NO_SERVICE_OR_READER
from app.commands.doctor import SERVICE_TIMEOUT_ENV
from app.i18n.card import message_for_code


def not_answering(lang: str) -> str:
    """The sentence from the one catalogue (app/i18n/card.py) the doctor and the panel share."""
    i18n.install(lang)
    try:
        return message_for_code("service_not_answering")
    finally:
        i18n.install("ja")


ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="pcsc-lite's client socket is Linux-only")


@pytest.fixture
def silent_pcscd(tmp_path: Path) -> Iterator[Path]:
    pytest.importorskip("smartcard.scard", reason="pyscard (and libpcsclite) is needed")
    path = tmp_path / "pcscd.comm"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])  # accepted, never read from, never answered
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield path
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        server.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_doctor_says_the_service_does_not_answer(silent_pcscd: Path, lang: str) -> None:
    env = {**os.environ, "PCSCLITE_CSOCK_NAME": str(silent_pcscd), SERVICE_TIMEOUT_ENV: "0.5"}
    done = subprocess.run(
        [sys.executable, "-m", "app.commands.doctor", "--json", "--lang", lang],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == EXIT_NO_SERVICE_OR_READER, done.stderr
    payload = json.loads(done.stdout)
    assert payload["service"] == "unavailable"
    assert payload["problems"] == [{"code": "service_not_answering", "message": not_answering(lang)}]


def test_doctor_text_output_names_the_silent_service(silent_pcscd: Path) -> None:
    env = {**os.environ, "PCSCLITE_CSOCK_NAME": str(silent_pcscd), SERVICE_TIMEOUT_ENV: "0.5"}
    done = subprocess.run(
        [sys.executable, "-m", "app.commands.doctor"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == EXIT_NO_SERVICE_OR_READER
    assert "カードリーダーのサービス: 応答なし" in done.stdout
    assert not_answering("ja") in done.stdout
