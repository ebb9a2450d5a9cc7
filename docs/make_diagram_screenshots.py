"""Screenshots of the overview diagram and the 代理人設定 page, for review and the README.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_diagram_screenshots.py OUT_DIR
Writes, for ja and en, light and dark: the STEP0 page of an empty plan and of a half-done household of
three with two delegations (the window at its default size with its card reader), the diagram
alone as exported (PNG, SVG), and the 代理人設定 page.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

from app import i18n  # noqa: E402
from app.domain.model import (  # noqa: E402
    Channel,
    DelegatedService,
    Delegation,
    DelegationOperation,
    LinkageStatus,
    Relation,
    Service,
    TaskState,
)
from app.domain.steps import STEPS, StepId  # noqa: E402
from app.store.repository import Store  # noqa: E402

TODAY = date(2026, 1, 14)


def half_done_household(data_dir: Path) -> None:
    store, _ = Store.open(data_dir)
    with store:
        me = store.add_profile("山田太郎", Relation.SELF)
        wife = store.add_profile("花子", Relation.SPOUSE)
        mother = store.add_profile("母", Relation.PARENT)
        for item in ("step0.card", "step0.reader", "step1.app", "step1.register", "step1.login"):
            store.set_progress(me.id, item, state=TaskState.DONE)
        life = store.add_certificate(me.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
        store.add_certificate(me.id, "earthquake_insurance", "東京海上日動", Channel.MINKAN_ETAX)
        store.add_certificate(me.id, "securities_annual_report", "楽天証券", Channel.MYPOST)
        store.add_certificate(me.id, "public_pension_withholding", "日本年金機構", Channel.NENKIN_NET)
        store.set_linkage(me.id, Service.ETAX, status=LinkageStatus.COMPLETE)
        store.set_linkage(me.id, Service.E_SHISHOBAKO, status=LinkageStatus.COMPLETE)
        store.update_certificate(life.id, registration=TaskState.DONE, issuer_link=TaskState.DONE)
        store.add_certificate(wife.id, "medical_expense_notice", "医療保険者", Channel.MYNAPORTAL)
        store.add_certificate(wife.id, "life_insurance", "第一生命", Channel.E_SHISHOBAKO)
        medical = frozenset({DelegatedService.MEDICAL_NOTICES})
        store.save_delegation(
            Delegation(
                0,
                wife.id,
                me.id,
                "妻",
                date(2026, 1, 10),
                date(2027, 1, 9),
                medical,
                {DelegationOperation.LOGIN_AND_OPEN_MENU: TaskState.DONE},
            )
        )
        # ends before the filing period (2026-02-16 – 2026-03-16): the page and the diagram warn
        store.save_delegation(
            Delegation(0, mother.id, me.id, "母", date(2026, 1, 10), date(2026, 2, 28), medical)
        )


def shoot(out: Path, lang: str, scheme: str, data: Path, name: str) -> None:
    from app.ui.actions.diagram_export import export_png, export_svg
    from app.ui.application import attach, build_window, give_card_reader
    from app.ui.widgets import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, scheme, focus_ring=False)
    i18n.install(lang)
    window = build_window(data, lang)
    window.restore()
    window.resize(1100, 760)
    window.show()
    session = attach(window, data, today=lambda: TODAY)
    panel = give_card_reader(window, session, watch=False).panel  # in the page's flow, as the app has it
    window.build_all_pages()
    window.show_page(0)
    for _ in range(5):
        app.processEvents()
    stem = f"{name}-{lang}-{scheme}"
    window.grab().save(str(out / f"{stem}-window.png"))
    overview = window.overview
    assert overview is not None
    export_png(overview, out / f"{stem}-diagram.png")
    export_svg(overview, out / f"{stem}-diagram.svg", "overview")
    window.show_page(next(i for i, s in enumerate(STEPS) if s.id is StepId.DELEGATION))
    for _ in range(5):
        app.processEvents()
    editor = window.findChild(QWidget, "delegationEditor")
    area = editor.parentWidget() if editor is not None else None
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if editor is not None and isinstance(area, QScrollArea) and area.widget() is not None:
        area.verticalScrollBar().setValue(editor.mapTo(area.widget(), QPoint(0, 0)).y())  # the records
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / f"{stem}-delegation.png"))
    panel.shutdown()
    session.close()
    window.close()
    window.deleteLater()
    # delete it now (processEvents alone leaves it): a window left alive is re-polished by the next
    # shot's application stylesheet, each shot slower than the one before
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from app.ui.widgets import theme

    theme.register_bundled_fonts()
    for name, seed in (("empty", None), ("household", half_done_household)):
        for lang in ("ja", "en"):
            for scheme in ("light", "dark"):
                with tempfile.TemporaryDirectory() as data:
                    if seed is not None:
                        seed(Path(data))
                    shoot(out, lang, scheme, Path(data), name)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
