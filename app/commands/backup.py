"""``myna-prep backup export FILE`` / ``myna-prep backup import FILE``.

Exit codes: 0 done; 1 the operation failed (one sentence on stderr, nothing changed);
2 usage (argparse). Never a traceback for expected failures. The module top level imports only the
standard library (see ``app.cli``); the store is imported inside ``run``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.commands import add_lang_option
    from app.i18n import translate

    parser = subparsers.add_parser(
        "backup",
        help=translate("Cli", "世帯の記録を JSON のバックアップに書き出す／読み込む（秘密情報なし）"),
        description=translate(
            "Cli", "世帯の記録を JSON に書き出す／JSON から読み込む（番号などの秘密情報は含みません）"
        ),
    )
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help=translate("Cli", "世帯の記録をすべて FILE に書き出します"))
    export.add_argument("file", metavar="FILE", type=Path)
    export.add_argument("--force", action="store_true", help=translate("Cli", "FILE があれば上書きします"))
    add_lang_option(export)
    imp = actions.add_parser("import", help=translate("Cli", "世帯の記録を FILE の内容で置き換えます"))
    imp.add_argument("file", metavar="FILE", type=Path)
    add_lang_option(imp)


def _fail(text: str) -> int:
    from app.domain.text import inert

    print(inert(text), file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from app import paths
    from app.commands import use_language
    from app.i18n import words

    use_language(args)
    from app.store import messages
    from app.store.errors import StoreError

    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    action = args.backup_action
    target: Path = args.file
    try:
        lock = None
        if action == "import":
            # Validate before opening (and possibly creating or migrating) the store.
            from app.store.backup import read_backup

            read_backup(target)
            try:
                lock = _lock(data_dir)
            except OSError as exc:
                if data_dir.exists() and not data_dir.is_dir():
                    return _fail(words(messages.dir_is_file(data_dir)))
                return _fail(words(messages.lock_failed(data_dir, exc)))
            if lock is None:
                return _fail(words(messages.APP_RUNNING))
        try:
            return _run_with_store(data_dir, action, target, bool(getattr(args, "force", False)))
        finally:
            if lock is not None:
                lock.unlock()
    except StoreError as exc:
        return _fail(words(exc.text()))
    except OSError as exc:  # not expected past the checks above: still one honest sentence
        if action == "export":
            return _fail(words(messages.backup_write_failed(target, exc)))
        return _fail(words(messages.dir_failed(data_dir, exc)))


def _lock(data_dir: Path) -> QLockFile | None:
    """Hold the app's instance lock while importing, so a running window never has stale data."""
    from app.single_instance import try_lock

    return try_lock(data_dir)


def _run_with_store(data_dir: Path, action: str, target: Path, force: bool) -> int:
    from app.domain.text import inert
    from app.i18n import translate, words
    from app.store.backup import export_backup, import_backup
    from app.store.repository import Store

    store, notices = Store.open(data_dir)
    try:
        for notice in notices:
            print(inert(words(notice.text)), file=sys.stderr)
        if action == "export":
            count = export_backup(store, target, overwrite=force)
            written = translate("Cli", "{count} 人分の記録を {path} に書き出しました。")
            print(inert(written.format(count=count, path=target)))
            return 0
        result = import_backup(store, target)
        if result.dropped_secret_refs:
            _forget_secrets(data_dir, result.dropped_secret_refs)
        text = translate("Cli", "{path} から {count} 人分の記録を読み込みました。")
        print(inert(text.format(path=target, count=result.profiles)))
        return 0
    finally:
        store.close()


def _forget_secrets(data_dir: Path, refs: tuple[str, ...]) -> None:
    """Delete the keyring entries the replaced household referenced (best effort, silent)."""
    from app.store.errors import SecretsUnavailableError
    from app.store.secrets import PLAINTEXT_FILE, SecretStore, choose_backend

    try:
        opted_in = (data_dir / PLAINTEXT_FILE).exists()
        secrets = SecretStore(choose_backend(data_dir, allow_plaintext=opted_in))
        if secrets.usable:
            for ref in refs:
                secrets.delete(ref)
    except SecretsUnavailableError:
        pass
