"""The words of the printed checklist (:mod:`app.domain.checklist`), in the installed language.

The domain model holds codes and :class:`~app.domain.checklist.Phrase` keys; this module is the one
place that turns them into sentences, for the PDF of the window and of ``myna-prep checklist`` alike.
The enums' labels (:mod:`app.i18n.labels`), dates (:func:`app.i18n.format_date`) and the guide's step
names and items ("Steps", "Checklist") are the window's own, so they read the same on screen and paper.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import Enum

from app.domain.catalog import Catalog
from app.domain.checklist import (
    Checklist,
    MemberChecklist,
    Named,
    PasswordKind,
    PasswordNeed,
    Phrase,
    QrTarget,
)
from app.domain.facts import default_facts
from app.domain.labels import INQUIRY_GUIDANCE_CARD, INQUIRY_GUIDANCE_PORTAL, INQUIRY_LINE_NAME
from app.domain.model import Channel, DelegatedService, DelegationOperation, LinkageStatus, Readiness, Service
from app.domain.status import Headline, Status
from app.domain.steps import STEP_BY_ID, StepId
from app.i18n import SOURCE_LANGUAGE, current_language, format_date, format_short_date, join_list, translate
from app.i18n import tax_year_label as _tax_year_label
from app.i18n.delegation import finding_text
from app.i18n.labels import (
    channel_label,
    delegated_service_label,
    delegation_step_label,
    linkage_status_label,
    readiness_label,
    service_label,
)
from app.i18n.passwords import password_name as password_name  # the checklist names them too
from app.i18n.plan import action_text, item_text, type_name
from app.i18n.status import headline_text, status_text


def _lang() -> str:
    return current_language() or SOURCE_LANGUAGE


def _ja() -> bool:
    return _lang() == "ja"


# ----- fixed words -------------------------------------------------------------------------------


def title(checklist: Checklist) -> str:
    if checklist.household:
        return translate("PrintedChecklist", "マイナポータル連携 事前準備チェックリスト（世帯全員）")
    return translate("PrintedChecklist", "マイナポータル連携 事前準備チェックリスト")


def label(key: str) -> str:
    """A heading or a column name of the sheet."""
    texts = {
        "name": translate("PrintedChecklist", "氏名"),
        "tax_year": translate("PrintedChecklist", "対象"),
        "printed_on": translate("PrintedChecklist", "印刷日"),
        "filing_period": translate("PrintedChecklist", "申告期間"),
        "next_action": translate("PrintedChecklist", "次にすること"),
        "steps": translate("PrintedChecklist", "手順ごとのチェック"),
        "done_on": translate("PrintedChecklist", "済んだ日"),
        "certificates": translate("PrintedChecklist", "取得する証明書等"),
        "col_type": translate("PrintedChecklist", "証明書等"),
        "col_issuer": translate("PrintedChecklist", "発行元"),
        "col_channel": translate("PrintedChecklist", "受け取り方法"),
        "passwords": translate("PrintedChecklist", "使うパスワード"),
        "passwords_note": translate(
            "PrintedChecklist", "名前だけを載せています。パスワードそのものは、この用紙に書かないでください。"
        ),
        "col_password": translate("PrintedChecklist", "パスワード"),
        "col_format": translate("PrintedChecklist", "形式・回数"),
        "col_used_in": translate("PrintedChecklist", "使う場面"),
        "col_tries": translate("PrintedChecklist", "残り回数"),
        "help": translate("PrintedChecklist", "困ったときは"),
        "smartphone": translate("PrintedChecklist", "スマートフォンで開く公式ページ"),
        "qr_note": translate("PrintedChecklist", "カメラで読み取ると公式ページが開きます。"),
        "footer": translate("PrintedChecklist", "Myna Prep（マイナポータル連携 事前準備ナビ）で作成"),
    }
    return texts[key]


def page_text(page: int, total: int) -> str:
    return translate("PrintedChecklist", "{page} / {total} ページ").format(page=page, total=total)


def tax_year_text(checklist: Checklist) -> str:
    return _tax_year_label(checklist.tax_year, _lang())


def printed_on_text(checklist: Checklist) -> str:
    return format_date(checklist.printed_on, _lang())


def period_text(start: date, end: date) -> str:
    """「2026年2月16日（月）〜3月16日（月）」 (the year once when both days share it)."""
    end_text = format_date(end, _lang()) if start.year != end.year else format_short_date(end, _lang())
    return translate("PrintedChecklist", "{start}〜{end}").format(
        start=format_date(start, _lang()), end=end_text
    )


def days_left_text(days: int) -> str:
    if days > 1:
        return translate("PrintedChecklist", "申告期限まで あと{n}日").format(n=days)
    if days == 1:
        return translate("PrintedChecklist", "申告期限まで あと1日")
    if days == 0:
        return translate("PrintedChecklist", "本日が申告期限です")
    if days == -1:
        return translate("PrintedChecklist", "申告期限を1日過ぎています")
    return translate("PrintedChecklist", "申告期限を{n}日過ぎています").format(n=-days)


def filing_text(checklist: Checklist) -> str:
    """The filing period and the days left, on one line."""
    period = period_text(checklist.filing_start, checklist.filing_end)
    return (
        f"{period}（{days_left_text(checklist.days_left)}）"
        if _ja()
        else (f"{period} ({days_left_text(checklist.days_left)})")
    )


def step_label(step: StepId) -> str:
    return translate("Steps", STEP_BY_ID[step].label)


def step_headline(step: StepId, member: MemberChecklist | None = None) -> str:
    """The guide's headline of ``step``; for 準備完了 the guide's 「事前準備が完了！…」 only when all is
    ready (else the sidebar's 「準備状況を確認」)."""
    if step is StepId.READY and member is not None and member.headline is not Headline.ALL_READY:
        return translate("Sidebar", "準備状況を確認")
    return translate("Steps", STEP_BY_ID[step].headline)


def status_word(status: Status) -> str:
    """The one status language; an open to-do (これから) prints no word: its box and date line speak."""
    return "" if status is Status.NOT_STARTED else status_text(status)


def headline(member: MemberChecklist) -> str:
    return headline_text(member.headline, member.ready, member.total)


def next_action(member: MemberChecklist, checklist: Checklist) -> str:
    return action_text(member.next_action, checklist.catalog)


def follow_up_text(day: date) -> str:
    return translate("PrintedChecklist", "{date}に確認").format(date=format_short_date(day, _lang()))


# ----- phrases of the model -----------------------------------------------------------------------


def _label(value: object) -> str:
    """An enum of the domain as the window shows it (official labels exactly, glossed in English)."""
    if isinstance(value, Service):
        return service_label(value)
    if isinstance(value, Channel):
        return channel_label(value)
    if isinstance(value, LinkageStatus):
        return linkage_status_label(value)
    if isinstance(value, Readiness):
        return readiness_label(value)
    if isinstance(value, DelegationOperation):
        return delegation_step_label(value)
    if isinstance(value, DelegatedService):
        return delegated_service_label(value)
    raise TypeError(f"no words for {value!r}")


def _param(value: object) -> str:
    if isinstance(value, Phrase):
        return say(value)
    if isinstance(value, Named):
        return say_named(value)
    if isinstance(value, date):
        return format_date(value, _lang())
    if isinstance(value, Enum):
        return _label(value)
    return "" if value is None else str(value)


def say_named(name: Named) -> str:
    return name.ja if _ja() else name.en


def channel_text(channel: Channel) -> str:
    return _label(channel)


def _delegation_detail(p: Phrase) -> str:
    start, end = p.param("start"), p.param("end")
    if start is None and end is None:
        period = translate("PrintedChecklist", "期限なし")
    else:
        period = translate("PrintedChecklist", "{start}〜{end}").format(start=_param(start), end=_param(end))
    parts = [translate("PrintedChecklist", "有効期間: {period}").format(period=period)]
    chosen = p.param("services")
    services = [s for s in DelegatedService if isinstance(chosen, Iterable) and s in chosen]
    if services:
        joined = join_list((delegated_service_label(s) for s in services), _lang(), ja_separator="、")
        parts.append(
            translate("PrintedChecklist", "委任を受けるサービス: {services}").format(services=joined)
        )
    return " / ".join(parts)


def _delegation_findings(p: Phrase) -> str:
    """The 代理人設定 rules' findings (app/domain/delegation_rules.py), one per line, warnings first."""
    found, catalog = p.param("findings"), p.param("catalog")
    known = catalog if isinstance(catalog, Catalog) else None
    # ※ and ・ rather than the window's ⚠/ℹ: the bundled font has them, and the PDF embeds only it
    return "\n".join(
        f"{'※' if f.is_warning else '・'} {finding_text(f, lambda t: type_name(t, known))}"  # i18n: marks
        for f in (found if isinstance(found, tuple) else ())
    )


def say(p: Phrase) -> str:
    """A phrase of the model in words."""
    if p.key == "item":
        return item_text(str(p.param("item")))
    if p.key == "delegation_detail":
        return _delegation_detail(p)
    if p.key == "delegation_findings":
        return _delegation_findings(p)
    if p.key == "delegation_op":
        return _param(p.param("operation"))
    fields = {name: _param(value) for name, value in p.params}
    texts = {
        "linkage": translate("PrintedChecklist", "マイナポータルと{service}を連携した"),
        "registration": translate("PrintedChecklist", "①{issuer}で{type}の電子交付の利用登録・同意をした"),
        "link": translate("PrintedChecklist", "②{channel}と{issuer}を連携した"),
        "readiness": translate(
            "PrintedChecklist", "「証明書の準備状況」で{type}（{issuer}）が「準備完了」になった"
        ),
        "data": translate("PrintedChecklist", "{channel}で{type}のデータが届いていることを確かめた"),
        "delegation": translate("PrintedChecklist", "{delegator} → {delegate}（{relation}）"),
        "portal_shows": translate("PrintedChecklist", "マイナポータルの表示: {label}"),
        "received": translate("PrintedChecklist", "データ受領済（署名確認済）"),
        "data_waiting": translate("PrintedChecklist", "連携済み・データ待ち"),
        "data_confirmed": translate("PrintedChecklist", "データ確認済み"),
        "selected_count": translate("PrintedChecklist", "取得する証明書等: {n}件（下の表を参照）"),
        "none_selected": translate("PrintedChecklist", "取得する証明書等はまだ選ばれていません"),
        "not_needed_step": translate("PrintedChecklist", "このプランでは不要です"),
        "no_delegations": translate("PrintedChecklist", "代理人設定はありません"),
        "depends_step3": translate(
            "PrintedChecklist", "連携が必要なサイトは、STEP2で選ぶ証明書等によって決まります"
        ),
        "depends_step4": translate(
            "PrintedChecklist",
            "民間送達サービス（e-私書箱・MyPost・民間送達・e-Tax連携サービス）で受け取る証明書等がある場合に行います",
        ),
        "depends_step5": translate(
            "PrintedChecklist", "給与所得の源泉徴収票情報または年末残高情報を取得する場合に行います"
        ),
        "used_step1_login": translate("PrintedChecklist", "STEP1（ログイン）"),
        "used_step3": translate("PrintedChecklist", "STEP3"),
        "used_delegation": translate("PrintedChecklist", "代理人設定（ご家族のカード）"),
        "used_step5": translate("PrintedChecklist", "STEP5（カードの読み取り）"),
        "used_step5_if_needed": translate("PrintedChecklist", "STEP5（必要な場合）"),
    }
    return texts[p.key].format(**fields)


# ----- passwords, card check, certificates, help ------------------------------------------------------


def password_rule(kind: str) -> str:
    if kind == PasswordKind.SIGN:
        return translate("PrintedChecklist", "英大文字・数字6〜16桁（5回誤るとロック）")
    return translate("PrintedChecklist", "数字4桁（3回誤るとロック）")


def password_used_in(need: PasswordNeed) -> str:
    if not need.needed:
        return translate("PrintedChecklist", "このプランでは使いません")
    return ("、" if _ja() else ", ").join(say(p) for p in need.used_in)


def tries_text(need: PasswordNeed) -> str:
    if not need.checked:
        return ""
    if need.tries_left is None:
        return translate("PrintedChecklist", "不明")
    return f"{need.tries_left} / {need.maximum}"


def card_notes(member: MemberChecklist) -> tuple[str, ...]:
    from app.i18n.card_expiry import expiry_text

    warning = () if member.card_expiry is None else (f"⚠ {expiry_text(member.card_expiry)}",)
    facts = member.card
    if facts is None:
        return (
            translate(
                "PrintedChecklist",
                "カード診断の記録はありません（残り回数はアプリのカードパネルで確認できます）",
            ),
            *warning,
        )
    notes = [
        translate("PrintedChecklist", "前回のカード診断（{date}）").format(
            date=format_date(facts.checked_on, _lang())
        )
    ]
    if facts.certificate_expires is not None:
        expiry = format_date(facts.certificate_expires, _lang())
        notes.append(
            translate("PrintedChecklist", "利用者証明用電子証明書の有効期限: {date}").format(date=expiry)
        )
    return (*notes, *warning)


def certificate_empty() -> str:
    return translate("PrintedChecklist", "まだ選択されていません（STEP2で選びます）")


def inquiry_lines() -> tuple[str, ...]:
    """マイナンバー総合フリーダイヤル and its number (a dated fact); 音声ガイダンス1番 card, 4番 portal."""
    number = default_facts().text("hotline_number", _lang())
    return (
        translate("PrintedChecklist", "{line} {number}").format(line=INQUIRY_LINE_NAME, number=number),
        translate(
            "PrintedChecklist",
            "音声ガイダンス{card}番: マイナンバーカード / 音声ガイダンス{portal}番: マイナポータル",
        ).format(card=INQUIRY_GUIDANCE_CARD, portal=INQUIRY_GUIDANCE_PORTAL),
    )


def qr_label(target: QrTarget) -> str:
    return {
        "mynaportal": translate("PrintedChecklist", "マイナポータル"),
        "tax_return_prep": translate("PrintedChecklist", "「確定申告の事前準備」ページ"),
        "mynaportal_app_ios": translate("PrintedChecklist", "{app}・iPhone"),
        "mynaportal_app_android": translate("PrintedChecklist", "{app}・Android"),
        "filing_corner": translate("PrintedChecklist", "確定申告書等作成コーナー"),
    }[target.id].format(app=target.app_name)
