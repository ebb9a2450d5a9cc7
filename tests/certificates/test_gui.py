"""The 準備完了 page with received files: drop, File menu, per-row status, details, damage, add to plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from app.domain.model import Channel, Readiness, Relation
from app.domain.steps import StepId
from app.store.repository import Store
from app.ui.steps.ready_readiness import ReadinessPanel
from app.ui.steps.ready_received_files import ReceivedDetailsDialog
from tests.certificates import fixtures, hostile
from tests.ui.conftest import OpenWindow, open_window, page_index, plan_views, seed

__all__ = ["open_window", "seed"]

TODAY = date(2026, 1, 14)
UNCONFIRMED_ONE = "（うち 1 件はデータ受領済・署名者未確認）"
Seed = Callable[[Callable[[Store], object]], None]


def _seed(seed: Seed) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        life = store.add_certificate(me.id, "life_insurance", "テスト生命", Channel.E_SHISHOBAKO)
        store.update_certificate(life.id, readiness=Readiness.PROCESSING)
        store.add_certificate(me.id, "earthquake_insurance", "みらい損保", Channel.E_SHISHOBAKO)

    seed(fill)


def _panel(session: object) -> ReadinessPanel:
    views = plan_views(session).views[StepId.READY]  # type: ignore[attr-defined]
    return next(v for v in views if isinstance(v, ReadinessPanel))


def _wait_import(qtbot: QtBot, panel: ReadinessPanel) -> None:
    """Verification runs off the window's thread: wait for the import to finish."""
    qtbot.waitUntil(lambda: panel.received_section.job is not None and panel.received_section.job.done)


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "downloads"
    folder.mkdir()
    good = fixtures.valid_file(folder / "life.xml")
    bad = folder / "edited.xml"
    bad.write_bytes(good.read_bytes().replace(b">84000<", b">94000<"))
    pension = fixtures.valid_file(folder / "pension.xml", form="TEG840", sha1=True)
    return good, bad, pension


def test_drop_a_folder_marks_the_row_received_and_explains_damage(
    open_window: OpenWindow, seed: Seed, tmp_path: Path, qtbot: QtBot
) -> None:
    _seed(seed)
    good, _bad, _pension = _files(tmp_path)
    window, session = open_window(TODAY)
    window.show_page(page_index(StepId.READY))
    panel = _panel(session)
    life_id, quake_id = list(panel.rows.rows)
    assert panel.summary_text() == "0 / 2 件 準備完了"
    assert "まだ取り込んでいません" in panel.row(life_id).received.text.text()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good.parent))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, event)
    _wait_import(qtbot, panel)

    rows = panel.received_section.rows()
    texts = [r.text.text() for r in rows]
    assert len(rows) == 3  # edited.xml, life.xml, pension.xml (sorted)
    assert "改ざんの可能性" in texts[0] and "もう一度ダウンロード" in texts[0]
    assert "取り込みました" in texts[1]
    assert "プランにない証明書等です" in texts[2] and rows[2].add_button is not None

    assert panel.summary_text() == "1 / 2 件 準備完了" + UNCONFIRMED_ONE
    life_row = panel.row(life_id)
    # the first file of an issuer: content intact, signer not confirmed; said once, in one line
    assert life_row.received.text.text() == "データ受領済（署名者未確認）・署名: Myna Prep Test"
    assert not life_row.state.isVisibleTo(life_row) and not life_row.choice.isVisibleTo(life_row)
    life_row.received.portal.click()  # the portal's buttons are secondary, there on request
    assert life_row.choice.isVisibleTo(life_row)
    life_row.received.portal.click()
    assert not life_row.choice.isVisibleTo(life_row)
    assert not life_row.follow_up.isVisible()  # nothing left to check again
    assert panel.row(quake_id).received.record() is None

    # the details view shows the file as a readable form
    life_row.received.details.click()
    dialog = window.findChild(ReceivedDetailsDialog)
    assert isinstance(dialog, ReceivedDetailsDialog)
    qtbot.waitUntil(lambda: dialog.answered)  # the kept file is verified again off the window's thread
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert "84,000 円" in labels and "テスト生命保険株式会社" in labels
    assert any("証明額・新制度・一般・差引保険料等合計額" in t for t in labels)
    assert dialog.findChild(QFormLayout) is not None
    dialog.close()

    # the unplanned pension certificate can be added to the plan, and then counts as ready
    rows[2].add_button.click()  # type: ignore[union-attr]
    assert panel.summary_text().startswith("2 / 3")
    with Store.open(tmp_path)[0] as store:
        member = store.load_household().members[0]
        assert {c.type_id for c in member.certificates} >= {"national_pension_premium"}
        assert len(member.received) == 2  # the edited file was never recorded


