"""Every sentence the store says to a person, in one place: Japanese catalogue sources with named
parameters (one sentence each: what happened and what it means for the user's data).

Each is a :class:`Message`: a frozen value holding its catalogue source and arguments, so it stays
what it is however it travels (an exception, a notice, a clause inside another sentence).
``render(translate)`` says it in the user's language (``app.i18n.words`` passes the catalogue);
``str()`` gives the Japanese, for logs, tests and a missing catalogue. The store itself never
translates: it imports no Qt. To change a sentence: its Japanese here, its English in
``translations/myna-prep_en.ts`` (context "StoreMessages"), then ``translations/build.py``.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CONTEXT = "StoreMessages"  # the catalogue context of every sentence below


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (the name is what it looks for); translated where it is shown."""
    return text


def _as_source(context: str, source: str) -> str:
    return source


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence as the store says it: its catalogue source and its arguments (text or clauses)."""

    source: str
    arguments: tuple[tuple[str, str | Message], ...] = ()

    @classmethod
    def of(cls, source: str, **arguments: object) -> Message:
        """``source`` with named arguments; a clause that is itself a Message stays one (translated
        with the sentence), anything else is kept as its text."""
        return cls(source, tuple((k, v if isinstance(v, Message) else str(v)) for k, v in arguments.items()))

    def render(self, translate: Callable[[str, str], str] = _as_source) -> str:
        """The sentence through ``translate(context, source)`` (default: the Japanese source)."""
        said = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.arguments}
        return translate(CONTEXT, self.source).format(**said)

    def __str__(self) -> str:
        return self.render()


def _about(name: str, source: str) -> Callable[[Path], Message]:
    """A sentence about one file or folder, named ``{name}`` in ``source``."""

    def say(path: Path) -> Message:
        return Message.of(source, **{name: path})

    return say


def _in_file(name: str, source: str) -> Callable[[Path, str | Message], Message]:
    """A sentence about a part (``{name}``) of one file (``{path}``)."""

    def say(path: Path, part: str | Message) -> Message:
        return Message.of(source, **{"path": path, name: part})

    return say


# --- opening the store ---------------------------------------------------------------------------

corrupt_moved = _about(
    "moved_to",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "保存データのファイルが壊れていたため、元のファイルを「{moved_to}」に移して保管し、新しいデータで始めました。",
    ),
)

foreign_moved = _about(
    "moved_to",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "保存データの場所に Myna Prep のものではないファイルがあったため、「{moved_to}」に移して保管し、新しいデータで始めました。",
    ),
)

migrated = _about(
    "backup",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "保存データを新しい形式に更新しました（更新前のコピーは「{backup}」にあります）。",
    ),
)


NEWER_SCHEMA_READ_ONLY = Message(
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "この保存データは新しいバージョンの Myna Prep で作られているため、読み取り専用で開いており、ここでの変更は保存されません。",
    )
)

dir_read_only = _about(
    "directory",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "データフォルダ「{directory}」に書き込めないため読み取り専用で開いており、ここでの変更は保存されません。",
    ),
)

file_read_only = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "保存データのファイル「{path}」に書き込めないため読み取り専用で開いており、ここでの変更は保存されません。",
    ),
)

dir_unusable = _about(
    "directory",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "データフォルダ「{directory}」を作成できないか書き込めないため、記録を保存できません。",
    ),
)

dir_is_file = _about(
    "directory",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "データフォルダ「{directory}」がフォルダではなくファイルのため、記録を読み書きできません。",
    ),
)

db_not_regular = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "保存データの場所「{path}」が通常のファイルではない（フォルダ、リンク、デバイスなど）か別のユーザーのものであるため、開きません。",
    ),
)

db_unreadable = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "保存データのファイル「{path}」を読み取る権限がないため、開けません。",
    ),
)

cannot_move_corrupt = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "保存データのファイル「{path}」が壊れていて、別の名前に移すこともできなかったため、開けません。",
    ),
)

cannot_open = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "保存データのファイル「{path}」を開けませんでした。",
    ),
)


# --- writing -------------------------------------------------------------------------------------

NOT_SAVED_READ_ONLY = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "読み取り専用で開いているため、この変更は保存されませんでした。")
)
NOT_SAVED_DISK_FULL = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "ディスクの空き容量が足りないため、この変更は保存されませんでした。")
)
NOT_SAVED_READ_ONLY_DISK = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "保存先に書き込めなくなったため、この変更は保存されませんでした。")
)
NOT_SAVED_IO = Message(
    QT_TRANSLATE_NOOP(
        "StoreMessages", "保存データのファイルに書き込めなかったため、この変更は保存されませんでした。"
    )
)
NOT_SAVED_BUSY = Message(
    QT_TRANSLATE_NOOP(
        "StoreMessages", "保存データが別の処理で使用中だったため、この変更は保存されませんでした。"
    )
)
NOT_READ = Message(QT_TRANSLATE_NOOP("StoreMessages", "保存データのファイルを読み込めませんでした。"))
INTERNAL = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "Myna Prep の内部エラーのため、この操作を完了できませんでした。")
)
NOT_FOUND = Message(
    QT_TRANSLATE_NOOP(
        "StoreMessages", "対象の記録が見つかりませんでした（ほかの操作で削除された可能性があります）。"
    )
)

# --- validation (nothing is saved when these are raised) -----------------------------------------

EMPTY_NAME = Message(QT_TRANSLATE_NOOP("StoreMessages", "名前を入力してください。"))
DUPLICATE_NAME = Message(QT_TRANSLATE_NOOP("StoreMessages", "同じ名前の人がすでに登録されています。"))
LAST_MEMBER = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "家族が一人だけのときは削除できません。名前の変更はできます。")
)
CARD_ALREADY_BOUND = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "このマイナンバーカードはすでに別の人に結び付けられています。")
)
BAD_CARD_HASH = Message(QT_TRANSLATE_NOOP("StoreMessages", "カードの証明書の値が正しくありません。"))
EMPTY_ISSUER = Message(QT_TRANSLATE_NOOP("StoreMessages", "証明書等を発行する企業の名前を入力してください。"))
DUPLICATE_CERTIFICATE = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "同じ種類で同じ発行企業の証明書等は、すでに登録されています。")
)
EMPTY_TYPE = Message(QT_TRANSLATE_NOOP("StoreMessages", "証明書等の種類を選んでください。"))
EMPTY_ITEM = Message(QT_TRANSLATE_NOOP("StoreMessages", "チェック項目が指定されていません。"))
DELEGATION_SAME_PERSON = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "委任者と代理人には別の人を選んでください。")
)
DELEGATION_EMPTY_NAME = Message(QT_TRANSLATE_NOOP("StoreMessages", "代理関係名を入力してください。"))
DELEGATION_PERIOD = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "代理権限の有効期間は、終了日を開始日以降にしてください。")
)
NOT_SAVED_INVALID = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "署名を確認できなかったファイルは、受領済みとして記録しません。")
)
RECEIVED_NOT_REGULAR = Message(
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "データフォルダの received（受け取ったファイルの保管場所）が、ふつうのフォルダやファイルではなく別の場所へのリンクなどになっているため、保存しませんでした。データフォルダの中を確認してください。",
    )
)

# --- backup files --------------------------------------------------------------------------------

backup_not_regular = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "「{path}」は通常のファイルではない（フォルダ、FIFO、デバイスなど）ため、読み込まずに何も変更していません。",
    ),
)


backup_duplicate_key = _in_file(
    "key",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "ファイル「{path}」に同じ項目「{key}」が二度あり内容が決まらないため、何も変更していません。",
    ),
)


export_not_importable = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "記録の中に読み込み直せない値があるため、「{path}」には書き出していません。",
    ),
)

export_target_not_regular = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "「{path}」は通常のファイルではない（フォルダ、リンク、デバイスなど）ため、書き出していません。",
    ),
)

backup_not_json = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "ファイル「{path}」は Myna Prep のバックアップとして読めない形式のため、何も変更していません。",
    ),
)

backup_foreign = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "ファイル「{path}」は Myna Prep のバックアップではないため、何も変更していません。",
    ),
)

backup_newer = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "ファイル「{path}」は新しいバージョンの Myna Prep で書き出されたため、このバージョンでは読み込めず、何も変更していません。",
    ),
)


_backup_invalid = _in_file(
    "where",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "ファイル「{path}」の内容に誤り（{where}）があるため、何も変更していません。",
    ),
)
WHOLE_FILE = Message(QT_TRANSLATE_NOOP("StoreMessages", "ファイル全体"))  # where no item is named


def backup_invalid(path: Path, where: str) -> Message:
    return _backup_invalid(path, where or WHOLE_FILE)


backup_exists = _about(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "ファイル「{path}」はすでにあるため、上書きしませんでした（上書きするには --force を付けてください）。",
    ),
)


APP_RUNNING = Message(
    QT_TRANSLATE_NOOP(
        "StoreMessages", "Myna Prep が起動中のため、アプリを終了してからもう一度実行してください。"
    )
)

# --- secrets -------------------------------------------------------------------------------------

NO_KEYRING = Message(
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "この環境では安全な保存場所（OS のキーチェーン）が使えないため、番号は保存されません。",
    )
)
PLAINTEXT_IN_USE = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "番号はデータフォルダ内のファイルに暗号化せずに保存されます。")
)
SECRET_NOT_SAVED = Message(
    QT_TRANSLATE_NOOP("StoreMessages", "キーチェーンに保存できなかったため、番号は保存されませんでした。")
)
SECRET_NOT_READ = Message(QT_TRANSLATE_NOOP("StoreMessages", "キーチェーンから番号を読み出せませんでした。"))


# --- why an operating-system call failed: a clause that ends before 「ため」 -------------------------

_OS_REASONS: dict[int, Message] = {
    errno.EACCES: Message(QT_TRANSLATE_NOOP("StoreMessages", "アクセスする権限がない")),
    errno.EPERM: Message(QT_TRANSLATE_NOOP("StoreMessages", "アクセスする権限がない")),
    errno.ENOENT: Message(QT_TRANSLATE_NOOP("StoreMessages", "見つからない")),
    errno.ENOTDIR: Message(QT_TRANSLATE_NOOP("StoreMessages", "途中の名前がフォルダではない")),
    errno.EISDIR: Message(QT_TRANSLATE_NOOP("StoreMessages", "フォルダである")),
    errno.ENOSPC: Message(QT_TRANSLATE_NOOP("StoreMessages", "ディスクの空き容量が足りない")),
    errno.EDQUOT: Message(QT_TRANSLATE_NOOP("StoreMessages", "ディスクの使用量の上限に達している")),
    errno.EROFS: Message(QT_TRANSLATE_NOOP("StoreMessages", "読み取り専用の場所である")),
    errno.ELOOP: Message(QT_TRANSLATE_NOOP("StoreMessages", "シンボリックリンクである")),
    errno.EFBIG: Message(QT_TRANSLATE_NOOP("StoreMessages", "ファイルが大きすぎる")),
}
CANNOT_READ_OR_WRITE = Message(QT_TRANSLATE_NOOP("StoreMessages", "読み書きできない"))
CANNOT_READ = Message(QT_TRANSLATE_NOOP("StoreMessages", "読み込めない"))
CANNOT_WRITE = Message(QT_TRANSLATE_NOOP("StoreMessages", "書き込めない"))


def os_reason(exc: OSError | None, default: Message = CANNOT_READ_OR_WRITE) -> Message:
    """The cause of ``exc`` as a clause that ends before 「ため」 (said in the user's language too)."""
    if exc is None or exc.errno is None:
        return default
    return _OS_REASONS.get(exc.errno, default)


def _because(name: str, source: str, default: Message) -> Callable[[Path, OSError | None], Message]:
    """A sentence about one file or folder (``{name}``) and why the system refused it (``{reason}``)."""

    def say(path: Path, exc: OSError | None = None) -> Message:
        return Message.of(source, **{name: path, "reason": os_reason(exc, default)})

    return say


_FOLDER_REFUSED = QT_TRANSLATE_NOOP(
    "StoreMessages",
    "データフォルダ「{directory}」は{reason}ため、何も変更していません。",
)
dir_failed = _because("directory", _FOLDER_REFUSED, CANNOT_READ_OR_WRITE)
lock_failed = _because("directory", _FOLDER_REFUSED, CANNOT_WRITE)  # taking the lock writes a file
backup_unreadable = _because(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "ファイル「{path}」は{reason}ため、何も変更していません。",
    ),
    CANNOT_READ,
)
backup_write_failed = _because(
    "path",
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "「{path}」は{reason}ため、バックアップを書き出せませんでした。",
    ),
    CANNOT_WRITE,
)


def _over(source: str) -> Callable[[Path, int], Message]:
    """A sentence about a file over a size limit (``{megabytes}``)."""

    def say(path: Path, limit: int) -> Message:
        return Message.of(source, path=path, megabytes=limit // (1024 * 1024))

    return say


backup_too_large = _over(
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "ファイル「{path}」はバックアップの上限（{megabytes} MB）より大きいため、読み込まずに何も変更していません。",
    )
)
export_too_large = _over(
    QT_TRANSLATE_NOOP(
        "StoreMessages",
        "記録がバックアップの上限（{megabytes} MB）を超えて読み込み直せなくなるため、「{path}」には書き出していません。",
    )
)


# --- seasons ---------------------------------------------------------------------------------------


def season_record_damaged(tax_year: int) -> Message:
    return Message.of(
        QT_TRANSLATE_NOOP(
            "StoreMessages",
            "{year}年の記録が読めません。今年の準備には影響ありません。バックアップから読み込み直せます。",
        ),
        year=tax_year,
    )
