"""An unexpected error becomes a dialog with a copyable report, never a silent exit.

The report carries versions and the traceback (code locations), passed through the same
redaction as the log, and no household data.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import version
from app.logging_setup import redact
from app.ui.widgets.plain import PlainLabel

log = logging.getLogger(__name__)


def error_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return redact(
        "\n".join(
            [
                f"Myna Prep {version()}",
                f"Python {platform.python_version()} / Qt {qVersion()} / {platform.platform()}",
                "",
                "".join(lines).rstrip(),
            ]
        )
    )


class ErrorDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("予期しないエラー"))
        self.report = report
        message = PlainLabel(
            self.tr(
                "予期しないエラーが発生しました。記録した内容は保存されています。"
                "問題が続く場合は、下の報告をコピーしてお問い合わせください（個人情報は含まれません）。"
            )
        )
        message.setWordWrap(True)
        text = QPlainTextEdit(report)
        text.setObjectName("errorReport")
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("エラー報告"))
        text.setAccessibleDescription(self.tr("お問い合わせの際にコピーして送る報告です（読み取り専用）"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("報告をコピー(&C)"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


_open_dialogs: list[ErrorDialog] = []


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to the error dialog."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        report = error_report(exc_type, exc, tb)
        log.error("Unexpected error:\n%s", report)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        dialog = ErrorDialog(report, QApplication.activeWindow())
        # Without a parent nothing else holds it: keep it alive until it is closed.
        _open_dialogs.append(dialog)
        dialog.finished.connect(lambda _result: _open_dialogs.remove(dialog))
        dialog.open()

    sys.excepthook = hook
