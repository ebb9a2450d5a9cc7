"""Print a :class:`~app.domain.checklist.Checklist`: on a ``QPdfWriter`` (PDF export, ``myna-prep
checklist``) or a ``QPrinter`` (print and print preview in the window), with QtGui only.

The page (:mod:`app.printing.canvas`) and the sheet's blocks (:mod:`app.printing.sheet`) live apart;
this module paints them and writes the PDF all or nothing. Page numbers ("1 / 3") are drawn once the
page count is known.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter

from app.domain.checklist import Checklist
from app.i18n import checklist as words
from app.printing.canvas import (
    DEFAULT_PAGE_SIZE,
    PAGE_SIZES,
    RenderError,
    RenderFailure,
    default_page_size,
    ensure_font,
    page_layout,
)
from app.printing.sheet import ChecklistLayout
from app.store import fileutil

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "PAGE_SIZES",
    "ChecklistLayout",
    "RenderError",
    "RenderFailure",
    "default_page_size",
    "ensure_font",
    "export_pdf",
    "page_layout",
    "pdf_bytes",
    "render",
    "write_pdf",
]


def render(checklist: Checklist, device: QPagedPaintDevice) -> int:
    """Paint ``checklist`` on ``device`` (its page layout already set); return the number of pages."""
    layout = ChecklistLayout(checklist, device)
    pages = layout.paginate()
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError(RenderFailure.OUTPUT_NOT_OPENED)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        layout.paint(painter, pages, device.newPage)
    finally:
        painter.end()
    return len(pages)


def write_pdf(checklist: Checklist, path: Path | str | QIODevice, page_size: str = DEFAULT_PAGE_SIZE) -> int:
    """Write ``checklist`` as a PDF at ``path`` or into a device (overwritten); return the page count."""
    ensure_font()
    writer = QPdfWriter(path if isinstance(path, QIODevice) else str(path))
    try:
        writer.setResolution(600)
        writer.setPageLayout(page_layout(page_size))
        writer.setTitle(words.title(checklist))
        writer.setCreator("Myna Prep")
        return render(checklist, writer)
    finally:
        del writer  # finishes the document before the caller uses it


def pdf_bytes(checklist: Checklist, page_size: str = DEFAULT_PAGE_SIZE) -> tuple[bytes, int]:
    """The PDF document in memory and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = write_pdf(checklist, buffer, page_size)
    buffer.close()
    return bytes(buffer.data().data()), pages


def export_pdf(
    checklist: Checklist, path: Path | str, page_size: str = DEFAULT_PAGE_SIZE, *, overwrite: bool = True
) -> int:
    """Write the PDF to ``path`` with ``fileutil.atomic_write_bytes`` (private, all or nothing).

    Either ``path`` holds the complete new PDF afterwards, or it is untouched and no temporary file is
    left behind. A folder, link, FIFO or device at ``path`` raises ``NotRegularFileError`` (never
    replaced); an existing file raises ``FileExistsError`` unless ``overwrite``. Raises ``OSError`` when
    the folder cannot be written and :class:`RenderError` when painting fails; returns the page count.
    """
    target = Path(path)
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}")
    fileutil.require_own_regular(target)
    if not overwrite and os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    data, pages = pdf_bytes(checklist, page_size)
    _check_complete(data)
    fileutil.atomic_write_bytes(target, data, overwrite=overwrite)
    return pages


def _check_complete(pdf: bytes) -> None:
    """Accept only a document that ends with its trailer (Qt reports no failure of its own)."""
    if not pdf or b"%%EOF" not in pdf[-64:]:
        raise RenderError(RenderFailure.PDF_INCOMPLETE)
