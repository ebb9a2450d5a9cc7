"""Why a checklist could not be painted is a reason code; the window and the command line say it in the
user's language through the one catalogue (``RenderError.text()``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter

from app import i18n
from app.domain.catalog import default_catalog
from app.domain.checklist import build_checklist
from app.printing.checklist import RenderError, RenderFailure, render
from app.store.repository import Store
from tests.checklist.helpers import TODAY

pytestmark = pytest.mark.usefixtures("qapp")

_JAPANESE = "\u3041-\u30ff\u4e00-\u9fff"


@pytest.mark.qt_log_ignore("QPainter::begin")  # the failure Qt itself reports
def test_an_unopenable_output_is_a_reason_not_a_sentence(full_data_dir: Path, tmp_path: Path) -> None:
    store, _ = Store.open(full_data_dir)
    try:
        checklist = build_checklist(store.load_household(), default_catalog(), TODAY)
    finally:
        store.close()
    writer = QPdfWriter(str(tmp_path / "missing-folder" / "x.pdf"))
    with pytest.raises(RenderError) as info:
        render(checklist, writer)
    assert info.value.reason is RenderFailure.OUTPUT_NOT_OPENED
    assert info.value.text() == "印刷先（プリンターまたはファイル）を開けませんでした。"
    assert not (tmp_path / "missing-folder").exists()


@pytest.mark.parametrize("reason", list(RenderFailure))
def test_every_reason_is_said_in_both_languages(reason: RenderFailure) -> None:
    japanese = RenderError(reason).text()
    i18n.install("en")
    try:
        english = RenderError(reason).text()
    finally:
        i18n.install("ja")
    assert re.search(f"[{_JAPANESE}]", japanese) and japanese.endswith("。")
    assert not re.search(f"[{_JAPANESE}]", english) and english.endswith(".")
    assert str(RenderError(reason)) == reason.value  # logs keep the English code
