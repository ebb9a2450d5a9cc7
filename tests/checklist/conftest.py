"""Fixtures of the checklist tests: an empty and a full household in real stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.repository import Store
from tests.checklist.helpers import fill_full


@pytest.fixture
def empty_data_dir(tmp_path: Path) -> Path:
    """A data directory with an opened (so migrated) but empty store."""
    data = tmp_path / "empty"
    store, _ = Store.open(data)
    store.close()
    return data


@pytest.fixture
def full_data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "full"
    store, _ = Store.open(data)
    try:
        fill_full(store)
    finally:
        store.close()
    return data
