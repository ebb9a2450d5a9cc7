"""``myna-prep catalog info [--json]`` and ``myna-prep catalog update [--url URL]``.

``info`` prints the active catalog: its version, whether it is the shipped one or an accepted update
(and from where), and the sha256 of its document. ``update`` asks the project's update address (or
``--url``) for a newer signed catalog, with asyncio directly and no window.

Exit status: 0 updated, already current, or info printed; 1 the update was not taken (one sentence on
stderr; the catalog in use is unchanged). Top-level imports are standard library only (see app.cli).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_FAILED = 1

MESSAGES: dict[str, dict[str, str]] = {
    "ja": {
        "updated": "証明書カタログを版 {version} に更新しました。",
        "current": "証明書カタログは最新です（版 {version}）。",
        "insecure_url": "更新の確認先が安全な https のアドレスではないため、接続しませんでした。",
        "unreachable": (
            "更新の確認先に接続できなかったので、"
            "インターネット接続を確かめて、あとでもう一度お試しください。"
        ),
        "timeout": "更新の確認先から時間内に応答がなかったので、あとでもう一度お試しください。",
        "not_found": "更新の確認先にカタログが見つかりませんでした。",
        "server_error": "更新の確認先でエラーが起きたので、あとでもう一度お試しください。",
        "redirect_refused": "更新の確認先が別のサイトへ転送しようとしたため、中止しました。",
        "too_large": "受け取ったカタログが大きすぎるため、使いませんでした。",
        "not_json": "受け取ったカタログの形式が読めないため、使いませんでした。",
        "invalid": "受け取ったカタログの内容に誤りがあるため、使いませんでした。",
        "bad_signature": "受け取ったカタログの署名が正しくないため、使いませんでした。",
        "older": "受け取ったカタログが今お使いのものより古いため、使いませんでした。",
        "off_list_url": "受け取ったカタログに公式サイト以外のリンクが含まれているため、使いませんでした。",
        "save_failed": (
            "新しいカタログを保存できなかったので、"
            "データフォルダの空き容量と書き込み権限を確かめてください。"
        ),
        "cancelled": "カタログの更新を中止し、今のカタログをそのまま使います。",
        "shipped": "アプリに同梱",
        "update": "更新版",
    },
    "en": {
        "updated": "The certificate catalog was updated to version {version}.",
        "current": "The certificate catalog is up to date (version {version}).",
        "insecure_url": "The update address is not a secure https address, so no connection was made.",
        "unreachable": (
            "Could not connect to the update address; please check "
            "the internet connection and try again later."
        ),
        "timeout": "The update address did not answer in time; please try again later.",
        "not_found": "No catalog was found at the update address.",
        "server_error": "The update address reported an error; please try again later.",
        "redirect_refused": "The update address tried to send us to another site, so the update was stopped.",
        "too_large": "The catalog received was too large and was not used.",
        "not_json": "The catalog received could not be read and was not used.",
        "invalid": "The catalog received contains errors and was not used.",
        "bad_signature": "The catalog received has no valid signature and was not used.",
        "older": "The catalog received is older than the one in use and was not used.",
        "off_list_url": "The catalog received contains a link to a non-official site and was not used.",
        "save_failed": (
            "The new catalog could not be saved; please check the "
            "free space and write permission of the data folder."
        ),
        "cancelled": "The catalog update was cancelled; the current catalog stays in use.",
        "shipped": "shipped with the app",
        "update": "update",
    },
}


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "catalog",
        help="show or update the certificate catalog",
        description="証明書カタログの版を表示する／署名付きの更新を確認する",
    )
    actions = parser.add_subparsers(dest="catalog_action", metavar="ACTION", required=True)
    info = actions.add_parser("info", help="version, source and sha256 of the catalog in use")
    info.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    update = actions.add_parser("update", help="fetch a newer signed catalog (https)")
    update.add_argument(
        "--url",
        metavar="URL",
        help="ask this address instead of the project's (https; plain http only for 127.0.0.1)",
    )
    for sub in (info, update):
        sub.add_argument("--lang", choices=("ja", "en"), default=argparse.SUPPRESS, help="message language")


def _lang(args: argparse.Namespace) -> str:
    lang = getattr(args, "lang", None) or "ja"
    return lang if lang in MESSAGES else "ja"


def run(args: argparse.Namespace) -> int:
    from app import paths

    directory = paths.data_dir(getattr(args, "data_dir", None))
    if args.catalog_action == "info":
        return _info(directory, bool(getattr(args, "json", False)), _lang(args))
    return _update(directory, getattr(args, "url", None), _lang(args))


def _info(directory: Path, as_json: bool, lang: str) -> int:
    from app.store import catalog_files

    active = catalog_files.active(directory)
    doc = {
        "version": active.version,
        "source": active.source,
        "sha256": active.sha256,
        "url": active.url,
        "accepted": active.accepted,
        "entries": len(active.catalog),
        "facts": len(active.facts),
    }
    if as_json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        label = "版" if lang == "ja" else "version"
        print(f"{label} {active.version} ({MESSAGES[lang][active.source]})")
        if active.url:
            print(active.url)
        print(f"sha256 {active.sha256}")
    return EXIT_OK


def _update(directory: Path, url: str | None, lang: str) -> int:
    import asyncio

    from app.domain.catalog_update import UpdateRejected
    from app.net.catalog_update import DEFAULT_URL, update_catalog
    from app.net.download import Fetcher

    # Plain http is possible only for an explicit --url on 127.0.0.1 (local testing), never by default.
    fetcher = Fetcher(allow_loopback_http=url is not None)
    messages = MESSAGES[lang]
    try:
        outcome = asyncio.run(update_catalog(directory, url or DEFAULT_URL, fetcher=fetcher))
    except UpdateRejected as exc:
        print(messages[exc.failure.value], file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(messages["cancelled"], file=sys.stderr)
        return EXIT_FAILED
    print(messages["updated" if outcome.updated else "current"].format(version=outcome.version))
    return EXIT_OK
