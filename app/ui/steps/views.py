"""Puts the household's live views into the window: the profile bar, the next action and the due
follow-ups above the pages, an Edit menu with undo, and on each page its tracking widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from app.domain.status import readiness_headline
from app.domain.steps import StepId, items_of
from app.i18n.status import headline_text
from app.session import HouseholdSession
from app.ui.shell.main_window import MainWindow
from app.ui.shell.pages import StepPage
from app.ui.shell.view_bus import ViewBus


class Step5Note(QLabel):
    """Says whether STEP5 is needed for the chosen certificates."""

    def __init__(self, session: HouseholdSession) -> None:
        super().__init__()
        self.setObjectName("step5Note")
        self.setWordWrap(True)
        self.session = session
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        plan = self.session.plan
        member = self.session.member
        if plan is None:
            self.setText("")
        elif member is None or not member.certificates:
            self.setText(
                QCoreApplication.translate(
                    "Plan", "このステップが必要かどうかは、STEP2 で証明書等を選ぶと決まります。"
                )
            )
        elif plan.step5_needed:
            self.setText(QCoreApplication.translate("Plan", "選んだ証明書等にはこのステップが必要です。"))
        else:
            self.setText(
                QCoreApplication.translate(
                    "Plan",
                    "選んだ証明書等にはこのステップは不要です（給与所得の源泉徴収票や年末残高情報を選ぶと必要になります）。",
                )
            )
        self.setAccessibleName(self.text())


def page_views(session: HouseholdSession, bus: ViewBus, step: StepId) -> list[QWidget]:
    """The live widgets of one step's page, top first (``bus``: what they tell the window)."""
    from app.ui.steps.checklist_box import ChecklistBox
    from app.ui.steps.step_state import StepState

    views: list[QWidget] = []
    if step is StepId.STEP2:  # the action and its ticks first, the list to record it after
        from app.ui.steps.step2_certificates import CertificatePicker, Step2Action

        views += [Step2Action(), ChecklistBox(session, step), CertificatePicker(session, bus)]
    elif step is StepId.STEP3:
        from app.ui.steps.step3_linkages import LinkageTracker

        views.append(LinkageTracker(session))
    elif step is StepId.STEP4:
        from app.ui.steps.step4_issuer_tasks import IssuerTaskList

        views.append(IssuerTaskList(session, bus))
    elif step is StepId.STEP5:
        views.append(Step5Note(session))
    elif step is StepId.READY:
        from app.ui.steps.ready_readiness import ReadinessPanel

        views.append(ReadinessPanel(session))
    elif step is StepId.DELEGATION:
        from app.ui.steps.delegation import DelegationEditor

        views.append(DelegationEditor(session, bus))
    if items_of(step) and step is not StepId.STEP2:
        views.append(ChecklistBox(session, step))
    views.append(StepState(session, step))  # last: the step's word, as in the sidebar and diagram
    return views


