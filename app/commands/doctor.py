"""``myna-prep doctor``: is the card ready? Human-readable (ja by default, ``--lang en``) or ``--json``.

Exit status: 0 a My Number card was diagnosed; 3 PC/SC service unavailable or no reader; 4 no card;
5 the card is not a My Number card; 6 the card failed mid-read (e.g. removed); 1 an internal error.
It sends no VERIFY with data and reads no protected file: every try count is unchanged afterwards.
Top-level imports are standard library only; the card layer is imported inside :func:`run`.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.card.diagnosis import CardSnapshot, Problem

EXIT_INTERNAL_ERROR = 1
TIMEOUT_SECONDS = 20.0
# pcscd answers SCardEstablishContext at once; one that does not within this time is hung, not slow.
SERVICE_TIMEOUT_SECONDS = 5.0

PIN_LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "auth": "利用者証明用電子証明書パスワード",
        "sign": "署名用電子証明書パスワード",
        "text": "券面事項入力補助用パスワード",
    },
    "en": {
        "auth": "user-authentication certificate password",
        "sign": "signature certificate password",
        "text": "card-information input password",
    },
}

KIND_LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "my_number_card": "マイナンバーカード",
        "smartphone_jpki": "スマホ用電子証明書",
        "not_my_number_card": "マイナンバーカードではないカード",
    },
    "en": {
        "my_number_card": "My Number card",
        "smartphone_jpki": "smartphone JPKI",
        "not_my_number_card": "not a My Number card",
    },
}

# One sentence per problem code: what happened and what to do. {pin}, {days}, {remaining} are filled in.
MESSAGES: dict[str, dict[str, str]] = {
    "ja": {
        "service_windows": "Windows の「Smart Card」サービス（SCardSvr）が動いていません。カードリーダーを"
        "接続し、「サービス」アプリで「Smart Card」を開始してから、もう一度実行してください。",
        "service_macos": "macOS のスマートカード機能が応答しません。カードリーダーを接続し直してから、"
        "もう一度実行してください。",
        "service_linux_apt_install": "スマートカードのサービス（pcscd）が入っていません。端末で {apt} を"
        "実行してから、もう一度実行してください。",
        "service_linux_install": "スマートカードのサービス（pcscd）が入っていません。pcsc-lite と ccid を"
        "インストールして pcscd を起動してから、もう一度実行してください。",
        "service_linux_start": "スマートカードのサービス（pcscd）が動いていません。端末で {systemd} を"
        "実行してから、もう一度実行してください。",
        "service_not_answering": "スマートカードのサービス（PC/SC）が応答しないため、Windows では"
        "「Smart Card」サービスを、Linux では pcscd を再起動してから、もう一度実行してください。",
        "no_reader": "カードリーダーが見つかりません。リーダーをパソコンに接続してください。",
        "reader_not_found": "指定されたカードリーダーが見つかりません。名前を確かめるか、--reader を外して"
        "実行してください。",
        "reader_gone": "カードリーダーが取り外されました。接続を確かめて、もう一度実行してください。",
        "reader_busy": "ほかのアプリがカードリーダーを使用中です。そのアプリを閉じてから、もう一度実行して"
        "ください。",
        "no_card": "カードが置かれていません。マイナンバーカードをリーダーに置いてください。",
        "not_my_number_card": "このカードはマイナンバーカードではありません。マイナンバーカードを置いて"
        "ください。",
        "card_removed": "読み取り中にカードが外されました。カードを置き直して、もう一度実行してください。",
        "card_reset": "ほかのアプリがカードをリセットしました。もう一度実行してください。",
        "card_timeout": "カードが応答しません。カードを置き直して、もう一度実行してください。",
        "bad_response": "カードから想定外の応答がありました。カードを置き直して、もう一度実行してください。",
        "not_found": "カードに必要なデータが見つかりません。マイナンバーカードか確かめてください。",
        "certificate_expired": "利用者証明用電子証明書の有効期限が切れています。お住まいの市区町村の窓口で"
        "更新してください。",
        "certificate_expiring": "利用者証明用電子証明書の有効期限まで残り{days}日です。早めに市区町村の窓口"
        "で更新してください。",
        "pin_blocked": "{pin}がロックされています。{recovery}",
        "pin_last_try": "{pin}の残り回数はあと1回です。間違えるとロックされるので、控えを確かめてから"
        "入力してください。ロックされたとき: {recovery}",
        "internal_error": "診断中に予期しないエラーが起きました。もう一度実行してください。",
        "card_error": "カードの読み取りに失敗しました。カードを置き直して、もう一度実行してください。",
    },
    "en": {
        "service_windows": "The Windows 'Smart Card' service (SCardSvr) is not running. Connect the card "
        "reader, start 'Smart Card' in the Services app, then run this again.",
        "service_macos": "The smart-card function of macOS does not answer. Reconnect the card reader, then "
        "run this again.",
        "service_linux_apt_install": "The smart-card service (pcscd) is not installed. Run {apt} in a "
        "terminal, then run this again.",
        "service_linux_install": "The smart-card service (pcscd) is not installed. Install pcsc-lite and "
        "ccid, start pcscd, then run this again.",
        "service_linux_start": "The smart-card service (pcscd) is not running. Run {systemd} in a terminal, "
        "then run this again.",
        "service_not_answering": "The smart-card (PC/SC) service does not answer: restart the 'Smart Card' "
        "service on Windows or pcscd on Linux, then run this again.",
        "no_reader": "No card reader was found. Connect a reader to this computer.",
        "reader_not_found": "The reader you named was not found. Check the name or run without --reader.",
        "reader_gone": "The card reader was disconnected. Check the cable and run this again.",
        "reader_busy": "Another program is using the card reader. Close it and run this again.",
        "no_card": "No card is in the reader. Place your My Number card on the reader.",
        "not_my_number_card": "This card is not a My Number card. Place your My Number card on the reader.",
        "card_removed": "The card was removed while it was being read. Put it back and run this again.",
        "card_reset": "Another program reset the card. Run this again.",
        "card_timeout": "The card does not answer. Put it back on the reader and run this again.",
        "bad_response": "The card gave an unexpected answer. Put it back on the reader and run this again.",
        "not_found": "Data this check needs is missing from the card. Make sure it is a My Number card.",
        "certificate_expired": "The user-authentication certificate has expired. Renew it at your "
        "municipal office.",
        "certificate_expiring": "The user-authentication certificate expires in {days} days. Renew it "
        "soon at your municipal office.",
        "pin_blocked": "The {pin} is locked. {recovery}",
        "pin_last_try": "Only 1 try is left for the {pin}. A wrong entry locks it: check your note first. "
        "If it locks: {recovery}",
        "internal_error": "An unexpected error occurred during the check. Run this again.",
        "card_error": "Reading the card failed. Put it back on the reader and run this again.",
    },
}


def service_message(lang: str = "ja") -> str:
    """What to do when no PC/SC service answers, for this operating system (app/card/service_help.py)."""
    from app.card.service_help import APT_INSTALL, SYSTEMD_START, service_help

    table = MESSAGES.get(lang, MESSAGES["ja"])
    return table[f"service_{service_help().value}"].format(apt=APT_INSTALL, systemd=SYSTEMD_START)


def message_for(problem: Problem, lang: str = "ja") -> str:
    """The one-sentence text of ``problem`` in ``lang``."""
    table = MESSAGES.get(lang, MESSAGES["ja"])
    code = problem.code
    if code == "service_unavailable":
        return service_message(lang)
    pin_label = ""
    if problem.pin is not None:
        pin_label = PIN_LABELS.get(lang, PIN_LABELS["ja"])[problem.pin.value]
        code = code.removeprefix(f"{problem.pin.value}_")
    template = table.get(code) or table["card_error"]
    if lang == "en" and problem.days_left == 1:
        template = template.replace("{days} days", "{days} day")
    recovery = ""
    if problem.pin is not None:
        from app.domain.lock_recovery import recovery_text

        recovery = recovery_text(problem.pin.value, lang)
    return template.format(
        pin=pin_label, days=problem.days_left, remaining=problem.remaining, recovery=recovery
    )


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "doctor",
        help="diagnose the card reader and the My Number card without spending a try",
        description="カードリーダーとマイナンバーカードを診断します（パスワードの試行回数は減りません）。",
    )
    configure(parser)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument("--reader", metavar="NAME", help="use this reader instead of choosing one")
    parser.add_argument(
        "--lang",
        choices=("ja", "en"),
        default=argparse.SUPPRESS,
        help="language of the messages (default: ja)",
    )
    parser.set_defaults(command="doctor")


def _service_answers() -> None:
    """Open and close a PC/SC context: blocks when the daemon accepts the connection but never replies."""
    from app.card.pcsc import Context

    Context().release()


def _diagnose(reader: str | None) -> CardSnapshot:
    from app.card.diagnosis import CardSnapshot, Problem, diagnose
    from app.card.errors import CardError, CardTimeout
    from app.card.worker import CardWorker

    worker = CardWorker("doctor")
    try:
        try:
            worker.call(_service_answers, timeout=SERVICE_TIMEOUT_SECONDS)
        except CardTimeout:  # a daemon that accepts and never answers: not "ok", not a card problem
            return CardSnapshot(service_ok=False, problems=(Problem("service_not_answering"),))
        except CardError:
            pass  # not running and the like: diagnose() names it
        return worker.call(lambda: diagnose(reader), timeout=TIMEOUT_SECONDS)
    except CardTimeout:
        return CardSnapshot(service_ok=True, problems=(Problem("card_timeout"),), failed=True)
    except ImportError:  # pyscard or its libpcsclite missing: no PC/SC for us
        return CardSnapshot(service_ok=False, problems=(Problem("service_unavailable"),))
    finally:
        worker.shutdown(0.5)


def _human(snapshot: CardSnapshot, lang: str) -> str:
    ja = lang != "en"
    lines: list[str] = []
    pins = PIN_LABELS["ja" if ja else "en"]
    kinds = KIND_LABELS["ja" if ja else "en"]
    lines.append("Myna Prep カード診断" if ja else "Myna Prep card check")
    service = ("動作中" if ja else "running") if snapshot.service_ok else ("停止" if ja else "not running")
    if any(p.code == "service_not_answering" for p in snapshot.problems):
        service = "応答なし" if ja else "not answering"
    lines.append(f"{'PC/SC サービス' if ja else 'PC/SC service'}: {service}")
    lines.append("カードリーダー:" if ja else "Card readers:")
    if not snapshot.readers:
        lines.append("  " + ("（なし）" if ja else "(none)"))
    for reader in snapshot.readers:
        state = (
            ("カードあり" if ja else "card present")
            if reader.card_present
            else ("カードなし" if ja else "empty")
        )
        lines.append(f"  - {reader.name} ({state})")
    card = snapshot.card
    if card is not None:
        lines.append(f"{'カード' if ja else 'Card'}: {kinds[card.kind.value]} ({card.reader})")
        lines.append(f"  ATR: {card.atr.hex()}")
        cert = card.certificate
        if cert is not None:
            days = cert.days_left(snapshot.taken_at)
            until = cert.not_after.date().isoformat()
            if cert.expired(snapshot.taken_at):
                state = f"期限切れ（{until}）" if ja else f"expired ({until})"
            else:
                state = (
                    f"{until} まで（残り {days} 日）"
                    if ja
                    else f"valid until {until} ({days} day{'' if days == 1 else 's'} left)"
                )
            lines.append(f"{'利用者証明用電子証明書' if ja else 'Authentication certificate'}: {state}")
        lines.append("パスワードの残り回数:" if ja else "Password tries left:")
        for kind, status in ((k, card.pin(k)) for k in card.pins or {}):
            if status.remaining is None:
                value = "不明" if ja else "unknown"
            else:
                value = f"{status.remaining}/{status.max}"
                if status.blocked:
                    value += " （ロック中）" if ja else " (locked)"
            lines.append(f"  {pins[kind.value]}: {value}")
    if snapshot.problems:
        lines.append("確認してください:" if ja else "Please check:")
        for problem in snapshot.problems:
            lines.append(f"  - {message_for(problem, 'ja' if ja else 'en')}")
    else:
        lines.append("問題は見つかりませんでした。" if ja else "No problems found.")
    return "\n".join(lines)


def _emit(text: str) -> None:
    from app.domain.text import inert

    text = inert(text, multiline=True)  # reader names come from devices: no terminal escapes
    stream = sys.stdout
    try:
        stream.write(text + "\n")
        stream.flush()
    except UnicodeEncodeError:
        stream.buffer.write((text + "\n").encode("utf-8"))
        stream.flush()


def run(args: argparse.Namespace) -> int:
    from app.domain.text import inert_tree

    lang = getattr(args, "lang", None) or "ja"
    as_json = bool(getattr(args, "json", False))
    reader = getattr(args, "reader", None)
    try:
        snapshot = _diagnose(reader)
        if as_json:
            payload: dict[str, Any] = snapshot.to_json(lambda p: message_for(p, lang))
            _emit(json.dumps(inert_tree(payload), ensure_ascii=False))
        else:
            _emit(_human(snapshot, lang))
        return snapshot.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback: one line, one code
        text = MESSAGES.get(lang, MESSAGES["ja"])["internal_error"]
        if isinstance(exc, ImportError):
            text = service_message(lang)
        if as_json:
            _emit(
                json.dumps(
                    {
                        "service": "unavailable" if isinstance(exc, ImportError) else "ok",
                        "readers": [],
                        "card": None,
                        "problems": [{"code": "internal_error", "message": text}],
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(f"{text} ({type(exc).__name__})", file=sys.stderr)  # our own sentence and a class name
        return EXIT_INTERNAL_ERROR


def main(argv: list[str] | None = None) -> int:
    """``python -m app.commands.doctor``: the same command without the GUI's entry point."""
    parser = argparse.ArgumentParser(prog="myna-prep doctor")
    configure(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
