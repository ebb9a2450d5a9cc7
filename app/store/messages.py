"""Every sentence the store says to a person, in one place (Japanese; one sentence each).

The UI shows these as they are (they are user-facing text, not codes). Functions take the detail that
makes the sentence actionable, usually a path. Keep each message a single sentence: what happened and
what it means for the user's data.
"""

from __future__ import annotations

import errno
from pathlib import Path

# Why an operating-system call failed, as a Japanese clause (keyed by errno); the rest say "書き込めない".
_OS_REASONS: dict[int, str] = {
    errno.EACCES: "アクセスする権限がない",
    errno.EPERM: "アクセスする権限がない",
    errno.ENOENT: "見つからない",
    errno.ENOTDIR: "途中の名前がフォルダではない",
    errno.EISDIR: "フォルダである",
    errno.ENOSPC: "ディスクの空き容量が足りない",
    errno.EDQUOT: "ディスクの使用量の上限に達している",
    errno.EROFS: "読み取り専用の場所である",
    errno.ELOOP: "シンボリックリンクである",
    errno.EFBIG: "ファイルが大きすぎる",
}


def os_reason(exc: OSError | None, default: str = "読み書きできない") -> str:
    """The cause of ``exc`` as a clause that ends before 「ため」."""
    if exc is None or exc.errno is None:
        return default
    return _OS_REASONS.get(exc.errno, default)

# --- opening the store ---------------------------------------------------------------------------


def corrupt_moved(moved_to: Path) -> str:
    return (
        f"保存データのファイルが壊れていたため、元のファイルを「{moved_to}」に移して保管し、"
        "新しいデータで始めました。"
    )


def foreign_moved(moved_to: Path) -> str:
    return (
        f"保存データの場所に Myna Prep のものではないファイルがあったため、「{moved_to}」に移して保管し、"
        "新しいデータで始めました。"
    )


def migrated(backup: Path) -> str:
    return f"保存データを新しい形式に更新しました（更新前のコピーは「{backup}」にあります）。"


NEWER_SCHEMA_READ_ONLY = (
    "この保存データは新しいバージョンの Myna Prep で作られているため、読み取り専用で開いており、"
    "ここでの変更は保存されません。"
)


def dir_read_only(directory: Path) -> str:
    return (
        f"データフォルダ「{directory}」に書き込めないため読み取り専用で開いており、"
        "ここでの変更は保存されません。"
    )


def file_read_only(path: Path) -> str:
    return (
        f"保存データのファイル「{path}」に書き込めないため読み取り専用で開いており、"
        "ここでの変更は保存されません。"
    )


def dir_unusable(directory: Path) -> str:
    return f"データフォルダ「{directory}」を作成できないか書き込めないため、記録を保存できません。"


def dir_is_file(directory: Path) -> str:
    return f"データフォルダ「{directory}」がフォルダではなくファイルのため、記録を読み書きできません。"


def dir_failed(directory: Path, exc: OSError) -> str:
    return f"データフォルダ「{directory}」は{os_reason(exc)}ため、何も変更していません。"


def db_not_regular(path: Path) -> str:
    return (
        f"保存データの場所「{path}」が通常のファイルではない（フォルダ、リンク、デバイスなど）か"
        "別のユーザーのものであるため、開きません。"
    )


def db_unreadable(path: Path) -> str:
    return f"保存データのファイル「{path}」を読み取る権限がないため、開けません。"


def cannot_move_corrupt(path: Path) -> str:
    return f"保存データのファイル「{path}」が壊れていて、別の名前に移すこともできなかったため、開けません。"


def cannot_open(path: Path) -> str:
    return f"保存データのファイル「{path}」を開けませんでした。"


# --- writing -------------------------------------------------------------------------------------

NOT_SAVED_READ_ONLY = "読み取り専用で開いているため、この変更は保存されませんでした。"
NOT_SAVED_DISK_FULL = "ディスクの空き容量が足りないため、この変更は保存されませんでした。"
NOT_SAVED_READ_ONLY_DISK = "保存先に書き込めなくなったため、この変更は保存されませんでした。"
NOT_SAVED_IO = "保存データのファイルに書き込めなかったため、この変更は保存されませんでした。"
NOT_SAVED_BUSY = "保存データが別の処理で使用中だったため、この変更は保存されませんでした。"
NOT_READ = "保存データのファイルを読み込めませんでした。"
INTERNAL = "Myna Prep の内部エラーのため、この操作を完了できませんでした。"
NOT_FOUND = "対象の記録が見つかりませんでした（ほかの操作で削除された可能性があります）。"

