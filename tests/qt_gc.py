"""Tests that use Qt run under the app's collector policy (app/ui/application.py): the automatic
collector off, the GUI thread collecting what is due. Without it a collection triggered on the card
worker or monitor thread destroys the Qt objects a test left behind there (benchmarks/gc_threads.py).

``qapp`` (pytest-qt's, session-scoped) installs the policy when the QApplication is made; after each
test the main thread — Qt's GUI thread — runs the collection that is due, as the app's timer would.
Imported into tests/conftest.py.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.application import collect_due_garbage, collect_garbage_in_the_gui_thread


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    collect_garbage_in_the_gui_thread(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _collect_in_the_gui_thread() -> Iterator[None]:
    yield
    if not gc.isenabled():  # the policy is in force: nothing else collects between tests
        collect_due_garbage()
