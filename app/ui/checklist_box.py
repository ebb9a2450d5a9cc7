"""The fixed checklist items of a step (``steps.items_of``) as check boxes, saved at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from app.domain.model import TaskState
from app.domain.steps import StepId, items_of
from app.ui.household import HouseholdController
from app.ui.plan_common import tr


class ChecklistBox(QGroupBox):
    """「チェックリスト」 of one step; each box records the item as done (完了) or not."""

    def __init__(self, controller: HouseholdController, step: StepId, parent: QWidget | None = None) -> None:
        super().__init__(tr("チェックリスト"), parent)
        self.setObjectName(f"checklist_{step.value}")
        self.controller = controller
        self.step = step
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for item in items_of(step):
            box = QCheckBox(QCoreApplication.translate("Checklist", item.text))
            box.setObjectName(f"item_{item.id}")
            box.setAccessibleName(box.text())
            box.clicked.connect(lambda checked, item_id=item.id: self.controller.set_item(item_id, checked))
            layout.addWidget(box)
            self.boxes[item.id] = box
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        member = self.controller.member
        self.setEnabled(member is not None and not self.controller.read_only)
        for item_id, box in self.boxes.items():
            progress = None if member is None else member.progress.get(item_id)
            done = progress is not None and progress.state is TaskState.DONE
            with QSignalBlocker(box):
                box.setChecked(done)
            box.setAccessibleDescription(tr("完了") if done else tr("未対応"))
