"""Screenshots of seasons for review: the first start in a new season and an earlier season read-only.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/season_screenshots.py OUT_DIR [--lang ja|en]
A household recorded in 令和7年分's season (November 2025) opens today: the notice, then View ▸ 過去の年分.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def last_season(data_dir: Path) -> None:
    from app.domain.model import (
        Channel,
        DelegatedService,
        Delegation,
        LinkageStatus,
        Readiness,
        Service,
        TaskState,
    )
    from app.store.repository import Store

    store, _ = Store.open(data_dir, clock=lambda: datetime(2025, 11, 22, 1, 0, tzinfo=UTC))
    with store:
        me = store.add_profile("本人").id
        spouse = store.add_profile("花子").id
        for item in ("step0.card", "step1.app", "step1.register", "step1.login"):
            store.set_progress(me, item, state=TaskState.DONE)
        store.set_linkage(me, Service.ETAX, status=LinkageStatus.COMPLETE)
        store.set_linkage(me, Service.E_SHISHOBAKO, status=LinkageStatus.COMPLETE)
        life = store.add_certificate(me, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
        store.update_certificate(
            life.id, readiness=Readiness.READY, registration=TaskState.DONE, issuer_link=TaskState.DONE
        )
        medical = store.add_certificate(me, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
        store.update_certificate(medical.id, readiness=Readiness.PROCESSING)
        store.save_delegation(
            Delegation(0, spouse, me, "妻", date(2025, 12, 1), date(2026, 3, 31), frozenset(DelegatedService))
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="ja", choices=("ja", "en"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.ui.application import attach, build_window
    from app.ui.seasons import PastSeasonsMenu
    from app.ui.widgets import theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    scale = os.environ.get("MYNA_PREP_FONT_SCALE", "")
    if scale.replace(".", "", 1).isdigit():
        theme.set_font_scale(app, float(scale))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        last_season(data)
        i18n.start(args.lang, data)
        window = build_window(data, args.lang)
        window.resize(1024, 700)
        window.show()
        session = attach(window, data)
        session.ensure_store()
        window.build_all_pages()
        for _ in range(5):
            app.processEvents()
        path = args.out / f"new-season-{args.lang}.png"
        window.grab().save(str(path))
        print(path)
        menu = window.findChild(PastSeasonsMenu)
        assert menu is not None
        menu.fill()
        dialog = menu.open_season(session.past_seasons()[0].tax_year)
        assert dialog is not None
        for _ in range(5):
            app.processEvents()
        path = args.out / f"past-season-{args.lang}.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.close()
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
