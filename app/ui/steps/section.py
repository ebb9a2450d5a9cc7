"""The shape the live sections of the pages share (STEP2 証明書等, STEP3 連携, STEP4 発行企業,
代理人設定): a title, what the section says under it, and rows kept in step with the household."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.session import HouseholdSession
from app.ui.widgets.plan_common import KeyedRows, hint_label, section_title

K = TypeVar("K", bound=Hashable)
W = TypeVar("W", bound=QWidget)


class SessionSection(QWidget):
    """A titled column of a page that shows the session's household; the subclass fills
    ``self.column`` and calls :meth:`follow_session` with its refresh once it is built."""

    def __init__(self, session: HouseholdSession, object_name: str, title: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.session = session
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(section_title(title))

    def add_hint(self, text: str = "", object_name: str = "") -> QLabel:
        """A calm sentence under what the column holds now (``object_name``: for style and tests)."""
        label = hint_label(text)
        if object_name:
            label.setObjectName(object_name)
        self.column.addWidget(label)
        return label

    def add_rows(self, create: Callable[[K], W]) -> KeyedRows[K, W]:
        """One row per key, under what the column holds now, made by ``create`` when first needed."""
        rows = QVBoxLayout()
        self.column.addLayout(rows)
        return KeyedRows(rows, create)

    def follow_session(self, refresh: Callable[[], None]) -> None:
        """Show the household now and after every change."""
        self.session.changed.connect(refresh)
        refresh()
