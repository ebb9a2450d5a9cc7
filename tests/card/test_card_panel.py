"""The card panel with the virtual card, through pyscard → pcscd → vpcd (pytest-qt + qasync)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.card.diagnosis import CardSnapshot, Problem, diagnose
from app.card.pins import PinKind
from app.card.worker import CardService
from app.ui.card_reader.panel import CardPanel
from app.ui.card_reader.states import CardState
from app.ui.card_reader.view import StatusRow
from tests.card.conftest import Cards, PcscStack
from tests.event_loop import run, until
from tests.vcard.jpki_card import AUTH_PIN, SIGN_PIN, TEXT_PIN

pytestmark = pytest.mark.pcsc


@pytest.fixture
def panel(pcscd: PcscStack, qtbot: QtBot, loop: qasync.QEventLoop) -> Iterator[CardPanel]:
    widget = CardPanel(CardService(timeout=10))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def row(panel: CardPanel, kind: PinKind | None) -> StatusRow:
    return panel.view.cert_row if kind is None else panel.view.pin_rows[kind]


def text_of(panel: CardPanel, kind: PinKind | None) -> str:
    return row(panel, kind).text()


def answer_dialog(
    loop: qasync.QEventLoop,
    panel: CardPanel,
    text: str,
    *,
    confirm: int = 0,
    seen: list[dict[str, Any]] | None = None,
) -> None:
    """When the password dialog opens, tick ``confirm`` boxes, type ``text`` and press OK."""

    def fill() -> None:
        dialog = panel.flows.active_dialog
        if dialog is None or not dialog.isVisible():
            loop.call_later(0.02, fill)
            return
        if seen is not None:
            seen.append({"tries": dialog.tries_label.text(), "boxes": len(dialog.confirm_boxes)})
            warning = dialog.findChild(QLabel, "lockoutWarning")
            if warning is not None:
                seen[-1]["warning"] = warning.text()
        for box in dialog.confirm_boxes[:confirm]:
            box.setChecked(True)
        dialog.edit.setText(text)
        if dialog.ok_button.isEnabled():
            dialog.ok_button.click()
            if seen is not None:
                seen[-1]["cleared"] = dialog.edit.text() == ""
        else:
            dialog.reject()

    loop.call_later(0.02, fill)


def test_renders_no_reader_no_card_healthy_expired_and_one_try_left(cards: Cards, panel: CardPanel) -> None:
    view = panel.view
    panel.show_snapshot(CardSnapshot(service_ok=True, problems=(Problem("no_reader"),)))
    assert panel.state is CardState.NO_READER
    assert view.empty_title.text() == "カードリーダーがつながっていません"
    assert "USB 端子" in view.empty_detail.text()
    # an empty state: one sentence and what to do, no greyed buttons and no 「不明」 rows
    assert panel.auth_button.isHidden() and panel.basic_button.isHidden()
    assert view.pins_box.isHidden() and view.cert_row.isHidden()
    assert not panel.refresh_button.isHidden()

    panel.show_snapshot(CardSnapshot(service_ok=False, problems=(Problem("service_unavailable"),)))
    assert panel.state is CardState.NO_SERVICE
    assert "pcscd" in view.empty_detail.text()  # the Linux advice (this suite runs on Linux)
    assert "PC/SC" not in view.empty_title.text() + view.empty_detail.text()

    panel.show_snapshot(diagnose())
    assert panel.state is CardState.NO_CARD
    assert view.empty_title.text() == "カードをリーダーに置いてください"
    assert "Virtual PCD 00 00" in view.readers_label.text()
    assert view.message_label.text() == ""  # said once, in the empty state
    assert panel.auth_button.isHidden() and view.pins_box.isHidden()

    card = cards.insert("normal")
    panel.show_snapshot(diagnose())
    assert panel.state is CardState.CARD and view.empty_title.isHidden()
    assert view.kind_label.text() == "マイナンバーカード"
    assert "まで有効" in text_of(panel, None) and "年" in text_of(panel, None)  # the app's date format
    assert not row(panel, None).attention
    assert "残り 3 / 3 回" in text_of(panel, PinKind.AUTH)
    assert "残り 5 / 5 回" in text_of(panel, PinKind.SIGN)
    assert not any(row(panel, k).attention for k in PinKind)
    assert all(mark not in text_of(panel, k) for k in PinKind for mark in "✓⚠✕?")
    assert panel.auth_button.isEnabled() and panel.basic_button.isEnabled()
    assert view.message_label.text() == ""
    cards.remove(card)

    card = cards.insert("expired", slot=1)
    panel.show_snapshot(diagnose())
    assert "期限切れ" in text_of(panel, None)
    assert row(panel, None).attention
    assert "市区町村の窓口で更新" in view.message_label.text()
    assert "市区町村" not in text_of(panel, None)  # what to do is said once, below
    cards.remove(card)

    cards.insert("few_tries", slot=0)
    panel.show_snapshot(diagnose())
    assert "残り 1 / 3 回" in text_of(panel, PinKind.AUTH)
    assert row(panel, PinKind.AUTH).attention  # 要対応 in words beside it, not colour alone
    assert row(panel, PinKind.AUTH).accessibleName().startswith("要対応")
    assert "あと1回" in view.message_label.text()


def test_authentication_emits_the_certificate_hash(
    cards: Cards, panel: CardPanel, loop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    card = cards.insert("normal")
    identified: list[str] = []
    panel.card_identified.connect(identified.append)
    seen: list[dict[str, Any]] = []
    answer_dialog(loop, panel, AUTH_PIN, seen=seen)
    with qtbot.waitSignal(panel.card_authenticated, timeout=5000) as signal:
        assert run(loop, panel.flows.authenticate()) is True
    assert signal.args == [card.model.certs.auth_sha256, ""]
    assert identified == [card.model.certs.auth_sha256]
    assert seen == [{"tries": "残り回数: 3 / 3 回", "boxes": 0, "cleared": True}]  # cleared after use
    assert "本人確認に成功" in panel.message_text()
    assert card.model.signatures == 1


def test_wrong_password_shows_tries_left(cards: Cards, panel: CardPanel, loop: qasync.QEventLoop) -> None:
    card = cards.insert("normal")
    answer_dialog(loop, panel, "0000")
    assert run(loop, panel.flows.authenticate()) is False
    assert "残りは2回" in panel.message_text()
    assert "残り 2 / 3 回" in text_of(panel, PinKind.AUTH)
    assert card.model.remaining["auth"] == 2


def test_one_try_left_needs_two_confirmations(
    cards: Cards, panel: CardPanel, loop: qasync.QEventLoop
) -> None:
    card = cards.insert("few_tries")
    seen: list[dict[str, Any]] = []
    answer_dialog(loop, panel, AUTH_PIN, confirm=1, seen=seen)
    assert run(loop, panel.flows.authenticate()) is False
    assert seen[0]["boxes"] == 2 and seen[0]["tries"] == "残り回数: 1 / 3 回"
    # error 2: the 1-try-left confirmation says how a lock is reset today (app + kiosk, or the counter)
    assert "JPKI暗証番号リセット" in seen[0]["warning"] and "窓口" in seen[0]["warning"]
    assert card.model.verify_with_data == 0  # one confirmation is not enough: nothing sent
    assert "何も送信していません" in panel.message_text()
    answer_dialog(loop, panel, AUTH_PIN, confirm=2)
    assert run(loop, panel.flows.authenticate()) is True
    assert card.model.verify_with_data == 1


def test_blocked_password_is_not_asked(cards: Cards, panel: CardPanel, loop: qasync.QEventLoop) -> None:
    card = cards.insert("blocked_63c0")
    run(loop, panel.flows.refresh())
    assert not panel.auth_button.isEnabled()
    assert "ロック中" in text_of(panel, PinKind.AUTH)
    assert run(loop, panel.flows.authenticate()) is False
    assert panel.flows.active_dialog is None
    # error 2: a locked 利用者証明用 password can be reset at a kiosk when the signature password is known
    assert "JPKI暗証番号リセット" in panel.message_text() and "窓口" in panel.message_text()
    assert "JPKI暗証番号リセット" not in text_of(panel, PinKind.AUTH)  # the remedy is said once
    assert panel.message_text().count("JPKI暗証番号リセット") == 1
    assert card.model.verify_with_data == 0
    answer_dialog(loop, panel, SIGN_PIN.lower())
    assert run(loop, panel.flows.check_pin(PinKind.SIGN)) is True
    assert "正しく入力できました" in panel.message_text()


def test_basic_info_is_shown_masked_and_name_can_be_copied(
    cards: Cards, panel: CardPanel, loop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    card = cards.insert("normal")
    answer_dialog(loop, panel, TEXT_PIN)
    assert run(loop, panel.flows.read_basic_info()) is True
    person = card.scenario.person
    assert panel.view.basic_box.isVisible()
    assert panel.view.name_value.text() == person.name
    assert panel.view.number_value.text() == "********" + person.my_number[-4:]
    with qtbot.waitSignal(panel.name_copy_requested, timeout=1000) as copied:
        panel.view.copy_name_button.click()
    assert copied.args == [person.name]
    answer_dialog(loop, panel, AUTH_PIN)
    with qtbot.waitSignal(panel.card_authenticated, timeout=5000) as signal:
        run(loop, panel.flows.authenticate())
    assert signal.args == [card.model.certs.auth_sha256, person.name]
    panel.clear_basic_info()
    assert panel.view.number_value.text() == "" and not panel.view.basic_box.isVisible()


def test_card_pulled_during_authentication(cards: Cards, panel: CardPanel, loop: qasync.QEventLoop) -> None:
    card = cards.insert("normal")
    run(loop, panel.flows.refresh())
    card.pull_after = len(card.model.log) + 18  # diagnosis (16) + SELECT AP..., then it vanishes
    answer_dialog(loop, panel, AUTH_PIN)
    assert run(loop, panel.flows.authenticate()) is False
    assert "カードが外されました" in panel.message_text() or "カードが置かれていません" in (
        panel.message_text()
    )
    assert card.model.remaining["auth"] == 3


def test_window_stays_responsive_during_card_work(
    cards: Cards, panel: CardPanel, loop: qasync.QEventLoop
) -> None:
    card = cards.insert("slow")  # 50 ms per APDU: the work lasts a second or more
    progress: list[int] = []  # how many APDUs the card had answered at each beat of the event loop

    def beat() -> None:
        progress.append(len(card.model.log))

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    timer.start()
    answer_dialog(loop, panel, AUTH_PIN)
    busy: list[bool] = []
    panel.busy_changed.connect(busy.append)
    first = len(card.model.log)
    assert run(loop, panel.flows.authenticate()) is True
    timer.stop()
    assert True in busy and busy[-1] is False
    # The event loop kept turning while the card worked: it saw the card's work at several stages (a
    # blocked loop would see none until the end). Counted, not timed: a busy machine cannot fail it.
    midway = {n for n in progress if first < n < len(card.model.log)}
    assert len(midway) >= 3, progress


def test_hotplug_refreshes_the_panel(
    cards: Cards, panel: CardPanel, loop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    from app.ui.card_reader.monitor import CardMonitor

    monitor = CardMonitor(interval=0.2)
    panel.attach_monitor(monitor)
    identified: list[str] = []
    panel.card_identified.connect(identified.append)
    monitor.start()
    try:
        card = cards.insert("normal", slot=1)
        until(loop, lambda: identified == [card.model.certs.auth_sha256] and not panel.flows.busy, "the card")
        assert panel.view.kind_label.text() == "マイナンバーカード"
        card.remove()
        until(loop, lambda: panel.state is CardState.NO_CARD and not panel.flows.busy, "the removal")
    finally:
        monitor.stop()


def test_card_that_never_answers(
    cards: Cards, pcscd: PcscStack, qtbot: QtBot, loop: qasync.QEventLoop
) -> None:
    panel = CardPanel(CardService(timeout=1.0))
    qtbot.addWidget(panel)
    try:
        panel.show_snapshot(diagnose())  # no card yet: the readers are known
        card = cards.insert("normal", hang_after=3)
        snapshot = run(loop, panel.flows.refresh())  # returns: the 1 s timeout ended the wait
        assert snapshot is not None and snapshot.failed and snapshot.exit_code == 6
        assert "カードが応答しません" in panel.view.empty_detail.text()
        assert "Virtual PCD 00 00" in panel.view.readers_label.text()
        assert panel.state is CardState.FAILED
        assert not panel.flows.busy and panel.refresh_button.isEnabled()
        card.remove()
    finally:
        panel.shutdown()
