"""The composition root: starts the GUI and puts the window, the session and the features together.

:func:`build_window` makes the shell and gives it its features (printing, backup, catalog updates);
after the first paint :func:`attach` builds the household session and hands it to the window and
the views, then the card panel is docked. The window imports no feature and nothing finds a
collaborator by name: each gets what it needs here, typed.

The path to first paint imports only PySide6 and our light modules; the store (sqlmodel), the
card layer (pyscard, cryptography) and the network (httpx) load after the window is on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # annotations only: these modules load after the first paint, or with the window
    from PySide6.QtWidgets import QApplication

    from app.session import HouseholdSession
    from app.ui.card_reader.dock import CardReaderParts
    from app.ui.first_run.setup import CardCheck
    from app.ui.shell.main_window import MainWindow

_OFFSCREEN_MODES = ("self_test", "screenshot")


def build_window(data_dir: Path, lang: str) -> MainWindow:
    """The main window with its features: File ▸ 印刷/PDF and バックアップ, Help ▸ カタログの更新."""
    from app.ui.actions.backup import BackupActions
    from app.ui.actions.catalog_update import CatalogUpdateActions
    from app.ui.actions.import_certificates import CertificateImportAction
    from app.ui.actions.print_checklist import ChecklistActions
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(data_dir, lang)
    session = _loaded_session(window)
    # The printable checklist (issue 6): 印刷プレビュー… / 印刷… / PDFに書き出す… above 終了.
    checklist = window.checklist_actions = ChecklistActions(window, session=session)
    checklist.add_to_menu(window.file_menu, before=window.quit_action)
    # Backup and move (issue 3): バックアップを書き出す… / バックアップから読み込む… above 終了.
    backup = window.backup_actions = BackupActions(window, session)
    backup.add_to_menu(window.file_menu, before=window.quit_action)
    # Received electronic certificates (issue 15): 証明書ファイルを取り込む… above the backup actions.
    certificates = window.certificate_import = CertificateImportAction(window)
    certificates.add_to_menu(window.file_menu, before=backup.export_action)
    # Signed catalog updates (issue 16): カタログの更新を確認… and the opt-in start-up check.
    updates = window.catalog_updates = CatalogUpdateActions(window, session)
    updates.add_to_menu(window.help_menu, before=window.about_action)
    # The overview diagram (issue 14): View ▸ 全体図 ▸ zoom, PNG / SVG export.
    from app.ui.actions.diagram_export import install as install_diagram_actions

    install_diagram_actions(window)
    # Reminders (issue 26): File ▸ カレンダーに書き出す…, View ▸ ログイン時に知らせる.
    from app.ui.actions.reminders import install as install_reminder_actions

    install_reminder_actions(window, after=checklist.page_size_menu.menuAction(), session=session)
    return window


def _loaded_session(window: MainWindow) -> Callable[[], HouseholdSession | None]:
    """What the menu actions read the household from: the session :func:`attach` gives ``window``,
    once it has loaded (None before, and in a window that shows no household)."""

    def loaded() -> HouseholdSession | None:
        session = window.session
        return session if session is not None and session.is_loaded else None

    return loaded


def attach(
    window: MainWindow,
    data_dir: Path,
    *,
    today: Callable[[], date] = date.today,
    card_check: CardCheck | None = None,
) -> HouseholdSession:
    """Give ``window`` its household: the session, its messages, the views on the pages, the badges.

    Call after the first paint; opens the store synchronously and returns the loaded session.
    """
    from app.session import HouseholdSession
    from app.ui.shell.session_messages import SessionMessages
    from app.ui.steps.views import install

    session = HouseholdSession(data_dir, window.settings, today=today, parent=window)
    window.session = session
    # Closed with the window (run_gui also closes it on aboutToQuit). Not on aboutToQuit here:
    # qasync's run_until_complete emits it each time it stops, which tests do often.
    window.destroyed.connect(session.close)
    SessionMessages(window, session)
    views = install(window, session)
    if window.certificate_import is not None:
        window.certificate_import.importer = views.import_certificates
    from app.ui.first_run.setup import install as install_first_run

    install_first_run(window, session, card_check)  # Help ▸ はじめの設定をやり直す…
    from app.ui.seasons import install as install_seasons

    install_seasons(window, session)  # the new-season notice; View ▸ 過去の年分
    session.open()
    return session


def run_gui(args: argparse.Namespace) -> int:
    if any(getattr(args, mode) for mode in _OFFSCREEN_MODES):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from app import APP_ID, APP_NAME, __version__, i18n
    from app.logging_setup import setup_logging
    from app.paths import data_dir, log_dir
    from app.store.fileutil import ensure_private_dir
    from app.ui.shell.error_dialog import install_excepthook
    from app.ui.widgets import theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)  # the same value as version(), without importlib.metadata
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)

    directory = data_dir(args.data_dir)
    # 0700 and its files 0600 before any log, lock or settings file; the store explains failures later.
    with contextlib.suppress(OSError):
        ensure_private_dir(directory)
    setup_logging(log_dir(directory))
    log.info("Starting %s %s", APP_NAME, __version__)
    lang = i18n.start(args.lang, directory)  # --lang, else the View menu's saved choice, else the system's
    offscreen_run = bool(args.self_test or args.screenshot)
    # --theme / MYNA_PREP_THEME, else the system's scheme; the focus ring comes after the first paint.
    theme.apply(app, getattr(args, "theme", None), focus_ring=offscreen_run)
    install_excepthook()

    # View ▸ 文字の大きさ as last chosen (標準: the system's own size), before the window is built.
    from app.ui.shell.text_size import apply_saved

    apply_saved(i18n.settings_for(directory))
    if args.self_test or args.screenshot:
        # MYNA_PREP_FONT_SCALE=2 renders the screenshots at 200 % font size (issue 13's check).
        scale = os.environ.get("MYNA_PREP_FONT_SCALE", "")
        if scale.replace(".", "", 1).isdigit() and float(scale) > 0:
            theme.set_font_scale(app, float(scale))
        window = build_window(directory, lang)
        if args.self_test:
            return _self_test(window)

        attach(window, directory)  # the screenshots show the stored household
        return _screenshots(window, Path(args.screenshot))

    from app.single_instance import SingleInstance, StartResult

    instance = SingleInstance(directory, app)
    started = instance.start(listen=False)  # listens after the first paint (QtNetwork import)
    if started is StartResult.ACTIVATED_RUNNING:
        log.info("Another instance is running; asked it to come to the front")
        return 0
    if started is StartResult.RUNNING_UNREACHABLE:
        from app.ui.widgets.message_box import Icon, message_box

        text = QApplication.translate(
            "Application", "Myna Prep はすでに起動しています。開いているウィンドウをお使いください。"
        )
        message_box(None, Icon.Information, APP_NAME, text, name="alreadyRunningBox").exec()  # no window yet
        return 1
    if started is StartResult.LOCK_ERROR:
        log.warning("Could not take the instance lock in %s", directory)

    window = build_window(directory, lang)
    instance.activation_requested.connect(window.bring_to_front)
    app.aboutToQuit.connect(instance.release)

    _collect_garbage_in_the_gui_thread(app)
    window.restore()
    if getattr(args, "page", None):  # opened from a reminder notification: the step it names
        from app.domain.steps import STEPS

        window.show_page([s.id.value for s in STEPS].index(args.page))
    window.show()
    attempt = _Attempt()
    if args.quit_after_startup != "painted":  # =painted measures the first paint alone
        _attach_household_after_paint(
            window, directory, quit_when_loaded=args.quit_after_startup == "loaded", attempt=attempt
        )
    _paint_first(app, window)
    if args.quit_after_startup == "painted":
        return 0
    if args.quit_after_startup == "loaded":  # measures until the stored progress is on screen

        def shown() -> bool:
            return window.session is not None and window.session.is_loaded

        _process_events_until(app, lambda: shown() or attempt.failed, seconds=60.0)
        app.processEvents()  # paint it
        session = window.session
        if session is None or not shown():  # a smoke check must see a start that could not show it
            log.error("The household could not be shown")
            return 1
        if session.records_unavailable:  # shown from nothing: the records could not be opened
            log.error("The household's records could not be opened")
            return 1
        return 0
    instance.listen()
    theme.install_focus_style(app)
    if window.catalog_updates is not None:
        window.catalog_updates.schedule_start_up_check()  # only when the user turned it on
    return _run_loop(app)


def _paint_first(app: QApplication, window: MainWindow) -> None:
    """Let Qt paint the window before the asyncio machinery (qasync, ~40 ms of imports) loads."""
    _process_events_until(app, lambda: window.painted)


def _process_events_until(app: QApplication, done: Callable[[], bool], seconds: float = 2.0) -> None:
    import time

    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + seconds  # a window that is never exposed (minimised) must not hang us
    while not done() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _attach_household(window: MainWindow, directory: Path, quit_when_loaded: bool) -> None:
    """Open the store and show the household (issue 4); runs once the window has painted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.first_run.setup import CardCheck

    card_check = CardCheck()  # the first-run card check opens the card reader once it is there
    session = attach(window, directory, card_check=card_check)  # ``loaded``: the pages show it
    QApplication.instance().aboutToQuit.connect(session.close)  # type: ignore[union-attr]
    if quit_when_loaded:
        return  # run_gui returns once the household is shown
    # The card layer (pyscard, cryptography) loads after the household is on screen; then, on the
    # very first start, the short setup (issue 13): household, card device, card check.
    QTimer.singleShot(0, lambda: _attach_card_panel(window, session, card_check))
    QTimer.singleShot(0, lambda: _offer_first_run(window, session, card_check))


