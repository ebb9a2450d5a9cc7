"""Content-Encoding undone with a cap on the DECODED bytes, as they are produced.

We ask for ``identity``; a server may still compress. gzip (also several members) and deflate (zlib or
raw) are undone here with zlib's ``max_length``, so a layer never produces more than the cap plus one
byte in all, however small its input: a 2 KB "gzip, gzip" bomb stops at the cap instead of unpacking to
gigabytes, and each network chunk costs at most the cap of work, so the event loop keeps turning.
Any other coding (br, zstd, ...) is refused unread.
"""

from __future__ import annotations

import zlib

from app.domain.catalog_update import Failure, UpdateRejected

MAX_LAYERS = 3
_STEP = 64 * 1024  # output per zlib call


class _ZlibLayer:
    """One coding of the body; ``feed`` returns its decoded output, never more than the cap in all."""

    def __init__(self, coding: str, cap: int) -> None:
        self._coding = coding
        self._cap = cap
        self._produced = 0
        self._obj: zlib._Decompress | None = None
        self._gzip = coding in ("gzip", "x-gzip")

    def _new(self, first: bytes) -> zlib._Decompress:
        if self._gzip:
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" means zlib-wrapped (RFC 9110), but some servers send raw deflate: a zlib header
        # is a CM=8 byte whose 16-bit pair with the next is a multiple of 31.
        wrapped = len(first) >= 2 and first[0] & 0x0F == 8 and ((first[0] << 8) | first[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        out = bytearray()
        pending = data
        while pending:
            if self._obj is None:
                self._obj = self._new(pending)
            room = self._cap + 1 - self._produced - len(out)
            if room <= 0:
                break
            try:
                out += self._obj.decompress(pending, min(room, _STEP))
            except zlib.error as exc:
                raise UpdateRejected(Failure.NOT_JSON, f"{self._coding}: {exc}") from None
            if self._obj.eof:
                pending = self._obj.unused_data
                self._obj = None  # a further gzip member (or trailing bytes: refused by zlib)
                if pending and not self._gzip:
                    raise UpdateRejected(Failure.NOT_JSON, f"{self._coding}: data after the end")
            else:
                pending = self._obj.unconsumed_tail
        self._produced += len(out)
        if self._produced > self._cap:
            raise UpdateRejected(Failure.TOO_LARGE, f"{self._coding} decodes to more than {self._cap} bytes")
        return bytes(out)


class Decoder:
    """The layers of one response's ``Content-Encoding``, undone last-applied first."""

    def __init__(self, content_encoding: str | None, cap: int) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        if len(codings) > MAX_LAYERS:
            raise UpdateRejected(Failure.NOT_JSON, f"{len(codings)} content codings")
        for coding in codings:
            if coding not in ("gzip", "x-gzip", "deflate"):
                raise UpdateRejected(Failure.NOT_JSON, f"Content-Encoding {coding} not accepted")
        self._layers = [_ZlibLayer(c, cap) for c in reversed(codings)]

    @property
    def encoded(self) -> bool:
        return bool(self._layers)

    def feed(self, chunk: bytes) -> bytes:
        for layer in self._layers:
            chunk = layer.feed(chunk)
        return chunk