class PlanViews(QObject):
    """Builds the household's views into the window, and builds them again on a language change
    (every text is set at construction; the views hold no state of their own beyond the store's)."""

    def __init__(self, window: MainWindow, session: HouseholdSession) -> None:
        super().__init__(session)
        self.window = window
        self.session = session
        self.bus = window.bus  # the views speak to the window here, never through the session
        self.pages: dict[StepId, StepPage] = {}
        self.views: dict[StepId, list[QWidget]] = {}  # the live widgets on each built page
        self.header_widgets: list[QWidget] = []  # profile bar, next action, due follow-ups
        self.edit_menu = QMenu(window)
        self.edit_menu.setObjectName("editMenu")
        window.menuBar().insertMenu(window.view_menu.menuAction(), self.edit_menu)
        self.undo: QAction | None = None
        self.redo: QAction | None = None
        self.build_header()
        self.build_menu()
        window.add_page_extension(self.extend)
        session.changed.connect(self.update_overview)
        session.changed.connect(self.update_ready_headline)
        window.installEventFilter(self)
        # A closed household's views stay as they are: rebuilding them would read a closed store.
        self.closed = False
        session.closing.connect(self._on_closing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange and not self.closed:
            self.rebuild()
        return False

    def _on_closing(self) -> None:
        self.closed = True

    def build_header(self) -> None:
        from app.ui.steps.next_action import FollowUpBanner, NextActionBanner
        from app.ui.steps.profile_bar import ProfileBar

        switcher, next_action = ProfileBar(self.session, self.bus), NextActionBanner(self.session, self.bus)
        follow_ups = FollowUpBanner(self.session, self.bus)
        header = self.window.header_bar  # one row: member switcher, next action (, the card chip)
        header.set_switcher(switcher)
        header.set_next_action(next_action)
        self.window.add_header_widget(follow_ups)  # a notice under the row, while follow-ups are due
        self.header_widgets += [switcher, next_action, follow_ups]

    def build_menu(self) -> None:
        self.edit_menu.setTitle(QCoreApplication.translate("Plan", "編集(&E)"))
        for action in (self.undo, self.redo):
            if action is not None:
                self.edit_menu.removeAction(action)
                action.deleteLater()
        stack = self.session.undo_stack
        self.undo = stack.createUndoAction(self.window, QCoreApplication.translate("Plan", "元に戻す"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(self.window, QCoreApplication.translate("Plan", "やり直す"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)

    def extend(self, page: StepPage) -> None:
        """Every page in one order: its live views in the 「今やること」 card above the guide's text."""
        self.pages[page.step.id] = page
        views = page_views(self.session, self.bus, page.step.id)
        self.views[page.step.id] = views
        for at, view in enumerate(views):
            page.add_todo(view, at)
        if page.step.id is StepId.STEP0:
            self.update_overview()
        if page.step.id is StepId.READY:
            self.update_ready_headline()

    def update_ready_headline(self) -> None:
        """The 準備完了 page's title follows the summary: the guide's 「事前準備が完了！…」 only when
        every chosen certificate is ready, else what is left."""
        page = self.pages.get(StepId.READY)
        plan = self.session.plan
        if page is None:
            return
        if plan is None:
            page.set_headline(None)
            return
        ready, total = plan.summary.ready, plan.summary.total
        headline = readiness_headline(ready, total, delegates_only=plan.delegates_only)
        page.set_headline(headline_text(headline, ready, total))

    def rebuild(self) -> None:
        """Every view anew, in the current language (the old ones are deleted later, not now: Qt is
        still delivering the LanguageChange to them)."""
        old = [*self.header_widgets]
        for views in self.views.values():
            old += views
        for widget in old:
            widget.hide()
            parent = widget.parentWidget()
            layout = None if parent is None else parent.layout()
            if layout is not None:
                layout.removeWidget(widget)
            widget.deleteLater()  # keeps its parent until then: Qt holds it in a list of children now
        self.header_widgets.clear()
        self.views.clear()
        self.build_header()
        self.build_menu()
        for page in self.pages.values():
            self.extend(page)
        self.update_overview()

    def import_certificates(self, paths: list[Path]) -> bool:
        """Show 準備完了 and import ``paths`` on its panel (File ▸ 証明書ファイルを取り込む…)."""
        from app.ui.steps.ready_readiness import ReadinessPanel

        self.window.show_step(StepId.READY)  # builds the page if needed
        panel = next((v for v in self.views.get(StepId.READY, ()) if isinstance(v, ReadinessPanel)), None)
        if panel is None:
            return False
        panel.import_paths(paths)
        return True

    def update_overview(self) -> None:
        """The STEP0 diagram's boxes from the current plan."""
        overview = self.window.overview
        if overview is not None:
            overview.set_session(self.session)  # the diagram reads the household itself


def install(window: MainWindow, session: HouseholdSession) -> PlanViews:
    """The profile bar, next action and due follow-ups above the pages; Edit ▸ 元に戻す; each page's
    views (built with the page); badges and the STEP0 diagram follow ``changed``."""
    return PlanViews(window, session)
