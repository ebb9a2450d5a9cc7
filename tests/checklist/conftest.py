"""Fixtures of the checklist tests: an empty and a full household in real stores."""

from __future__ import annotations

from collections.abc import Iterator
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



@pytest.fixture
def english() -> Iterator[None]:
    """The checklist's words in English (the same catalogue the window and the command install)."""
    from app import i18n

    i18n.install("en")
    yield
    i18n.install("ja")