def _offer_first_run(window: MainWindow, session: HouseholdSession, card_check: CardCheck) -> None:
    from app.ui.first_run.setup import offer

    offer(window, session, card_check)


def give_card_reader(
    window: MainWindow, session: HouseholdSession | None, *, watch: bool = True
) -> CardReaderParts:
    """The card reader's parts, each handed what it needs: the chip in the header's row, View ▸
    カードリーダー, the section that moves into the page being read, the checklist's card facts and
    the first-run card check (the window holds none of them)."""
    from app.ui.card_reader.dock import attach_card_panel
    from app.ui.first_run.setup import uses_phone

    parts = attach_card_panel(window, session, uses_phone=lambda: uses_phone(window.settings), watch=watch)
    window.header_bar.set_chip(parts.chip)
    window.view_menu.insertAction(window.view_menu.actions()[0], parts.placement.action)
    panel = parts.panel
    if window.checklist_actions is not None:
        window.checklist_actions.card_snapshot = lambda: panel.snapshot
    from app.ui.first_run.setup import DeviceMenu

    devices = DeviceMenu(window.settings, parts.placement.place, window.view_menu)
    window.view_menu.insertMenu(window.text_size_menu.menuAction(), devices)  # beside 文字の大きさ
    return parts


def _attach_card_panel(window: MainWindow, session: HouseholdSession, card_check: CardCheck) -> None:
    from PySide6.QtWidgets import QApplication

    parts = give_card_reader(window, session)
    card_check.open = parts.placement.show_reader
    from app.ui.seasons.card_expiry_note import remember_card_expiry

    remember_card_expiry(parts.panel, session)  # the plan and the paper warn with the expiry too
    app = QApplication.instance()
    assert app is not None
    if parts.monitor is not None:
        app.aboutToQuit.connect(parts.monitor.stop)
    app.aboutToQuit.connect(parts.panel.shutdown)
    _freeze_start_up_objects()  # the last piece of start-up is in place


