"""The words for a certificate file's verification (:mod:`app.domain.received` codes).

The received-files page, its details dialog and ``myna-prep certificates`` say the same sentences
(context "Received").
"""

from __future__ import annotations

from app.domain.received import Reason, SignerTrust, Verdict
from app.i18n import translate


def verdict_text(reason: Reason, trust: SignerTrust | None = None, organisation: str = "") -> str:
    """The one sentence for a verification's reason, with what to do.

    A valid file says "as the issuer created it" only for a known signer (``trust``); otherwise it
    says that the content is intact and who the signing certificate names, no more.
    """
    if reason is Reason.VALID and trust is not SignerTrust.KNOWN:
        return signer_text(trust or SignerTrust.UNKNOWN, organisation)
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
        Reason.TOO_COMPLEX: translate(
            "Received",
            "電子的控除証明書としては項目や記述が多すぎるため、確認せずに閉じました。"
            "選んだファイルを確認してください。",
        ),
        Reason.UNSUPPORTED_TRANSFORM: translate(
            "Received",
            "電子的控除証明書では使われない署名の処理が指定されているため、確認できません。"
            "発行元のサイトからもう一度ダウンロードしてください。",
        ),
        Reason.UNSUPPORTED_KEY: translate(
            "Received", "署名の鍵が電子的控除証明書で使われる種類・長さではないため、確認できません。"
        ),
        Reason.SPLIT_VALUE: translate(
            "Received",
            "証明書の中に注釈などの記述が混ざっていて、金額などを正しく読めません。"
            "発行元のサイトからもう一度ダウンロードしてください。",
        ),
    }
    return texts[reason]


def signer_text(trust: SignerTrust, organisation: str) -> str:
    """A valid file's sentence for a signer that is not known (unknown, or another key than before)."""
    name = organisation or "-"
    if trust is SignerTrust.CHANGED:
        return translate(
            "Received",
            "署名されたときから内容は変わっていません。ただし、この発行元のファイルは以前は別の鍵で"
            "署名されていました（今回の署名の証明書の名前: {organisation}）。発行元が鍵を更新することも"
            "あります。内容を確かめてから、新しい署名者として受け入れてください。",
        ).format(organisation=name)
    if trust is SignerTrust.KNOWN:
        return verdict_text(Reason.VALID, trust)
    return translate(
        "Received",
        "署名されたときから内容は変わっていません。ただし、誰が署名したかはこのアプリでは確認できません"
        "（署名の証明書に書かれた名前: {organisation}）。",
    ).format(organisation=name)


def trust_word(trust: SignerTrust) -> str:
    """The short label of a valid file's signer: 署名確認済 only for a known signer."""
    return {
        SignerTrust.KNOWN: translate("Received", "署名確認済"),
        SignerTrust.UNKNOWN: translate("Received", "署名者未確認"),
        SignerTrust.CHANGED: translate("Received", "署名者が以前と違います"),
    }[trust]


def received_label(trust: SignerTrust) -> str:
    """A planned certificate's row: 「データ受領済（署名確認済）」 or 「データ受領済（署名者未確認）」."""
    return translate("Received", "データ受領済（{trust}）").format(trust=trust_word(trust))


def verdict_word(verdict: Verdict) -> str:
    return {
        Verdict.VALID: translate("Received", "内容は署名のとおり"),
        Verdict.TAMPERED: translate("Received", "改ざんの可能性"),
        Verdict.UNSIGNED: translate("Received", "署名なし"),
        Verdict.UNREADABLE: translate("Received", "証明書ではありません"),
    }[verdict]
