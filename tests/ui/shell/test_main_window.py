"""Walk every page by mouse and keyboard; check titles, the guide's facts and the links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.links import is_official_url
from app.domain.status import Status
from app.domain.steps import STEPS, StepId
from app.ui.application import build_window
from app.ui.shell.main_window import MainWindow
from app.ui.shell.pages import links_in
from app.ui.shell.sidebar import STATUS_ROLE

# Every fact the guide gives, per page (issue 2, point 3). Each must be in the rendered text.
FACTS_JA: dict[StepId, tuple[str, ...]] = {
    StepId.STEP0: (
        "マイナンバーカード",
        "マイナンバーカード読取対応のスマートフォン",
        "ICカードリーダライタ",
        "早めに始めましょう",
        "日数がかかります",
        "e-私書箱",
        "MyPost",
        "民間送達・e-Tax連携サービス",
        "ねんきんネット",
        "証明書等を発行する企業",
        "ふるさと納税ポータルサイト事業者",
        "マイナンバー総合フリーダイヤル",
        "0120-95-0178",
        "音声ガイダンス1番",
    ),
    StepId.STEP1: (
        "利用者登録",
        "数字4桁のパスワード",
        "利用者証明用電子証明書パスワード",
        "市区町村等の窓口",
        "マイナアプリ（旧マイナポータルアプリ）",
        "iPhone",
        "Android",
        "0120-95-0178",
        "音声ガイダンス4番",
    ),
    StepId.STEP2: ("「確定申告の事前準備」ページ", "証明書等の種類", "発行する企業", "音声ガイダンス4番"),
    StepId.STEP3: (
        "連携状況リスト",
        "まず e-Tax と連携",
        "e-私書箱",
        "民間送達・e-Tax連携サービス",
        "MyPost",
        "ねんきんネット",
        "本人認証",
        "「お知らせの受け取り」にチェック",
        "完了",
        "未完了",
        "確認",
        "自分専用のポスト",
        "音声ガイダンス4番",
    ),
    StepId.STEP4: (
        "① 電子交付サービスの利用者登録・電子交付への同意",
        "証券番号",
        "寄附番号",
        "数日かかる",
        "② 各企業との連携",
        "発行企業ごとに",
        "本人認証",
        "発行企業や民間送達サービスによって異なります",
    ),
    StepId.STEP5: (
        "給与所得の源泉徴収票",
        "「e-Taxからの情報取得を希望する」ボタン",
        "「カナ氏名」",
        "券面事項入力補助用パスワード（数字4桁）",
        "署名用パスワード（英数字6〜16桁）",
        "e-Tax で源泉徴収票を提出している",
        "500万円を超える",
    ),
    StepId.READY: (
        "証明書の準備状況",
        "準備完了",
        "処理中",
        "未完了",
        "未記載",
        "それぞれのウェブサイトで",
        "確定申告書等作成コーナー",
    ),
    StepId.DELEGATION: (
        "医療費通知情報",
        "代理人設定",
        "「新たに代理人になる（委任を受ける）」",
        "「新たな委任者を登録する」",
        "利用者証明用電子証明書のパスワード（数字4桁）",
        "「代理関係名」",
        "「代理権限の有効期間」",
        "外部サイトへのお知らせ情報提供サービス",
        "外部サイトへの医療費通知情報提供サービス",
        "完了ボタン",
        "家族の方も申告する方と同じように事前準備が必要",
    ),
}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = build_window(tmp_path, "ja")
    qtbot.addWidget(win)
    win.restore()
    with qtbot.waitExposed(win):
        win.show()
    return win


def test_starts_on_step0_the_first_time(window: MainWindow) -> None:
    assert window.current_index() == 0
    assert window.stack.currentWidget() is window.page(0)
    assert not window.back_button.isEnabled()


@pytest.mark.parametrize("index", range(len(STEPS)), ids=[s.id.value for s in STEPS])
def test_every_page_has_its_official_headline_and_facts(window: MainWindow, index: int) -> None:
    step = STEPS[index]
    page = window.page(index)
    # 準備完了: the guide's 「事前準備が完了！…」 only once everything is ready (issue 13), else neutral
    assert page.title.text() == (step.headline if step.id is not StepId.READY else "準備状況を確認")
    text = page.text()
    missing = [fact for fact in FACTS_JA[step.id] if fact not in text]
    assert not missing, f"{step.id.value} lacks {missing}"
    for url in links_in(page.content.text()):
        assert is_official_url(url), url


def test_walk_all_pages_with_next_by_mouse(window: MainWindow, qtbot: QtBot) -> None:
    seen = [window.current_index()]
    while window.next_button.isEnabled():
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        seen.append(window.current_index())
    assert seen == list(range(len(STEPS)))
    while window.back_button.isEnabled():
        qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_index() == 0


def test_walk_with_arrows_in_the_sidebar(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.setFocus()
    for expected in range(1, len(STEPS)):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
        assert window.current_index() == expected
        assert window.stack.currentIndex() == expected
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Up)
    assert window.current_index() == len(STEPS) - 2


def test_ctrl_page_down_and_up(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_index() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_index() == 1


def test_alt_number_jumps_to_a_step(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert STEPS[window.current_index()].id is StepId.READY


def test_clicking_a_sidebar_entry_shows_its_page(window: MainWindow, qtbot: QtBot) -> None:
    item = window.sidebar.item(4)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_index() == 4


def test_reopens_on_the_last_page_with_its_geometry(qtbot: QtBot, tmp_path: Path) -> None:
    first = build_window(tmp_path, "ja")
    qtbot.addWidget(first)
    first.restore()
    first.resize(780, 600)
    first.show_page(5)
    first.close()
    second = build_window(tmp_path, "ja")
    qtbot.addWidget(second)
    second.restore()
    assert second.current_index() == 5
    assert (second.width(), second.height()) == (780, 600)
    assert (
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value("window/page") == "step5"
    )


def test_sidebar_states_are_a_quiet_trailing_word(window: MainWindow) -> None:
    window.set_statuses({StepId.STEP3: Status.ATTENTION})
    item = window.sidebar.item(3)
    assert item.text() == "STEP3  外部サイトと連携"  # one line: the title; the state is drawn after it
    assert item.data(STATUS_ROLE) == Status.ATTENTION.value
    assert "要対応" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert window.sidebar.item(2).data(STATUS_ROLE) is None  # no state known: none shown


def test_official_link_opens_in_the_browser(window: MainWindow, qtbot: QtBot) -> None:
    opened: list[str] = []

    window.open_external = lambda url: opened.append(url.toString()) or True  # type: ignore[assignment]
    url = links_in(window.page(1).content.text())[0]
    window.page(1).content.linkActivated.emit(url)
    assert opened == [url]


def test_non_official_link_is_refused_with_a_message(window: MainWindow, qtbot: QtBot) -> None:
    opened: list[str] = []

    window.open_external = lambda url: opened.append(url.toString()) or True  # type: ignore[assignment]
    assert window.open_link("https://myna.go.jp.example.com/login") is False
    assert opened == []
    box = window.findChild(QMessageBox, "linkRefusedBox")
    assert box is not None and "公式サイト" in box.text()
    box.close()


def test_about_lists_version_and_licences(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from app import version
    from app.ui.shell.about import AboutDialog

    window.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    table = dialog.findChild(QLabel, "licenceTable")
    assert table is not None
    for name in ("Qt", "pyscard", "keyring", "sqlmodel", "qasync", "httpx", "LGPL"):
        assert name in table.text()
    assert version() in dialog.findChildren(QLabel)[0].text()
    dialog.close()
