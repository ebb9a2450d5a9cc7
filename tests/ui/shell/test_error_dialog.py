"""An unexpected error becomes a dialog with a copyable report, not a silent exit."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from app import version
from app.ui.shell.error_dialog import ErrorDialog, install_excepthook


@pytest.fixture
def hook() -> Iterator[None]:
    previous = sys.excepthook
    install_excepthook()
    yield
    sys.excepthook = previous


def test_an_uncaught_error_opens_the_report_dialog(
    hook: None, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise RuntimeError("boom while saving, pin=4321 typed")
    except RuntimeError as exc:
        with caplog.at_level("ERROR"):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    report = dialog.findChild(QPlainTextEdit, "errorReport")
    assert report is not None
    text = report.toPlainText()
    assert "RuntimeError" in text and version() in text and "test_error_dialog.py" in text
    assert "4321" not in text  # redacted like the log
    assert "4321" not in caplog.text
    copy = next(b for b in dialog.findChildren(QPushButton) if "コピー" in b.text() or "Copy" in b.text())
    copy.click()
    assert QGuiApplication.clipboard().text() == dialog.report
    dialog.close()
