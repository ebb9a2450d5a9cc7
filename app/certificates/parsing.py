"""A hardened XML reader: size cap before parsing, no DTD, no entities, no network.

Real certificates are a few kilobytes and never carry a DTD or entity declarations, so any of those
is refused outright (billion laughs, external entities naming local files) instead of being defused.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from lxml import etree

from app.domain.received import Reason

MAX_BYTES = 4 * 1024 * 1024  # real files are 5–50 KB; a few MB leaves room for long donation lists
# Bounds on the tree, checked before anything else reads it (a real form is far inside every one):
MAX_ELEMENTS = 50_000  # a long donation list is a few thousand
MAX_ATTRIBUTES = 32  # per element; a form's root has about ten
MAX_TEXT = 64 * 1024  # characters of one text node (a certificate in base64 is a few thousand)
MAX_DEPTH = 64  # the deepest form nests about ten
# Cheap counts on the bytes, before lxml builds a tree: a start and an end tag per element, and an
# "=" per attribute (a real form has a few dozen attributes, and "=" otherwise only as base64 padding).
MAX_MARKUP = 2 * MAX_ELEMENTS + 1_000
MAX_EQUALS = 20_000

_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


class Refused(Exception):
    """The input is not a certificate we will read; ``reason`` says why."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.value)
        self.reason = reason


def hardened_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=False,
        remove_pis=False,
    )


def read_capped(path: Path) -> bytes:
    """The file's bytes; refuses before reading what is not a regular file (a FIFO would block forever,
    a device never ends) or is larger than ``MAX_BYTES``."""
    try:
        # O_NONBLOCK: opening a FIFO returns at once, so fstat can tell what it is before any read.
        fd = os.open(
            path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        )
        with os.fdopen(fd, "rb") as fh:
            opened = os.fstat(fh.fileno())
            if not stat.S_ISREG(opened.st_mode):
                raise Refused(Reason.UNREADABLE_FILE)
            if opened.st_size > MAX_BYTES:
                raise Refused(Reason.TOO_LARGE)
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Refused(Reason.UNREADABLE_FILE) from exc
    check_size(data)
    return data


def check_size(data: bytes) -> None:
    if len(data) > MAX_BYTES:
        raise Refused(Reason.TOO_LARGE)
    if not data.strip():
        raise Refused(Reason.EMPTY)


def _without_dtd_or_entities(root: etree._Element) -> etree._Element:
    docinfo = root.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.externalDTD is not None or docinfo.doctype:
        raise Refused(Reason.FORBIDDEN_MARKUP)
    if any(True for _ in root.iter(etree.Entity)):
        raise Refused(Reason.FORBIDDEN_MARKUP)
    return root


def parse(data: bytes) -> etree._Element:
    """The document's root element, or ``Refused``.

    A file saved again by Notepad as Shift_JIS may still declare UTF-8; when the declared encoding
    fails, the bytes are read as Shift_JIS (cp932) once. The signature covers characters, not bytes,
    so such a file still verifies.
    """
    check_size(data)
    if _DOCTYPE.search(data[:4096]) or _DOCTYPE.search(data):
        raise Refused(Reason.FORBIDDEN_MARKUP)
    if data.count(b"<") > MAX_MARKUP or data.count(b"=") > MAX_EQUALS:
        raise Refused(Reason.TOO_COMPLEX)
    try:
        root = etree.fromstring(data, parser=hardened_parser())
    except etree.XMLSyntaxError as first:
        if "depth" in str(first).lower():  # libxml2's own nesting limit (256)
            raise Refused(Reason.TOO_COMPLEX) from first
        root = _parse_as_cp932(data, first)
    except ValueError as exc:
        raise Refused(Reason.NOT_XML) from exc
    if root is None:
        raise Refused(Reason.NOT_XML)
    return check_shape(_without_dtd_or_entities(root))


def check_shape(root: etree._Element) -> etree._Element:
    """Refuse a tree beyond the bounds above (TOO_COMPLEX), or one with a comment or processing
    instruction inside the root (SPLIT_VALUE: ``8<?x?>4000`` must never be read as 8).

    Each bound is one XPath evaluated by libxml2, so the check costs milliseconds on any tree."""
    if root.xpath("count(descendant-or-self::*)") > MAX_ELEMENTS:
        raise Refused(Reason.TOO_COMPLEX)
    too_deep = "boolean(self::*" + "/*" * MAX_DEPTH + ")"
    if root.xpath(too_deep) or root.xpath(f"boolean(descendant-or-self::*[count(@*) > {MAX_ATTRIBUTES}])"):
        raise Refused(Reason.TOO_COMPLEX)
    if root.xpath(f"boolean(.//text()[string-length() > {MAX_TEXT}] | .//@*[string-length() > {MAX_TEXT}])"):
        raise Refused(Reason.TOO_COMPLEX)
    if root.xpath("boolean(.//comment() | .//processing-instruction())"):
        raise Refused(Reason.SPLIT_VALUE)
    return root


def _parse_as_cp932(data: bytes, first: etree.XMLSyntaxError) -> etree._Element:
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        raise Refused(Reason.NOT_XML) from first
    body = _DECLARATION.sub(b"", text.encode("utf-8"), count=1)
    try:
        root = etree.fromstring(b'<?xml version="1.0" encoding="UTF-8"?>' + body, parser=hardened_parser())
    except (etree.XMLSyntaxError, ValueError):
        raise Refused(Reason.NOT_XML) from first
    if root is None:
        raise Refused(Reason.NOT_XML)
    return _without_dtd_or_entities(root)
