"""File → 印刷プレビュー… / 印刷… / PDFに書き出す… in the main window, driven through the real dialogs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from app.card.diagnosis import CardInfo, CardSnapshot, ReaderInfo
from app.card.jpki import CardKind, CertificateInfo, PinStatus
from app.card.pins import PinKind
from app.printing.paper import default_page_size
from app.ui.actions.print_checklist import ChecklistActions, card_facts_from_snapshot
from app.ui.application import build_window
from app.ui.shell.main_window import MainWindow
from tests.checklist.helpers import TODAY, pdftotext_pages, squash


@pytest.fixture
def window(qtbot: QtBot, full_data_dir: Path) -> MainWindow:
    win = build_window(full_data_dir, "ja")
    qtbot.addWidget(win)
    win.checklist_actions._today = lambda: TODAY
    return win


def whose(pdf: Path) -> list[str]:
    """The names that head the members' parts (the line under the title, where each part begins)."""
    starts = [page.splitlines() for page in pdftotext_pages(pdf)]
    return [
        lines[1]
        for lines in starts
        if lines and lines[0].startswith("マイナポータル連携 事前準備チェックリスト")
    ]


def test_the_actions_sit_in_the_file_menu_above_quit(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[:4] == [
        "印刷プレビュー(&V)…",
        "印刷(&P)…",
        "PDFに書き出す(&E)…",
        "世帯全員のチェックリストにする(&H)",
    ]
    assert texts[4] == "用紙サイズ(&S)"
    assert texts[-1] == "終了(&Q)"
    actions = window.checklist_actions
    assert actions.page_size == default_page_size()  # the locale's paper (A4 here; Letter in the US)
    assert [a.text() for a in actions.page_size_menu.actions()] == ["A4", "Letter"]


def test_export_writes_the_filers_checklist(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    actions = window.checklist_actions
    target = tmp_path / "export.pdf"
    dialog = actions.export()
    assert isinstance(dialog, QFileDialog)
    assert dialog.isVisible() and dialog.isModal()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: target.exists())
    assert whose(target) == ["山田 太郎"]
    assert window.statusBar().currentMessage() == f"PDFを保存しました: {target}"


def test_household_option_and_letter(window: MainWindow, tmp_path: Path) -> None:
    actions = window.checklist_actions
    actions.household_action.setChecked(True)
    actions.page_size_actions["Letter"].trigger()
    assert actions.page_size == "Letter"
    target = tmp_path / "all.pdf"
    assert actions.export_to(str(target))
    text = squash("".join(pdftotext_pages(target)))
    assert squash("事前準備チェックリスト（世帯全員）") in text
    assert "山田 松" in whose(target)
    assert actions.last_pages >= 7


def test_export_failure_is_told_and_leaves_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    actions = window.checklist_actions
    target = tmp_path / "missing-folder" / "x.pdf"
    assert not actions.export_to(str(target))
    box = actions.error_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.text() == f"PDFを保存できませんでした。\n{target}"
    assert box.informativeText() == "No such file or directory"
    box.close()
    assert not target.parent.exists()


def test_export_never_replaces_a_link_or_device(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Issue 12, item 3 in the GUI: the file dialog asked about replacing a file; a link (or a device
    node) is still refused, and what it points to is untouched."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.pdf"
    link.symlink_to(victim)
    actions = window.checklist_actions
    assert not actions.export_to(str(link))
    box = actions.error_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.informativeText() == "保存先が通常のファイルではないため、置き換えません。"
    box.close()
    assert victim.read_text() == "keep me" and link.is_symlink()


def test_preview_paints_the_checklist(qtbot: QtBot, window: MainWindow) -> None:
    actions = window.checklist_actions
    dialog = actions.preview()
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(lambda: actions.last_pages > 0)
    assert dialog.isVisible()
    dialog.close()


def test_print_dialog_prints_to_the_chosen_printer(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    actions = window.checklist_actions
    dialog = actions.print_()
    assert isinstance(dialog, QPrintDialog)
    printer = dialog.printer()
    expected = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}[actions.page_size]
    assert printer.pageLayout().pageSize().id() == expected
    target = tmp_path / "printed.pdf"
    # As a person would: choose "Print to File (PDF)" (the only printer here) and type the file name.
    printers = dialog.findChild(QComboBox, "printers")
    assert printers is not None
    # Qt appends "Print to File (PDF)" after the system's printers, under a label that follows the
    # language of Qt's own translator (another test may have installed qtbase_ja): pick it by place.
    printers.setCurrentIndex(printers.count() - 1)
    filename = dialog.findChild(QLineEdit, "filename")
    assert filename is not None
    filename.setText(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=20000)
    assert actions.last_pages >= 1
    assert "利用者証明用電子証明書パスワード" in "".join(pdftotext_pages(target))


@pytest.mark.qt_log_ignore("QPainter::begin")  # the failure Qt itself reports
def test_an_unopenable_printer_is_told_in_words(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The reason comes from the catalogue (``RenderError.text()``), not an English code."""
    actions = window.checklist_actions
    dialog = actions.print_()
    assert isinstance(dialog, QPrintDialog)
    printers = dialog.findChild(QComboBox, "printers")
    assert printers is not None
    printers.setCurrentIndex(printers.count() - 1)  # "Print to File (PDF)", as above
    filename = dialog.findChild(QLineEdit, "filename")
    assert filename is not None
    filename.setText(str(tmp_path / "missing-folder" / "printed.pdf"))
    dialog.accept()
    qtbot.waitUntil(lambda: isinstance(actions.error_box, QMessageBox) and actions.error_box.isVisible())
    box = actions.error_box
    assert isinstance(box, QMessageBox)
    assert box.text() == "チェックリストを印刷できませんでした。"
    assert box.informativeText() == "印刷先（プリンターまたはファイル）を開けませんでした。"
    box.close()


def test_print_dialog_cancelled_prints_nothing(window: MainWindow) -> None:
    actions = window.checklist_actions
    dialog = actions.print_()
    assert dialog is not None
    dialog.reject()
    assert actions.last_pages == 0


def test_language_change_retranslates(window: MainWindow) -> None:
    actions = window.checklist_actions
    actions.retranslate()
    assert actions.export_action.text() == "PDFに書き出す(&E)…"


def test_card_facts_from_a_diagnosis() -> None:
    cert = CertificateInfo(
        der=b"",
        subject="CN=test",
        issuer="CN=JPKI",
        serial="1",
        not_before=datetime(2025, 5, 1, tzinfo=UTC),
        not_after=datetime(2030, 5, 1, 14, 59, tzinfo=UTC),
        sha256="ab" * 32,
    )
    snapshot = CardSnapshot(
        service_ok=True,
        readers=(ReaderInfo("Reader 0", True),),
        card=CardInfo(
            reader="Reader 0",
            atr=b"\x3b",
            kind=CardKind.MY_NUMBER_CARD,
            certificate=cert,
            pins={
                PinKind.AUTH: PinStatus(PinKind.AUTH, 3),
                PinKind.SIGN: PinStatus(PinKind.SIGN, 4),
                PinKind.TEXT: PinStatus(PinKind.TEXT, None),
            },
        ),
        taken_at=datetime(2026, 1, 10, 9, 0, tzinfo=UTC),
    )
    facts = card_facts_from_snapshot(snapshot)
    assert facts is not None
    assert (facts.checked_on, facts.auth_tries_left, facts.sign_tries_left, facts.text_tries_left) == (
        date(2026, 1, 10),
        3,
        4,
        None,
    )
    assert facts.certificate_expires == date(2030, 5, 1)
    assert facts.card_sha256 == "ab" * 32
    assert card_facts_from_snapshot(CardSnapshot(service_ok=True)) is None


def test_explicit_sources(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The window's store and current profile are used when the caller provides them."""
    from app.store.repository import Store

    store, _ = Store.open(window.data_dir)
    try:
        hanako = store.load_household().member_named("山田 花子")
        assert hanako is not None
        actions = ChecklistActions(
            window, household=store.load_household, profile_id=lambda: hanako.profile.id, today=lambda: TODAY
        )
        target = tmp_path / "hanako.pdf"
        assert actions.export_to(str(target))
    finally:
        store.close()
    assert whose(target) == ["山田 花子"]


def test_follows_the_household_session(qtbot: QtBot, full_data_dir: Path, tmp_path: Path) -> None:
    """In the running app the checklist prints the member shown in the window, as of the window's day."""
    from app.ui.application import attach

    window = build_window(full_data_dir, "ja")
    qtbot.addWidget(window)
    session = attach(window, full_data_dir, today=lambda: TODAY)
    try:
        hanako = session.household.member_named("山田 花子")
        assert hanako is not None
        session.set_current_profile(hanako.profile.id)
        target = tmp_path / "current.pdf"
        assert window.checklist_actions.export_to(str(target))
    finally:
        session.close()
    text = squash("".join(pdftotext_pages(target)))
    assert whose(target) == ["山田 花子"]
    assert squash("2026年1月14日（水）") in text  # the session's day, not the system's
