"""The words for the card layer's codes: one sentence per problem or error, with what to do.

The card panel and ``myna-prep doctor`` say the same thing in the same words (the catalogue context
stays "CardPanel", where the English lives). The card layer returns codes (:class:`Problem`,
:class:`CardError`); only this module turns them into sentences.
"""

from __future__ import annotations

from app.card.diagnosis import Problem
from app.card.errors import CardError, ConfirmationRequired, PinError, WrongPin
from app.card.pins import PinKind
from app.card.service_help import APT_INSTALL, SYSTEMD_RESTART, SYSTEMD_START, ServiceHelp, service_help
from app.i18n import translate
from app.i18n.passwords import password_name, recovery_text


def pin_label(kind: PinKind) -> str:
    return password_name(kind.value)


def service_help_text(advice: ServiceHelp) -> str:
    """What to do when the computer's smart-card service does not run, for one operating system
    (app/card/service_help.py): the place to click on Windows and macOS, the exact command on Linux."""
    texts = {
        ServiceHelp.WINDOWS: translate(
            "CardPanel",
            "カードリーダーを使うための Windows の「Smart Card」サービス（SCardSvr）が止まっています。"
            "スタートメニューで「サービス」と入力して開き、一覧の「Smart Card」をダブルクリックして、"
            "「スタートアップの種類」を「自動」にし、「開始」を押してください。",
        ),
        ServiceHelp.MACOS: translate(
            "CardPanel",
            "Mac がカードリーダーに応答しません。カードリーダーを USB 端子から抜いて差し直してください。"
            "直らないときは Mac を再起動してください。",
        ),
        ServiceHelp.LINUX_APT_INSTALL: translate(
            "CardPanel",
            "カードリーダーを使うためのソフト（pcscd）が入っていません。端末で「{apt}」を実行してください。",
        ),
        ServiceHelp.LINUX_INSTALL: translate(
            "CardPanel",
            "カードリーダーを使うためのソフト（pcscd）が入っていません。パッケージ管理ソフトで pcsc-lite と"
            " ccid をインストールしてから、端末で「{systemd}」を実行してください。",
        ),
        ServiceHelp.LINUX_START: translate(
            "CardPanel",
            "カードリーダーを使うためのソフト（pcscd）が動いていません。端末で「{systemd}」を実行してください。",
        ),
    }
    return texts[advice].format(apt=APT_INSTALL, systemd=SYSTEMD_START)


def service_restart_text(advice: ServiceHelp) -> str:
    """What to do when the smart-card service runs but never answers, for one operating system."""
    if advice is ServiceHelp.WINDOWS:
        return translate(
            "CardPanel",
            "Windows の「Smart Card」サービスが応答しません。スタートメニューで「サービス」と入力して開き、"
            "「Smart Card」を右クリックして「再起動」を押してから、もう一度お試しください。",
        )
    if advice is ServiceHelp.MACOS:
        return service_help_text(advice)
    return translate(
        "CardPanel",
        "カードリーダーを使うためのソフト（pcscd）が応答しません。端末で「{restart}」を実行してから、"
        "もう一度お試しください。",
    ).format(restart=SYSTEMD_RESTART)


