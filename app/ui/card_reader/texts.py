"""The card panel's and the header chip's words for each state (context "CardPanel", like the
sentences of app/i18n/card.py that ``myna-prep doctor`` shares).

Dates read as everywhere else in the app (:func:`app.i18n.format_date`); a state is said once, in
words, never as a symbol beside an icon that says it again.
"""

from __future__ import annotations

from app.card.diagnosis import EXPIRY_WARNING_DAYS, CardInfo, CardSnapshot, Problem
from app.card.jpki import CardKind, PinStatus
from app.card.pins import PinKind
from app.card.service_help import service_help
from app.i18n import format_date, join_list, translate
from app.i18n.card import message_for_problem, pin_label, service_help_text, service_restart_text
from app.ui.card_reader.states import CardState, attention_problems, reader_names, shown_pins


def empty_title(state: CardState) -> str:
    """The one large sentence of a panel without a readable card."""
    return {
        CardState.CHECKING: translate("CardPanel", "カードリーダーを確認しています…"),
        CardState.NO_SERVICE: translate("CardPanel", "カードリーダーを使う準備ができていません"),
        CardState.NO_READER: translate("CardPanel", "カードリーダーがつながっていません"),
        CardState.NO_CARD: translate("CardPanel", "カードをリーダーに置いてください"),
        CardState.NOT_MY_NUMBER_CARD: translate("CardPanel", "マイナンバーカードではありません"),
        CardState.FAILED: translate("CardPanel", "カードを読み取れませんでした"),
        CardState.CARD: "",
    }[state]


def empty_detail(state: CardState, snapshot: CardSnapshot | None) -> str:
    """What to do now, in plain words (the operating system's own help when its service is missing)."""
    if state is CardState.NO_SERVICE:
        codes = {p.code for p in snapshot.problems} if snapshot else set()
        advice = service_help()
        return service_restart_text(advice) if "service_not_answering" in codes else service_help_text(advice)
    if state is CardState.NO_READER:
        return translate(
            "CardPanel",
            "ICカードリーダーをパソコンの USB 端子に差し込んでください。つなぐと、ここに自動で表示されます。"
            "スマートフォンでカードを読み取る場合は、この画面は使いません。",
        )
    if state is CardState.NO_CARD:
        return translate(
            "CardPanel",
            "マイナンバーカードをカードリーダーに置くと、自動で読み取ります。"
            "置くだけではパスワードは使わず、残り回数も減りません。",
        )
    if state is CardState.NOT_MY_NUMBER_CARD:
        return translate(
            "CardPanel", "リーダーに置いたカードを確かめて、マイナンバーカードを置いてください。"
        )
    if state is CardState.FAILED and snapshot is not None and snapshot.problems:
        return message_for_problem(snapshot.problems[0])
    if state is CardState.FAILED:
        return translate("CardPanel", "カードを置き直して、もう一度お試しください。")
    return ""


def readers_line(snapshot: CardSnapshot) -> str:
    names = reader_names(snapshot)
    if not names:
        return ""
    return translate("CardPanel", "カードリーダー: %1").replace("%1", join_list(names, ja_separator="、"))


def kind_text(kind: CardKind) -> str:
    return {
        CardKind.MY_NUMBER_CARD: translate("CardPanel", "マイナンバーカード"),
        CardKind.SMARTPHONE_JPKI: translate("CardPanel", "スマホ用電子証明書"),
        CardKind.NOT_MY_NUMBER_CARD: translate("CardPanel", "マイナンバーカードではありません"),
    }[kind]


def certificate_text(card: CardInfo, snapshot: CardSnapshot) -> str:
    """One line for the authentication certificate: until when, how many days are left."""
    cert = card.certificate
    if cert is None:
        return ""
    days = cert.days_left(snapshot.taken_at)
    until = format_date(cert.not_after.date())
    if cert.expired(snapshot.taken_at):
        return translate("CardPanel", "利用者証明用電子証明書: %1で期限切れ").replace("%1", until)
    if days <= EXPIRY_WARNING_DAYS:
        text = (
            translate("CardPanel", "利用者証明用電子証明書: %1まで（残り %2 日、早めに更新を）", "one day")
            if days == 1
            else translate("CardPanel", "利用者証明用電子証明書: %1まで（残り %2 日、早めに更新を）")
        )
    else:
        text = translate("CardPanel", "利用者証明用電子証明書: %1まで有効")
    return text.replace("%1", until).replace("%2", str(days))


