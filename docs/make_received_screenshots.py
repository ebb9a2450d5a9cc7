"""Screenshots of the 準備完了 page with received, missing and damaged certificate files (issue 15).

Run: .venv/bin/python docs/make_received_screenshots.py OUT_DIR [--lang ja|en]
Seeds a household in a temporary data folder, generates signed files with the test fixtures (a throwaway
signer), imports a valid file, an edited (tampered) copy and an unsigned file on the 準備完了 page, and
writes the whole page and the details dialog as PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def seed(data_dir: Path) -> None:
    from app.domain.model import Channel, LinkageStatus, Readiness, Relation, Service, TaskState
    from app.store.repository import Store

    store, _ = Store.open(data_dir)
    with store:
        me = store.add_profile("本人", Relation.SELF)
        for item in ("step0.card", "step0.reader", "step1.app", "step1.register", "step1.login"):
            store.set_progress(me.id, item, state=TaskState.DONE)
        life = store.add_certificate(me.id, "life_insurance", "テスト生命", Channel.E_SHISHOBAKO)
        store.update_certificate(life.id, readiness=Readiness.PROCESSING)
        store.add_certificate(me.id, "earthquake_insurance", "東京海上日動", Channel.E_SHISHOBAKO)
        store.add_certificate(me.id, "national_pension_premium", "日本年金機構", Channel.NENKIN_NET)
        store.set_linkage(me.id, Service.ETAX, status=LinkageStatus.COMPLETE)
        store.set_linkage(me.id, Service.E_SHISHOBAKO, status=LinkageStatus.COMPLETE)


def files(folder: Path) -> list[Path]:
    from tests.certificates import fixtures

    good = fixtures.valid_file(folder / "seimei-2025.xml")
    edited = folder / "seimei-2025（Excelで保存）.xml"
    edited.write_bytes(good.read_bytes().replace(b">84000<", b">94000<"))
    unsigned = folder / "nenkin-2025.xml"
    unsigned.write_bytes(fixtures.teg840())
    return [good, edited, unsigned]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("ja", "en"), default="ja")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.domain.steps import STEPS, StepId
    from app.ui.application import attach
    from app.ui.shell.main_window import MainWindow
    from app.ui.steps.ready_readiness import ReadinessPanel
    from app.ui.steps.ready_received_files import ReceivedDetailsDialog
    from app.ui.widgets import theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="myna-prep-shots-") as tmp:
        data_dir = Path(tmp) / "data"
        seed(data_dir)
        lang = i18n.start(args.lang, data_dir)
        theme.apply(app, "light", focus_ring=True)  # type: ignore[arg-type]
        window = MainWindow(data_dir, lang)
        session = attach(window, data_dir, today=lambda: date(2026, 1, 14))
        window.resize(1200, 900)
        window.show()
        index = [s.id for s in STEPS].index(StepId.READY)
        window.show_page(index)
        QApplication.processEvents()
        panel = window.findChild(ReadinessPanel, "readinessPanel")
        assert isinstance(panel, ReadinessPanel)
        job = panel.import_paths(files(Path(tmp)))
        while not job.done:  # verification runs off the window's thread
            QApplication.processEvents()
        QApplication.processEvents()
        args.out.mkdir(parents=True, exist_ok=True)
        page = window.page(index)
        written = []
        page.ensureWidgetVisible(panel.received_section)
        QApplication.processEvents()
        path = args.out / f"ready-received-window-{lang}.png"
        window.grab().save(str(path))
        written.append(path)
        QApplication.processEvents()
        path = args.out / f"ready-received-page-{lang}.png"
        page.widget().grab().save(str(path))
        written.append(path)
        record = next(r for r in session.household.members[0].received)
        dialog = ReceivedDetailsDialog(session, record, window)
        dialog.show()
        while not dialog.answered:  # the kept file is verified again off the window's thread
            QApplication.processEvents()
        QApplication.processEvents()
        path = args.out / f"ready-received-details-{lang}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
        session.close()
        for p in written:
            print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
