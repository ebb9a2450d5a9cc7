"""Qt translations of the display texts that live in pure-domain data.

``app.domain`` holds Japanese texts (step headlines, checklist items) and imports no
Qt, so lupdate cannot see them there. This module repeats each one inside ``QT_TRANSLATE_NOOP``
so lupdate extracts it under the context the UI translates it with, and offers the lookups the UI
uses. ``tests/ui/shell/test_language.py`` fails when a domain text is missing here (add it, then run
``translations/build.py``). The official labels of マイナポータル are in :mod:`app.i18n.labels`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.steps import ChecklistItem, Step
from app.i18n import QT_TRANSLATE_NOOP

STEPS_CONTEXT = "Steps"
SIDEBAR_CONTEXT = "Sidebar"
CHECKLIST_CONTEXT = "Checklist"
NUMBERS_CONTEXT = "Numbers"

# app.domain.steps.STEPS: the sidebar labels and the guide's headlines.
STEP_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Steps", "STEP0 全体図"),
    QT_TRANSLATE_NOOP("Steps", "マイナポータル連携に係る事前準備（全体図）"),
    QT_TRANSLATE_NOOP("Steps", "STEP1"),
    QT_TRANSLATE_NOOP("Steps", "マイナポータルで利用者登録"),
    QT_TRANSLATE_NOOP("Steps", "STEP2"),
    QT_TRANSLATE_NOOP("Steps", "「確定申告の事前準備」ページにアクセスして、取得したい証明書等を選択"),
    QT_TRANSLATE_NOOP("Steps", "STEP3"),
    QT_TRANSLATE_NOOP(
        "Steps",
        "マイナポータルとe-Taxを連携した上で、マイナポータルと民間送達サービスやねんきんネットを連携",
    ),
    QT_TRANSLATE_NOOP("Steps", "STEP4"),
    QT_TRANSLATE_NOOP("Steps", "民間送達サービスと証明書等を発行する企業との連携"),
    QT_TRANSLATE_NOOP("Steps", "STEP5"),
    QT_TRANSLATE_NOOP(
        "Steps", "e-Taxのマイページで情報取得希望の登録（給与所得の源泉徴収票情報を取得する場合）"
    ),
    QT_TRANSLATE_NOOP("Steps", "準備完了"),
    QT_TRANSLATE_NOOP("Steps", "事前準備が完了！確定申告書の作成開始！"),
    QT_TRANSLATE_NOOP("Steps", "代理人設定（参考）"),
    QT_TRANSLATE_NOOP("Steps", "（参考）マイナポータルにおける代理人の設定"),
)

# app.ui.shell.main_window.SIDEBAR_SUBTITLES: our own short subtitles.
SIDEBAR_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Sidebar", "準備するものと流れ"),
    QT_TRANSLATE_NOOP("Sidebar", "利用者登録"),
    QT_TRANSLATE_NOOP("Sidebar", "証明書等を選ぶ"),
    QT_TRANSLATE_NOOP("Sidebar", "外部サイトと連携"),
    QT_TRANSLATE_NOOP("Sidebar", "発行企業と連携"),
    QT_TRANSLATE_NOOP("Sidebar", "e-Taxで情報取得希望"),
    QT_TRANSLATE_NOOP("Sidebar", "準備状況を確認"),
    QT_TRANSLATE_NOOP("Sidebar", "家族の医療費通知情報"),
)

# app.domain.steps.CHECKLIST_ITEMS: the fixed checklist items.
CHECKLIST_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Checklist", "マイナンバーカードを手元に用意した"),
    QT_TRANSLATE_NOOP(
        "Checklist", "マイナンバーカード読取対応のスマートフォン（又はICカードリーダライタ）を用意した"
    ),
    QT_TRANSLATE_NOOP("Checklist", "{{fact:app_name}}をダウンロードした"),
    QT_TRANSLATE_NOOP("Checklist", "マイナポータルの利用者登録をした"),
    QT_TRANSLATE_NOOP("Checklist", "利用者証明用電子証明書パスワード（数字4桁）でログインできた"),
    QT_TRANSLATE_NOOP("Checklist", "「確定申告の事前準備」ページを開いた"),
    QT_TRANSLATE_NOOP("Checklist", "取得したい証明書等の種類と発行する企業を選択した"),
    QT_TRANSLATE_NOOP("Checklist", "アカウント連携の際に「お知らせの受け取り」にチェックを入れた"),
    QT_TRANSLATE_NOOP("Checklist", "①「e-Taxからの情報取得を希望する」ボタンを押した"),
    QT_TRANSLATE_NOOP("Checklist", "②「カナ氏名」を入力した"),
    QT_TRANSLATE_NOOP(
        "Checklist", "③マイナンバーカードを読み取った（券面事項入力補助用パスワード・数字4桁）"
    ),
    QT_TRANSLATE_NOOP("Checklist", "④マイナンバーカードを読み取った（署名用パスワード・英数字6〜16桁）"),
    QT_TRANSLATE_NOOP(
        "Checklist", "「証明書の準備状況」で取得したい証明書等が「準備完了」であることを確認した"
    ),
)

# resources/catalog/catalog.json issuer_needs.numbers: the numbers to have at hand, as printed on
# the issuer's documents (kept in Japanese in English, with a gloss).
NUMBER_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Numbers", "証券番号"),
    QT_TRANSLATE_NOOP("Numbers", "共済契約者番号"),
    QT_TRANSLATE_NOOP("Numbers", "口座番号"),
    QT_TRANSLATE_NOOP("Numbers", "寄附番号"),
)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def step_label(step: Step) -> str:
    return _tr(STEPS_CONTEXT, step.label)


def step_headline(step: Step) -> str:
    return _tr(STEPS_CONTEXT, step.headline)


def sidebar_subtitle(text: str) -> str:
    return _tr(SIDEBAR_CONTEXT, text)


def checklist_text(item: ChecklistItem) -> str:
    """The item in the current language, its dated facts (the app's name) filled in."""
    from app.i18n.plan import item_text

    return item_text(item.id)


def number_text(name: str) -> str:
    """A number the issuer asks for (証券番号, 寄附番号, …) in the current language."""
    return _tr(NUMBERS_CONTEXT, name)