def test_file_menu_imports_onto_the_ready_page(
    open_window: OpenWindow, seed: Seed, tmp_path: Path, qtbot: QtBot
) -> None:
    _seed(seed)
    good, _bad, _pension = _files(tmp_path)
    window, session = open_window(TODAY)
    window.show_page(0)
    action = window.certificate_import.action
    assert action in window.file_menu.actions()
    assert window.certificate_import.import_files([good, good])
    assert window.current_index() == page_index(StepId.READY)
    panel = _panel(session)
    _wait_import(qtbot, panel)
    texts = [r.text.text() for r in panel.received_section.rows()]
    assert "取り込みました" in texts[0] and "取り込み済みです" in texts[1]  # twice is harmless
    assert panel.summary_text() == "1 / 2 件 準備完了" + UNCONFIRMED_ONE


def test_backup_export_says_the_files_stay_on_this_pc(
    open_window: OpenWindow, seed: Seed, tmp_path: Path, qtbot: QtBot
) -> None:
    _seed(seed)
    good, _bad, _pension = _files(tmp_path)
    window, session = open_window(TODAY)
    assert window.certificate_import.import_files([good])
    _wait_import(qtbot, _panel(session))
    assert window.backup_actions.export_to(str(tmp_path / "backup.json"))
    assert "このパソコンに残ります" in window.statusBar().currentMessage()


def test_a_folder_import_goes_on_past_bad_files_and_can_be_cancelled(
    open_window: OpenWindow, seed: Seed, tmp_path: Path, qtbot: QtBot
) -> None:
    """Issue 23 (5, 6): every file of a folder gets its sentence; hostile ones never stop the rest."""
    _seed(seed)
    good, _bad, _pension = _files(tmp_path)
    folder = good.parent
    (folder / "a-two-base64.xml").write_bytes(
        hostile.with_transforms(hostile.B64_TRANSFORM, hostile.B64_TRANSFORM)
    )
    (folder / "b-attributes.xml").write_bytes(hostile.many_attributes(5_000))
    (folder / "c-split.xml").write_bytes(hostile.split_amount("<?x?>"))
    window, session = open_window(TODAY)
    window.show_page(page_index(StepId.READY))
    panel = _panel(session)
    panel.import_paths([folder])
    _wait_import(qtbot, panel)
    texts = [r.text.text() for r in panel.received_section.rows()]
    assert len(texts) == 6
    assert "対応していない" in texts[0] or "使われない" in texts[0]
    assert "多すぎる" in texts[1] and "注釈" in texts[2]
    assert "取り込みました" in texts[4]

    from app.ui.steps.received_import import ImportJob

    job = ImportJob(session, [folder], panel)
    job.cancel()
    with qtbot.waitSignal(job.finished):
        job.start()
    assert job.cancelled and job.outcomes == [] and job.skipped == 6


