"""The app's message boxes come from one helper (app/ui/widgets/message_box.py): plain text, named,
our button words, the safe default, deleted on close. An AST scan keeps every other module from
building a QMessageBox of its own."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.ui.widgets.message_box import Button, Icon, message_box

ROOT = Path(__file__).resolve().parents[3]
STATIC_BOXES = frozenset({"information", "warning", "critical", "question", "about"})


def _builds_a_box(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name):
        return func.id == "QMessageBox"
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "QMessageBox"
        and func.attr in STATIC_BOXES
    )


def test_only_the_helper_builds_message_boxes() -> None:
    builders = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "app").rglob("*.py")
        if any(_builds_a_box(n) for n in ast.walk(ast.parse(p.read_text("utf-8"))))
    )
    assert builders == ["app/ui/widgets/message_box.py"]


def test_a_box_says_plain_text_with_our_words_and_goes_when_closed(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = message_box(
        parent,
        Icon.Question,
        "バックアップから読み込む",
        "<b>山田 太郎</b> の記録を置き換えますか？",
        name="someConfirm",
        informative="元に戻せません。",
        buttons=Button.Yes | Button.Cancel,
        labels={Button.Yes: "置き換える", Button.Cancel: "キャンセル"},
        default=Button.Cancel,
        accessible_name="読み込みの確認",
        selectable=True,
    )
    assert box.parent() is parent and parent.findChild(QMessageBox, "someConfirm") is box
    assert box.textFormat() == Qt.TextFormat.PlainText  # a name with markup stays text
    assert (box.windowTitle(), box.informativeText(), box.accessibleName()) == (
        "バックアップから読み込む",
        "元に戻せません。",
        "読み込みの確認",
    )
    assert box.icon() == Icon.Question
    assert [box.button(b).text() for b in (Button.Yes, Button.Cancel)] == ["置き換える", "キャンセル"]
    assert box.defaultButton() is box.button(Button.Cancel)
    assert box.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse  # on every platform
    box.open()
    assert box.isVisible() and box.windowModality() == Qt.WindowModality.WindowModal
    with qtbot.waitSignal(box.destroyed):
        box.button(Button.Cancel).click()


def test_by_default_one_ok_button_and_nothing_else(qtbot: QtBot) -> None:
    box = message_box(None, Icon.Warning, "番号", "記録できませんでした。", name="plainBox")
    qtbot.addWidget(box)
    assert [box.standardButton(b) for b in box.buttons()] == [Button.Ok]
    assert (box.informativeText(), box.accessibleName(), box.objectName()) == ("", "", "plainBox")
