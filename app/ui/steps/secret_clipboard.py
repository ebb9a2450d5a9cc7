"""Copying a secret (an issuer's number) to the clipboard: marked so clipboard history and sync
leave it alone, and cleared after a while and on quit."""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtWidgets import QApplication

# How long a copied number stays on the clipboard (if nothing else was copied meanwhile).
CLIPBOARD_CLEAR_MS = 45_000


def secret_clipboard_formats(platform: str) -> dict[str, bytes]:
    """The formats that tell ``platform``'s clipboard history and sync to leave a secret alone.

    Linux: KDE's hint, honoured by Klipper and CopyQ. Windows: the three formats of Microsoft's
    "Clipboard Formats" page (Cloud Clipboard and Clipboard History Formats; a DWORD 0 opts out).
    macOS: nspasteboard.org's concealed type, written by Qt as ``application/x-nspasteboard-concealed-
    type`` as KeePassXC does (PR 1202) and as CopyQ reads it (PR 2500). Sources checked 2026-11-29.
    """
    if platform == "win32":
        return {
            "ExcludeClipboardContentFromMonitorProcessing": b"\x01",
            "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
            "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
        }
    if platform == "darwin":
        return {"application/x-nspasteboard-concealed-type": b"secret"}
    return {"x-kde-passwordManagerHint": b"secret"}


class _CopiedSecret:
    """Which secret we put on the clipboard, by digest only, to clear it later and on quit."""

    digest: bytes | None = None
    quit_hook_installed = False


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def copy_secret(number: str) -> None:
    """Put ``number`` on the clipboard marked as a secret; it is cleared after
    ``CLIPBOARD_CLEAR_MS`` and when the app quits, unless something else was copied meanwhile."""
    data = QMimeData()
    data.setText(number)
    for mime, value in secret_clipboard_formats(sys.platform).items():
        data.setData(mime, value)
    QApplication.clipboard().setMimeData(data)
    _CopiedSecret.digest = _digest(number)
    app = QApplication.instance()
    if app is not None and not _CopiedSecret.quit_hook_installed:
        app.aboutToQuit.connect(clear_copied_secret)
        _CopiedSecret.quit_hook_installed = True
    QTimer.singleShot(CLIPBOARD_CLEAR_MS, clear_copied_secret)


def clear_copied_secret() -> None:
    """Clear the clipboard if it still holds the secret we copied."""
    if _CopiedSecret.digest is None:
        return
    clipboard = QApplication.clipboard()
    if _digest(clipboard.text()) == _CopiedSecret.digest:
        clipboard.clear()
    _CopiedSecret.digest = None
