"""``myna-prep backup export FILE`` / ``myna-prep backup import FILE``.

Exit codes: 0 done; 1 the operation failed (one sentence on stderr, nothing changed);
2 usage (argparse). Never a traceback for expected failures. The module top level imports only the
standard library (see ``app.cli``); the store is imported inside ``run``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.commands import options
    from app.i18n import translate

    parser = options.command(
        subparsers,
        "backup",
        translate("Cli", "世帯の記録を JSON のバックアップに書き出す／読み込む（秘密情報なし）"),
        translate("Cli", "世帯の記録を JSON に書き出す／JSON から読み込む（番号などの秘密情報は含みません）"),
    )
    actions = options.actions(parser, "backup_action")
    export = actions.add_parser("export", help=translate("Cli", "世帯の記録をすべて FILE に書き出します"))
    export.add_argument("file", metavar="FILE", type=Path)
    options.flag(export, "--force", translate("Cli", "FILE があれば上書きします"))
    options.lang(export)
    imp = actions.add_parser("import", help=translate("Cli", "世帯の記録を FILE の内容で置き換えます"))
    imp.add_argument("file", metavar="FILE", type=Path)
    options.lang(imp)


def run(args: argparse.Namespace) -> int:
    from app import paths
    from app.commands import EXIT_FAILED, fail, use_language
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
                    return fail(EXIT_FAILED, words(messages.dir_is_file(data_dir)))
                return fail(EXIT_FAILED, words(messages.lock_failed(data_dir, exc)))
            if lock is None:
                return fail(EXIT_FAILED, words(messages.APP_RUNNING))
        try:
            return _run_with_store(data_dir, action, target, bool(getattr(args, "force", False)))
        finally:
            if lock is not None:
                lock.unlock()
    except StoreError as exc:
        return fail(EXIT_FAILED, words(exc.text()))
    except OSError as exc:  # not expected past the checks above: still one honest sentence
        if action == "export":
            return fail(EXIT_FAILED, words(messages.backup_write_failed(target, exc)))
        return fail(EXIT_FAILED, words(messages.dir_failed(data_dir, exc)))


def _lock(data_dir: Path) -> QLockFile | None:
    """Hold the app's instance lock while importing, so a running window never has stale data."""
    from app.single_instance import try_lock

    return try_lock(data_dir)


def _run_with_store(data_dir: Path, action: str, target: Path, force: bool) -> int:
    from app.commands import EXIT_OK
    from app.commands.household import open_store
    from app.domain.text import inert
    from app.i18n import translate
    from app.store.backup import export_backup, import_backup

    store = open_store(data_dir)
    try:
        if action == "export":
            count = export_backup(store, target, overwrite=force)
            written = translate("Cli", "{count} 人分の記録を {path} に書き出しました。")
            print(inert(written.format(count=count, path=target)))
            return EXIT_OK
        result = import_backup(store, target)
        if result.dropped_secret_refs:
            _forget_secrets(data_dir, result.dropped_secret_refs)
        text = translate("Cli", "{path} から {count} 人分の記録を読み込みました。")
        print(inert(text.format(path=target, count=result.profiles)))
        return EXIT_OK
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
