"""``myna-prep doctor``: is the card ready? Human-readable in the current language, or ``--json``.

The sentences for problems are the card panel's (:mod:`app.i18n.card`): one catalogue for both.

Exit status: 0 a My Number card was diagnosed; 3 PC/SC service unavailable or no reader; 4 no card;
5 the card is not a My Number card; 6 the card failed mid-read (e.g. removed); 1 an internal error.
It sends no VERIFY with data and reads no protected file: every try count is unchanged afterwards.
Top-level imports are standard library only; the card layer is imported inside :func:`run`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.card.diagnosis import CardSnapshot
    from app.domain.card_expiry import CardExpiry

EXIT_INTERNAL_ERROR = 1
TIMEOUT_SECONDS = 20.0
# pcscd answers SCardEstablishContext at once; one that does not within this time is hung, not slow.
SERVICE_TIMEOUT_SECONDS = 5.0
# Tests of a hung daemon shorten the wait in their child process (the library caches its socket per process).
SERVICE_TIMEOUT_ENV = "MYNA_PREP_SERVICE_TIMEOUT"


def service_timeout() -> float:
    try:
        seconds = float(os.environ.get(SERVICE_TIMEOUT_ENV, ""))
    except ValueError:
        return SERVICE_TIMEOUT_SECONDS
    return seconds if 0 < seconds <= SERVICE_TIMEOUT_SECONDS else SERVICE_TIMEOUT_SECONDS


def _kind_label(kind: str) -> str:
    from app.i18n import translate

    return {
        "my_number_card": translate("Doctor", "マイナンバーカード"),
        "smartphone_jpki": translate("Doctor", "スマホ用電子証明書"),
    }.get(kind) or translate("Doctor", "マイナンバーカードではないカード")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.commands import options
    from app.i18n import translate

    parser = options.command(
        subparsers,
        "doctor",
        translate("Cli", "カードリーダーとマイナンバーカードを診断します（試行回数は減りません）"),
        translate(
            "Cli", "カードリーダーとマイナンバーカードを診断します（パスワードの試行回数は減りません）。"
        ),
    )
    configure(parser)


def configure(parser: argparse.ArgumentParser) -> None:
    from app.commands import options
    from app.i18n import translate

    options.json_output(parser)
    parser.add_argument(
        "--reader", metavar="NAME", help=translate("Cli", "自動で選ばずに、このカードリーダーを使います")
    )
    options.lang(parser)
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
            worker.call(_service_answers, timeout=service_timeout())
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


def _expiry_lines(snapshot: CardSnapshot) -> list[str]:
    """The filing-period warning for the card's certificates (app.domain.card_expiry), if any."""
    from app.i18n.card_expiry import expiry_text

    warning = _expiry_warning(snapshot)
    return [] if warning is None else [expiry_text(warning)]


def _expiry_warning(snapshot: CardSnapshot) -> CardExpiry | None:
    from app.domain.card_expiry import card_expiry, expiry_day

    cert = None if snapshot.card is None else snapshot.card.certificate
    if cert is None:
        return None
    return card_expiry(expiry_day(cert.not_after), expiry_day(snapshot.taken_at))


def _with_expiry(payload: dict[str, Any], snapshot: CardSnapshot) -> dict[str, Any]:
    """``card.auth_certificate.filing_period_warning``: null, or the rule's codes, dates and sentence."""
    from app.i18n.card_expiry import expiry_text

    card = payload.get("card")
    cert = card.get("auth_certificate") if isinstance(card, dict) else None
    if isinstance(cert, dict):
        warning = _expiry_warning(snapshot)
        cert["filing_period_warning"] = (
            None if warning is None else {**warning.params(), "text": expiry_text(warning)}
        )
    return payload


def _human(snapshot: CardSnapshot) -> str:
    from app.i18n import format_date, translate
    from app.i18n.card import message_for_problem, pin_label

    lines: list[str] = [translate("Doctor", "Myna Prep カード診断")]
    service = translate("Doctor", "動作中") if snapshot.service_ok else translate("Doctor", "停止")
    if any(p.code == "service_not_answering" for p in snapshot.problems):
        service = translate("Doctor", "応答なし")
    lines.append(translate("Doctor", "カードリーダーのサービス: {state}").format(state=service))
    lines.append(translate("Doctor", "カードリーダー:"))
    if not snapshot.readers:
        lines.append("  " + translate("Doctor", "（なし）"))
    for reader in snapshot.readers:
        state = (
            translate("Doctor", "カードあり") if reader.card_present else translate("Doctor", "カードなし")
        )
        lines.append(f"  - {reader.name} ({state})")
    card = snapshot.card
    if card is not None:
        lines.append(
            translate("Doctor", "カード: {kind} ({reader})").format(
                kind=_kind_label(card.kind.value), reader=card.reader
            )
        )
        lines.append(f"  ATR: {card.atr.hex()}")
        cert = card.certificate
        if cert is not None:
            days = cert.days_left(snapshot.taken_at)
            until = format_date(cert.not_after.date())  # the app's one date format
            if cert.expired(snapshot.taken_at):
                state = translate("Doctor", "{until}で期限切れ").format(until=until)
            else:
                days_text = (
                    translate("Doctor", "{until}まで（残り {days} 日）", "one day")
                    if days == 1
                    else translate("Doctor", "{until}まで（残り {days} 日）")
                )
                state = days_text.format(until=until, days=days)
            lines.append(translate("Doctor", "利用者証明用電子証明書: {state}").format(state=state))
            lines.extend(f"  ⚠ {text}" for text in _expiry_lines(snapshot))
        lines.append(translate("Doctor", "パスワードの残り回数:"))
        for kind, status in ((k, card.pin(k)) for k in card.pins or {}):
            if status.remaining is None:
                value = translate("Doctor", "不明")
            else:
                value = f"{status.remaining}/{status.max}"
                if status.blocked:
                    value += translate("Doctor", " （ロック中）")
            lines.append(f"  {pin_label(kind)}: {value}")
    if snapshot.problems:
        lines.append(translate("Doctor", "確認してください:"))
        lines.extend(f"  - {message_for_problem(problem)}" for problem in snapshot.problems)
    else:
        lines.append(translate("Doctor", "問題は見つかりませんでした。"))
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
    from app.commands import use_language
    from app.domain.text import inert_tree
    from app.i18n.card import message_for_code, message_for_problem

    use_language(args)
    as_json = bool(getattr(args, "json", False))
    reader = getattr(args, "reader", None)
    try:
        snapshot = _diagnose(reader)
        if as_json:
            payload: dict[str, Any] = _with_expiry(snapshot.to_json(message_for_problem), snapshot)
            _emit(json.dumps(inert_tree(payload), ensure_ascii=False))
        else:
            _emit(_human(snapshot))
        return snapshot.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback: one line, one code
        code = "service_unavailable" if isinstance(exc, ImportError) else "internal_error"
        text = message_for_code(code)
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
