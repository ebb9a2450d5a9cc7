"""The bundled print font: IPAexGothic without the CJK radical code points, renamed, with its licence."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QRawFont

from app.printing.canvas import FONT_FAMILY, ensure_font
from app.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
SYSTEM_FONT = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")

pytestmark = pytest.mark.usefixtures("qapp")


def test_bundled_font_has_no_radicals_but_every_kanji() -> None:
    raw = QRawFont(str(resource_path("fonts/MynaPrepGothic.ttf")), 12)
    assert raw.isValid()
    assert raw.familyName() == FONT_FAMILY
    for radical in (0x2F64, 0x2F8F, 0x2EA0, 0x2E80, 0x2FD5):  # ⽤ ⾏ ⺠ and the range's ends
        assert not raw.supportsCharacter(radical), hex(radical)
    for text in "利用者証明用電子証明書パスワード民間送達行う〜①②③④→":
        assert raw.supportsCharacter(ord(text)), text  # (the str overload misreads some characters)


def test_font_registers_once_for_printing() -> None:
    assert ensure_font() == FONT_FAMILY
    assert ensure_font() == FONT_FAMILY
    assert FONT_FAMILY in QFontDatabase.families()


def test_licence_and_derivation_notice_ship_with_the_font() -> None:
    assert sorted(p.name for p in FONTS.iterdir()) == [
        "IPA_Font_License_Agreement_v1.0.txt",
        "MynaPrepGothic.ttf",
        "README.md",
    ]
    licence = (FONTS / "IPA_Font_License_Agreement_v1.0.txt").read_text(encoding="utf-8")
    assert licence.startswith("IPAフォントライセンスv1.0\n\n許諾者は、この使用許諾")
    assert "IPA Font License Agreement v1.0" in licence
    assert licence.rstrip().endswith("2.This Agreement shall be construed under the laws of Japan.")
    readme = (FONTS / "README.md").read_text(encoding="utf-8")
    assert "derived program of IPAexGothic" in readme
    assert "packaging/build_font.py" in readme
    assert "IPA" not in "MynaPrepGothic.ttf" and "IPA" not in FONT_FAMILY  # Article 3, 1 (4)


@pytest.mark.skipif(
    importlib.util.find_spec("fontTools") is None or not SYSTEM_FONT.is_file(),
    reason="needs fontTools (build extra) and Debian's fonts-ipaexfont-gothic",
)
def test_build_font_reproduces_the_committed_files(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_font.py"), "--out-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "801 cmap entries in U+2E80-U+2FDF removed" in result.stdout
    for name in ("MynaPrepGothic.ttf", "IPA_Font_License_Agreement_v1.0.txt"):
        assert (tmp_path / name).read_bytes() == (FONTS / name).read_bytes(), name
