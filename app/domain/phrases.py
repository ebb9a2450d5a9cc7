"""The printed checklist's plan phrasing in ja and en — only until its texts move into the catalogue.

The GUI and the CLI say these through the one catalogue (:mod:`app.i18n.plan`, context "PlanText",
the same sentences: ``tests/domain/test_plan_words.py`` keeps both alike). ``domain/checklist.py`` is
the last reader; once it takes its words from ``app.i18n.plan`` this module and its tests go.
"""

from __future__ import annotations

from datetime import date

from app.domain.catalog import Catalog
from app.domain.facts import default_facts, expand_facts
from app.domain.labels import CHANNEL_LABELS, LINKAGE_STATUS_LABELS, READINESS_LABELS, SERVICE_LABELS
from app.domain.model import Channel, DelegationOperation, LinkageStatus, Readiness, Service, TaskState
from app.domain.plan import ActionKind, Badge, NextAction
from app.domain.steps import CHECKLIST_ITEM_BY_ID

_Op = DelegationOperation
_K = ActionKind

LANGS: tuple[str, ...] = ("ja", "en")

SERVICE_LABELS_EN: dict[Service, str] = {
    Service.ETAX: "e-Tax",
    Service.E_SHISHOBAKO: "e-Shishobako",
    Service.MYPOST: "MyPost",
    Service.MINKAN_ETAX: "the private delivery and e-Tax linkage service",
    Service.NENKIN_NET: "Nenkin Net",
}

CHANNEL_LABELS_EN: dict[Channel, str] = {
    Channel.E_SHISHOBAKO: "e-Shishobako",
    Channel.MYPOST: "MyPost",
    Channel.MINKAN_ETAX: "the private delivery and e-Tax linkage service",
    Channel.NENKIN_NET: "Nenkin Net",
    Channel.ETAX: "e-Tax",
    Channel.MYNAPORTAL: "Mynaportal",
}

LINKAGE_STATUS_LABELS_EN: dict[LinkageStatus, str] = {
    LinkageStatus.COMPLETE: "complete",
    LinkageStatus.INCOMPLETE: "incomplete",
    LinkageStatus.CHECK: "check on the site",
}

READINESS_LABELS_EN: dict[Readiness, str] = {
    Readiness.READY: "ready",
    Readiness.PROCESSING: "processing",
    Readiness.INCOMPLETE: "not complete",
    Readiness.NOT_LISTED: "not listed",
}

TASK_STATE_LABELS: dict[str, dict[TaskState, str]] = {
    "ja": {
        TaskState.TODO: "未対応",
        TaskState.WAITING: "待ち",
        TaskState.DONE: "完了",
        TaskState.NOT_NEEDED: "不要",
    },
    "en": {
        TaskState.TODO: "to do",
        TaskState.WAITING: "waiting",
        TaskState.DONE: "done",
        TaskState.NOT_NEEDED: "not needed",
    },
}

BADGE_LABELS: dict[str, dict[Badge, str]] = {
    "ja": {
        Badge.DONE: "完了",
        Badge.IN_PROGRESS: "待ち",
        Badge.NEEDS_ACTION: "要対応",
        Badge.NOT_NEEDED: "不要",
        Badge.UNDECIDED: "未定",
    },
    "en": {
        Badge.DONE: "done",
        Badge.IN_PROGRESS: "in progress",
        Badge.NEEDS_ACTION: "needs action",
        Badge.NOT_NEEDED: "not needed",
        Badge.UNDECIDED: "not decided yet",
    },
}

# What to do for each fixed checklist item (steps.CHECKLIST_ITEMS).
ITEM_PHRASES: dict[str, dict[str, str]] = {
    "ja": {
        "step0.card": "マイナンバーカードを手元に用意しましょう",
        "step0.reader": (
            "マイナンバーカード読取対応のスマートフォン（又はICカードリーダライタ）を用意しましょう"
        ),
        "step1.app": "{{fact:app_name}}をダウンロードしましょう",
        "step1.register": "マイナポータルの利用者登録をしましょう",
        "step1.login": "利用者証明用電子証明書パスワード（数字4桁）でマイナポータルにログインしましょう",
        "step2.open_page": "マイナポータルの「確定申告の事前準備」ページを開きましょう",
        "step2.select": (
            "「確定申告の事前準備」ページで取得したい証明書等の種類と発行する企業を選択しましょう"
        ),
        "step3.notices": "アカウント連携の際に「お知らせの受け取り」にチェックを入れましょう",
        "step5.request": "e-Taxのマイページで「e-Taxからの情報取得を希望する」ボタンを押しましょう",
        "step5.kana": "e-Taxのマイページで「カナ氏名」を入力しましょう",
        "step5.read_text": "マイナンバーカードを読み取りましょう（券面事項入力補助用パスワード・数字4桁）",
        "step5.read_sign": "マイナンバーカードをもう一度読み取りましょう（署名用パスワード・英数字6〜16桁）",
        "ready.check_status": "「証明書の準備状況」で取得したい証明書等が「準備完了」か確認しましょう",
    },
    "en": {
        "step0.card": "Have your My Number card at hand",
        "step0.reader": "Get a smartphone that reads the My Number card (or an IC card reader)",
        "step1.app": "Download the {{fact:app_name}}",
        "step1.register": "Register as a Mynaportal user",
        "step1.login": "Log in to Mynaportal with the 4-digit user-authentication password",
        "step2.open_page": "Open Mynaportal's tax-return preparation page",
        "step2.select": "Choose the certificate types and their issuers on the tax-return preparation page",
        "step3.notices": 'Tick "receive notices" when linking the accounts',
        "step5.request": 'Press "obtain information from e-Tax" on the e-Tax My Page',
        "step5.kana": "Enter your name in katakana on the e-Tax My Page",
        "step5.read_text": "Read your My Number card (4-digit card-information input password)",
        "step5.read_sign": "Read your My Number card again (signature password, 6–16 letters and digits)",
        "ready.check_status": 'Check that the certificates you want show "ready" in the certificate status',
    },
}

