"""File → 印刷プレビュー… / 印刷… / PDFに書き出す…: the printable checklist in the GUI.

:class:`ChecklistActions` owns the QActions and the dialogs; ``app.printing.checklist`` does the layout.
The window adds the actions to its File menu (``add_to_menu``). Every dialog is opened with
``open()`` (window-modal, no nested event loop), so tests can drive them.

Where the data comes from (each can be replaced by the caller):
- the household, the current member, the catalog and today: the household session (the
  composition root's ``session`` getter) once it has loaded; before that the store in
  ``window.data_dir`` read once (printing creates no database), 本人 (else the first member), the
  active catalog and the system date;
- the card facts: the card reader's last diagnosis (``card_snapshot``, set by the composition root).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from app.i18n import words
from app.printing.paper import PAPER_NAMES, default_page_size
from app.ui.actions.menu_actions import MenuActions, SessionGetter, no_session

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    from app.card.diagnosis import CardSnapshot
    from app.domain.catalog import Catalog
    from app.domain.checklist import CardFacts, Checklist
    from app.domain.model import Household
    from app.ui.shell.main_window import MainWindow

# The printing modules (QtPrintSupport, segno, the layout) load on first use, not at window start-up.
PAGE_SIZE_NAMES: tuple[str, ...] = PAPER_NAMES  # app.printing.checklist.PAGE_SIZES

log = logging.getLogger(__name__)


def card_facts_from_snapshot(snapshot: CardSnapshot | None) -> CardFacts | None:
    """The plain facts of a card diagnosis (tries left, certificate expiry); None without a card."""
    if snapshot is None or snapshot.card is None:
        return None
    from app.card.pins import PinKind
    from app.domain.checklist import CardFacts

    card = snapshot.card
    cert = card.certificate
    return CardFacts(
        checked_on=snapshot.taken_at.date(),
        auth_tries_left=card.pin(PinKind.AUTH).remaining,
        sign_tries_left=card.pin(PinKind.SIGN).remaining,
        text_tries_left=card.pin(PinKind.TEXT).remaining,
        certificate_expires=None if cert is None else cert.not_after.date(),
        card_sha256=None if cert is None else cert.sha256,
    )


def load_household(data_dir: Path) -> Household:
    """The household stored in ``data_dir`` (empty when there is no database yet; none is created)."""
    from app.store.repository import load_stored_household

    return load_stored_household(data_dir)


class ChecklistActions(MenuActions):
    """The checklist's File-menu actions for ``window``, with an option for the whole household."""

    def __init__(
        self,
        window: MainWindow,
        *,
        session: SessionGetter = no_session,
        household: Callable[[], Household] | None = None,
        profile_id: Callable[[], int | None] | None = None,
        card_facts: Callable[[], CardFacts | None] | None = None,
        catalog: Callable[[], Catalog] | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(window, "checklistActions", session)
        self._household = household or self._default_household
        self._profile_id = profile_id or self._default_profile_id
        self._card_facts = card_facts or self._default_card_facts
        self._catalog = catalog or self._default_catalog
        self._today = today or self._default_today
        # The card reader's last diagnosis, handed over by the composition root once it is there.
        self.card_snapshot: Callable[[], CardSnapshot | None] = lambda: None
        self.last_pages = 0
        self._printer_ref: QPrinter | None = None

        self.preview_action = self.make_action("checklistPreviewAction", self.preview)
        self.print_action = self.make_action("checklistPrintAction", self.print_)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.export_action = self.make_action("checklistExportAction", self.export)
        self.household_action = QAction(window)  # an option the three commands read, no slot
        self.household_action.setObjectName("checklistHouseholdAction")
        self.household_action.setCheckable(True)
        self.page_size_menu = QMenu(window)
        self.page_size_menu.setObjectName("checklistPageSizeMenu")

        self.page_size_group = QActionGroup(self)
        self.page_size_group.setExclusive(True)
        self.page_size_actions: dict[str, QAction] = {}
        default = default_page_size()  # the locale's paper until the user picks one
        for name in PAGE_SIZE_NAMES:
            action = QAction(name, window)
            action.setObjectName(f"checklistPageSize{name}")
            action.setCheckable(True)
            action.setChecked(name == default)
            self.page_size_group.addAction(action)
            self.page_size_actions[name] = action
            self.page_size_menu.addAction(action)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language (at start and when the language changes)."""
        self.preview_action.setText(self.tr("印刷プレビュー(&V)…"))
        self.preview_action.setStatusTip(self.tr("チェックリストの印刷イメージを表示します"))
        self.print_action.setText(self.tr("印刷(&P)…"))
        self.print_action.setStatusTip(self.tr("チェックリストを印刷します"))
        self.export_action.setText(self.tr("PDFに書き出す(&E)…"))
        self.export_action.setStatusTip(self.tr("チェックリストをPDFファイルに保存します"))
        self.household_action.setText(self.tr("世帯全員のチェックリストにする(&H)"))
        self.household_action.setStatusTip(
            self.tr("印刷とPDFに世帯の全員を含めます（1人ずつ新しいページから）")
        )
        self.page_size_menu.setTitle(self.tr("用紙サイズ(&S)"))

    # ----- menu -----------------------------------------------------------------------------
    def actions(self) -> list[QAction]:
        return [self.preview_action, self.print_action, self.export_action, self.household_action]

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        """Add the actions (and a 用紙サイズ submenu) to ``menu``, above ``before`` when given."""
        items: list[QAction | None] = [*self.actions(), self.page_size_menu.menuAction(), None]
        for item in items:
            if item is None and before is not None:
                menu.insertSeparator(before)
            elif item is None:
                menu.addSeparator()
            elif before is not None:
                menu.insertAction(before, item)
            else:
                menu.addAction(item)

    @property
    def page_size(self) -> str:
        checked = self.page_size_group.checkedAction()
        return next((n for n, a in self.page_size_actions.items() if a is checked), default_page_size())

    # ----- data -----------------------------------------------------------------------------
    def _default_household(self) -> Household:
        session = self.session()
        if session is not None:
            return session.household
        return load_household(self.window.data_dir)

    def _default_profile_id(self) -> int | None:
        session = self.session()
        return None if session is None else session.profile_id

    def _default_today(self) -> date:
        session = self.session()
        return date.today() if session is None else session.today()

    def _default_card_facts(self) -> CardFacts | None:
        snapshot = self.card_snapshot()
        if snapshot is None:
            return None
        try:
            return card_facts_from_snapshot(snapshot)
        except (AttributeError, TypeError):
            log.warning("The card panel's diagnosis could not be read for the checklist")
            return None

    def _default_catalog(self) -> Catalog:
        from app.store.catalog_files import active_catalog

        session = self.session()
        return session.catalog if session is not None else active_catalog(self.window.data_dir)

    def checklist(self) -> Checklist:
        """The checklist to print now: the current member, or everyone when the option is on."""
        from app.domain.checklist import build_checklist
        from app.domain.rules import default_member

        household = self._household()
        lang = self.window.lang
        whole = self.household_action.isChecked()
        profile_id: int | None = None
        if not whole and household.members:
            wanted = self._profile_id()
            member = household.member(wanted) if wanted is not None else None
            member = member or default_member(household)
            profile_id = None if member is None else member.profile.id
        return build_checklist(
            household,
            self._catalog(),
            self._today(),
            profile_id=profile_id,
            lang=lang,
            card=self._card_facts(),
        )

    # ----- the three commands ---------------------------------------------------------------
    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from app.printing.checklist import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.page_size))
        printer.setDocName(self.tr("事前準備チェックリスト"))
        return printer

    def _paint(self, printer: QPrinter, checklist: Checklist) -> None:
        from app.printing.checklist import RenderError, render

        try:
            self.last_pages = render(checklist, printer)
        except RenderError as exc:
            self._error(self.tr("チェックリストを印刷できませんでした。"), exc.text())

    def preview(self) -> QPrintPreviewDialog | None:
        checklist = self._checklist_or_error()
        if checklist is None:
            return None
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setObjectName("checklistPreviewDialog")
        dialog.setWindowTitle(self.tr("印刷プレビュー"))
        dialog.paintRequested.connect(lambda p: self._paint(p, checklist))
        self._printer_ref = printer  # the printer must outlive the dialog's use of it
        self.show_dialog(dialog)
        return dialog

    def print_(self) -> QPrintDialog | None:
        checklist = self._checklist_or_error()
        if checklist is None:
            return None
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setObjectName("checklistPrintDialog")

        def finished(result: int) -> None:
            if result == QPrintDialog.DialogCode.Accepted:
                self._paint(printer, checklist)
                self._status(self.tr("チェックリストを印刷しました"))

        dialog.finished.connect(finished)
        self._printer_ref = printer
        self.show_dialog(dialog)
        return dialog

    def export(self) -> QFileDialog | None:
        checklist = self._checklist_or_error()
        if checklist is None:
            return None
        dialog = self.save_dialog(
            self.tr("PDFに書き出す"),
            self.tr("事前準備チェックリスト") + f"-{checklist.printed_on.isoformat()}.pdf",
            name="checklistExportDialog",
            kind=self.tr("PDF ファイル (*.pdf)"),
            suffix="pdf",
        )
        dialog.fileSelected.connect(lambda path: self.export_to(path, checklist))
        self._printer_ref = None
        self.show_dialog(dialog)
        return dialog

    def export_to(self, path: str, checklist: Checklist | None = None) -> bool:
        """Write the PDF to ``path`` (atomically); tell the user how it went."""
        from app.printing.checklist import RenderError, export_pdf
        from app.store.fileutil import NotRegularFileError

        checklist = checklist or self._checklist_or_error()
        if checklist is None:
            return False
        try:
            self.last_pages = export_pdf(checklist, path, self.page_size)
        except (OSError, RenderError) as exc:
            detail = exc.text() if isinstance(exc, RenderError) else exc.strerror or str(exc)
            if isinstance(exc, NotRegularFileError):
                detail = self.tr("保存先が通常のファイルではないため、置き換えません。")
            self._error(self.tr("PDFを保存できませんでした。\n{path}").format(path=path), detail)
            return False
        self.window.announce(self.tr("PDFを保存しました: {path}").format(path=path))
        return True

    # ----- helpers ---------------------------------------------------------------------------
    def _checklist_or_error(self) -> Checklist | None:
        try:
            return self.checklist()
        except Exception as exc:  # the store or the catalog could not be read: say so, do not crash
            from app.store.errors import StoreError

            detail = words(exc.text()) if isinstance(exc, StoreError) else str(exc)
            log.warning("Checklist data could not be read: %s", type(exc).__name__)
            self._error(self.tr("チェックリストの内容を読み込めませんでした。"), detail)
            return None

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def _error(self, text: str, detail: str) -> None:
        self.warn(self.tr("チェックリスト"), text, name="checklistErrorBox", detail=detail)
        self._status(text.splitlines()[0])
