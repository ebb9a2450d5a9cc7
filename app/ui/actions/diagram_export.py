"""View ▸ 全体図: zoom (Ctrl+±, Ctrl+0 fits the width) and export as PNG or SVG (QtSvg's QSvgGenerator).

The export draws the same layout as the screen (``overview.paint``) at the diagram's current width,
in the current palette; PNG at twice the pixels so it stays sharp in a README or on paper."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QFileDialog, QMenu

from app.ui.actions.menu_actions import MenuActions
from app.ui.widgets.file_dialog import file_dialog

if TYPE_CHECKING:
    from app.domain.diagram_model import Diagram
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.overview import OverviewDiagram

PNG_SCALE = 2.0


def _drawn(diagram: OverviewDiagram) -> Diagram:
    if diagram.diagram is None:  # the household is still loading (a fraction of a second)
        raise OSError("the diagram is not drawn yet")
    return diagram.diagram


def export_png(diagram: OverviewDiagram, path: Path) -> None:
    from app.ui.shell.overview import paint

    shown = _drawn(diagram)
    lay = diagram.current_layout()
    image = QImage(
        QSize(int(lay.width * PNG_SCALE) + 1, int(lay.height * PNG_SCALE) + 1), QImage.Format.Format_ARGB32
    )
    image.fill(diagram.palette().color(diagram.backgroundRole()))
    painter = QPainter(image)
    painter.scale(PNG_SCALE, PNG_SCALE)
    paint(painter, lay, shown, diagram.palette(), diagram.font())
    painter.end()
    if not image.save(str(path)):  # the format follows the .png suffix
        raise OSError(f"could not write {path.name}")


def export_svg(diagram: OverviewDiagram, path: Path, title: str) -> None:
    from PySide6.QtSvg import QSvgGenerator

    from app.ui.shell.overview import paint

    shown = _drawn(diagram)
    lay = diagram.current_layout()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(lay.width) + 1, int(lay.height) + 1))
    generator.setViewBox(QRect(0, 0, int(lay.width) + 1, int(lay.height) + 1))
    generator.setTitle(title)
    painter = QPainter(generator)
    painter.fillRect(
        QRect(0, 0, int(lay.width) + 1, int(lay.height) + 1),
        diagram.palette().color(diagram.backgroundRole()),
    )
    paint(painter, lay, shown, diagram.palette(), diagram.font())
    painter.end()
    if not path.exists():
        raise OSError(f"could not write {path.name}")


class DiagramActions(MenuActions):
    """The View menu's diagram actions; the diagram is built with the STEP0 page on first use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "diagramActions")
        self.zoom_in_action = self.make_action("diagramZoomIn", lambda: self.diagram().zoom_in())
        # Ctrl+= / Ctrl+- / Ctrl+0 are 文字の大きさ (the whole window, the diagram too): the diagram's
        # own zoom takes Shift with them.
        shift = Qt.Modifier.CTRL | Qt.Modifier.SHIFT
        self.zoom_in_action.setShortcuts(
            [QKeySequence(shift | Qt.Key.Key_Plus), QKeySequence(shift | Qt.Key.Key_Equal)]
        )
        self.zoom_out_action = self.make_action("diagramZoomOut", lambda: self.diagram().zoom_out())
        self.zoom_out_action.setShortcut(QKeySequence(shift | Qt.Key.Key_Minus))
        self.fit_action = self.make_action("diagramFit", lambda: self.diagram().zoom_to_fit())
        self.fit_action.setShortcut(QKeySequence(shift | Qt.Key.Key_0))
        self.png_action = self.make_action("diagramExportPng", lambda: self.ask("png"))
        self.svg_action = self.make_action("diagramExportSvg", lambda: self.ask("svg"))
        self.menu = QMenu(window)
        self.menu.setObjectName("diagramMenu")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.png_action)
        self.menu.addAction(self.svg_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("全体図(&O)"))
        self.zoom_in_action.setText(self.tr("全体図を拡大"))
        self.zoom_out_action.setText(self.tr("全体図を縮小"))
        self.fit_action.setText(self.tr("全体図を幅に合わせる"))
        self.png_action.setText(self.tr("全体図を PNG で書き出す…"))
        self.svg_action.setText(self.tr("全体図を SVG で書き出す…"))

    def add_to_menu(self, menu: QMenu, before: QAction | None = None) -> None:
        if before is not None:
            menu.insertMenu(before, self.menu)
            menu.insertSeparator(before)
        else:
            menu.addMenu(self.menu)

    def diagram(self) -> OverviewDiagram:
        self.window.page(0)  # STEP0 builds the diagram
        overview = self.window.overview
        assert overview is not None
        return overview

    def ask(self, kind: str) -> None:
        dialog = file_dialog(self.window, self.tr("全体図を書き出す"))
        dialog.setObjectName("diagramExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setNameFilter(self.tr("PNG 画像 (*.png)") if kind == "png" else self.tr("SVG 画像 (*.svg)"))
        dialog.selectFile(f"myna-prep-overview.{kind}")
        dialog.fileSelected.connect(lambda name: self.export(Path(name), kind))
        self.show_dialog(dialog)

    def export(self, path: Path, kind: str) -> None:
        """Write the diagram; a failure is said in the status bar, nothing else changes."""
        try:
            if kind == "svg":
                export_svg(self.diagram(), path, self.tr("事前準備の全体図"))
            else:
                export_png(self.diagram(), path)
        except OSError:
            self.window.statusBar().showMessage(
                self.tr("全体図を書き出せませんでした: {name}").format(name=path.name)
            )
            return
        self.window.announce(self.tr("全体図を書き出しました: {name}").format(name=path.name))


def install(window: MainWindow) -> DiagramActions:
    """Add 全体図 to the View menu above the language menu."""
    actions = DiagramActions(window)
    actions.add_to_menu(window.view_menu, before=window.language_menu.menuAction())
    return actions
