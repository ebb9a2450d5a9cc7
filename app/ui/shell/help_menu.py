"""Help ▸ this app's guide pages, the official FAQ, the hotline, keyboard shortcuts, the first-run setup.

The hotline's number and guidance numbers are dated facts (resources/catalog/facts.json); the FAQ and
the hotline's page open only through the window's allow-list (app/domain/links.py).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from app.domain.facts import default_facts
from app.domain.links import LINK_BY_ID
from app.domain.steps import STEPS
from app.i18n import format_date
from app.ui.widgets.message_box import Button, Icon, Role, message_box

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def hotline_text(lang: str) -> str:
    """The hotline in a few lines: number, which guidance number for what, and the checked date."""
    facts = default_facts()
    number = facts["hotline_number"]
    card = facts["hotline_guidance_card"].text(lang)
    portal = facts["hotline_guidance_portal"].text(lang)
    lines = [
        QCoreApplication.translate("HelpMenu", "マイナンバー総合フリーダイヤル（無料）: {number}").format(
            number=number.text(lang)
        ),
        QCoreApplication.translate("HelpMenu", "・マイナンバーカードについて: 音声ガイダンス {n}").format(
            n=card
        ),
        QCoreApplication.translate("HelpMenu", "・マイナポータルについて: 音声ガイダンス {n}").format(
            n=portal
        ),
        "",
        QCoreApplication.translate(
            "HelpMenu", "確定申告の内容そのものは、税務署や国税庁の案内をご利用ください。"
        ),
        QCoreApplication.translate("HelpMenu", "（{date}にデジタル庁のページで確認）").format(
            date=format_date(max(number.checked, facts["hotline_guidance_portal"].checked), lang)
        ),
    ]
    return "\n".join(lines)


def shortcut_rows() -> list[tuple[str, str]]:
    """Keys and what they do, one row each (the card reader has lived in the page since its sheet
    went: Ctrl+Shift+R shows it there, one row)."""
    return [
        (
            QCoreApplication.translate("HelpMenu", "Ctrl+PgDown / Ctrl+PgUp"),
            QCoreApplication.translate("HelpMenu", "次のステップ / 前のステップ"),
        ),
        (
            QCoreApplication.translate("HelpMenu", "Alt+1 〜 Alt+8"),
            QCoreApplication.translate("HelpMenu", "そのステップを開く"),
        ),
        (
            QCoreApplication.translate("HelpMenu", "Alt+0"),
            QCoreApplication.translate("HelpMenu", "ステップ一覧へ移動"),
        ),
        (
            QCoreApplication.translate("HelpMenu", "Tab / Shift+Tab"),
            QCoreApplication.translate("HelpMenu", "次の項目 / 前の項目"),
        ),
        (
            QCoreApplication.translate("HelpMenu", "Space / Enter"),
            QCoreApplication.translate("HelpMenu", "ボタンを押す・チェックを入れる"),
        ),
        (
            QCoreApplication.translate("HelpMenu", "Ctrl+Z / Ctrl+Shift+Z"),
            QCoreApplication.translate(
                "HelpMenu",
                "削除を元に戻す / やり直す（家族や証明書等の削除だけ。チェックや状況は、選び直して直します）",
            ),
        ),
        (
            QCoreApplication.translate("HelpMenu", "Ctrl+P"),
            QCoreApplication.translate("HelpMenu", "チェックリストを印刷"),
        ),
        (
            QCoreApplication.translate("HelpMenu", "Ctrl+= / Ctrl+- / Ctrl+0"),
            QCoreApplication.translate("HelpMenu", "文字を大きく / 小さく / 標準に"),
        ),
        (
            QCoreApplication.translate("HelpMenu", "Ctrl+Shift+R"),
            QCoreApplication.translate("HelpMenu", "このページにカードリーダーを表示"),
        ),
    ]


def shortcuts_text() -> str:
    """The rows as text, a line each (what the box's text reads as, copied or spoken)."""
    return "\n".join(f"{keys}\t{what}" for keys, what in shortcut_rows())


def shortcuts_table() -> str:
    """The rows in two aligned columns (our own words, escaped all the same)."""
    cells = "".join(
        f"<tr><td style='padding-right:16px'>{escape(keys)}</td><td>{escape(what)}</td></tr>"
        for keys, what in shortcut_rows()
    )
    return f"<table>{cells}</table>"


class HelpMenu:
    """Fills the window's Help menu (above 「ログフォルダを開く」) and keeps its texts translated."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menu = window.help_menu
        first = window.open_logs_action
        self.guide_menu = QMenu(menu)
        self.guide_menu.setObjectName("guideMenu")
        self.guide_actions: list[QAction] = []
        for index in range(len(STEPS)):
            action = QAction(window)
            action.triggered.connect(lambda _c=False, i=index: window.show_page(i))
            self.guide_menu.addAction(action)
            self.guide_actions.append(action)
        menu.insertMenu(first, self.guide_menu)
        self.faq_action = QAction(window)
        self.faq_action.setObjectName("faqAction")
        self.faq_action.triggered.connect(lambda: window.open_link(LINK_BY_ID["mynaportal_faq"].url))
        self.hotline_action = QAction(window)
        self.hotline_action.setObjectName("hotlineAction")
        self.hotline_action.triggered.connect(self.show_hotline)
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.setup_action = QAction(window)
        self.setup_action.setObjectName("firstRunAction")
        self.setup_action.setEnabled(False)  # until the household is attached (app.ui.application)
        for action in (self.faq_action, self.hotline_action, self.shortcuts_action, self.setup_action):
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        self.retranslate()

    def retranslate(self) -> None:
        self.guide_menu.setTitle(QCoreApplication.translate("HelpMenu", "このアプリのガイド(&G)"))
        for index, (action, step) in enumerate(zip(self.guide_actions, STEPS, strict=True)):
            action.setText(f"&{index + 1} {self.window.sidebar_text(step.id)}")
        self.faq_action.setText(
            QCoreApplication.translate("HelpMenu", "マイナポータルのよくあるご質問（公式）(&F)")
        )
        self.hotline_action.setText(
            QCoreApplication.translate("HelpMenu", "電話で問い合わせる（フリーダイヤル）(&T)…")
        )
        self.shortcuts_action.setText(QCoreApplication.translate("HelpMenu", "キーボード操作の一覧(&K)…"))
        self.setup_action.setText(QCoreApplication.translate("HelpMenu", "はじめの設定をやり直す(&S)…"))

    def show_hotline(self) -> QMessageBox:
        box = self._box(
            QCoreApplication.translate("HelpMenu", "電話での問い合わせ"),
            hotline_text(self.window.lang),
            "hotlineBox",
        )
        open_page = box.addButton(QCoreApplication.translate("HelpMenu", "公式ページを開く"), Role.ActionRole)
        open_page.clicked.connect(lambda: self.window.open_link(LINK_BY_ID["mynumber_inquiry"].url))
        box.open()
        return box

    def show_shortcuts(self) -> QMessageBox:
        box = self._box(
            QCoreApplication.translate("HelpMenu", "キーボード操作の一覧"), shortcuts_table(), "shortcutsBox"
        )
        box.setTextFormat(Qt.TextFormat.RichText)  # a table: tabs in plain text left the columns ragged
        box.open()
        return box

    def _box(self, title: str, text: str, name: str) -> QMessageBox:
        return message_box(
            self.window,
            Icon.NoIcon,
            title,
            text,
            name=name,
            buttons=Button.Close,
            labels={Button.Close: QCoreApplication.translate("HelpMenu", "閉じる")},
            selectable=True,
        )
