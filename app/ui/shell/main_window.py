"""The main window: step sidebar, the page of the selected step, Back/Next, menus, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, i18n
from app.domain.links import is_official_url
from app.domain.steps import STEP_BY_ID, STEPS, Step, StepId
from app.ui.shell.geometry import DEFAULT_SIZE, fitted_size
from app.ui.shell.header import HeaderBar
from app.ui.shell.language_menu import LanguageMenu
from app.ui.shell.pages import StepPage
from app.ui.shell.sidebar import RAIL_ROLE, STATUS_ROLE, StepDelegate, rail_width
from app.ui.shell.text_size import TextSizeMenu
from app.ui.shell.view_bus import ViewBus
from app.ui.widgets import accessible, domain_texts, focus, icons
from app.ui.widgets.boxes import lay_out
from app.ui.widgets.focus_style import ItemFocusRing
from app.ui.widgets.message_box import Icon, message_box
from app.ui.widgets.plain import PlainLabel

if TYPE_CHECKING:  # app.domain.status imports the plan (holidays: ~0.4 s): never before the first paint
    from app.domain.plan import Badge
    from app.domain.status import Status
    from app.session import HouseholdSession
    from app.ui.shell.features import (
        BackupFeature,
        CatalogUpdateFeature,
        CertificateImportFeature,
        ChecklistFeature,
    )
    from app.ui.shell.overview import OverviewDiagram

log = logging.getLogger(__name__)

# Called with each page when it is first built, so features (plan tracking, card hints) can add
# their live widgets to ``page.extras`` without the window knowing them.
PageExtension = Callable[[StepPage], None]


SIDEBAR_SHARE = 25  # per cent of the window, at most, for the full sidebar (the issue: about 28)
PAGE_MIN_CHARACTERS = 46  # fewer characters a line beside the full sidebar: the sidebar is a rail

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


def step_index(step: StepId) -> int:
    """Where ``step`` stands in the sidebar and the page stack."""
    return next(i for i, s in enumerate(STEPS) if s.id is step)


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
        # (typed by what the root uses of them: the shell imports no feature, app.ui.shell.features)
        self.checklist_actions: ChecklistFeature | None = None  # File ▸ 印刷… / PDF
        self.backup_actions: BackupFeature | None = None  # File ▸ バックアップ
        self.certificate_import: CertificateImportFeature | None = None  # File ▸ 証明書ファイルを取り込む
        self.catalog_updates: CatalogUpdateFeature | None = None  # Help ▸ カタログの更新
        self.overview: OverviewDiagram | None = None  # the STEP0 diagram, once that page is built
        self._badges: dict[StepId, Badge] = {}  # the plan's badge per step (none before the plan)
        # The one status language per step (app.domain.status), set from the plan; empty: no states.
        self._statuses: dict[StepId, Status] = {}
        self.bus = ViewBus(self)  # what the views tell the window (a status word, a step to show)
        self.bus.status.connect(self.say)
        self.bus.show_step.connect(self.show_step)

        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(QSize(720, 520))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("stepSidebar")
        self.sidebar.setWordWrap(True)
        # Long subtitles (and large fonts) wrap instead of scrolling sideways.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setResizeMode(QListView.ResizeMode.Adjust)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.step_delegate = StepDelegate(self.sidebar)
        self.sidebar.setItemDelegate(self.step_delegate)
        self.sidebar.setSpacing(2)
        self.sidebar_focus_ring = ItemFocusRing(self.sidebar)  # the current step shows keyboard focus
        self.progress_label = PlainLabel()
        self.progress_label.setObjectName("sidebarProgress")
        self.progress_label.setWordWrap(True)
        # On the rail: opens the full list on demand (the page makes room; nothing covers it).
        self.rail_button = QToolButton()
        self.rail_button.setObjectName("railButton")
        self.rail_button.setCheckable(True)
        self.rail_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.rail_button.toggled.connect(self._fit_sidebar)
        self.rail = False  # the sidebar is the slim rail now
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

        # Back / Next sit in the status bar's right end: a row of their own cost the page ~45 px
        # (~70 px at 200 %) of height on a small screen.
        self.nav = QWidget()
        nav = lay_out(self.nav, "stepNavigation", QHBoxLayout(), (0, 2, 8, 2), spacing=12)
        for widget in (self.back_button, self.position_label, self.next_button):
            nav.addWidget(widget)

        # Above the page: ONE row (member switcher, next action, card chip) and notices under it.
        self.header_bar = HeaderBar()
        right = QWidget()
        right_layout = lay_out(right, "pageColumnArea", QVBoxLayout())
        right_layout.addWidget(self.header_bar)
        right_layout.addWidget(self.stack, 1)

        self.side = QWidget()
        side_layout = lay_out(self.side, "sidebarColumn", QVBoxLayout())
        side_layout.addWidget(self.rail_button)
        side_layout.addWidget(self.progress_label)
        side_layout.addWidget(self.sidebar, 1)
        central = QWidget()
        columns = lay_out(central, "centralArea", QHBoxLayout())
        columns.addWidget(self.side)
        columns.addWidget(right, 1)
        self.setCentralWidget(central)

        self.statusBar().setObjectName("statusBar")  # quiet at start: nothing is "ready" yet
        self.status_announcer = accessible.StatusAnnouncer(self.statusBar())  # messages are spoken
        self._build_menus()
        self.retranslate_ui()
        self.statusBar().addPermanentWidget(self.nav)

        self.sidebar.currentRowChanged.connect(self.show_page)
        self.sidebar.itemClicked.connect(lambda _item: self._close_opened_rail())
        self._fit_sidebar()

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
        self.text_size_menu = TextSizeMenu(self.settings, self)
        self.view_menu.addMenu(self.text_size_menu)
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
        self.text_size_menu.retranslate()
        self._retranslate_rail_button()
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
        if event.type() == QEvent.Type.FontChange:  # 文字の大きさ: the sidebar may become a rail
            self._fit_sidebar()
            self._fit_diagram()
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
            self.overview.step_requested.connect(self.bus.show_step)
            page.add_before_content(self.overview)  # the guide's STEP0 is this diagram: show it first
            self._fit_diagram()
        for extension in self._page_extensions:
            extension(page)
        return page

    def add_page_extension(self, extension: PageExtension) -> None:
        """Run ``extension`` on every page, those already built and those built later."""
        self._page_extensions.append(extension)
        for page in self._pages.values():
            extension(page)

    def add_header_widget(self, widget: QWidget) -> None:
        """Show ``widget`` as a full-width notice under the header's row (after those added before it).
        The row itself has three slots: ``header_bar.set_switcher / set_next_action / set_chip``."""
        self.header_bar.add_notice(widget)

    # ----- keyboard ----------------------------------------------------------------------------
    def tab_order(self) -> list[QWidget]:
        """Tab's path: sidebar → the header → the current page → Back → Next → the rest."""
        headers = self.header_bar.widgets()
        groups = [self.rail_button, self.sidebar, *headers, self.stack.currentWidget(), self.back_button]
        groups.append(self.next_button)
        return focus.tab_sequence(self, groups)

    def focusNextPrevChild(self, next: bool) -> bool:
        return focus.move_focus(self.tab_order(), next) or super().focusNextPrevChild(next)

    def current_page_flow(self) -> tuple[StepId, StepPage]:
        """The step shown and its page (where the card reader goes on the steps that use the card)."""
        index = self.current_index()
        return STEPS[index].id, self.page(index)

    def say(self, text: str, milliseconds: int = 6000) -> None:
        """A short message in the status bar (features also say what matters where the person looks)."""
        self.statusBar().showMessage(text, milliseconds)

    def announce(self, text: str, milliseconds: int = 15000) -> None:
        """What matters (a file saved, a card registered): in the status bar and under the header,
        where the person is looking, until they close it."""
        self.say(text, milliseconds)
        self.header_bar.announcement.say(text)

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

    def show_step(self, step: StepId) -> None:
        """The page of ``step`` (a view asked for it through ``bus.show_step``)."""
        self.show_page(step_index(step))

    def go_back(self) -> None:
        self.show_page(self.current_index() - 1)

    def go_next(self) -> None:
        self.show_page(self.current_index() + 1)

    # ----- sidebar or rail ----------------------------------------------------------------------
    def _em(self) -> int:
        return max(self.fontMetrics().horizontalAdvance("あ"), 1)  # i18n: measured, never shown

    def sidebar_width(self) -> int:
        """The full sidebar's width: its titles on one line where it can, never over 28 % of the window."""
        widest = "STEP0 全体図  準備するものと流れ 次はここ"  # i18n: measured, never shown
        wanted = self.fontMetrics().horizontalAdvance(widest) + 48
        return min(wanted, self.width() * SIDEBAR_SHARE // 100)

    def wants_rail(self) -> bool:
        """A rail when the window is narrow in text units (large text or a small window): the full
        sidebar would leave the page fewer than PAGE_MIN_CHARACTERS characters a line."""
        return self.width() - self.sidebar_width() < PAGE_MIN_CHARACTERS * self._em()

    def _fit_sidebar(self) -> None:
        rail = self.wants_rail()
        opened = rail and self.rail_button.isChecked()  # the full list, opened on demand
        self.rail = rail and not opened
        self.rail_button.setVisible(rail)
        self.progress_label.setVisible(not self.rail)
        self.step_delegate.compact = self.rail
        metrics = self.sidebar.fontMetrics()
        if self.rail:
            width = rail_width(metrics) + 2 * self.sidebar.spacing() + 2 * self.sidebar.frameWidth() + 4
        elif opened:
            width = max(self.sidebar_width(), min(self.width() * 45 // 100, self.sidebar_width() * 3 // 2))
        else:
            width = self.sidebar_width()
        self.side.setFixedWidth(max(width, self.rail_button.sizeHint().width()))
        self._retranslate_rail_button()
        self.sidebar.doItemsLayout()

    def _fit_diagram(self) -> None:
        """The diagram draws in its own pixel sizes: 文字の大きさ reaches it as its zoom (it still
        fits its column; the View ▸ 全体図 zoom changes it from there)."""
        if self.overview is not None:
            from app.ui.widgets import theme

            self.overview.set_zoom(theme.font_scale())

    def _close_opened_rail(self) -> None:
        """A step chosen from the list opened on demand: back to the rail, the page gets its room."""
        if self.rail_button.isChecked():
            self.rail_button.setChecked(False)

    def _retranslate_rail_button(self) -> None:
        opened = self.rail_button.isChecked()
        self.rail_button.setText("«" if opened else "☰")  # i18n: symbols, the name says it in words
        name = self.tr("ステップ一覧を閉じる") if opened else self.tr("ステップ一覧を開く")
        self.rail_button.setAccessibleName(name)
        self.rail_button.setToolTip(name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_sidebar()

    # ----- sidebar badges ----------------------------------------------------------------------
    def set_badge(self, step: StepId, badge: Badge | None) -> None:
        if badge is None:
            self._badges.pop(step, None)
        else:
            self._badges[step] = badge
        self._refresh_sidebar()

    def badge(self, step: StepId) -> Badge | None:
        """The plan's badge for ``step`` (None before the plan is known)."""
        return self._badges.get(step)

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

    def rail_mark(self, step: StepId) -> str:
        """The step's mark on the rail: its number, or a two-character name."""
        if step is StepId.READY:
            return self.tr("準備", "rail")
        if step is StepId.DELEGATION:
            return self.tr("代理", "rail")
        return step.value.removeprefix("step")

    def _refresh_sidebar(self) -> None:
        for row, step in enumerate(STEPS):
            self.sidebar.item(row).setData(RAIL_ROLE, self.rail_mark(step.id))
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
            box = message_box(
                self,
                Icon.Warning,
                self.tr("リンクを開けません"),
                self.tr("このリンクは公式サイトのものではないため開きません。\n{url}").format(url=url),
                name="linkRefusedBox",
            )
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
            self.resize(self.default_size())
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        saved = str(self.settings.value("window/page", StepId.STEP0.value))
        index = next((i for i, s in enumerate(STEPS) if s.id.value == saved), 0)
        self.show_page(index)

    def default_size(self) -> QSize:
        """1100×760, or less on a smaller screen: the whole window (title bar and status bar too)
        fits the screen's free area, e.g. 1366×768 with a task bar."""
        screen = self.screen()
        return DEFAULT_SIZE if screen is None else fitted_size(screen.availableGeometry().size())

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
