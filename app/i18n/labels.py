"""The one label of each domain enum, for the window, ``myna-prep plan`` (text and ``--json``) and paper.

マイナポータル's own words (:mod:`app.domain.labels`: 完了 / 未完了 / 確認, 準備完了 / 処理中 / 未完了 /
未記載 and the sites' names) are shown exactly as written; in English they keep the Japanese the user
sees on マイナポータル, with a gloss (context "Labels"). The app's own states (a task, a step's badge)
are said in the one status language of :mod:`app.i18n.status`. ``tests/test_one_labelling.py`` fails
when an enum is labelled anywhere else.
"""

from __future__ import annotations

from app.domain.labels import CHANNEL_LABELS, LINKAGE_STATUS_LABELS, READINESS_LABELS, SERVICE_LABELS
from app.domain.model import (
    Channel,
    DelegatedService,
    DelegationOperation,
    LinkageStatus,
    Readiness,
    Relation,
    Service,
    TaskState,
)
from app.domain.plan import Badge, UnitState
from app.domain.plan_steps import task_unit
from app.domain.status import BADGE_STATUS, Status
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n.status import status_text

# app.domain.labels, repeated where lupdate sees it (the domain imports no Qt);
# tests/test_one_labelling.py keeps the two in step.
OFFICIAL_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Labels", "完了"),
    QT_TRANSLATE_NOOP("Labels", "未完了"),
    QT_TRANSLATE_NOOP("Labels", "確認"),
    QT_TRANSLATE_NOOP("Labels", "準備完了"),
    QT_TRANSLATE_NOOP("Labels", "処理中"),
    QT_TRANSLATE_NOOP("Labels", "未記載"),
    QT_TRANSLATE_NOOP("Labels", "e-私書箱"),
    QT_TRANSLATE_NOOP("Labels", "MyPost"),
    QT_TRANSLATE_NOOP("Labels", "民間送達・e-Tax連携サービス"),
    QT_TRANSLATE_NOOP("Labels", "ねんきんネット"),
    QT_TRANSLATE_NOOP("Labels", "e-Tax"),
    QT_TRANSLATE_NOOP("Labels", "マイナポータル"),
)


def _official(text: str) -> str:
    return translate("Labels", text)


def service_label(service: Service) -> str:
    return _official(SERVICE_LABELS[service])


def channel_label(channel: Channel) -> str:
    return _official(CHANNEL_LABELS[channel])


def linkage_status_label(status: LinkageStatus) -> str:
    """完了 / 未完了 / 確認, as マイナポータル's linkage list shows them."""
    return _official(LINKAGE_STATUS_LABELS[status])


def readiness_label(readiness: Readiness) -> str:
    """準備完了 / 処理中 / 未完了 / 未記載, as マイナポータル's 「証明書の準備状況」 shows them."""
    return _official(READINESS_LABELS[readiness])


UNIT_STATUS: dict[UnitState, Status] = {  # nothing to do yet is これから, never 要対応
    UnitState.TODO: Status.NOT_STARTED,
    UnitState.WAITING: Status.WAITING,
    UnitState.DONE: Status.DONE,
    UnitState.NOT_NEEDED: Status.NOT_NEEDED,
}


def unit_state_label(state: UnitState) -> str:
    """A unit of work (a linkage, an issuer task, a certificate) in the one status language."""
    return status_text(UNIT_STATUS[state])


def task_state_label(state: TaskState) -> str:
    """これから / 待ち / 完了 / 不要: a task says what the unit of work it makes says."""
    return unit_state_label(task_unit(state))


def badge_label(badge: Badge) -> str:
    """A step's badge in the words the sidebar uses for it."""
    return status_text(BADGE_STATUS[badge])


def relation_label(relation: Relation) -> str:
    return {
        Relation.SELF: translate("Plan", "本人"),
        Relation.SPOUSE: translate("Plan", "配偶者"),
        Relation.CHILD: translate("Plan", "子"),
        Relation.PARENT: translate("Plan", "親"),
        Relation.OTHER: translate("Plan", "家族"),
    }[relation]


def delegated_service_label(service: DelegatedService) -> str:
    return {
        DelegatedService.NOTICES: translate("Plan", "外部サイトへのお知らせ情報提供サービス"),
        DelegatedService.MEDICAL_NOTICES: translate("Plan", "外部サイトへの医療費通知情報提供サービス"),
    }[service]


def delegation_step_label(op: DelegationOperation) -> str:
    """A done-item of 代理人設定, numbered as マイナポータル's screens go."""
    return {
        DelegationOperation.LOGIN_AND_OPEN_MENU: translate(
            "Plan", "① 申告される方（代理人）のマイナンバーカードでログインし、「代理人設定」を開いた"
        ),
        DelegationOperation.CHOOSE_NEW_DELEGATOR: translate(
            "Plan", "② 「新たに代理人になる（委任を受ける）」から「新たな委任者を登録する」を選んだ"
        ),
        DelegationOperation.VERIFY_FAMILY_CARD: translate(
            "Plan", "③ ご家族（委任者）のマイナンバーカードで本人確認をした"
        ),
        DelegationOperation.ENTER_DETAILS: translate(
            "Plan", "④ 「代理関係名」「代理権限の有効期間」と委任を受けるサービスを入力した"
        ),
        DelegationOperation.CONFIRM_AND_COMPLETE: translate("Plan", "⑤ 登録内容を確認して完了ボタンを選んだ"),
    }[op]
