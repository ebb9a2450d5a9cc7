"""The words for a certificate file's verification (:mod:`app.domain.received` codes).

The received-files page, its details dialog and ``myna-prep certificates`` say the same sentences
(context "Received").
"""

from __future__ import annotations

from app.domain.received import Reason, Verdict
from app.i18n import translate


def verdict_text(reason: Reason) -> str:
    """The one sentence for a verification's reason, with what to do."""
    texts = {
        Reason.VALID: translate("Received", "署名を確認しました。発行元が作成したときのままのデータです。"),
        Reason.CONTENT_CHANGED: translate(
            "Received",
            "署名の後に内容が変わっています。メモ帳や Excel で開いて保存するとこうなることがあります。"
            "発行元のサイトからもう一度ダウンロードしてください。",
        ),
        Reason.SIGNATURE_CHANGED: translate(
            "Received", "署名が壊れています。発行元のサイトからもう一度ダウンロードしてください。"
        ),
        Reason.PARTIAL_SIGNATURE: translate(
            "Received",
            "署名が証明書の一部にしか掛かっていないため、金額などを確認できません。"
            "発行元のサイトからもう一度ダウンロードしてください。",
        ),
        Reason.NO_SIGNATURE: translate(
            "Received",
            "署名がありません。発行元が作成した電子データか確認できません。"
            "発行元のサイトからもう一度ダウンロードしてください。",
        ),
        Reason.EMPTY: translate(
            "Received", "ファイルが空です。発行元のサイトからもう一度ダウンロードしてください。"
        ),
        Reason.TOO_LARGE: translate(
            "Received", "電子的控除証明書としては大きすぎるファイルです。選んだファイルを確認してください。"
        ),
        Reason.NOT_XML: translate(
            "Received", "電子的控除証明書（XML）ではありません。選んだファイルを確認してください。"
        ),
        Reason.FORBIDDEN_MARKUP: translate(
            "Received",
            "電子的控除証明書にはない記述が含まれているため、開きませんでした。"
            "発行元のサイトからもう一度ダウンロードしてください。",
        ),
        Reason.UNKNOWN_FORM: translate(
            "Received", "このアプリが扱う電子的控除証明書等の様式ではありません。"
        ),
        Reason.UNSUPPORTED_SIGNATURE: translate(
            "Received", "署名の形式に対応していないため、確認できません。"
        ),
        Reason.UNREADABLE_FILE: translate(
            "Received", "ファイルを開けませんでした。場所と読み取りの権限を確認してください。"
        ),
    }
    return texts[reason]


def verdict_word(verdict: Verdict) -> str:
    return {
        Verdict.VALID: translate("Received", "署名確認済"),
        Verdict.TAMPERED: translate("Received", "改ざんの可能性"),
        Verdict.UNSIGNED: translate("Received", "署名なし"),
        Verdict.UNREADABLE: translate("Received", "証明書ではありません"),
    }[verdict]