def message_for_code(
    code: str, *, pin: PinKind | None = None, remaining: int | None = None, days: int | None = None
) -> str:
    """One clear Japanese sentence (translatable) for a problem or error code, with what to do."""
    name = pin_label(pin) if pin is not None else translate("CardPanel", "パスワード")
    recovery = recovery_text(pin.value if pin is not None else "auth")
    if pin is not None:
        code = code.removeprefix(f"{pin.value}_")
    texts = {
        "service_unavailable": service_help_text(service_help()),
        "internal_error": translate(
            "CardPanel", "診断中に予期しないエラーが起きました。もう一度お試しください。"
        ),
        "service_not_answering": service_restart_text(service_help()),
        "no_reader": translate(
            "CardPanel", "カードリーダーが見つかりません。リーダーをパソコンに接続してください。"
        ),
        "reader_not_found": translate(
            "CardPanel", "選んだカードリーダーが見つかりません。接続を確かめてください。"
        ),
        "reader_gone": translate(
            "CardPanel", "カードリーダーが取り外されました。接続を確かめて、もう一度お試しください。"
        ),
        "reader_busy": translate(
            "CardPanel",
            "ほかのアプリがカードリーダーを使用中です。そのアプリを閉じて、もう一度お試しください。",
        ),
        "no_card": translate(
            "CardPanel", "カードが置かれていません。マイナンバーカードをリーダーに置いてください。"
        ),
        "not_my_number_card": translate(
            "CardPanel", "このカードはマイナンバーカードではありません。マイナンバーカードを置いてください。"
        ),
        "card_removed": translate(
            "CardPanel", "読み取り中にカードが外されました。カードを置き直して、もう一度お試しください。"
        ),
        "card_reset": translate(
            "CardPanel", "ほかのアプリがカードをリセットしました。もう一度お試しください。"
        ),
        "card_timeout": translate(
            "CardPanel", "カードが応答しません。カードを置き直して、もう一度お試しください。"
        ),
        "bad_response": translate(
            "CardPanel", "カードから想定外の応答がありました。カードを置き直して、もう一度お試しください。"
        ),
        "signature_invalid": translate(
            "CardPanel",
            "カードの署名を証明書で検証できませんでした。カードを置き直して、もう一度お試しください。",
        ),
        "not_found": translate(
            "CardPanel", "カードに必要なデータが見つかりません。マイナンバーカードか確かめてください。"
        ),
        "security_status_not_satisfied": translate(
            "CardPanel", "カードがパスワードの確認を求めています。もう一度最初から操作してください。"
        ),
        "certificate_expired": translate(
            "CardPanel",
            "利用者証明用電子証明書の有効期限が切れています。お住まいの市区町村の窓口で更新してください。",
        ),
        # English needs the singular for 1: a second entry, told apart by its disambiguation
        "certificate_expiring": (
            translate(
                "CardPanel",
                "利用者証明用電子証明書の有効期限まで残り%1日です。早めに市区町村の窓口で更新してください。",
                "one day",
            )
            if days == 1
            else translate(
                "CardPanel",
                "利用者証明用電子証明書の有効期限まで残り%1日です。早めに市区町村の窓口で更新してください。",
            )
        ).replace("%1", str(days)),
        "wrong_pin": (
            translate(
                "CardPanel",
                "%1が違います。残りは%2回です。控えを確かめてから、もう一度操作してください。",
                "one try",
            )
            if remaining == 1
            else translate(
                "CardPanel", "%1が違います。残りは%2回です。控えを確かめてから、もう一度操作してください。"
            )
        )
        .replace("%1", name)
        .replace("%2", str(remaining)),
        "pin_blocked": translate("CardPanel", "%1はロックされています。").replace("%1", name)
        + " "
        + recovery_text(pin.value if pin is not None else "auth"),
        "pin_last_try": translate(
            "CardPanel",
            "%1の残りはあと1回です。間違えるとロックされるので、控えを確かめてから入力してください。",
        ).replace("%1", name)
        + " "
        + translate("CardPanel", "ロックされたとき: %1").replace("%1", recovery),
        "confirmation_required": translate(
            "CardPanel", "%1の残りはあと1回です。ロックの意味を確認し、2回確認したうえで入力してください。"
        ).replace("%1", name),
        "invalid_pin_format": translate(
            "CardPanel", "%1の形式が正しくありません。何も送信していません。"
        ).replace("%1", name),
    }
    return texts.get(code) or translate(
        "CardPanel", "カードの操作に失敗しました。カードを置き直して、もう一度お試しください。"
    )


def message_for_problem(problem: Problem) -> str:
    return message_for_code(
        problem.code, pin=problem.pin, remaining=problem.remaining, days=problem.days_left
    )


def message_for_error(error: CardError) -> str:
    kind: PinKind | None = None
    remaining: int | None = None
    if isinstance(error, PinError) and error.pin in {k.value for k in PinKind}:
        kind = PinKind(error.pin)
    if isinstance(error, WrongPin | ConfirmationRequired):
        remaining = error.remaining
    return message_for_code(error.code, pin=kind, remaining=remaining)
