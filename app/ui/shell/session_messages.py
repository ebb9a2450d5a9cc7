"""What the window shows of the household session: its messages, the sidebar badges, the undo offer.

The session (:mod:`app.session`) is window-free and speaks in signals; :class:`SessionMessages`
turns them into a window-modal box (errors, the store's notices), the status bar, the read-only
badge and the status bar's 「元に戻す」 button. (What the views say to the window goes through the
window's bus instead: app/ui/shell/view_bus.py.) The composition root (``app.ui.application.attach``)
builds it with the session after the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.status import Status, status_board
from app.domain.steps import StepId
from app.session import HouseholdSession
from app.ui.shell.main_window import MainWindow
from app.ui.widgets.message_box import Icon, message_box
from app.ui.widgets.plain import PlainLabel

UNDO_OFFER_MS = 30000


class SessionMessages(QObject):
    """Shows what the session says, in the window: errors, notices, read-only, the undo offer, badges."""

    def __init__(self, window: MainWindow, session: HouseholdSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._error_box: QMessageBox | None = None
        self._undo_button: QPushButton | None = None
        self._undo_timer = QTimer(self)  # hides the status bar's 「元に戻す」 after a while
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_OFFER_MS)
        self._undo_timer.timeout.connect(self._hide_undo_button)
        session.failed.connect(self.show_error)
        session.notice.connect(self.show_notice)
        session.opened_read_only.connect(self.show_read_only)
        session.removed.connect(self.offer_undo)
        session.changed.connect(self.show_badges)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.session.closing.emit()  # closing the window ends undo (the store closes with it later)
        return False

    def show_error(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)
        box = self._error_box
        if box is None or not box.isVisible():
            title = QCoreApplication.translate("Plan", "保存できませんでした")
            box = message_box(self.window, Icon.Warning, title, text, name="storeErrorBox")
            box.destroyed.connect(self._error_box_gone)
            self._error_box = box
            box.open()  # window-modal, never a nested event loop
        else:
            box.setText(text)

    def _error_box_gone(self) -> None:
        self._error_box = None

    def show_notice(self, text: str) -> None:
        title = QCoreApplication.translate("Plan", "保存データについてのお知らせ")
        message_box(self.window, Icon.Information, title, text, name="storeNoticeBox").open()
        self.window.statusBar().showMessage(text.split("\n\n", 1)[0], 15000)

    def show_read_only(self, reason: str) -> None:
        badge = PlainLabel(QCoreApplication.translate("Plan", "読み取り専用（変更は保存されません）"))
        badge.setObjectName("readOnlyIndicator")
        badge.setToolTip(reason)
        self.window.statusBar().addPermanentWidget(badge)

    def offer_undo(self, description: str) -> None:
        bar = self.window.statusBar()
        if self._undo_button is None:
            button = QPushButton(QCoreApplication.translate("Plan", "元に戻す(&U)"))
            button.setObjectName("undoRemoveButton")
            button.setAccessibleName(QCoreApplication.translate("Plan", "削除を元に戻す"))
            button.clicked.connect(self._undo_from_button)
            bar.addPermanentWidget(button)
            self._undo_button = button
        self._undo_button.setToolTip(description)
        self._undo_button.show()
        bar.showMessage(
            QCoreApplication.translate("Plan", "{what}を削除しました").format(what=description), 10000
        )
        self._undo_timer.start()

    def retranslate(self) -> None:
        """The texts this presenter owns (the status bar's undo button), in the current language."""
        if self._undo_button is not None:
            self._undo_button.setText(QCoreApplication.translate("Plan", "元に戻す(&U)"))
            self._undo_button.setAccessibleName(QCoreApplication.translate("Plan", "削除を元に戻す"))

    def _undo_from_button(self) -> None:
        if self.session.undo_stack.canUndo():
            self.session.undo_stack.undo()
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Plan", "削除を元に戻しました"), 5000
            )
        self._hide_undo_button()

    def _hide_undo_button(self) -> None:
        if self._undo_button is not None:
            self._undo_button.hide()

    def show_badges(self) -> None:
        """Sidebar badges for every step, from the current member's plan (「未定」 for STEP3–5 before
        the STEP2 choice: app.domain.plan.step_badges)."""
        plan, member = self.session.plan, self.session.member
        for step in StepId:
            badge = None if plan is None or member is None else plan.badges[step]
            if self.window.badge(step) is not badge:
                self.window.set_badge(step, badge)
        self.window.set_statuses({} if plan is None or member is None else self.statuses())

    def statuses(self) -> dict[StepId, Status]:
        """The sidebar's states: one 次はここ, and 要対応 only for a known problem (a follow-up date
        that has passed, a delegation a rule warns about)."""
        s = self.session
        assert s.plan is not None
        # the same board the diagram, the pages and the checklist read (app.domain.status)
        return dict(status_board(s.household, s.plans, s.plan.profile_id, s.today(), s.due).steps)
