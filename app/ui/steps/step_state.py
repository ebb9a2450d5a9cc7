"""A page's own state, at the top of its 「今やること」: the same word as the step's line in the
sidebar and its boxes in the diagram, from the one board (``app.domain.status.status_board``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.domain.status import Status, status_board
from app.domain.steps import StepId
from app.session import HouseholdSession
from app.ui.widgets.plain import PlainLabel
from app.ui.widgets.status_pill import StatusPill


def shown_statuses(session: HouseholdSession) -> dict[StepId, Status]:
    """The shown member's step states (empty before a member is shown)."""
    if session.plan is None or session.profile_id is None:
        return {}
    board = status_board(session.household, session.plans, session.profile_id, session.today(), session.due)
    return dict(board.steps)


class StepState(QWidget):
    """「このステップ:」 and the step's state as a pill (hidden while no member is shown)."""

    def __init__(self, session: HouseholdSession, step: StepId) -> None:
        super().__init__()
        self.setObjectName(f"stepState_{step.value}")
        self.session = session
        self.step = step
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = PlainLabel(QCoreApplication.translate("Plan", "このステップ:"))
        self.pill = StatusPill()
        layout.addWidget(self.caption)
        layout.addWidget(self.pill)
        layout.addStretch(1)
        self._shown: Status | None = None
        session.changed.connect(self.refresh)
        self.refresh()

    def status(self) -> Status | None:
        """The state shown (None: none shown)."""
        return self._shown

    def refresh(self) -> None:
        self._shown = shown_statuses(self.session).get(self.step)
        # the line keeps its place (no layout pass of the page when a household loads)
        self.pill.setHidden(self._shown is None)
        self.caption.setHidden(self._shown is None)
        if self._shown is not None:
            self.pill.set_status(self._shown)
