"""The fixed checklist items of a step (``steps.items_of``) as check boxes, saved at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from app.domain.model import TaskState
from app.domain.steps import StepId, items_of
from app.i18n.labels import task_state_label
from app.session import HouseholdSession
from app.ui.widgets import domain_texts
from app.ui.widgets.plan_common import WrapCheckBox


class ChecklistBox(QGroupBox):
    """「チェックリスト」 of one step; each box records the item as done (完了) or not."""

    def __init__(self, session: HouseholdSession, step: StepId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"checklist_{step.value}")
        # It sits in the page's 「今やること」 card: no second frame, no second heading.
        self.setFlat(True)
        self.setAccessibleName(QCoreApplication.translate("Plan", "チェックリスト"))
        self.session = session
        self.step = step
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.boxes: dict[str, QCheckBox] = {}
        for item in items_of(step):
            row = WrapCheckBox(domain_texts.checklist_text(item), f"item_{item.id}")
            row.clicked.connect(lambda checked, item_id=item.id: self.session.set_item(item_id, checked))
            layout.addWidget(row)
            self.boxes[item.id] = row.box
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        member = self.session.member
        self.setEnabled(member is not None and not self.session.read_only)
        for item_id, box in self.boxes.items():
            progress = None if member is None else member.progress.get(item_id)
            done = progress is not None and progress.state is TaskState.DONE
            with QSignalBlocker(box):
                box.setChecked(done)
            box.setAccessibleDescription(task_state_label(TaskState.DONE if done else TaskState.TODO))