# --- validation (nothing is saved when these are raised) -----------------------------------------

EMPTY_NAME = "名前を入力してください。"
DUPLICATE_NAME = "同じ名前の人がすでに登録されています。"
CARD_ALREADY_BOUND = "このマイナンバーカードはすでに別の人に結び付けられています。"
BAD_CARD_HASH = "カードの証明書の値が正しくありません。"
EMPTY_ISSUER = "証明書等を発行する企業の名前を入力してください。"
DUPLICATE_CERTIFICATE = "同じ種類で同じ発行企業の証明書等は、すでに登録されています。"
EMPTY_TYPE = "証明書等の種類を選んでください。"
EMPTY_ITEM = "チェック項目が指定されていません。"
DELEGATION_SAME_PERSON = "委任者と代理人には別の人を選んでください。"
DELEGATION_EMPTY_NAME = "代理関係名を入力してください。"
NOT_SAVED_INVALID = "署名を確認できなかったファイルは、受領済みとして記録しません。"
DELEGATION_PERIOD = "代理権限の有効期間は、終了日を開始日以降にしてください。"

# --- backup files --------------------------------------------------------------------------------


def backup_unreadable(path: Path, exc: OSError | None = None) -> str:
    if exc is None:
        return f"ファイル「{path}」を読み込めなかったため、何も変更していません。"
    return f"ファイル「{path}」は{os_reason(exc, '読み込めない')}ため、何も変更していません。"


def backup_not_regular(path: Path) -> str:
    return (
        f"「{path}」は通常のファイルではない（フォルダ、FIFO、デバイスなど）ため、"
        "読み込まずに何も変更していません。"
    )


def backup_too_large(path: Path, limit: int) -> str:
    return (
        f"ファイル「{path}」はバックアップの上限（{limit // (1024 * 1024)} MB）より大きいため、"
        "読み込まずに何も変更していません。"
    )


def backup_duplicate_key(path: Path, key: str) -> str:
    return f"ファイル「{path}」に同じ項目「{key}」が二度あり内容が決まらないため、何も変更していません。"


def export_too_large(path: Path, limit: int) -> str:
    return (
        f"記録がバックアップの上限（{limit // (1024 * 1024)} MB）を超えて読み込み直せなくなるため、"
        f"「{path}」には書き出していません。"
    )


def export_not_importable(path: Path) -> str:
    return f"記録の中に読み込み直せない値があるため、「{path}」には書き出していません。"


def export_target_not_regular(path: Path) -> str:
    return f"「{path}」は通常のファイルではない（フォルダ、リンク、デバイスなど）ため、書き出していません。"


def backup_not_json(path: Path) -> str:
    return f"ファイル「{path}」は Myna Prep のバックアップとして読めない形式のため、何も変更していません。"


def backup_foreign(path: Path) -> str:
    return f"ファイル「{path}」は Myna Prep のバックアップではないため、何も変更していません。"


def backup_newer(path: Path) -> str:
    return (
        f"ファイル「{path}」は新しいバージョンの Myna Prep で書き出されたため、このバージョンでは読み込めず、"
        "何も変更していません。"
    )


def backup_invalid(path: Path, where: str) -> str:
    return f"ファイル「{path}」の内容に誤り（{where}）があるため、何も変更していません。"


def backup_exists(path: Path) -> str:
    return (
        f"ファイル「{path}」はすでにあるため、上書きしませんでした"
        "（上書きするには --force を付けてください）。"
    )


def backup_write_failed(path: Path, exc: OSError | None = None) -> str:
    if exc is None:
        return f"バックアップをファイル「{path}」に書き出せませんでした。"
    return f"「{path}」は{os_reason(exc, '書き込めない')}ため、バックアップを書き出せませんでした。"


APP_RUNNING = "Myna Prep が起動中のため、アプリを終了してからもう一度実行してください。"


def lock_failed(directory: Path, exc: OSError) -> str:
    return f"データフォルダ「{directory}」は{os_reason(exc, '書き込めない')}ため、何も変更していません。"

# --- secrets -------------------------------------------------------------------------------------

NO_KEYRING = "この環境では安全な保存場所（OS のキーチェーン）が使えないため、番号は保存されません。"
PLAINTEXT_IN_USE = "番号はデータフォルダ内のファイルに暗号化せずに保存されます。"
SECRET_NOT_SAVED = "キーチェーンに保存できなかったため、番号は保存されませんでした。"  # noqa: S105 (a sentence, not a secret)
SECRET_NOT_READ = "キーチェーンから番号を読み出せませんでした。"  # noqa: S105 (a sentence, not a secret)
