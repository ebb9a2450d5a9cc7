"""The live overview diagram in the window: clicking each box (and a label) opens its page, Tab+Enter
does too, it follows changes, nothing overlaps with the real fonts at the width the window gives it
with the card panel open, and it exports to PNG and SVG."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from app.domain.diagram_model import NodeKind
from app.domain.model import (
    CertificateSelection,
    Channel,
    DelegatedService,
    Delegation,
    Household,
    MemberState,
    Profile,
    Relation,
    TaskState,
)
from app.domain.plan import household_plans
from app.domain.status import Status
from app.domain.steps import StepId
from app.store.repository import Store
from app.ui.actions.diagram_export import export_png, export_svg
from app.ui.shell.main_window import MainWindow
from app.ui.shell.overview import OverviewDiagram
from tests.ui.conftest import OpenWindow, open_window, page_index, seed

__all__ = ["open_window", "seed"]

PANEL_OPEN_WIDTH = 544  # measured: the diagram's width in the 1100 px window with the card panel open
MEDICAL = frozenset({DelegatedService.MEDICAL_NOTICES})


def _three(store: Store) -> None:
    me = store.add_profile("山田太郎", Relation.SELF)
    wife = store.add_profile("花子", Relation.SPOUSE)
    mother = store.add_profile("母", Relation.PARENT)
    for item in ("step0.card", "step0.reader"):
        store.set_progress(me.id, item, state=TaskState.DONE)
    store.add_certificate(me.id, "life_insurance", "日本生命", Channel.E_SHISHOBAKO)
    store.add_certificate(me.id, "securities_annual_report", "楽天証券", Channel.MYPOST)
    store.save_delegation(Delegation(0, wife.id, me.id, "妻", date(2026, 4, 1), date(2027, 12, 31), MEDICAL))
    store.save_delegation(Delegation(0, mother.id, me.id, "母", date(2026, 4, 1), date(2027, 1, 31), MEDICAL))


def _diagram(window: MainWindow) -> OverviewDiagram:
    window.show_page(0)
    overview = window.overview
    assert overview is not None
    return overview


def test_clicking_each_box_and_a_label_opens_its_page(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None]
) -> None:
    seed(_three)
    window, _session = open_window()
    overview = _diagram(window)
    keys = [n.key for n in overview.diagram.nodes]
    assert {"card", "reader", "user", "portal", "service:etax", "service:e_shishobako", "end"} <= set(keys)
    assert sum(n.kind is NodeKind.MEMBER for n in overview.diagram.nodes) == 2
    mother = next(n for n in overview.diagram.nodes if n.name == "母")
    assert mother.status is Status.ATTENTION  # her validity ends before the filing period
    for node in overview.diagram.nodes:
        overview = _diagram(window)
        QTest.mouseClick(
            overview,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            overview.node_center(node.key).toPoint(),
        )
        assert window.current_index() == page_index(node.step), node.key
    overview = _diagram(window)
    QTest.mouseClick(
        overview,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        overview.edge_label_center("portal", "service:etax").toPoint(),
    )
    assert window.current_index() == page_index(StepId.STEP3)
    assert "STEP3" in overview.tooltip_at(overview.edge_label_center("portal", "service:etax"))
    assert "山田太郎" in overview.tooltip_at(overview.node_center("user"))


def test_tab_and_enter_open_the_focused_box(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None]
) -> None:
    seed(_three)
    window, _session = open_window()
    overview = _diagram(window)
    overview.setFocus(Qt.FocusReason.TabFocusReason)
    assert overview.focus_index == 0
    portal = [n.key for n in overview.diagram.nodes].index("portal")
    for _ in range(portal):
        QTest.keyClick(overview, Qt.Key.Key_Tab)
    assert overview.diagram.nodes[overview.focus_index].key == "portal"
    QTest.keyClick(overview, Qt.Key.Key_Return)
    assert window.current_index() == page_index(StepId.STEP1)


def test_the_diagram_follows_every_change(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None]
) -> None:
    seed(_three)
    window, session = open_window()
    overview = _diagram(window)
    assert "service:mypost" in [n.key for n in overview.diagram.nodes]
    mypost = next(c.id for c in session.member.certificates if c.channel is Channel.MYPOST)  # type: ignore[union-attr]
    session.remove_certificates([mypost], "楽天証券")
    assert "service:mypost" not in [n.key for n in overview.diagram.nodes]
    session.undo_stack.undo()
    assert "service:mypost" in [n.key for n in overview.diagram.nodes]


def _household(issuers: int, members: int) -> Household:
    channels = (Channel.E_SHISHOBAKO, Channel.MYPOST, Channel.MINKAN_ETAX)
    certs = tuple(
        CertificateSelection(i + 1, "life_insurance", f"保険会社{i + 1}", channels[i % 3])
        for i in range(issuers)
    )
    people = [MemberState(Profile(1, "山田太郎", Relation.SELF), certificates=certs)]
    people += [MemberState(Profile(p, f"家族{p}", Relation.OTHER)) for p in range(2, members + 1)]
    delegations = tuple(
        Delegation(p, p, 1, "家族", date(2026, 1, 1), date(2026, 12, 31), MEDICAL)
        for p in range(2, members + 1)
    )
    return Household(tuple(people), delegations)


@pytest.mark.parametrize("issuers", [0, 1, 12])
@pytest.mark.parametrize("members", [1, 6])
def test_no_two_boxes_or_labels_overlap_with_the_real_fonts(
    open_window: OpenWindow, issuers: int, members: int
) -> None:
    window, session = open_window()
    overview = _diagram(window)
    overview.resize(PANEL_OPEN_WIDTH, overview.height())
    house = _household(issuers, members)
    plans = household_plans(house, session.catalog, session.today())
    session.household, session.plans, session.profile_id = house, plans, 1  # shown, not saved
    overview.refresh()
    lay = overview.current_layout()
    boxes = [n.rect for n in lay.nodes]
    labels = [e.label for e in lay.edges]
    assert not any(a.overlaps(b) for a, b in combinations(boxes, 2))
    assert not any(a.overlaps(b) for a, b in combinations(labels, 2))
    assert not any(label.overlaps(box) for label in labels for box in boxes)
    segments = [s for e in lay.edges for s in e.segments]
    assert not any(label.crossed_by(*s) for label in labels for s in segments)
    assert lay.width <= PANEL_OPEN_WIDTH
    for node in lay.nodes:
        for line in node.title_lines:
            assert overview.measure(line, 15) <= node.rect.w


def test_export_png_and_svg(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None], tmp_path: Path
) -> None:
    seed(_three)
    window, _session = open_window()
    overview = _diagram(window)
    png, svg = tmp_path / "overview.png", tmp_path / "overview.svg"
    export_png(overview, png)
    export_svg(overview, svg, "overview")
    image = QImage(str(png))
    lay = overview.current_layout()
    assert image.width() >= 2 * lay.width and image.height() >= 2 * lay.height
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text and "花子" in text


def test_zoom_with_ctrl_wheel_and_the_view_menu(
    open_window: OpenWindow, seed: Callable[[Callable[[Store], object]], None], tmp_path: Path
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QAction, QWheelEvent
    from PySide6.QtWidgets import QApplication

    seed(_three)
    window, _session = open_window()
    overview = _diagram(window)
    width = overview.width()
    tall = overview.heightForWidth(width)
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(overview.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(overview, wheel)
    assert overview.zoom > 1.0 and overview.heightForWidth(width) > tall
    fit = window.findChild(QAction, "diagramFit")
    assert fit is not None
    submenus = [a.menu() for a in window.view_menu.actions() if a.menu() is not None]
    assert any(fit in m.actions() for m in submenus)  # View ▸ 全体図 ▸ fit
    fit.trigger()
    assert overview.zoom == 1.0
    zoom_out = window.findChild(QAction, "diagramZoomOut")
    assert zoom_out is not None
    zoom_out.trigger()
    assert overview.zoom < 1.0
    png = window.findChild(QAction, "diagramExportPng")
    svg = window.findChild(QAction, "diagramExportSvg")
    assert png is not None and svg is not None and png.text() and svg.text()