def _collect_garbage_in_the_gui_thread(app: QApplication) -> None:
    """Python's cyclic collector runs in whichever thread happens to allocate; run on the card worker
    thread, it destroys Qt objects there ("Timers cannot be stopped from another thread", crashes). So
    the automatic collector is off and the GUI thread collects, each second, the generations the
    standard thresholds say are due. This is the usual PyQt/PySide answer (Erik Janssens' note "Should
    the Python garbage collector be disabled?", pydev.blogspot.com, 2014), a correctness measure, not
    a start-up one. Start-up ends with :func:`_freeze_start_up_objects`."""
    import gc

    from PySide6.QtCore import QTimer

    gc.disable()
    timer = QTimer(app)
    timer.setInterval(1000)

    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break

    timer.timeout.connect(collect)
    timer.start()


def _freeze_start_up_objects() -> None:
    """Modules, classes and the window live as long as the app: after one collection of what start-up
    left over, move them out of the collector's sight (``gc.freeze``), so the GUI thread's collections
    walk only what was made since, instead of the whole start-up heap."""
    import gc

    gc.collect()
    gc.freeze()


class _Attempt:
    """Whether attaching the household raised (``--quit-after-startup=loaded`` then exits 1 at once)."""

    failed = False


def _attach_household_after_paint(
    window: MainWindow, directory: Path, *, quit_when_loaded: bool, attempt: _Attempt
) -> None:
    """The store's import (sqlmodel) stays off the path to first paint: attach in a 0 ms timer after it."""
    from PySide6.QtCore import QTimer

    def run() -> None:
        try:
            _attach_household(window, directory, quit_when_loaded)
        except BaseException:
            attempt.failed = True
            raise  # logged and shown like any other error

    window.first_painted.connect(lambda: QTimer.singleShot(0, run))


