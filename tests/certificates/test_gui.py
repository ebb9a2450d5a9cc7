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
from tests.certificates import fixtures
from tests.ui.conftest import OpenWindow, open_window, page_index, plan_views, seed

__all__ = ["open_window", "seed"]

TODAY = date(2026, 1, 14)
Seed = Callable[[Callable[[Store], object]], None]


def _seed(seed: Seed) -> None:
    def fill(store: Store) -> None:
        me = store.add_profile("本人", Relation.SELF)
        life = store.add_certificate(me.id, "life_insurance", "テスト生命", Channel.E_SHISHOBAKO)
        store.update_certificate(life.id, readiness=Readiness.PROCESSING)
        store.add_certificate(me.id, "earthquake_insurance", "みらい損保", Channel.E_SHISHOBAKO)

    seed(fill)


def _panel(controller: object) -> ReadinessPanel:
    views = plan_views(controller).views[StepId.READY]  # type: ignore[attr-defined]
    return next(v for v in views if isinstance(v, ReadinessPanel))


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
    window, controller = open_window(TODAY)
    window.show_page(page_index(StepId.READY))
    panel = _panel(controller)
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

    rows = panel.received_section.rows()
    texts = [r.text.text() for r in rows]
    assert len(rows) == 3  # edited.xml, life.xml, pension.xml (sorted)
    assert "改ざんの可能性" in texts[0] and "もう一度ダウンロード" in texts[0]
    assert "取り込みました" in texts[1]
    assert "プランにない証明書等です" in texts[2] and rows[2].add_button is not None

    assert panel.summary_text() == "1 / 2 件 準備完了（うち 1 件はデータ受領済）"
    life_row = panel.row(life_id)
    assert life_row.received.text.text() == "データ受領済（署名確認済）"
    assert life_row.state.text.text() == "データ受領済"
    assert not life_row.follow_up.isVisible()  # nothing left to check again
    assert panel.row(quake_id).received.record() is None

    # the details view shows the file as a readable form
    life_row.received.details.click()
    dialog = window.findChild(ReceivedDetailsDialog)
    assert isinstance(dialog, ReceivedDetailsDialog)
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


def test_file_menu_imports_onto_the_ready_page(open_window: OpenWindow, seed: Seed, tmp_path: Path) -> None:
    _seed(seed)
    good, _bad, _pension = _files(tmp_path)
    window, controller = open_window(TODAY)
    window.show_page(0)
    action = window.certificate_import.action
    assert action in window.file_menu.actions()
    assert window.certificate_import.import_files([good, good])
    assert window.current_index() == page_index(StepId.READY)
    panel = _panel(controller)
    texts = [r.text.text() for r in panel.received_section.rows()]
    assert "取り込みました" in texts[0] and "取り込み済みです" in texts[1]  # twice is harmless
    assert panel.summary_text() == "1 / 2 件 準備完了（うち 1 件はデータ受領済）"


def test_backup_export_says_the_files_stay_on_this_pc(
    open_window: OpenWindow, seed: Seed, tmp_path: Path
) -> None:
    _seed(seed)
    good, _bad, _pension = _files(tmp_path)
    window, _controller = open_window(TODAY)
    assert window.certificate_import.import_files([good])
    assert window.backup_actions.export_to(str(tmp_path / "backup.json"))
    assert "このパソコンに残ります" in window.statusBar().currentMessage()
