"""Help → カタログの更新を確認… and the opt-in check at start-up (off unless the user turns it on).

The check runs as an asyncio task under qasync: a small window-modal progress dialog with Cancel, the
window keeps painting, and the result is one sentence (a message box when the user asked, the status
bar at start-up). httpx, cryptography and pydantic are imported only when a check starts, never on
the path to the first paint. After an accepted update the household session reloads the catalog.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import catalog as update_texts
from app.ui.actions.menu_actions import MenuActions, SessionGetter, no_session
from app.ui.widgets.message_box import Icon, message_box
from app.ui.widgets.plain import PlainLabel

if TYPE_CHECKING:
    import asyncio

    from app.net.download import Fetcher
    from app.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

SETTINGS_CHECK_AT_START = "catalog/check_at_startup"
START_UP_DELAY_MS = 3000  # after the household is on screen; the check never delays start-up


@dataclass(frozen=True, slots=True)
class CheckResult:
    """``status``: "updated", "current", "cancelled" or the failure's code; ``text``: the sentence shown."""

    status: str
    text: str


class UpdateProgressDialog(QDialog):
    """「カタログの更新を確認しています」 with a progress bar and 中止 (Cancel)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("catalogUpdateProgress")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = PlainLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("catalogUpdateBar")
        self.bar.setRange(0, 0)  # busy until the size is known
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("catalogUpdateCancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("カタログの更新"))
        self.label.setText(self.tr("証明書カタログの更新を確認しています…"))
        self.bar.setAccessibleName(self.tr("受信の進み具合"))
        self.bar.setToolTip(self.tr("更新のファイルを受け取っている進み具合です"))
        self.cancel_button.setText(self.tr("中止"))

    def show_progress(self, done: int, total: int | None) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class CatalogUpdateActions(MenuActions):
    """The Help-menu actions and the check itself. ``url``, ``fetcher`` and ``public_key`` are for
    tests (a local server, short time limits, a throwaway key); the app uses the defaults."""

    updated = Signal(str)  # the new catalog version, after it was saved

    def __init__(
        self,
        window: MainWindow,
        session: SessionGetter = no_session,
        *,
        url: str | None = None,
        fetcher: Fetcher | None = None,
        public_key: bytes | None = None,
    ) -> None:
        super().__init__(window, "catalogUpdateActions", session)
        self.url = url
        self.fetcher = fetcher
        self.public_key = public_key
        self.dialog: UpdateProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self._task: asyncio.Task[CheckResult] | None = None
        self._background: set[asyncio.Task[CheckResult]] = set()

        self.check_action = self.make_action("catalogCheckAction", self.check_now)
        self.start_up_action = self.make_action(
            "catalogStartUpAction", self._save_start_up_choice, checkable=True
        )
        self.start_up_action.blockSignals(True)  # the saved choice, not a new one
        self.start_up_action.setChecked(self.check_at_start_up)
        self.start_up_action.blockSignals(False)
        self.retranslate()

    # ----- menu and settings ----------------------------------------------------------------------
    def add_to_menu(self, menu: QMenu, before: QAction) -> None:
        menu.insertAction(before, self.check_action)
        menu.insertAction(before, self.start_up_action)
        menu.insertSeparator(before)

    def retranslate(self) -> None:
        self.check_action.setText(self.tr("カタログの更新を確認(&U)…"))
        self.check_action.setToolTip(
            self.tr("署名付きの新しい証明書カタログがあるか、Myna Prep の配布元に問い合わせます")
        )
        self.start_up_action.setText(self.tr("起動時にカタログの更新を確認する"))
        self.start_up_action.setToolTip(
            self.tr("オンにすると、起動のたびに配布元へ問い合わせます（個人の情報は送りません）")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.cancel()  # a check never outlives the window (nothing is written when cancelled)
        return super().eventFilter(watched, event)

    @property
    def check_at_start_up(self) -> bool:
        """The user's choice; off unless they turned it on (no network without their choice)."""
        return str(self.window.settings.value(SETTINGS_CHECK_AT_START, "false")).lower() == "true"

    def _save_start_up_choice(self, checked: bool) -> None:
        self.window.settings.setValue(SETTINGS_CHECK_AT_START, "true" if checked else "false")
        self.window.settings.sync()

    def schedule_start_up_check(self) -> bool:
        """At start-up: check quietly a little later, only when the user turned the check on."""
        if not self.check_at_start_up:
            return False
        QTimer.singleShot(START_UP_DELAY_MS, self._start_up_check)
        return True

    # ----- running a check -------------------------------------------------------------------------
    def check_now(self) -> None:
        """Help → カタログの更新を確認…: start the check as a task on the running (qasync) loop."""
        self._spawn(interactive=True)

    def _start_up_check(self) -> None:
        self._spawn(interactive=False)

    def _spawn(self, *, interactive: bool) -> None:
        if self.busy:
            return
        import asyncio  # after the first paint: asyncio costs ~50 ms of imports

        task = asyncio.ensure_future(self.run_check(interactive=interactive))
        self._background.add(task)  # a strong reference until it ends (tasks are weakly held)
        task.add_done_callback(self._background.discard)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def run_check(self, *, interactive: bool) -> CheckResult:
        """Check once. ``interactive``: the user asked, so show progress, Cancel and the result."""
        import asyncio

        from app.domain.catalog_update import UpdateRejected
        from app.net.catalog_update import DEFAULT_URL, update_catalog
        from app.net.download import Fetcher

        self._task = asyncio.current_task()
        self.check_action.setEnabled(False)
        dialog = self._open_progress() if interactive else None
        try:
            outcome = await update_catalog(
                self.window.data_dir,
                self.url or DEFAULT_URL,
                fetcher=self.fetcher or Fetcher(),
                public_key=self.public_key,
                progress=dialog.show_progress if dialog is not None else None,
            )
        except asyncio.CancelledError:
            result = CheckResult("cancelled", update_texts.cancelled())
        except UpdateRejected as exc:
            log.warning("Catalog update not taken: %s", exc)
            result = CheckResult(exc.failure.value, self.failure_text(exc.failure.value))
        else:
            if outcome.updated:
                result = CheckResult("updated", update_texts.updated(outcome.version))
                self._reload_household()
                self.updated.emit(outcome.version)
            else:
                result = CheckResult("current", update_texts.current(outcome.version))
        finally:
            self.check_action.setEnabled(True)
            self._task = None
            if dialog is not None:
                dialog.done(QDialog.DialogCode.Accepted)
                dialog.deleteLater()
                self.dialog = None
        self._tell(result, interactive)
        return result

    def _open_progress(self) -> UpdateProgressDialog:
        dialog = UpdateProgressDialog(self.window)
        dialog.rejected.connect(self.cancel)
        self.dialog = dialog
        dialog.open()  # window-modal without a nested event loop (qasync)
        return dialog

    def _reload_household(self) -> None:
        session = self.session()
        if session is not None:
            session.reload_catalog()

    def _tell(self, result: CheckResult, interactive: bool) -> None:
        self.window.statusBar().showMessage(result.text, 10000)
        if not interactive or result.status == "cancelled":
            return
        # A warning only when something looked wrong with what arrived; "try later" is information.
        calm = result.status in ("updated", "current", "unreachable", "timeout", "not_found", "server_error")
        # Plain text (as every box): the text may quote what the server sent.
        icon = Icon.Information if calm else Icon.Warning
        box = message_box(self.window, icon, self.tr("カタログの更新"), result.text, name="catalogUpdateBox")
        self.result_box = box
        box.open()

    def failure_text(self, code: str) -> str:
        """One sentence per failure (codes of app.domain.catalog_update.Failure)."""
        return update_texts.failure_text(code)