def _details_of(
    open_window: OpenWindow, seed: Seed, qtbot: QtBot, path: Path, lang: str = "ja"
) -> ReceivedDetailsDialog:
    """Import ``path`` for the 生命保険 row and open its details (in ``lang``)."""
    from app import i18n

    _seed(seed)
    window, session = open_window(TODAY)
    window.show_page(page_index(StepId.READY))
    panel = _panel(session)
    panel.import_paths([path])
    _wait_import(qtbot, panel)
    i18n.install(lang)
    panel.row(next(iter(panel.rows.rows))).received.details.click()
    dialog = window.findChild(ReceivedDetailsDialog)
    assert isinstance(dialog, ReceivedDetailsDialog)
    qtbot.waitUntil(lambda: dialog.answered)
    return dialog


def test_the_details_show_the_first_fields_and_how_many_more(
    open_window: OpenWindow, seed: Seed, tmp_path: Path, qtbot: QtBot
) -> None:
    """Issue 23 (3): a file with many fields shows the first ones and 「ほか N 項目」."""
    from app.ui.steps.received_details import MAX_SHOWN_FIELDS

    many = fixtures.teg800().replace(b"<WCE00040>A-0001</WCE00040>", b"<WCE00040>A-0001</WCE00040>" * 150)
    path = tmp_path / "many.xml"
    path.write_bytes(fixtures.sign(many))
    dialog = _details_of(open_window, seed, qtbot, path)
    assert dialog.fields.rowCount() == MAX_SHOWN_FIELDS
    total = dialog.verification.facts.field_total  # type: ignore[union-attr]
    assert total == len(dialog.verification.facts.fields) > 150  # type: ignore[union-attr]
    assert dialog.more.text().startswith(f"ほか {total - MAX_SHOWN_FIELDS} 項目")
    dialog.close()


def test_a_changed_signer_says_so_and_can_be_accepted_after_a_look(
    open_window: OpenWindow, seed: Seed, tmp_path: Path, qtbot: QtBot
) -> None:
    """Issue 23 (2a): another key for the same issuer is 「署名者が以前と違います」 until accepted."""
    _seed(seed)
    first = tmp_path / "first.xml"
    first.write_bytes(fixtures.sign(fixtures.teg800(year=2024)))
    renewed = tmp_path / "renewed.xml"
    renewed.write_bytes(
        fixtures.sign(fixtures.teg800(), who=fixtures.identity(organisation="テスト生命保険株式会社"))
    )
    window, session = open_window(TODAY)
    window.show_page(page_index(StepId.READY))
    panel = _panel(session)
    panel.import_paths([first, renewed])
    _wait_import(qtbot, panel)
    life_id = next(iter(panel.rows.rows))
    row = panel.row(life_id).received
    assert row.text.text() == "データ受領済（署名者が以前と違います）・署名: テスト生命保険株式会社"
    row.details.click()
    dialog = window.findChild(ReceivedDetailsDialog)
    assert isinstance(dialog, ReceivedDetailsDialog) and dialog.accept_button is not None
    assert "以前は別の鍵" in dialog.status.text()
    dialog.accept_button.click()
    assert (
        panel.row(life_id).received.text.text() == "データ受領済（署名確認済）・署名: テスト生命保険株式会社"
    )
    assert panel.summary_text() == "1 / 2 件 準備完了（うち 1 件はデータ受領済）"
    dialog.close()


def test_the_details_name_the_items_in_english_from_the_catalogue(
    open_window: OpenWindow, seed: Seed, tmp_path: Path, qtbot: QtBot
) -> None:
    """Issue 25: the item and form names come from the one catalogue (context CertificateItems)."""
    from app import i18n

    good, _bad, _pension = _files(tmp_path)
    try:
        dialog = _details_of(open_window, seed, qtbot, good, "en")
        assert dialog.windowTitle() == "Life insurance premium deduction certificate"
        labels = [
            item.widget().text()
            for form in dialog.findChildren(QFormLayout)
            for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None and item.widget()
        ]
        assert "Certified amount – new scheme – general – net premiums" in labels, labels
        dialog.close()
    finally:
        i18n.install("ja")
