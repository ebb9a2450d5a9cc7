"""Every sentence the store says to a person, in one place (Japanese; one sentence each).

The UI shows these as they are (they are user-facing text, not codes). Functions take the detail that
makes the sentence actionable, usually a path. Keep each message a single sentence: what happened and
what it means for the user's data.
"""

from __future__ import annotations

from pathlib import Path

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


def backup_unreadable(path: Path) -> str:
    return f"ファイル「{path}」を読み込めなかったため、何も変更していません。"


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


def backup_write_failed(path: Path) -> str:
    return f"バックアップをファイル「{path}」に書き出せませんでした。"


APP_RUNNING = "Myna Prep が起動中のため、アプリを終了してからもう一度実行してください。"

# --- secrets -------------------------------------------------------------------------------------

NO_KEYRING = "この環境では安全な保存場所（OS のキーチェーン）が使えないため、番号は保存されません。"
PLAINTEXT_IN_USE = "番号はデータフォルダ内のファイルに暗号化せずに保存されます。"
SECRET_NOT_SAVED = "キーチェーンに保存できなかったため、番号は保存されませんでした。"  # noqa: S105 (a sentence, not a secret)
SECRET_NOT_READ = "キーチェーンから番号を読み出せませんでした。"  # noqa: S105 (a sentence, not a secret)