DELEGATION_PHRASES: dict[str, dict[_Op, str]] = {
    "ja": {
        _Op.LOGIN_AND_OPEN_MENU: "申告される方のマイナンバーカードでログインし、「代理人設定」を開きましょう",
        _Op.CHOOSE_NEW_DELEGATOR: (
            "「新たに代理人になる（委任を受ける）」から「新たな委任者を登録する」を選びましょう"
        ),
        _Op.VERIFY_FAMILY_CARD: "ご家族（委任者）のマイナンバーカードで本人確認をしましょう",
        _Op.ENTER_DETAILS: "「代理関係名」「代理権限の有効期間」と委任を受けるサービスを入力しましょう",
        _Op.CONFIRM_AND_COMPLETE: "登録内容を確認して完了ボタンを選びましょう",
    },
    "en": {
        _Op.LOGIN_AND_OPEN_MENU: "Log in with the filer's card and open the delegate settings",
        _Op.CHOOSE_NEW_DELEGATOR: 'Choose "become a new delegate" and "register a new delegator"',
        _Op.VERIFY_FAMILY_CARD: "Verify the family member (delegator) with their My Number card",
        _Op.ENTER_DETAILS: "Enter the relation name, the validity period and the delegated services",
        _Op.CONFIRM_AND_COMPLETE: "Check the details and press complete",
    },
}

_TEMPLATES: dict[str, dict[ActionKind, str]] = {
    "ja": {
        _K.SELECT_CERTIFICATES: "取得したい証明書等を選びましょう",
        _K.LINK_SERVICE: "{service}との連携を行いましょう",
        _K.CONFIRM_LINKAGE: "{service}のサイトで連携できているか確かめ、結果を記録しましょう",
        _K.CONFIRM_DATA: "{channel}で{type}のデータが届いているか確かめ、届いていたら記録しましょう",
        _K.REGISTER_WITH_ISSUER: "{issuer}で{type}の電子交付の利用登録（電子交付への同意）を行いましょう",
        _K.LINK_ISSUER: "{channel}と{issuer}の連携を行いましょう",
        _K.CHECK_READINESS: "「証明書の準備状況」で{type}（{issuer}）が「準備完了」か確認しましょう",
    },
    "en": {
        _K.SELECT_CERTIFICATES: "Choose the certificates you want to obtain",
        _K.LINK_SERVICE: "Link Mynaportal with {service}",
        _K.CONFIRM_LINKAGE: "Check on the {service} site whether the linkage is done, and record it",
        _K.CONFIRM_DATA: "Check on {channel} that the {type} data is there, and record it when it is",
        _K.REGISTER_WITH_ISSUER: "Register for electronic delivery of the {type} with {issuer}",
        _K.LINK_ISSUER: "Link {channel} with {issuer}",
        _K.CHECK_READINESS: 'Check that the {type} ({issuer}) shows "ready" in the certificate status',
    },
}

# What is being waited for (a noun phrase), per kind.
_WAIT_NOUNS: dict[str, dict[ActionKind, str]] = {
    "ja": {
        _K.DO_ITEM: "「{item}」の完了",
        _K.SELECT_CERTIFICATES: "証明書等の選択",
        _K.LINK_SERVICE: "{service}との連携の完了",
        _K.CONFIRM_LINKAGE: "{service}との連携の完了",
        _K.REGISTER_WITH_ISSUER: "{issuer}の電子交付サービスの登録完了",
        _K.LINK_ISSUER: "{channel}と{issuer}の連携の完了",
        _K.CHECK_READINESS: "{type}（{issuer}）の準備",
        _K.CONFIRM_DATA: "{type}のデータ",
        _K.DELEGATION_STEP: "代理人設定の手続",
    },
    "en": {
        _K.DO_ITEM: '"{item}" to complete',
        _K.SELECT_CERTIFICATES: "the certificate selection",
        _K.LINK_SERVICE: "the linkage with {service} to complete",
        _K.CONFIRM_LINKAGE: "the linkage with {service} to complete",
        _K.REGISTER_WITH_ISSUER: "{issuer} to approve the electronic-delivery registration",
        _K.LINK_ISSUER: "the linkage of {channel} with {issuer} to complete",
        _K.CHECK_READINESS: "the {type} ({issuer}) to be prepared",
        _K.CONFIRM_DATA: "the {type} data",
        _K.DELEGATION_STEP: "the delegate setting",
    },
}

