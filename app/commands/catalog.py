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

from app.commands import EXIT_FAILED, EXIT_OK


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.commands import options
    from app.i18n import translate

    parser = options.command(
        subparsers,
        "catalog",
        translate("Cli", "証明書カタログを表示または更新します"),
        translate("Cli", "証明書カタログの版を表示する／署名付きの更新を確認する"),
    )
    actions = options.actions(parser, "catalog_action")
    info = actions.add_parser("info", help=translate("Cli", "使用中のカタログの版・入手元・sha256"))
    options.json_output(info)
    update = actions.add_parser(
        "update", help=translate("Cli", "署名付きの新しいカタログを受け取ります（https）")
    )
    update.add_argument(
        "--url",
        metavar="URL",
        help=translate(
            "Cli", "配布元の代わりにこのアドレスに問い合わせます（https。http は 127.0.0.1 だけ）"
        ),
    )
    for sub in (info, update):
        options.lang(sub)


def run(args: argparse.Namespace) -> int:
    from app import paths
    from app.commands import use_language

    use_language(args)
    directory = paths.data_dir(getattr(args, "data_dir", None))
    if args.catalog_action == "info":
        return _info(directory, bool(getattr(args, "json", False)))
    return _update(directory, getattr(args, "url", None))


def _info(directory: Path, as_json: bool) -> int:
    from app.i18n import translate
    from app.i18n.catalog import source_label
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
        line = translate("Cli", "版 {version}（{source}）")
        print(line.format(version=active.version, source=source_label(active.source)))
        if active.url:
            print(active.url)
        print(f"sha256 {active.sha256}")
    return EXIT_OK


def _update(directory: Path, url: str | None) -> int:
    import asyncio

    from app.domain.catalog_update import UpdateRejected
    from app.i18n import catalog as texts
    from app.net.catalog_update import DEFAULT_URL, update_catalog
    from app.net.download import Fetcher

    # Plain http is possible only for an explicit --url on 127.0.0.1 (local testing), never by default.
    fetcher = Fetcher(allow_loopback_http=url is not None)
    try:
        outcome = asyncio.run(update_catalog(directory, url or DEFAULT_URL, fetcher=fetcher))
    except UpdateRejected as exc:
        print(texts.failure_text(exc.failure.value), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(texts.cancelled(), file=sys.stderr)
        return EXIT_FAILED
    print(texts.updated(outcome.version) if outcome.updated else texts.current(outcome.version))
    return EXIT_OK
