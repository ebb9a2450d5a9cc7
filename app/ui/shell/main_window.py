"""The main window: step sidebar, the page of the selected step, Back/Next, menus, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, i18n
from app.domain.links import is_official_url
from app.domain.steps import STEP_BY_ID, STEPS, Step, StepId
from app.ui.shell.language_menu import LanguageMenu
from app.ui.shell.pages import StepPage
from app.ui.shell.sidebar import STATUS_ROLE, StepDelegate
from app.ui.widgets import accessible, domain_texts, focus, icons
from app.ui.widgets.focus_style import ItemFocusRing
from app.ui.widgets.plain import PlainLabel

if TYPE_CHECKING:  # app.domain.status imports the plan (holidays: ~0.4 s): never before the first paint
    from app.domain.status import Status
    from app.session import HouseholdSession
    from app.ui.actions.backup import BackupActions
    from app.ui.actions.catalog_update import CatalogUpdateActions
    from app.ui.actions.import_certificates import CertificateImportAction
    from app.ui.actions.print_checklist import ChecklistActions
    from app.ui.card_reader.panel import CardPanel
    from app.ui.shell.overview import OverviewDiagram

log = logging.getLogger(__name__)

# Called with each page when it is first built, so features (plan tracking, card hints) can add
# their live widgets to ``page.extras`` without the window knowing them.
PageExtension = Callable[[StepPage], None]


class Badge(Enum):
    """A step's status in the sidebar (filled by the plan)."""

    NONE = "none"
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NEEDS_ACTION = "needs_action"
    NOT_NEEDED = "not_needed"
    UNDECIDED = "undecided"  # STEP3–5 before the STEP2 choice


def badge_text(badge: Badge) -> str:
    return {
        Badge.NONE: "",
        Badge.DONE: QCoreApplication.translate("Badge", "完了"),
        Badge.IN_PROGRESS: QCoreApplication.translate("Badge", "進行中"),
        Badge.NEEDS_ACTION: QCoreApplication.translate("Badge", "要対応"),
        Badge.NOT_NEEDED: QCoreApplication.translate("Badge", "不要"),
        Badge.UNDECIDED: QCoreApplication.translate("Badge", "未定"),
    }[badge]


# Our own short subtitles for the sidebar; the pages carry the full official headline.
SIDEBAR_SUBTITLES: dict[StepId, str] = {  # i18n: translated via app/ui/widgets/domain_texts.py
    StepId.STEP0: "準備するものと流れ",
    StepId.STEP1: "利用者登録",
    StepId.STEP2: "証明書等を選ぶ",
    StepId.STEP3: "外部サイトと連携",
    StepId.STEP4: "発行企業と連携",
    StepId.STEP5: "e-Taxで情報取得希望",
    StepId.READY: "準備状況を確認",
    StepId.DELEGATION: "家族の医療費通知情報",
}


