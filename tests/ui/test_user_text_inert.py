"""Issue 12, item 11: user data is shown as plain text everywhere in the window.

A name or issuer such as ``<a href=…>…</a><img src=…>`` must never become a link or an image: a QLabel
in its default AutoText mode renders anything that looks like HTML. Every page is built and every
visible label that carries the hostile text must be plain text (or show it escaped).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.domain.model import Channel, Relation, TaskState
from app.store.repository import Store
from tests.ui.conftest import OpenWindow

LURE = '<a href="https://evil.example/">公式サイト</a><img src="https://evil.example/x.png">'
NAME = "<b>山田</b>" + LURE
ISSUER = LURE + "生命"


def fill(store: Store) -> None:
    me = store.add_profile(NAME, Relation.SELF).id
    other = store.add_profile("<i>家族</i>", Relation.SPOUSE).id
    for pid in (me, other):
        cert = store.add_certificate(pid, "life_insurance", ISSUER, Channel.MINKAN_ETAX, note=LURE)
        store.update_certificate(cert.id, registration=TaskState.DONE)


def renders_the_lure(widget: QWidget) -> bool:
    """Whether ``widget`` would draw the lure as a link or an image (rich text, or AutoText, which
    Qt's mightBeRichText takes for HTML as soon as a tag appears)."""
    if not isinstance(widget, QLabel) or widget.textFormat() is Qt.TextFormat.PlainText:
        return False
    return (
        '<a href="https://evil.example/">' in widget.text()
        or '<img src="https://evil.example' in widget.text()
    )


def test_no_label_renders_user_data_as_html(
    qtbot: QtBot,
    open_window: OpenWindow,
    seed: Callable[[Callable[[Store], object]], None],
    tmp_path: Path,
) -> None:
    seed(fill)
    window, _session = open_window()
    offenders: set[str] = set()
    pages = window.build_all_pages()
    for index in range(len(pages)):
        window.show_page(index)
        qtbot.wait(10)
        for widget in window.findChildren(QWidget):
            if renders_the_lure(widget):
                offenders.add(f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()[:60]}")
    assert "\n".join(sorted(offenders)) == ""
    shown = [w.text() for w in window.findChildren(QLabel) if "evil.example" in w.text()]
    shown += [w.text() for w in window.findChildren(QAbstractButton) if "evil.example" in w.text()]
    shown += [w.title() for w in window.findChildren(QGroupBox) if "evil.example" in w.title()]
    assert shown, "the hostile issuer is shown somewhere (else this test would prove nothing)"
