from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store.repository import Store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened, notices = Store.open(data_dir)
    assert notices == ()
    try:
        yield opened
    finally:
        opened.close()
