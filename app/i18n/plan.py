"""The words for the plan's codes (:mod:`app.domain.plan`): the next action and the summary.

One place for the GUI's next-action line, ``myna-prep plan`` (text and ``--json``) and the printed
checklist. The domain returns codes and parameters (:class:`NextAction`, …); only this module turns
them into sentences, in the installed language (:func:`app.i18n.translate`, context ``PlanText``).
The enums' labels are :mod:`app.i18n.labels`'s, dates :func:`app.i18n.format_date`'s.
"""

from __future__ import annotations

from app.domain.catalog import Catalog
from app.domain.facts import default_facts, expand_facts
from app.domain.model import DelegationOperation
from app.domain.plan import ActionKind, NextAction
from app.domain.steps import CHECKLIST_ITEM_BY_ID
from app.i18n import SOURCE_LANGUAGE, current_language, format_date, translate
from app.i18n.labels import channel_label, service_label

_Op = DelegationOperation
_K = ActionKind


def _lang() -> str:
    return current_language() or SOURCE_LANGUAGE


def summary_text(ready: int, total: int, received: int = 0, received_signer_known: int = 0) -> str:
    """準備完了's summary: 「4件中3件が準備完了」 / "3 of 4 ready", and how many by received data
    (those with a known signer and those whose signer is not confirmed, counted apart)."""
    text = translate("PlanText", "{total}件中{ready}件が準備完了").format(ready=ready, total=total)
    unconfirmed = received - received_signer_known
    if received_signer_known:
        text += translate("PlanText", "（うち{received}件はデータ受領済・署名確認済）").format(
            received=received_signer_known
        )
    if unconfirmed:
        text += translate("PlanText", "（うち{received}件はデータ受領済・署名者未確認）").format(
            received=unconfirmed
        )
    return text


def type_name(type_id: str | None, catalog: Catalog | None, lang: str | None = None) -> str:
    """A certificate type's name from the catalog (its own ja/en data), in ``lang`` or the installed one."""
    if type_id is None:
        return ""
    entry = None if catalog is None else catalog.get(type_id)
    return type_id if entry is None else entry.name(lang or _lang())


def item_phrase(item_id: str) -> str | None:
    """What to do for a fixed checklist item (steps.CHECKLIST_ITEMS), its dated facts filled in."""
    phrases = {
        "step0.card": translate("PlanText", "マイナンバーカードを手元に用意しましょう"),
        "step0.reader": translate(
            "PlanText",
            "マイナンバーカード読取対応のスマートフォン（又はICカードリーダライタ）を用意しましょう",
        ),
        "step1.app": translate("PlanText", "{{fact:app_name}}をダウンロードしましょう"),
        "step1.register": translate("PlanText", "マイナポータルの利用者登録をしましょう"),
        "step1.login": translate(
            "PlanText", "利用者証明用電子証明書パスワード（数字4桁）でマイナポータルにログインしましょう"
        ),
        "step2.open_page": translate(
            "PlanText", "マイナポータルの「確定申告の事前準備」ページを開きましょう"
        ),
        "step2.select": translate(
            "PlanText", "「確定申告の事前準備」ページで取得したい証明書等の種類と発行する企業を選択しましょう"
        ),
        "step3.notices": translate(
            "PlanText", "アカウント連携の際に「お知らせの受け取り」にチェックを入れましょう"
        ),
        "step5.request": translate(
            "PlanText", "e-Taxのマイページで「e-Taxからの情報取得を希望する」ボタンを押しましょう"
        ),
        "step5.kana": translate("PlanText", "e-Taxのマイページで「カナ氏名」を入力しましょう"),
        "step5.read_text": translate(
            "PlanText", "マイナンバーカードを読み取りましょう（券面事項入力補助用パスワード・数字4桁）"
        ),
        "step5.read_sign": translate(
            "PlanText", "マイナンバーカードをもう一度読み取りましょう（署名用パスワード・英数字6〜16桁）"
        ),
        "ready.check_status": translate(
            "PlanText", "「証明書の準備状況」で取得したい証明書等が「準備完了」か確認しましょう"
        ),
    }
    phrase = phrases.get(item_id)
    return None if phrase is None else expand_facts(phrase, default_facts(), _lang(), escape=str)


def _delegation_phrase(operation: DelegationOperation) -> str:
    return {
        _Op.LOGIN_AND_OPEN_MENU: translate(
            "PlanText", "申告される方のマイナンバーカードでログインし、「代理人設定」を開きましょう"
        ),
        _Op.CHOOSE_NEW_DELEGATOR: translate(
            "PlanText", "「新たに代理人になる（委任を受ける）」から「新たな委任者を登録する」を選びましょう"
        ),
        _Op.VERIFY_FAMILY_CARD: translate(
            "PlanText", "ご家族（委任者）のマイナンバーカードで本人確認をしましょう"
        ),
        _Op.ENTER_DETAILS: translate(
            "PlanText", "「代理関係名」「代理権限の有効期間」と委任を受けるサービスを入力しましょう"
        ),
        _Op.CONFIRM_AND_COMPLETE: translate("PlanText", "登録内容を確認して完了ボタンを選びましょう"),
    }[operation]


