"""The reminder notification on Windows and macOS: a ``QSystemTrayIcon`` message; clicking it opens the
app. Installed into :mod:`app.desktop.notify` by the entry point for ``myna-prep reminders``."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.desktop.notify import Notice, NotifyError


def show_tray_notice(notice: Notice, on_open: Callable[[], None], wait_s: float) -> bool:
    """Show ``notice`` from a tray icon for ``wait_s``; whether it was clicked (``on_open`` called)."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else notice.app_name])
    if not QSystemTrayIcon.isSystemTrayAvailable():
        raise NotifyError("no system tray")
    from app.ui.widgets import icons

    tray = QSystemTrayIcon(icons.app_icon() if notice.icon else QIcon())
    tray.setToolTip(notice.app_name)
    chosen: list[bool] = []

    def clicked() -> None:
        chosen.append(True)
        on_open()
        app.quit()

    tray.messageClicked.connect(clicked)
    tray.show()
    tray.showMessage(notice.title, notice.body, QSystemTrayIcon.MessageIcon.Information, int(wait_s * 1000))
    QTimer.singleShot(int(wait_s * 1000), app.quit)
    app.exec()
    tray.hide()
    return bool(chosen)
