"""The English of a certificate's item names and form names, in the one catalogue.

A signed certificate names its items with the schema's Japanese meanings (``app.certificates.schema``:
a path such as 「証明額・新制度・一般・差引保険料等合計額」). The Japanese stays the record; in English
each segment is said through the catalogue (context "CertificateItems"), and a segment without an entry keeps
its Japanese, which an English reader can still match against the printed certificate. To change a
word: edit its English in ``translations/myna-prep_en.ts`` (add a new meaning below first).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.i18n import SOURCE_LANGUAGE, current_language, translate

SEPARATOR_JA = "・"  # i18n: how the schema's meanings are joined (app.certificates.schema.FormSchema.label)
SEPARATOR_EN = " – "

# The meanings the forms use (lupdate reads these; the English is in the .ts).
MEANINGS = (
    QT_TRANSLATE_NOOP("CertificateItems", "保険会社名"),
    QT_TRANSLATE_NOOP("CertificateItems", "法人番号"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明日"),
    QT_TRANSLATE_NOOP("CertificateItems", "契約者"),
    QT_TRANSLATE_NOOP("CertificateItems", "契約者名"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明年"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明年分"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明年分１"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明年分２"),
    QT_TRANSLATE_NOOP("CertificateItems", "題"),
    QT_TRANSLATE_NOOP("CertificateItems", "適用制度"),
    QT_TRANSLATE_NOOP("CertificateItems", "証券番号"),
    QT_TRANSLATE_NOOP("CertificateItems", "保険種類"),
    QT_TRANSLATE_NOOP("CertificateItems", "契約日"),
    QT_TRANSLATE_NOOP("CertificateItems", "被保険者"),
    QT_TRANSLATE_NOOP("CertificateItems", "被保険者名"),
    QT_TRANSLATE_NOOP("CertificateItems", "被保険者番号"),
    QT_TRANSLATE_NOOP("CertificateItems", "払込方法"),
    QT_TRANSLATE_NOOP("CertificateItems", "受取人"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明額"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明額（12月期想定）"),
    QT_TRANSLATE_NOOP("CertificateItems", "旧制度"),
    QT_TRANSLATE_NOOP("CertificateItems", "新制度"),
    QT_TRANSLATE_NOOP("CertificateItems", "一般"),
    QT_TRANSLATE_NOOP("CertificateItems", "年金"),
    QT_TRANSLATE_NOOP("CertificateItems", "介護医療"),
    QT_TRANSLATE_NOOP("CertificateItems", "保険料"),
    QT_TRANSLATE_NOOP("CertificateItems", "配当金"),
    QT_TRANSLATE_NOOP("CertificateItems", "差引保険料等合計額"),
    QT_TRANSLATE_NOOP("CertificateItems", "年間払込保険料（参考）"),
    QT_TRANSLATE_NOOP("CertificateItems", "申告額（参考）"),
    QT_TRANSLATE_NOOP("CertificateItems", "地震保険"),
    QT_TRANSLATE_NOOP("CertificateItems", "地震保険料"),
    QT_TRANSLATE_NOOP("CertificateItems", "控除対象保険料"),
    QT_TRANSLATE_NOOP("CertificateItems", "旧長期損害保険"),
    QT_TRANSLATE_NOOP("CertificateItems", "旧長期損害保険料"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附を受けた団体名等"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附を受けた団体の所在地"),
    QT_TRANSLATE_NOOP("CertificateItems", "受領年月日"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附者の氏名"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附者氏名（一面）"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附者氏名（二面）"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附者住所"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附金額"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附金の額"),
    QT_TRANSLATE_NOOP("CertificateItems", "年間寄附額"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附の内訳（一面）"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附の内訳（二面）"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附年月日"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附の種類"),
    QT_TRANSLATE_NOOP("CertificateItems", "寄附番号"),
    QT_TRANSLATE_NOOP("CertificateItems", "名称"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明書発行者名"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明書発行年月日"),
    QT_TRANSLATE_NOOP("CertificateItems", "被保険者氏名"),
    QT_TRANSLATE_NOOP("CertificateItems", "被保険者住所"),
    QT_TRANSLATE_NOOP("CertificateItems", "基礎年金番号等"),
    QT_TRANSLATE_NOOP("CertificateItems", "納付済額"),
    QT_TRANSLATE_NOOP("CertificateItems", "見込額"),
    QT_TRANSLATE_NOOP("CertificateItems", "合計額"),
    QT_TRANSLATE_NOOP("CertificateItems", "当年分"),
    QT_TRANSLATE_NOOP("CertificateItems", "翌年分"),
    QT_TRANSLATE_NOOP("CertificateItems", "翌々年分"),
    QT_TRANSLATE_NOOP("CertificateItems", "申告年分"),
    QT_TRANSLATE_NOOP("CertificateItems", "各年に分けて申告する場合の証明額"),
    QT_TRANSLATE_NOOP("CertificateItems", "発行者"),
    QT_TRANSLATE_NOOP("CertificateItems", "発行団体"),
    QT_TRANSLATE_NOOP("CertificateItems", "氏名"),
    QT_TRANSLATE_NOOP("CertificateItems", "住所"),
    QT_TRANSLATE_NOOP("CertificateItems", "掛金種別"),
    QT_TRANSLATE_NOOP("CertificateItems", "払込年分"),
    QT_TRANSLATE_NOOP("CertificateItems", "払込済額"),
    QT_TRANSLATE_NOOP("CertificateItems", "払込予定額"),
    QT_TRANSLATE_NOOP("CertificateItems", "金額"),
    QT_TRANSLATE_NOOP("CertificateItems", "控除合計額"),
    QT_TRANSLATE_NOOP("CertificateItems", "前納減額金"),
    QT_TRANSLATE_NOOP("CertificateItems", "証明日/発行日"),
    QT_TRANSLATE_NOOP("CertificateItems", "年分"),
    QT_TRANSLATE_NOOP("CertificateItems", "支払を受ける者"),
    QT_TRANSLATE_NOOP("CertificateItems", "支払金額"),
    QT_TRANSLATE_NOOP("CertificateItems", "給与所得控除後の金額"),
    QT_TRANSLATE_NOOP("CertificateItems", "所得控除の額の合計額"),
    QT_TRANSLATE_NOOP("CertificateItems", "源泉徴収税額"),
    QT_TRANSLATE_NOOP("CertificateItems", "税額"),
    QT_TRANSLATE_NOOP("CertificateItems", "内書"),
    QT_TRANSLATE_NOOP("CertificateItems", "支払者"),
    QT_TRANSLATE_NOOP("CertificateItems", "氏名又は名称"),
    QT_TRANSLATE_NOOP("CertificateItems", "備考"),
    QT_TRANSLATE_NOOP("CertificateItems", "その他"),
)

# The forms' own names (様式名 from the schema), e.g. for the received-file details.
FORM_NAMES = (
    QT_TRANSLATE_NOOP("CertificateForms", "給与所得の源泉徴収票(平成28年以降用)"),
    QT_TRANSLATE_NOOP("CertificateForms", "給与所得の源泉徴収票(平成30年以降用)"),
    QT_TRANSLATE_NOOP("CertificateForms", "給与所得の源泉徴収票(令和2年以降用)"),
    QT_TRANSLATE_NOOP("CertificateForms", "給与所得の源泉徴収票(令和4年以降用)"),
    QT_TRANSLATE_NOOP("CertificateForms", "給与所得の源泉徴収票(令和5年以降用)"),
    QT_TRANSLATE_NOOP("CertificateForms", "生命保険料控除証明書"),
    QT_TRANSLATE_NOOP("CertificateForms", "地震保険料控除証明書"),
    QT_TRANSLATE_NOOP("CertificateForms", "寄附金受領証明書"),
    QT_TRANSLATE_NOOP("CertificateForms", "寄附金受領証明書(複数寄附対応用)"),
    QT_TRANSLATE_NOOP("CertificateForms", "寄附金受領証明書(令和3年分以降複数寄附対応用)"),
    QT_TRANSLATE_NOOP("CertificateForms", "寄附金控除に関する証明書"),
    QT_TRANSLATE_NOOP("CertificateForms", "国民年金保険料等控除証明書"),
    QT_TRANSLATE_NOOP("CertificateForms", "小規模企業共済等掛金控除証明書"),
)


def _english(segment: str) -> str | None:
    said = translate("CertificateItems", segment)
    return None if said == segment else said


def item_label(label_ja: str) -> str:
    """An item's name (``label_ja``, the schema's meanings joined by 「・」) in the installed language."""
    if (current_language() or SOURCE_LANGUAGE) == SOURCE_LANGUAGE:
        return label_ja
    pieces = label_ja.split(SEPARATOR_JA)
    said: list[str] = []
    start = 0
    while start < len(pieces):
        # the longest run of pieces that is one meaning (a meaning may itself contain 「・」)
        for end in range(len(pieces), start, -1):
            english = _english(SEPARATOR_JA.join(pieces[start:end]))
            if english is not None:
                said.append(english)
                start = end
                break
        else:
            said.append(pieces[start])
            start += 1
    text = SEPARATOR_EN.join(said)
    return text[:1].upper() + text[1:]


def form_label(form_name_ja: str) -> str:
    """A form's name (様式名) in the installed language."""
    return translate("CertificateForms", form_name_ja)