def _run_loop(app: QApplication) -> int:
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    with loop:
        loop.run_until_complete(closing.wait())
    return 0


def _self_test(window: MainWindow) -> int:
    """Build every page offscreen and check it carries its title, text and only official links."""
    from app.domain.links import is_official_url
    from app.ui.shell.pages import links_in

    problems: list[str] = []
    pages = window.build_all_pages()
    for page in pages:
        window.show_page(pages.index(page))
        if not page.title.text().strip() or len(page.text()) < 80:
            problems.append(f"{page.step.id.value}: empty page")
        for url in links_in(page.content.text()):
            if not is_official_url(url):
                problems.append(f"{page.step.id.value}: non-official link {url}")
    store_summary = _self_test_data(window.data_dir, problems)
    status = "ok" if not problems else "FAILED: " + "; ".join(problems)
    print(f"self-test: {len(pages)} pages built, {store_summary}, {status}")
    return 0 if not problems else 1


def _self_test_data(directory: Path, problems: list[str]) -> str:
    """Open the store and the catalog as a start-up would; a damaged database is repaired, not fatal."""
    from app.domain.catalog import CatalogError
    from app.store.catalog_files import active_catalog
    from app.store.errors import StoreError
    from app.store.repository import Store

    try:
        catalog = active_catalog(directory)
    except CatalogError as exc:
        problems.append(f"catalog: {exc}")
        catalog = None
    try:
        store, notices = Store.open(directory)
    except StoreError as exc:
        problems.append(f"store: {exc.text()}")
        return "store unavailable"
    with store:
        members = len(store.load_household().members)
    for notice in notices:
        print(f"self-test notice: {notice.text}")
    entries = len(catalog.entries) if catalog is not None else 0
    return f"store ok ({members} profiles, {len(notices)} notices), catalog {entries} entries"


def screenshot_size() -> tuple[int, int]:
    """MYNA_PREP_SCREENSHOT_SIZE=1024x700 checks a small screen (issue 13); the default is the README's."""
    width, _, height = os.environ.get("MYNA_PREP_SCREENSHOT_SIZE", "1200x820").partition("x")
    return (int(width) if width.isdigit() else 1200, int(height) if height.isdigit() else 820)


def show_offscreen(window: MainWindow, size: tuple[int, int]) -> CardReaderParts:
    """The window at ``size`` with its card reader as this computer's is now (one real diagnosis, no
    monitor), shown: what ``--screenshot`` and the reading-area benchmark look at. The caller calls
    ``parts.panel.shutdown()``."""
    from app.ui.card_reader.dock import diagnose_once

    window.resize(*size)
    parts = give_card_reader(window, window.session, watch=False)
    parts.panel.show_snapshot(diagnose_once(parts.panel))
    window.show()
    return parts


def _screenshots(window: MainWindow, out: Path) -> int:
    """Every page of the real window with its card chip (and the card reader on the steps that read
    the card), as this computer's card reader is now."""
    from PySide6.QtWidgets import QApplication

    out.mkdir(parents=True, exist_ok=True)
    parts = show_offscreen(window, screenshot_size())
    try:
        for index, page in enumerate(window.build_all_pages()):
            window.show_page(index)
            for _ in range(3):  # wrapped labels re-layout in a cascade of posted LayoutRequests
                QApplication.processEvents()
            path = out / f"{index:02d}-{page.step.id.value}-{window.lang}.png"
            if not window.grab().save(str(path)):
                print(f"cannot write {path}", file=sys.stderr)
                return 1
            print(path)
    finally:
        parts.panel.shutdown()
    return 0
