"""A real HTTP server on 127.0.0.1 for the network tests, with the faults the issue lists.

Routes map a path to a behaviour: a plain answer, a redirect, a slow drip, silence, or a body that
stops half-way until the test opens a gate. Blocked handlers are released when the server stops.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Behaviour = Callable[["Handler"], None]


@dataclass
class Request:
    path: str
    headers: dict[str, str]


@dataclass
class Gate:
    """A body sent in two parts; the second waits until ``open()`` (or the server stops)."""

    opened: threading.Event = field(default_factory=threading.Event)

    def open(self) -> None:
        self.opened.set()


class Handler(BaseHTTPRequestHandler):
    server: LocalServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.server.requests.append(Request(self.path, dict(self.headers.items())))
        behaviour = self.server.routes.get(self.path)
        if behaviour is None:
            self.answer(404, b"not found")
            return
        # The client may give up (timeout, cancel, size cap): expected in these tests.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            behaviour(self)

    def answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Behaviour] = {}
        self.requests: list[Request] = []
        self.stopping = threading.Event()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    # --- behaviours --------------------------------------------------------------------------------

    def serve(self, path: str, body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.routes[path] = lambda h: h.answer(status, body, headers)

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.routes[path] = lambda h: h.answer(status, b"", {"Location": location})

    def silent(self, path: str) -> None:
        """Accept the request and never answer."""
        self.routes[path] = lambda h: self.stopping.wait()

    def drip(self, path: str, body: bytes, interval: float) -> None:
        """Send the headers, then one byte every ``interval`` seconds."""

        def behaviour(h: Handler) -> None:
            h.send_response(200)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            for i in range(len(body)):
                if self.stopping.wait(interval):
                    return
                h.wfile.write(body[i : i + 1])
                h.wfile.flush()

        self.routes[path] = behaviour

    def gated(self, path: str, body: bytes, gate: Gate, first: int = 1024) -> None:
        """Send ``first`` bytes of the body, then the rest once ``gate`` opens."""

        def behaviour(h: Handler) -> None:
            h.send_response(200)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[:first])
            h.wfile.flush()
            while not gate.opened.wait(0.05):
                if self.stopping.is_set():
                    return
            h.wfile.write(body[first:])
            h.wfile.flush()

        self.routes[path] = behaviour

    def endless(self, path: str, chunk: bytes = b"x" * 65536) -> None:
        """A body with no Content-Length that never ends (the size cap must stop it)."""

        def behaviour(h: Handler) -> None:
            h.send_response(200)
            h.send_header("Connection", "close")
            h.end_headers()
            while not self.stopping.is_set():
                h.wfile.write(chunk)

        self.routes[path] = behaviour

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()


def start_server() -> LocalServer:
    server = LocalServer()
    threading.Thread(target=server.serve_forever, args=(0.05,), name="test-http", daemon=True).start()
    return server
