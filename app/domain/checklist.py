"""The printable preparation checklist as plain data, for one household member or the whole household.

:func:`build_checklist` turns the household, the catalog and the plan into a :class:`Checklist`: every
string a printer needs, already in the chosen language (``ja`` or ``en``), and every checkbox as a
:class:`UnitState`. The Qt renderer (``app.printing.checklist``) only lays it out; it adds no words.

A member's part holds: the header (name, tax year such as 令和7年分, print date, filing period, days
left, the next action and "n of m ready"), what to have ready (the card, a reader or a card-reading
smartphone, and which password each step needs, by name only; tries left and the certificate's expiry
when a :class:`CardFacts` from the last diagnosis is given), every step with its checkboxes, the
certificate table, the STEP3 linkages, whether STEP5 is needed and the delegations. The document ends
with the inquiry line and the QR targets of the smartphone route (official pages only).

Passwords are never part of this model: only their names, formats and the tries left.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.domain import deadlines
from app.domain.catalog import Catalog
from app.domain.facts import Facts, default_facts, expand_facts
from app.domain.labels import (
    INQUIRY_GUIDANCE_CARD,
    INQUIRY_GUIDANCE_PORTAL,
    INQUIRY_LINE_NAME,
)
from app.domain.links import LINK_BY_ID, is_official_url
from app.domain.model import (
    DelegatedService,
    Delegation,
    DelegationOperation,
    Household,
    MemberState,
    Profile,
    Relation,
    TaskState,
)
from app.domain.phrases import (
    ITEM_PHRASES,
    action_phrase,
    badge_label,
    channel_label,
    linkage_status_label,
    readiness_label,
    service_label,
    summary_phrase,
    task_state_label,
    type_name,
)
from app.domain.plan import Badge, IssuerTaskKind, Plan, UnitState, build_plan
from app.domain.rules import combined_state
from app.domain.steps import STEPS, StepId, items_of

LANGS = ("ja", "en")

# The official pages of the smartphone route, printed as QR codes (each must pass is_official_url).
QR_LINK_IDS: tuple[str, ...] = (
    "mynaportal",
    "tax_return_prep",
    "mynaportal_app_ios",
    "mynaportal_app_android",
    "filing_corner",
)

# The app's store links and name are dated facts (facts.json): "{app}" is filled in from the record.
_APP_LINK_FACTS: dict[str, str] = {
    "mynaportal_app_ios": "app_ios_url",
    "mynaportal_app_android": "app_android_url",
}

_QR_LABELS_EN: dict[str, str] = {
    "mynaportal": "Mynaportal",
    "tax_return_prep": "Tax-return preparation page",
    "mynaportal_app_ios": "{app}, iPhone",
    "mynaportal_app_android": "{app}, Android",
    "filing_corner": "NTA tax-return corner",
}

_QR_LABELS_JA: dict[str, str] = {
    "mynaportal": "マイナポータル",
    "tax_return_prep": "「確定申告の事前準備」ページ",
    "mynaportal_app_ios": "{app}・iPhone",
    "mynaportal_app_android": "{app}・Android",
    "filing_corner": "確定申告書等作成コーナー",
}

_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "ja": ("月", "火", "水", "木", "金", "土", "日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}

RELATION_LABELS: dict[str, dict[Relation, str]] = {
    "ja": {
        Relation.SELF: "本人",
        Relation.SPOUSE: "配偶者",
        Relation.CHILD: "子",
        Relation.PARENT: "親",
        Relation.OTHER: "その他",
    },
    "en": {
        Relation.SELF: "self",
        Relation.SPOUSE: "spouse",
        Relation.CHILD: "child",
        Relation.PARENT: "parent",
        Relation.OTHER: "other",
    },
}

# Every fixed word of the document, per language. The renderer reads these through Checklist.text().
TEXTS: dict[str, dict[str, str]] = {
    "ja": {
        "title": "マイナポータル連携 事前準備チェックリスト",
        "household_title": "マイナポータル連携 事前準備チェックリスト（世帯全員）",
        "name": "氏名",
        "tax_year": "対象",
        "printed_on": "印刷日",
        "filing_period": "申告期間",
        "days_left": "残り日数",
        "next_action": "次にすること",
        "ready_summary": "証明書等の準備",
        "have_ready": "準備するもの",
        "card": "マイナンバーカード",
        "reader": "マイナンバーカード読取対応のスマートフォン（又はICカードリーダライタ）",
        "passwords": "使うパスワード（名前だけ。パスワードそのものはこの用紙に書かないでください）",
        "col_password": "パスワード",
        "col_format": "形式・回数",
        "col_used_in": "使う場面",
        "col_tries": "残り回数",
        "not_in_plan": "このプランでは使いません",
        "diagnosis": "前回のカード診断（{date}）",
        "cert_expires": "利用者証明用電子証明書の有効期限: {date}",
        "no_diagnosis": "カード診断の記録はありません（残り回数はアプリのカードパネルで確認できます）",
        "steps": "手順ごとのチェック",
        "certificates": "取得する証明書等",
        "col_type": "証明書等",
        "col_issuer": "発行元",
        "col_channel": "受け取り方法",
        "col_readiness": "準備状況",
        "col_follow_up": "次の確認日",
        "received": "データ受領済（署名確認済）",
        "no_certificates": "まだ選択されていません（STEP2で選びます）",
        "linkages": "STEP3で連携が必要なサイト",
        "col_service": "連携先",
        "col_status": "連携状況",
        "no_linkages": "連携が必要なサイトはまだありません",
        "not_recorded": "未記録",
        "data_waiting": "連携済み・データ待ち",
        "data_confirmed": "データ確認済み",
        "step5": "STEP5（e-Taxで情報取得希望の登録）:",
        "step5_needed": "必要です（給与所得の源泉徴収票情報または年末残高情報を取得するため）",
        "step5_not_needed": "このプランでは不要です",
        "delegations": "代理人設定の内容",
        "no_delegations": "代理人設定はありません",
        "col_delegation": "委任者 → 代理人",
        "col_relation": "代理関係名",
        "col_period": "有効期間",
        "col_services": "委任を受けるサービス",
        "col_progress": "進み具合",
        "help": "困ったときは",
        "smartphone": "スマートフォンで開く公式ページ",
        "qr_note": "カメラで読み取ると公式ページが開きます。",
        "footer": "Myna Prep（マイナポータル連携 事前準備ナビ）で作成",
        "page": "{page} / {total} ページ",
        "selected_count": "取得する証明書等: {n}件（「取得する証明書等」の表を参照）",
        "none_selected": "取得する証明書等はまだ選ばれていません",
        "not_needed_step": "このプランでは不要です",
        "depends_step3": "連携が必要なサイトは、STEP2で選ぶ証明書等によって決まります",
        "depends_step4": (
            "民間送達サービス（e-私書箱・MyPost・民間送達・e-Tax連携サービス）で受け取る証明書等がある場合に行います"
        ),
        "depends_step5": "給与所得の源泉徴収票情報または年末残高情報を取得する場合に行います",
        "follow_up": "{date}に確認",
        "progress": "{done} / {total} 完了",
        "period_open": "{start}〜{end}",
        "days_left_n": "申告期限まで あと{n}日",
        "days_left_1": "申告期限まで あと1日",
        "days_left_0": "本日が申告期限です",
        "days_left_past": "申告期限を{n}日過ぎています",
        "days_left_past_1": "申告期限を1日過ぎています",
        "unknown": "不明",
        "open_ended": "期限なし",
    },
    "en": {
        "title": "Mynaportal linkage: preparation checklist",
        "household_title": "Mynaportal linkage: preparation checklist (whole household)",
        "name": "Name",
        "tax_year": "For",
        "printed_on": "Printed",
        "filing_period": "Filing period",
        "days_left": "Days left",
        "next_action": "Next",
        "ready_summary": "Certificates",
        "have_ready": "Have ready",
        "card": "Your My Number card",
        "reader": "A smartphone that reads the My Number card (or an IC card reader)",
        "passwords": "Passwords you will need (names only: never write a password on this sheet)",
        "col_password": "Password",
        "col_format": "Format, tries",
        "col_used_in": "Used in",
        "col_tries": "Tries left",
        "not_in_plan": "not used in this plan",
        "diagnosis": "Last card check ({date})",
        "cert_expires": "User-certificate expiry: {date}",
        "no_diagnosis": "No card check recorded (the app's card panel shows the tries left)",
        "steps": "Step by step",
        "certificates": "Certificates to obtain",
        "col_type": "Certificate",
        "col_issuer": "Issuer",
        "col_channel": "Delivered via",
        "col_readiness": "Status",
        "col_follow_up": "Check again",
        "received": "data received (signature verified)",
        "no_certificates": "None selected yet (choose them in STEP2)",
        "linkages": "Sites to link in STEP3",
        "col_service": "Site",
        "col_status": "Linkage status",
        "no_linkages": "No site needs linking yet",
        "not_recorded": "not recorded",
        "data_waiting": "linked, waiting for the data",
        "data_confirmed": "data confirmed",
        "step5": "STEP5 (request information from e-Tax):",
        "step5_needed": "Needed (to obtain the salary withholding slip or year-end loan balance)",
        "step5_not_needed": "Not needed in this plan",
        "delegations": "Delegate settings in detail",
        "no_delegations": "No delegate settings",
        "col_delegation": "Delegator -> delegate",
        "col_relation": "Relation",
        "col_period": "Valid",
        "col_services": "Delegated services",
        "col_progress": "Progress",
        "help": "If you need help",
        "smartphone": "Official pages for your smartphone",
        "qr_note": "Scan with your camera to open the official page.",
        "footer": "Made with Myna Prep",
        "page": "Page {page} of {total}",
        "selected_count": "Certificates to obtain: {n} (see the certificate table)",
        "none_selected": "No certificate chosen yet",
        "not_needed_step": "Not needed in this plan",
        "depends_step3": "Which sites to link depends on the certificates you choose in STEP2",
        "depends_step4": (
            "Needed for certificates delivered by e-Shishobako, MyPost or the private delivery service"
        ),
        "depends_step5": "Needed to obtain the salary withholding slip or the year-end loan balance",
        "follow_up": "check on {date}",
        "progress": "{done} of {total} done",
        "period_open": "{start} to {end}",
        "days_left_n": "{n} days left until the deadline",
        "days_left_1": "1 day left until the deadline",
        "days_left_0": "Today is the deadline",
        "days_left_past": "The deadline passed {n} days ago",
        "days_left_past_1": "The deadline passed 1 day ago",
        "unknown": "unknown",
        "open_ended": "open-ended",
    },
}

STEP_LABELS_EN: dict[StepId, str] = {
    StepId.STEP0: "STEP0 Overview",
    StepId.STEP1: "STEP1",
    StepId.STEP2: "STEP2",
    StepId.STEP3: "STEP3",
    StepId.STEP4: "STEP4",
    StepId.STEP5: "STEP5",
    StepId.READY: "Ready",
    StepId.DELEGATION: "Delegates (ref.)",
}

STEP_HEADLINES_EN: dict[StepId, str] = {
    StepId.STEP0: "What to prepare and how it goes",
    StepId.STEP1: "Register as a Mynaportal user",
    StepId.STEP2: "Open the tax-return preparation page and choose the certificates",
    StepId.STEP3: "Link Mynaportal with e-Tax, then with the delivery services and Nenkin Net",
    StepId.STEP4: "Link the delivery service with the companies that issue the certificates",
    StepId.STEP5: "Request information on the e-Tax My Page (for the salary withholding slip)",
    StepId.READY: "Preparation complete: start your tax return",
    StepId.DELEGATION: "(Reference) Delegate settings in Mynaportal",
}

DELEGATION_ROWS: dict[str, dict[DelegationOperation, str]] = {
    "ja": {
        DelegationOperation.LOGIN_AND_OPEN_MENU: "申告される方のカードでログインし「代理人設定」を開いた",
        DelegationOperation.CHOOSE_NEW_DELEGATOR: (
            "「新たに代理人になる（委任を受ける）」から「新たな委任者を登録する」を選んだ"
        ),
        DelegationOperation.VERIFY_FAMILY_CARD: "ご家族（委任者）のマイナンバーカードで本人確認をした",
        DelegationOperation.ENTER_DETAILS: (
            "「代理関係名」「代理権限の有効期間」と委任を受けるサービスを入力した"
        ),
        DelegationOperation.CONFIRM_AND_COMPLETE: "登録内容を確認して完了ボタンを選んだ",
    },
    "en": {
        DelegationOperation.LOGIN_AND_OPEN_MENU: (
            "Logged in with the filer's card and opened the delegate settings"
        ),
        DelegationOperation.CHOOSE_NEW_DELEGATOR: (
            'Chose "become a new delegate" and "register a new delegator"'
        ),
        DelegationOperation.VERIFY_FAMILY_CARD: "Verified the family member (delegator) with their card",
        DelegationOperation.ENTER_DETAILS: "Entered the relation name, validity period and services",
        DelegationOperation.CONFIRM_AND_COMPLETE: "Checked the details and pressed complete",
    },
}

DELEGATED_SERVICE_LABELS: dict[str, dict[DelegatedService, str]] = {
    "ja": {
        DelegatedService.NOTICES: "外部サイトへのお知らせ情報提供サービス",
        DelegatedService.MEDICAL_NOTICES: "外部サイトへの医療費通知情報提供サービス",
    },
    "en": {
        DelegatedService.NOTICES: "notices to external sites",
        DelegatedService.MEDICAL_NOTICES: "medical-expense notices to external sites",
    },
}

# Plan-derived rows (linkages, STEP4 tasks, readiness checks), phrased as things done.
_ROW_TEMPLATES: dict[str, dict[str, str]] = {
    "ja": {
        "linkage": "マイナポータルと{service}を連携した",
        "registration": "①{issuer}で{type}の電子交付の利用登録・同意をした",
        "link": "②{channel}と{issuer}を連携した",
        "readiness": "「証明書の準備状況」で{type}（{issuer}）が「準備完了」になった",
        "data": "{channel}で{type}のデータが届いていることを確かめた",
        "delegation": "{delegator} → {delegate}（{relation}）",
    },
    "en": {
        "linkage": "Linked Mynaportal with {service}",
        "registration": "1. Registered with {issuer} for electronic delivery of the {type}",
        "link": "2. Linked {channel} with {issuer}",
        "readiness": 'The {type} ({issuer}) shows "ready" in the certificate status',
        "data": "I checked on {channel} that the {type} data is there",
        "delegation": "{delegator} -> {delegate} ({relation})",
    },
}


@dataclass(frozen=True, slots=True)
class CardFacts:
    """What the last card diagnosis found, as plain values (the caller converts the card layer's result).

    ``card_sha256`` (the authentication certificate's SHA-256) ties the facts to the member whose
    profile is bound to that card; without it they apply when the checklist has a single member.
    """

    checked_on: date
    auth_tries_left: int | None = None  # 利用者証明用電子証明書パスワード
    sign_tries_left: int | None = None  # 署名用電子証明書パスワード
    text_tries_left: int | None = None  # 券面事項入力補助用パスワード
    certificate_expires: date | None = None  # the authentication certificate's not-after date
    card_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class CheckRow:
    """One checkbox line: ``state`` drives the box (done: ticked, waiting: half, not needed: dash)."""

    text: str
    state: UnitState
    status: str = ""  # a short word at the right ("完了", "待ち", "確認" …); empty for an open box
    note: str = ""  # e.g. the follow-up date
    indent: int = 0
    detail: str = ""  # a second, smaller line under the text (a delegation's period and services)


@dataclass(frozen=True, slots=True)
class StepSection:
    step: StepId
    label: str  # "STEP1"
    headline: str  # the guide's headline
    badge: str  # "完了" / "待ち" / "要対応" / "不要"
    rows: tuple[CheckRow, ...]
    note: str = ""  # e.g. "このプランでは不要です"
    needed: bool = True


@dataclass(frozen=True, slots=True)
class PasswordNeed:
    name: str  # e.g. 利用者証明用電子証明書パスワード
    rule: str  # e.g. 数字4桁・連続3回の誤りでロック
    used_in: str  # e.g. STEP1（ログイン）、STEP3
    tries_left: str  # "3 / 3" from the last diagnosis, else ""
    needed: bool  # False: not used by this member's plan


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of one of the tables; the renderer keeps it whole on one page."""

    cells: tuple[str, ...]
    state: UnitState | None = None


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[str, ...]
    widths: tuple[float, ...]  # relative column widths
    rows: tuple[TableRow, ...]
    empty: str  # shown instead of the rows when there are none


@dataclass(frozen=True, slots=True)
class QrTarget:
    id: str
    label: str
    url: str


@dataclass(frozen=True, slots=True)
class MemberChecklist:
    profile_id: int
    display_name: str
    relation: str
    next_action: str
    summary: str
    have_ready: tuple[str, ...]  # the card and the reader
    passwords: tuple[PasswordNeed, ...]
    card_notes: tuple[str, ...]  # the diagnosis date and the certificate expiry, or "no diagnosis"
    sections: tuple[StepSection, ...]
    certificates: Table
    linkages: Table
    step5_needed: bool
    step5_text: str
    delegations: Table


@dataclass(frozen=True, slots=True)
class Checklist:
    lang: str
    title: str
    tax_year: int
    tax_year_label: str  # 令和7年分
    printed_on: date
    printed_on_text: str
    filing_period_text: str
    days_left: int
    days_left_text: str
    members: tuple[MemberChecklist, ...]
    household: bool
    inquiry: tuple[str, ...]  # the inquiry line, one line each
    qr_targets: tuple[QrTarget, ...]
    texts: Mapping[str, str]

    def text(self, key: str, **fields: object) -> str:
        return self.texts[key].format(**fields) if fields else self.texts[key]


# --- formatting ---------------------------------------------------------------------------------


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "ja"


def format_date(day: date, lang: str = "ja", *, weekday: bool = True) -> str:
    """「2026年3月16日（月）」 / "2026-03-16 (Mon)"."""
    lang = _lang(lang)
    wd = _WEEKDAYS[lang][day.weekday()]
    if lang == "en":
        return f"{day.isoformat()} ({wd})" if weekday else day.isoformat()
    text = f"{day.year}年{day.month}月{day.day}日"
    return f"{text}（{wd}）" if weekday else text


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _short_date(day: date | None, lang: str) -> str:
    """「1月19日」 / "Jan 19" (follow-ups lie within the season, so the year goes without saying)."""
    if day is None:
        return ""
    return f"{_MONTHS_EN[day.month - 1]} {day.day}" if lang == "en" else f"{day.month}月{day.day}日"


def period_text(start: date, end: date, lang: str = "ja") -> str:
    """「2026年2月16日（月）〜3月16日（月）」 (the year once when both days share it)."""
    lang = _lang(lang)
    end_text = format_date(end, lang)
    if lang == "ja" and start.year == end.year:
        end_text = end_text.removeprefix(f"{end.year}年")
    return TEXTS[lang]["period_open"].format(start=format_date(start, lang), end=end_text)


def days_left_text(days: int, lang: str = "ja") -> str:
    t = TEXTS[_lang(lang)]
    if days > 0:
        return t["days_left_1"] if days == 1 else t["days_left_n"].format(n=days)
    if days == 0:
        return t["days_left_0"]
    return t["days_left_past_1"] if days == -1 else t["days_left_past"].format(n=-days)


def inquiry_lines(lang: str = "ja") -> tuple[str, ...]:
    """マイナンバー総合フリーダイヤル and its number (a dated fact); 音声ガイダンス1番 card, 4番 portal."""
    number = default_facts().text("hotline_number", _lang(lang))
    if _lang(lang) == "en":
        return (
            f"My Number toll-free line ({INQUIRY_LINE_NAME}): {number}",
            f"Voice guidance {INQUIRY_GUIDANCE_CARD}: the My Number card; "
            f"{INQUIRY_GUIDANCE_PORTAL}: Mynaportal",
        )
    return (
        f"{INQUIRY_LINE_NAME} {number}",
        f"音声ガイダンス{INQUIRY_GUIDANCE_CARD}番: マイナンバーカード / "
        f"音声ガイダンス{INQUIRY_GUIDANCE_PORTAL}番: マイナポータル",
    )


def qr_targets(lang: str = "ja", facts: Facts | None = None) -> tuple[QrTarget, ...]:
    """The official pages of the smartphone route; refuses any that fails the allow-list.

    The app's store links and name come from the dated facts (default: the shipped record).
    """
    lang = _lang(lang)
    record = default_facts() if facts is None else facts
    labels = _QR_LABELS_EN if lang == "en" else _QR_LABELS_JA
    app = record.text("app_name", lang)
    targets = []
    for link_id in QR_LINK_IDS:
        fact_id = _APP_LINK_FACTS.get(link_id)
        url = LINK_BY_ID[link_id].url if fact_id is None else record.text(fact_id, lang)
        if not is_official_url(url):
            raise ValueError(f"not an official URL: {url}")
        targets.append(QrTarget(link_id, labels[link_id].format(app=app), url))
    return tuple(targets)


# --- parts of a member's checklist ----------------------------------------------------------------


def _unit(state: TaskState) -> UnitState:
    return UnitState(state.value)


def _status(state: UnitState, lang: str) -> str:
    if state is UnitState.TODO:
        return ""
    return task_state_label(TaskState(state.value), lang)


def _row(text: str, state: UnitState, lang: str, follow_up: date | None = None, status: str = "") -> CheckRow:
    note = ""
    if follow_up is not None and state in (UnitState.TODO, UnitState.WAITING):
        note = TEXTS[lang]["follow_up"].format(date=_short_date(follow_up, lang))
    return CheckRow(text, state, status or _status(state, lang), note)


def _item_text(item_id: str, text_ja: str, lang: str) -> str:
    text = ITEM_PHRASES["en"].get(item_id, text_ja) if lang == "en" else text_ja
    return expand_facts(text, default_facts(), lang, escape=str)


def _item_rows(member: MemberState, step: StepId, lang: str) -> list[CheckRow]:
    rows = []
    for item in items_of(step):
        progress = member.progress.get(item.id)
        state = _unit(progress.state) if progress is not None else UnitState.TODO
        follow_up = None if progress is None else progress.follow_up
        rows.append(_row(_item_text(item.id, item.text, lang), state, lang, follow_up))
    return rows


def _names(household: Household) -> dict[int, str]:
    return {m.profile.id: m.profile.display_name for m in household.members}


def _delegations_of(member: MemberState, household: Household) -> tuple[Delegation, ...]:
    pid = member.profile.id
    return tuple(d for d in household.delegations if pid in (d.delegator_profile_id, d.delegate_profile_id))


def _badge_text(badge: Badge, lang: str) -> str:
    """Paper shows no badge where the plan cannot know yet (STEP3–5 before the STEP2 choice)."""
    return "" if badge is Badge.UNDECIDED else badge_label(badge, lang)


def _sections(
    member: MemberState,
    plan: Plan,
    catalog: Catalog,
    household: Household,
    lang: str,
) -> tuple[StepSection, ...]:
    t = TEXTS[lang]
    tpl = _ROW_TEMPLATES[lang]
    names = _names(household)
    by_id = {c.id: c for c in member.certificates}
    rows: dict[StepId, list[CheckRow]] = {step.id: [] for step in STEPS}
    notes: dict[StepId, str] = {}
    needed: dict[StepId, bool] = {step.id: True for step in STEPS}

    for early in (StepId.STEP0, StepId.STEP1, StepId.STEP2):
        rows[early] += _item_rows(member, early, lang)
    count = len(member.certificates)
    notes[StepId.STEP2] = t["selected_count"].format(n=count) if count else t["none_selected"]

    undecided = not member.certificates  # nothing chosen yet: STEP3–5 depend on the choice
    if plan.linkages or undecided:
        rows[StepId.STEP3] += _item_rows(member, StepId.STEP3, lang)
    for link in plan.linkages:
        word = t["not_recorded"] if link.status is None else linkage_status_label(link.status, lang)
        text = tpl["linkage"].format(service=service_label(link.service, lang))
        rows[StepId.STEP3].append(_row(text, link.state, lang, link.follow_up, word))
    if undecided:
        notes[StepId.STEP3] = t["depends_step3"]
    elif not plan.linkages:
        needed[StepId.STEP3] = False
        notes[StepId.STEP3] = t["not_needed_step"]

    for task in plan.issuer_tasks:
        fields = {
            "issuer": task.issuer,
            "type": type_name(task.type_id, catalog, lang),
            "channel": channel_label(task.channel, lang),
        }
        key = "registration" if task.kind is IssuerTaskKind.REGISTRATION else "link"
        rows[StepId.STEP4].append(_row(tpl[key].format(**fields), task.unit_state, lang, task.follow_up))
    if undecided:
        notes[StepId.STEP4] = t["depends_step4"]
    elif not plan.issuer_tasks:
        needed[StepId.STEP4] = False
        notes[StepId.STEP4] = t["not_needed_step"]

    if plan.step5_needed or undecided:
        rows[StepId.STEP5] += _item_rows(member, StepId.STEP5, lang)
        if undecided:
            notes[StepId.STEP5] = t["depends_step5"]
    else:
        needed[StepId.STEP5] = False
        notes[StepId.STEP5] = t["not_needed_step"]

    for status in plan.certificates:
        if not status.listed:
            # 未記載: ready only once the data is confirmed on the delivering site
            if status.prerequisites_done:
                text = tpl["data"].format(
                    type=type_name(status.type_id, catalog, lang), channel=channel_label(status.channel, lang)
                )
                word = t["data_confirmed"] if status.ready else t["data_waiting"]
                rows[StepId.READY].append(_row(text, status.state, lang, status.expected, word))
            continue
        selection = by_id[status.certificate_id]
        text = tpl["readiness"].format(type=type_name(status.type_id, catalog, lang), issuer=status.issuer)
        word = readiness_label(status.readiness, lang) if status.readiness is not None else t["not_recorded"]
        if status.received is not None:  # the verified file is the proof, whatever the portal showed
            word = t["received"]
        rows[StepId.READY].append(_row(text, status.state, lang, selection.follow_up, word))
    rows[StepId.READY] += _item_rows(member, StepId.READY, lang)

    delegations = _delegations_of(member, household)
    for d in delegations:
        head = tpl["delegation"].format(
            delegator=names.get(d.delegator_profile_id, "?"),
            delegate=names.get(d.delegate_profile_id, "?"),
            relation=d.relation_name,
        )
        states = [_unit(d.operations.get(op, TaskState.TODO)) for op in DelegationOperation]
        done = sum(1 for s in states if s in (UnitState.DONE, UnitState.NOT_NEEDED))
        progress = t["progress"].format(done=done, total=len(states))
        detail = _delegation_detail(d, lang)
        rows[StepId.DELEGATION].append(CheckRow(head, combined_state(states), progress, detail=detail))
        for op, state in zip(DelegationOperation, states, strict=True):
            rows[StepId.DELEGATION].append(
                CheckRow(DELEGATION_ROWS[lang][op], state, _status(state, lang), indent=1)
            )
    if not delegations:
        needed[StepId.DELEGATION] = False
        notes[StepId.DELEGATION] = t["no_delegations"]

    sections = []
    for step in STEPS:
        label = STEP_LABELS_EN[step.id] if lang == "en" else step.label
        headline = STEP_HEADLINES_EN[step.id] if lang == "en" else step.headline
        sections.append(
            StepSection(
                step=step.id,
                label=label,
                headline=headline,
                badge=_badge_text(plan.badges[step.id], lang),
                rows=tuple(rows[step.id]),
                note=notes.get(step.id, ""),
                needed=needed[step.id],
            )
        )
    return tuple(sections)


def _tries(left: int | None, maximum: int, facts: CardFacts | None, lang: str) -> str:
    if facts is None:
        return ""
    if left is None:
        return TEXTS[lang]["unknown"]
    return f"{left} / {maximum}"


def _passwords(
    plan: Plan, has_delegation: bool, facts: CardFacts | None, lang: str, *, undecided: bool = False
) -> tuple[PasswordNeed, ...]:
    en = lang == "en"
    step5_used = plan.step5_needed or undecided
    auth_used = ["STEP1 (log in)", "STEP3"] if en else ["STEP1（ログイン）", "STEP3"]
    if has_delegation:
        auth_used.append("delegate settings (family card)" if en else "代理人設定（ご家族のカード）")
    step5 = "STEP5 (card read)" if en else "STEP5（カードの読み取り）"
    if undecided:
        step5 = "STEP5, if needed" if en else "STEP5（必要な場合）"
    return (
        PasswordNeed(
            name="User-authentication certificate password" if en else "利用者証明用電子証明書パスワード",
            rule="4 digits; locked after 3 wrong tries" if en else "数字4桁（3回誤るとロック）",
            used_in=", ".join(auth_used) if en else "、".join(auth_used),
            tries_left=_tries(None if facts is None else facts.auth_tries_left, 3, facts, lang),
            needed=True,
        ),
        PasswordNeed(
            name="Card-information input password" if en else "券面事項入力補助用パスワード",
            rule="4 digits; locked after 3 wrong tries" if en else "数字4桁（3回誤るとロック）",
            used_in=step5 if step5_used else TEXTS[lang]["not_in_plan"],
            tries_left=_tries(None if facts is None else facts.text_tries_left, 3, facts, lang),
            needed=step5_used,
        ),
        PasswordNeed(
            name="Signature certificate password" if en else "署名用電子証明書パスワード",
            rule=(
                "6-16 capital letters and digits; locked after 5 wrong tries"
                if en
                else "英大文字・数字6〜16桁（5回誤るとロック）"
            ),
            used_in=step5 if step5_used else TEXTS[lang]["not_in_plan"],
            tries_left=_tries(None if facts is None else facts.sign_tries_left, 5, facts, lang),
            needed=step5_used,
        ),
    )


def _card_notes(facts: CardFacts | None, lang: str) -> tuple[str, ...]:
    t = TEXTS[lang]
    if facts is None:
        return (t["no_diagnosis"],)
    notes = [t["diagnosis"].format(date=format_date(facts.checked_on, lang, weekday=False))]
    if facts.certificate_expires is not None:
        notes.append(
            t["cert_expires"].format(date=format_date(facts.certificate_expires, lang, weekday=False))
        )
    return tuple(notes)


def _certificate_table(plan: Plan, member: MemberState, catalog: Catalog, lang: str) -> Table:
    t = TEXTS[lang]
    by_id = {c.id: c for c in member.certificates}
    rows = []
    for status in plan.certificates:
        selection = by_id[status.certificate_id]
        readiness = t["not_recorded"] if status.readiness is None else readiness_label(status.readiness, lang)
        follow = "" if status.ready else _short_date(selection.follow_up, lang)
        if status.received is not None:
            readiness = t["received"]
        elif not status.listed and status.prerequisites_done:
            word = t["data_confirmed"] if status.ready else t["data_waiting"]
            readiness += f"（{word}）" if lang == "ja" else f" ({word})"
            if not status.ready and status.expected is not None:
                follow = _short_date(status.expected, lang)
        rows.append(
            TableRow(
                (
                    type_name(status.type_id, catalog, lang),
                    status.issuer,
                    channel_label(status.channel, lang),
                    readiness,
                    follow,
                ),
                status.state,
            )
        )
    return Table(
        columns=(t["col_type"], t["col_issuer"], t["col_channel"], t["col_readiness"], t["col_follow_up"]),
        widths=(3.2, 2.2, 2.4, 1.7, 1.1),
        rows=tuple(rows),
        empty=t["no_certificates"],
    )


def _linkage_table(plan: Plan, lang: str) -> Table:
    t = TEXTS[lang]
    rows = tuple(
        TableRow(
            (
                service_label(link.service, lang),
                t["not_recorded"] if link.status is None else linkage_status_label(link.status, lang),
                "" if link.state is UnitState.DONE else _short_date(link.follow_up, lang),
            ),
            link.state,
        )
        for link in plan.linkages
    )
    return Table(
        columns=(t["col_service"], t["col_status"], t["col_follow_up"]),
        widths=(4.0, 2.0, 1.4),
        rows=rows,
        empty=t["no_linkages"],
    )


def _delegation_period(d: Delegation, lang: str) -> str:
    t = TEXTS[lang]
    if d.valid_from is None and d.valid_to is None:
        return t["open_ended"]
    return t["period_open"].format(
        start="" if d.valid_from is None else format_date(d.valid_from, lang, weekday=False),
        end="" if d.valid_to is None else format_date(d.valid_to, lang, weekday=False),
    )


def _delegation_services(d: Delegation, lang: str) -> str:
    joiner = "、" if lang == "ja" else ", "
    return joiner.join(DELEGATED_SERVICE_LABELS[lang][s] for s in DelegatedService if s in d.services)


def _delegation_detail(d: Delegation, lang: str) -> str:
    t = TEXTS[lang]
    parts = [f"{t['col_period']}: {_delegation_period(d, lang)}"]
    services = _delegation_services(d, lang)
    if services:
        parts.append(f"{t['col_services']}: {services}")
    return " / ".join(parts)


def _delegation_table(member: MemberState, household: Household, lang: str) -> Table:
    t = TEXTS[lang]
    names = _names(household)
    rows = []
    for d in _delegations_of(member, household):
        states = [_unit(d.operations.get(op, TaskState.TODO)) for op in DelegationOperation]
        done = sum(1 for s in states if s in (UnitState.DONE, UnitState.NOT_NEEDED))
        period = _delegation_period(d, lang)
        svc = _delegation_services(d, lang)
        arrow = " → " if lang == "ja" else " -> "
        rows.append(
            TableRow(
                (
                    names.get(d.delegator_profile_id, "?") + arrow + names.get(d.delegate_profile_id, "?"),
                    d.relation_name,
                    period,
                    svc,
                    t["progress"].format(done=done, total=len(states)),
                ),
                combined_state(states),
            )
        )
    return Table(
        columns=(
            t["col_delegation"],
            t["col_relation"],
            t["col_period"],
            t["col_services"],
            t["col_progress"],
        ),
        widths=(2.3, 1.0, 2.0, 4.4, 1.1),
        rows=tuple(rows),
        empty=t["no_delegations"],
    )


def _facts_for(member: MemberState, facts: CardFacts | None, single: bool) -> CardFacts | None:
    if facts is None:
        return None
    if facts.card_sha256 is None:
        return facts if single else None
    return facts if facts.card_sha256 == member.profile.card_sha256 else None


def member_checklist(
    member: MemberState,
    household: Household,
    catalog: Catalog,
    today: date,
    lang: str = "ja",
    card: CardFacts | None = None,
) -> MemberChecklist:
    """One member's part of the checklist (``card`` already matched to this member, or None)."""
    lang = _lang(lang)
    t = TEXTS[lang]
    plan = build_plan(member, catalog, today, household.delegations)
    delegations = _delegations_of(member, household)
    undecided = not member.certificates
    if undecided:
        step5_text = t["depends_step5"]
    else:
        step5_text = t["step5_needed"] if plan.step5_needed else t["step5_not_needed"]
    return MemberChecklist(
        profile_id=member.profile.id,
        display_name=member.profile.display_name,
        relation=RELATION_LABELS[lang][member.profile.relation],
        next_action=action_phrase(plan.next_action, lang, catalog),
        summary=summary_phrase(plan.summary.ready, plan.summary.total, lang, plan.summary.received)
        if plan.summary.total
        else t["none_selected"],
        have_ready=(t["card"], t["reader"]),
        passwords=_passwords(plan, bool(delegations), card, lang, undecided=undecided),
        card_notes=_card_notes(card, lang),
        sections=_sections(member, plan, catalog, household, lang),
        certificates=_certificate_table(plan, member, catalog, lang),
        linkages=_linkage_table(plan, lang),
        step5_needed=plan.step5_needed,
        step5_text=step5_text,
        delegations=_delegation_table(member, household, lang),
    )


def build_checklist(
    household: Household,
    catalog: Catalog,
    today: date,
    *,
    profile_id: int | None = None,
    lang: str = "ja",
    card: CardFacts | None = None,
    tax_year: int | None = None,
) -> Checklist:
    """The checklist of one member (``profile_id``) or, with ``profile_id=None``, of every member.

    Raises ``KeyError`` when ``profile_id`` is not in the household. A household without members gives
    a blank form: one part with an empty name (to write in) and every fixed item unticked.
    """
    lang = _lang(lang)
    t = TEXTS[lang]
    if profile_id is not None:
        selected = household.member(profile_id)
        if selected is None:
            raise KeyError(profile_id)
        members: tuple[MemberState, ...] = (selected,)
    elif household.members:
        members = household.members
    else:
        members = (MemberState(Profile(id=0, display_name="")),)  # a blank form to fill in by hand
    single = profile_id is not None or len(members) == 1
    year = deadlines.current_tax_year(today) if tax_year is None else tax_year
    period = deadlines.filing_period(year)
    left = deadlines.days_left(today, year)
    return Checklist(
        lang=lang,
        title=t["household_title"] if profile_id is None and household.members else t["title"],
        tax_year=year,
        tax_year_label=deadlines.era_label(year) if lang == "ja" else deadlines.era_label_en(year),
        printed_on=today,
        printed_on_text=format_date(today, lang),
        filing_period_text=period_text(period.start, period.end, lang),
        days_left=left,
        days_left_text=days_left_text(left, lang),
        members=tuple(
            member_checklist(m, household, catalog, today, lang, _facts_for(m, card, single)) for m in members
        ),
        household=profile_id is None,
        inquiry=inquiry_lines(lang),
        qr_targets=qr_targets(lang),
        texts=TEXTS[lang],
    )
