"""The words of the one status language (:mod:`app.domain.status`), for the GUI, CLI and PDF alike."""

from __future__ import annotations

from app.domain.status import Headline, Status
from app.i18n import translate


def status_text(status: Status) -> str:
    return {
        # the app's own words, unlike マイナポータル's 未完了 / 未記載 (those stay on its buttons)
        Status.NOT_STARTED: translate("Status", "これから"),
        Status.NEXT: translate("Status", "次はここ"),
        Status.IN_PROGRESS: translate("Status", "途中"),
        Status.WAITING: translate("Status", "待ち"),
        Status.DONE: translate("Status", "完了"),
        Status.NOT_NEEDED: translate("Status", "不要"),
        Status.UNDECIDED: translate("Status", "STEP2次第"),
        Status.ATTENTION: translate("Status", "要対応"),
    }[status]


def headline_text(headline: Headline, ready: int, total: int) -> str:
    """The readiness headline: the guide's own title only when everything is ready."""
    if headline is Headline.ALL_READY:
        return translate("Status", "事前準備が完了！確定申告書の作成開始！")  # the guide's title
    if headline is Headline.DELEGATES_ONLY:
        return translate("Status", "代理人設定の手順を進めましょう")
    if headline is Headline.NOTHING_CHOSEN:
        return translate("Status", "まず STEP2 で取得したい証明書等を選びましょう")
    return translate("Status", "準備完了まで、あと {left} 件です").format(left=total - ready)