def pin_text(status: PinStatus) -> str:
    """One line per password: the tries left in words (the lock's remedy is said once, below)."""
    name = pin_label(status.kind)
    if status.remaining is None:
        return translate("CardPanel", "%1: 残り回数を読み取れませんでした").replace("%1", name)
    if status.blocked:
        return translate("CardPanel", "%1: ロック中").replace("%1", name)
    if status.remaining == 1:
        text = translate("CardPanel", "%1: 残り 1 / %2 回（次に間違えるとロック）")
    else:
        text = translate("CardPanel", "%1: 残り %3 / %2 回")
    return text.replace("%1", name).replace("%2", str(status.max)).replace("%3", str(status.remaining))


def card_notes(snapshot: CardSnapshot) -> str:
    """What to do about the card's problems (an expiry, a lock, a last try), each said once."""
    codes = ("certificate_expired", "certificate_expiring")
    problems: list[Problem] = [p for p in snapshot.problems if p.code in codes or p.pin is not None]
    return "\n\n".join(message_for_problem(p) for p in problems)


# -- the header chip ------------------------------------------------------------------------------
def chip_text(state: CardState, snapshot: CardSnapshot | None) -> str:
    """The chip's short line: the reader, the card, the tries left, or the one real problem."""
    problems = attention_problems(snapshot)
    if problems:
        return _problem_short(problems[0])
    card = snapshot.card if snapshot else None
    if state is CardState.CARD and card is not None:
        status = card.pin(card_login_pin())
        if status.remaining is None:
            return kind_text(card.kind)
        text = (
            translate("CardPanel", "%1・残り %2 回", "one try")
            if status.remaining == 1
            else translate("CardPanel", "%1・残り %2 回")
        )
        return text.replace("%1", kind_text(card.kind)).replace("%2", str(status.remaining))
    return {
        CardState.CHECKING: translate("CardPanel", "カードリーダーを確認中"),
        CardState.NO_SERVICE: translate("CardPanel", "カードリーダー: 準備ができていません"),
        CardState.NO_READER: translate("CardPanel", "カードリーダー: つながっていません"),
        CardState.NO_CARD: translate("CardPanel", "カードリーダー: カードなし"),
        CardState.NOT_MY_NUMBER_CARD: translate("CardPanel", "マイナンバーカードではありません"),
        CardState.FAILED: translate("CardPanel", "カードを読み取れませんでした"),
        CardState.CARD: translate("CardPanel", "マイナンバーカード"),
    }[state]


def chip_details(state: CardState, snapshot: CardSnapshot | None) -> str:
    """The chip's tooltip and accessible description: the reader and every password's tries."""
    if snapshot is None or state is not CardState.CARD or snapshot.card is None:
        return empty_title(state) if state is not CardState.CARD else ""
    card = snapshot.card
    lines = [readers_line(snapshot), kind_text(card.kind)]
    lines.extend(pin_text(card.pin(kind)) for kind in shown_pins(card))
    return "\n".join(line for line in lines if line)


def card_login_pin() -> PinKind:
    """The password of マイナポータル's login (STEP1): the chip counts its tries."""
    return PinKind.AUTH


def short_pin_label(kind: PinKind) -> str:
    """A password's name short enough for the chip (the panel's rows use the full name)."""
    return {
        PinKind.AUTH: translate("CardPanel", "利用者証明用パスワード"),
        PinKind.SIGN: translate("CardPanel", "署名用パスワード"),
        PinKind.TEXT: translate("CardPanel", "券面事項入力補助用パスワード"),
    }[kind]


def _problem_short(problem: Problem) -> str:
    if problem.code == "certificate_expired":
        return translate("CardPanel", "利用者証明用電子証明書が期限切れ")
    name = short_pin_label(problem.pin) if problem.pin is not None else translate("CardPanel", "パスワード")
    if problem.code.endswith("pin_blocked"):
        return translate("CardPanel", "%1がロック中").replace("%1", name)
    return translate("CardPanel", "%1は残り1回").replace("%1", name)