_WAIT_SENTENCE: dict[str, tuple[str, str]] = {
    "ja": (
        "{noun}を待っています。{date}にもう一度確認しましょう",
        "{noun}を待っています。数日後にもう一度確認しましょう",
    ),
    "en": ("Waiting for {noun}. Check again on {date}", "Waiting for {noun}. Check again in a few days"),
}

# Linked, the data not there yet: the wait has the catalog's expected date.
_DATA_WAIT: dict[str, str] = {
    "ja": "{type}は連携済みで、データが届くのを待っています（{channel}に{date}頃から）。"
    "届いたら確かめて記録しましょう",
    "en": "The {type} is linked; waiting for its data (on {channel} from about {date}). "
    "Once it is there, check and record it",
}

ALL_DONE: dict[str, str] = {
    "ja": "事前準備が完了しました。確定申告書等作成コーナーで申告書を作成しましょう",
    "en": "The preparation is complete. Create your return in the NTA's tax-return corner",
}


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "ja"


def service_label(service: Service, lang: str = "ja") -> str:
    return SERVICE_LABELS_EN[service] if _lang(lang) == "en" else SERVICE_LABELS[service]


def channel_label(channel: Channel, lang: str = "ja") -> str:
    return CHANNEL_LABELS_EN[channel] if _lang(lang) == "en" else CHANNEL_LABELS[channel]


def linkage_status_label(status: LinkageStatus, lang: str = "ja") -> str:
    return LINKAGE_STATUS_LABELS_EN[status] if _lang(lang) == "en" else LINKAGE_STATUS_LABELS[status]


def readiness_label(readiness: Readiness, lang: str = "ja") -> str:
    return READINESS_LABELS_EN[readiness] if _lang(lang) == "en" else READINESS_LABELS[readiness]


def badge_label(badge: Badge, lang: str = "ja") -> str:
    return BADGE_LABELS[_lang(lang)][badge]


def task_state_label(state: TaskState, lang: str = "ja") -> str:
    return TASK_STATE_LABELS[_lang(lang)][state]


def summary_phrase(ready: int, total: int, lang: str = "ja", received: int = 0) -> str:
    """準備完了's summary: 「4件中3件が準備完了」 / "3 of 4 ready", and how many by received data."""
    if _lang(lang) == "en":
        text = f"{ready} of {total} ready"
        return text + (f" ({received} with the data received and verified)" if received else "")
    text = f"{total}件中{ready}件が準備完了"
    return text + (f"（うち{received}件はデータ受領済・署名確認済）" if received else "")


def type_name(type_id: str | None, catalog: Catalog | None, lang: str = "ja") -> str:
    if type_id is None:
        return ""
    entry = None if catalog is None else catalog.get(type_id)
    return type_id if entry is None else entry.name(_lang(lang))


def _fields(action: NextAction, lang: str, catalog: Catalog | None) -> dict[str, str]:
    item_text = ""
    if action.item_id is not None:
        item = CHECKLIST_ITEM_BY_ID.get(action.item_id)
        item_text = item.text if item is not None else action.item_id
        item_text = expand_facts(item_text, default_facts(), lang, escape=str)
    return {
        "service": "" if action.service is None else service_label(action.service, lang),
        "channel": "" if action.channel is None else channel_label(action.channel, lang),
        "issuer": action.issuer or "",
        "type": type_name(action.type_id, catalog, lang),
        "item": item_text,
    }


def _date_text(day: date, lang: str) -> str:
    if lang == "en":
        return day.isoformat()
    return f"{day.month}月{day.day}日"


def action_phrase(action: NextAction | None, lang: str = "ja", catalog: Catalog | None = None) -> str:
    """The next action for a person, e.g. 「ねんきんネットとの連携を行いましょう」."""
    lang = _lang(lang)
    if action is None:
        return ALL_DONE[lang]
    fields = _fields(action, lang, catalog)
    if action.waiting and action.kind is ActionKind.CONFIRM_DATA and action.follow_up is not None:
        return _DATA_WAIT[lang].format(date=_date_text(action.follow_up, lang), **fields)
    if action.waiting:
        noun = _WAIT_NOUNS[lang][action.kind].format(**fields)
        with_date, without_date = _WAIT_SENTENCE[lang]
        if action.follow_up is not None:
            return with_date.format(noun=noun, date=_date_text(action.follow_up, lang))
        return without_date.format(noun=noun)
    if action.kind is ActionKind.DO_ITEM and action.item_id is not None:
        phrase = ITEM_PHRASES[lang].get(action.item_id)
        if phrase is not None:
            return expand_facts(phrase, default_facts(), lang, escape=str)
        return fields["item"]
    if action.kind is ActionKind.DELEGATION_STEP and action.operation is not None:
        return DELEGATION_PHRASES[lang][action.operation]
    return _TEMPLATES[lang][action.kind].format(**fields)
