"""Words that do not look alike: マイナポータル's own labels (完了 / 未完了 / 確認; 準備完了 / 処理中 /
未完了 / 未記載) stay on the buttons that mirror it; the app's own "not yet" states never read like
them or like each other (no 未着手 / 未定 / 未対応 / 未記録 beside a 未記載)."""

from __future__ import annotations

from app.domain.labels import LINKAGE_STATUS_LABELS, READINESS_LABELS
from app.domain.model import TaskState
from app.domain.status import Status
from app.i18n import install
from app.i18n.labels import task_state_label
from app.i18n.status import status_text

LOOK_ALIKES = ("未着手", "未定", "未対応", "未記録")


def test_the_apps_own_states_are_distinct_from_the_official_labels_and_each_other() -> None:
    install("ja")
    official = set(LINKAGE_STATUS_LABELS.values()) | set(READINESS_LABELS.values())
    ours = [status_text(s) for s in Status]
    assert len(set(ours)) == len(ours)
    not_yet = [status_text(s) for s in (Status.NOT_STARTED, Status.UNDECIDED)]
    not_yet.append(task_state_label(TaskState.TODO))
    for word in not_yet:
        assert word not in official and not word.startswith("未"), word
    assert not set(ours + not_yet) & set(LOOK_ALIKES)
    assert set(ours) & official == {"完了"}  # only 完了 (done) is shared, as both mean it