def _template(kind: ActionKind) -> str:
    return {
        _K.SELECT_CERTIFICATES: translate("PlanText", "取得したい証明書等を選びましょう"),
        _K.LINK_SERVICE: translate("PlanText", "{service}との連携を行いましょう"),
        _K.CONFIRM_LINKAGE: translate(
            "PlanText", "{service}のサイトで連携できているか確かめ、結果を記録しましょう"
        ),
        _K.CONFIRM_DATA: translate(
            "PlanText", "{channel}で{type}のデータが届いているか確かめ、届いていたら記録しましょう"
        ),
        _K.REGISTER_WITH_ISSUER: translate(
            "PlanText", "{issuer}で{type}の電子交付の利用登録（電子交付への同意）を行いましょう"
        ),
        _K.LINK_ISSUER: translate("PlanText", "{channel}と{issuer}の連携を行いましょう"),
        _K.CHECK_READINESS: translate(
            "PlanText", "「証明書の準備状況」で{type}（{issuer}）が「準備完了」か確認しましょう"
        ),
    }[kind]


def _wait_noun(kind: ActionKind) -> str:
    """What is being waited for (a noun phrase)."""
    return {
        _K.DO_ITEM: translate("PlanText", "「{item}」の完了"),
        _K.SELECT_CERTIFICATES: translate("PlanText", "証明書等の選択"),
        _K.LINK_SERVICE: translate("PlanText", "{service}との連携の完了"),
        _K.CONFIRM_LINKAGE: translate("PlanText", "{service}との連携の完了"),
        _K.REGISTER_WITH_ISSUER: translate("PlanText", "{issuer}の電子交付サービスの登録完了"),
        _K.LINK_ISSUER: translate("PlanText", "{channel}と{issuer}の連携の完了"),
        _K.CHECK_READINESS: translate("PlanText", "{type}（{issuer}）の準備"),
        _K.CONFIRM_DATA: translate("PlanText", "{type}のデータ"),
        _K.DELEGATION_STEP: translate("PlanText", "代理人設定の手続"),
    }[kind]


def item_text(item_id: str) -> str:
    """A fixed checklist item as the window's checklist and the paper say it, its dated facts filled in."""
    item = CHECKLIST_ITEM_BY_ID.get(item_id)
    if item is None:
        return item_id
    # The checklist items' English lives in the "Checklist" context (app/ui/widgets/domain_texts.py).
    text = translate("Checklist", item.text)
    return expand_facts(text, default_facts(), _lang(), escape=str)


def _fields(action: NextAction, catalog: Catalog | None) -> dict[str, str]:
    return {
        "service": "" if action.service is None else service_label(action.service),
        "channel": "" if action.channel is None else channel_label(action.channel),
        "issuer": action.issuer or "",
        "type": type_name(action.type_id, catalog),
        "item": "" if action.item_id is None else item_text(action.item_id),
    }


def action_text(action: NextAction | None, catalog: Catalog | None = None) -> str:
    """The next action for a person, e.g. 「ねんきんネットとの連携を行いましょう」."""
    if action is None:
        return translate(
            "PlanText", "事前準備が完了しました。確定申告書等作成コーナーで申告書を作成しましょう"
        )
    fields = _fields(action, catalog)
    if action.waiting and action.kind is ActionKind.CONFIRM_DATA and action.follow_up is not None:
        return translate(
            "PlanText",
            "{type}は連携済みで、データが届くのを待っています（{channel}に{date}頃から）。"
            "届いたら確かめて記録しましょう",
        ).format(date=format_date(action.follow_up), **fields)
    if action.waiting:
        noun = _wait_noun(action.kind).format(**fields)
        if action.follow_up is not None:
            return translate("PlanText", "{noun}を待っています。{date}にもう一度確認しましょう").format(
                noun=noun, date=format_date(action.follow_up)
            )
        return translate("PlanText", "{noun}を待っています。数日後にもう一度確認しましょう").format(noun=noun)
    if action.kind is ActionKind.DO_ITEM and action.item_id is not None:
        return item_phrase(action.item_id) or fields["item"]
    if action.kind is ActionKind.DELEGATION_STEP and action.operation is not None:
        return _delegation_phrase(action.operation)
    return _template(action.kind).format(**fields)