class MainWindow(QMainWindow):
    page_changed = Signal(int)
    first_painted = Signal()

    # How an allowed URL reaches the user's browser; tests put a recorder here instead.
    open_external = staticmethod(QDesktopServices.openUrl)

    def __init__(self, data_dir: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.lang = lang
        self._painted = False
        self.settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self._pages: dict[int, StepPage] = {}
        self._page_extensions: list[PageExtension] = []
        # Set by the composition root (app/ui/application.py); the window imports none of them.
        self.session: HouseholdSession | None = None  # the household, once the store is open
        self.card_panel: CardPanel | None = None  # docked after the first paint (app.ui.card_reader.dock)
        self.checklist_actions: ChecklistActions | None = None  # File ▸ 印刷… / PDF
        self.backup_actions: BackupActions | None = None  # File ▸ バックアップ
        self.certificate_import: CertificateImportAction | None = None  # File ▸ 証明書ファイルを取り込む
        self.catalog_updates: CatalogUpdateActions | None = None  # Help ▸ カタログの更新
        self.overview: OverviewDiagram | None = None  # the STEP0 diagram, once that page is built
        self._badges: dict[StepId, Badge] = {step.id: Badge.NONE for step in STEPS}
        # The one status language per step (app.domain.status), set from the plan; empty: no states.
        self._statuses: dict[StepId, Status] = {}

        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(QSize(720, 520))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("stepSidebar")
        self.sidebar.setWordWrap(True)
        # Long subtitles (and large fonts) wrap instead of scrolling sideways.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setResizeMode(QListView.ResizeMode.Adjust)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sidebar.setItemDelegate(StepDelegate(self.sidebar))
        self.sidebar.setSpacing(2)
        self.sidebar_focus_ring = ItemFocusRing(self.sidebar)  # the current step shows keyboard focus
        # Wide enough for 「STEP0 準備するものと流れ」 and a state on one line, also with enlarged fonts.
        widest = "STEP0 全体図  準備するものと流れ 次はここ"  # i18n: measured, never shown
        sample = self.fontMetrics().horizontalAdvance(widest)
        # …but never more than a third of a small window: at 200 % the titles wrap instead.
        self.sidebar.setMinimumWidth(max(220, min(sample + 72, 420)))
        self.progress_label = PlainLabel()
        self.progress_label.setObjectName("sidebarProgress")
        self.progress_label.setWordWrap(True)
        for step in STEPS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, step.id.value)
            self.sidebar.addItem(item)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        for index in range(len(STEPS)):
            placeholder = QWidget()
            placeholder.setObjectName(f"placeholder_{index}")
            self.stack.addWidget(placeholder)

        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.position_label = PlainLabel()
        self.position_label.setObjectName("positionLabel")
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)

        nav = QHBoxLayout()
        nav.setContentsMargins(24, 6, 24, 12)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.position_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        # Above the pages: bars that features add (profile, next action) via add_header_widget().
        self.header = QVBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.setSpacing(0)
        right_layout.addLayout(self.header)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(nav)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        side = QWidget()
        side.setObjectName("sidebarColumn")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.progress_label)
        side_layout.addWidget(self.sidebar, 1)
        self.splitter.addWidget(side)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.sidebar.minimumWidth(), 780])
        self.setCentralWidget(self.splitter)

        self.statusBar().setObjectName("statusBar")  # quiet at start: nothing is "ready" yet
        self.status_announcer = accessible.StatusAnnouncer(self.statusBar())  # messages are spoken
        self._build_menus()
        self.retranslate_ui()

        self.sidebar.currentRowChanged.connect(self.show_page)

    # ----- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.prev_action = QAction(self)
        self.prev_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp))
        self.prev_action.triggered.connect(self.go_back)
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown))
        self.next_action.triggered.connect(self.go_next)
        self.sidebar_focus_action = QAction(self)
        self.sidebar_focus_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_0))
        self.sidebar_focus_action.triggered.connect(
            lambda: self.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        for action in (self.prev_action, self.next_action, self.sidebar_focus_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.step_actions: list[QAction] = []
        for index, _step in enumerate(STEPS):
            action = QAction(self)
            action.setShortcut(QKeySequence(Qt.Modifier.ALT | getattr(Qt.Key, f"Key_{index + 1}")))
            action.triggered.connect(lambda _checked=False, i=index: self.sidebar.setCurrentRow(i))
            self.view_menu.addAction(action)
            self.step_actions.append(action)
        self.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.settings, self)
        self.view_menu.addMenu(self.language_menu)

        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.open_logs_action = QAction(self)
        self.open_logs_action.triggered.connect(self.open_log_folder)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.open_logs_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        from app.ui.shell.help_menu import HelpMenu

        self.help = HelpMenu(self)  # guide pages, FAQ, hotline, shortcuts, the first-run setup

    # ----- language ----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text of the window in the current language (at start and on LanguageChange)."""
        self.setWindowTitle(self.tr("マイナポータル連携 事前準備ナビ") + f" — {APP_NAME}")
        self.sidebar.setAccessibleName(self.tr("ステップ一覧"))
        self.status_announcer.set_base_name(self.tr("お知らせ"))
        self.sidebar.setAccessibleDescription(self.tr("上下の矢印キーでステップを選びます"))
        self.back_button.setText(self.tr("< 戻る(&B)"))
        self.back_button.setAccessibleName(self.tr("前のステップへ戻る"))
        self.back_button.setToolTip(self.tr("前のステップ (Ctrl+PgUp)"))
        self.next_button.setText(self.tr("次へ(&N) >"))
        self.next_button.setAccessibleName(self.tr("次のステップへ進む"))
        self.next_button.setToolTip(self.tr("次のステップ (Ctrl+PgDown)"))
        self.file_menu.setTitle(self.tr("ファイル(&F)"))
        self.quit_action.setText(self.tr("終了(&Q)"))
        self.view_menu.setTitle(self.tr("表示(&V)"))
        self.prev_action.setText(self.tr("前のステップ(&P)"))
        self.next_action.setText(self.tr("次のステップ(&N)"))
        self.sidebar_focus_action.setText(self.tr("ステップ一覧へ移動(&S)"))
        for index, (action, step) in enumerate(zip(self.step_actions, STEPS, strict=True)):
            action.setText(f"&{index + 1} {self.sidebar_text(step.id)}")
        self.help_menu.setTitle(self.tr("ヘルプ(&H)"))
        self.open_logs_action.setText(self.tr("ログフォルダを開く(&L)"))
        self.about_action.setText(self.tr("Myna Prep について(&A)"))
        self.help.retranslate()
        self._refresh_sidebar()
        for page in self._pages.values():
            page.set_language(self.lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = i18n.current_language() or self.lang
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- pages -----------------------------------------------------------------------------
    def page(self, index: int) -> StepPage:
        """The page at ``index``, built on first use so start-up only builds the visible one."""
        page = self._pages.get(index)
        if page is None:
            page = self._create_page(STEPS[index])
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._pages[index] = page
        return page

    def _create_page(self, step: Step) -> StepPage:
        page = StepPage(step, self.lang)
        page.link_activated.connect(self.open_link)
        if step.id is StepId.STEP0:
            from app.ui.shell.overview import OverviewDiagram

            self.overview = OverviewDiagram()
            page.add_before_content(self.overview)  # the guide's STEP0 is this diagram: show it first
        for extension in self._page_extensions:
            extension(page)
        return page

    def add_page_extension(self, extension: PageExtension) -> None:
        """Run ``extension`` on every page, those already built and those built later."""
        self._page_extensions.append(extension)
        for page in self._pages.values():
            extension(page)

    def add_header_widget(self, widget: QWidget) -> None:
        """Show ``widget`` above the pages (after the header widgets added before it)."""
        self.header.addWidget(widget)

    # ----- keyboard ----------------------------------------------------------------------------
    def tab_order(self) -> list[QWidget]:
        """Tab's path: sidebar → header bars → the current page → Back → Next → the rest (docks)."""
        items = (self.header.itemAt(i) for i in range(self.header.count()))
        headers = [item.widget() for item in items if item is not None]
        groups = [self.sidebar, *headers, self.stack.currentWidget(), self.back_button, self.next_button]
        return focus.tab_sequence(self, groups)

    def focusNextPrevChild(self, next: bool) -> bool:
        return focus.move_focus(self.tab_order(), next) or super().focusNextPrevChild(next)

    def build_all_pages(self) -> list[StepPage]:
        return [self.page(i) for i in range(len(STEPS))]

    def current_index(self) -> int:
        return max(self.sidebar.currentRow(), 0)

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(STEPS):
            return
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEPS) - 1)
        self.position_label.setText(f"{index + 1} / {len(STEPS)}")
        page.verticalScrollBar().setValue(0)
        self.settings.setValue("window/page", STEPS[index].id.value)
        self.page_changed.emit(index)

    def go_back(self) -> None:
        self.show_page(self.current_index() - 1)

    def go_next(self) -> None:
        self.show_page(self.current_index() + 1)

    # ----- sidebar badges ----------------------------------------------------------------------
    def set_badge(self, step: StepId, badge: Badge) -> None:
        self._badges[step] = badge
        self._refresh_sidebar()

    def badge(self, step: StepId) -> Badge:
        return self._badges[step]

    def set_statuses(self, statuses: Mapping[StepId, Status]) -> None:
        """Each step's state in the one status language (empty: none shown, e.g. before loading)."""
        self._statuses = dict(statuses)
        self._refresh_sidebar()

    def status(self, step: StepId) -> Status | None:
        return self._statuses.get(step)

    def sidebar_text(self, step: StepId) -> str:
        """The step's one line in the sidebar: its label and short title."""
        found = STEP_BY_ID[step]
        label = domain_texts.step_label(found)
        subtitle = domain_texts.sidebar_subtitle(SIDEBAR_SUBTITLES[step])
        return label if step in (StepId.READY, StepId.DELEGATION) else f"{label}  {subtitle}"

    def _refresh_sidebar(self) -> None:
        if not self._statuses:  # before the household is loaded: titles only, nothing imported
            for row, step in enumerate(STEPS):
                item = self.sidebar.item(row)
                item.setText(self.sidebar_text(step.id))
                item.setData(STATUS_ROLE, None)
                item.setToolTip(domain_texts.step_headline(step))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self.sidebar_text(step.id))
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, domain_texts.step_headline(step))
            self.progress_label.setText(self.tr("ステップ"))
            self.sidebar.doItemsLayout()
            return
        from app.domain.status import OPTIONAL_STEPS, Status
        from app.i18n.status import status_text

        for row, step in enumerate(STEPS):
            item = self.sidebar.item(row)
            status = self._statuses.get(step.id)
            word = "" if status is None else status_text(status)
            text = self.sidebar_text(step.id)
            item.setText(text)
            item.setData(STATUS_ROLE, None if status is None else status.value)
            headline = domain_texts.step_headline(step)
            item.setToolTip(headline)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text} {word}".strip())
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, headline)
        required = [s for s in STEPS if s.id not in OPTIONAL_STEPS]
        done = sum(1 for s in required if self._statuses.get(s.id) in (Status.DONE, Status.NOT_NEEDED))
        self.progress_label.setText(self.tr("進み具合 {done}/{total}").format(done=done, total=len(required)))
        self.progress_label.setAccessibleName(
            self.tr("{total} ステップのうち {done} ステップが済んでいます").format(
                done=done, total=len(required)
            )
        )
        self.sidebar.doItemsLayout()

    # ----- links -----------------------------------------------------------------------------
    def open_link(self, url: str) -> bool:
        """Open an official page in the user's browser; refuse anything off the allow-list."""
        if not is_official_url(url):
            log.warning("Refused to open a non-official link")
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("リンクを開けません"),
                self.tr("このリンクは公式サイトのものではないため開きません。\n{url}").format(url=url),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are user data
            box.setObjectName("linkRefusedBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal, never a nested event loop
            self.statusBar().showMessage(self.tr("公式サイト以外のリンクは開きません"), 5000)
            return False
        self.open_external(QUrl(url))
        self.statusBar().showMessage(self.tr("ブラウザで開きました: {url}").format(url=url), 5000)
        return True

    def open_log_folder(self) -> None:
        from app.paths import log_dir

        folder = log_dir(self.data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        from app.ui.shell.about import AboutDialog

        AboutDialog(self).open()

    def bring_to_front(self) -> None:
        """A second launch asked us to come forward instead of opening another writer."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # ----- persistence -----------------------------------------------------------------------
    def restore(self) -> None:
        """Reopen on the last page with the last geometry."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 760)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        saved = str(self.settings.value("window/page", StepId.STEP0.value))
        index = next((i for i, s in enumerate(STEPS) if s.id.value == saved), 0)
        self.show_page(index)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    @property
    def painted(self) -> bool:
        return self._painted

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
