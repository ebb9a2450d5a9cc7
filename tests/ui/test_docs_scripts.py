"""The screenshot scripts under docs/ run (they make the README's pictures and the review shots): each
writes its PNGs from the real window, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted(path.name for path in (ROOT / "docs").glob("make_*.py"))


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS)
def test_the_screenshot_script_runs_and_writes_pictures(script: str, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MYNA_PREP_DATA_DIR=str(tmp_path / "unused"))
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, str(ROOT / "docs" / script), str(out)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    pictures = sorted(out.glob("*.png"))
    assert pictures, f"{script} wrote no picture"
    for picture in pictures:
        image = QImage(str(picture))
        assert not image.isNull() and image.width() >= 300 and image.height() >= 200, picture.name
