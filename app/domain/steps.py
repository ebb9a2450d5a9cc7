"""The steps of the National Tax Agency's guide and the fixed checklist items of each step.

Headlines are copied from the guide (``shared/seed/mynaportal-renkei-jizen-junbi.clean.txt``);
they are official labels and must stay exactly as written there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class StepId(StrEnum):
    STEP0 = "step0"
    STEP1 = "step1"
    STEP2 = "step2"
    STEP3 = "step3"
    STEP4 = "step4"
    STEP5 = "step5"
    READY = "ready"
    DELEGATION = "delegation"


@dataclass(frozen=True, slots=True)
class Step:
    id: StepId
    label: str  # the sidebar label, e.g. "STEP1"
    headline: str  # the guide's headline


STEPS: tuple[Step, ...] = (
    Step(StepId.STEP0, "STEP0 全体図", "マイナポータル連携に係る事前準備（全体図）"),
    Step(StepId.STEP1, "STEP1", "マイナポータルで利用者登録"),
    Step(
        StepId.STEP2,
        "STEP2",
        "「確定申告の事前準備」ページにアクセスして、取得したい証明書等を選択",
    ),
    Step(
        StepId.STEP3,
        "STEP3",
        "マイナポータルとe-Taxを連携した上で、マイナポータルと民間送達サービスやねんきんネットを連携",
    ),
    Step(StepId.STEP4, "STEP4", "民間送達サービスと証明書等を発行する企業との連携"),
    Step(
        StepId.STEP5,
        "STEP5",
        "e-Taxのマイページで情報取得希望の登録（給与所得の源泉徴収票情報を取得する場合）",
    ),
    Step(StepId.READY, "準備完了", "事前準備が完了！確定申告書の作成開始！"),
    Step(StepId.DELEGATION, "代理人設定（参考）", "（参考）マイナポータルにおける代理人の設定"),
)

STEP_BY_ID: dict[StepId, Step] = {s.id: s for s in STEPS}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str  # stable: stored in the database and in backups
    step: StepId
    text: str  # Japanese; the English text comes from translations


# Items that are the same for everyone. Per-certificate and per-linkage items come from the plan.
CHECKLIST_ITEMS: tuple[ChecklistItem, ...] = (
    ChecklistItem("step0.card", StepId.STEP0, "マイナンバーカードを手元に用意した"),
    ChecklistItem(
        "step0.reader",
        StepId.STEP0,
        "マイナンバーカード読取対応のスマートフォン（又はICカードリーダライタ）を用意した",
    ),
    ChecklistItem("step1.app", StepId.STEP1, "{{fact:app_name}}をダウンロードした"),
    ChecklistItem("step1.register", StepId.STEP1, "マイナポータルの利用者登録をした"),
    ChecklistItem("step1.login", StepId.STEP1, "利用者証明用電子証明書パスワード（数字4桁）でログインできた"),
    ChecklistItem("step2.open_page", StepId.STEP2, "「確定申告の事前準備」ページを開いた"),
    ChecklistItem("step2.select", StepId.STEP2, "取得したい証明書等の種類と発行する企業を選択した"),
    ChecklistItem(
        "step3.notices", StepId.STEP3, "アカウント連携の際に「お知らせの受け取り」にチェックを入れた"
    ),
    ChecklistItem("step5.request", StepId.STEP5, "①「e-Taxからの情報取得を希望する」ボタンを押した"),
    ChecklistItem("step5.kana", StepId.STEP5, "②「カナ氏名」を入力した"),
    ChecklistItem(
        "step5.read_text",
        StepId.STEP5,
        "③マイナンバーカードを読み取った（券面事項入力補助用パスワード・数字4桁）",
    ),
    ChecklistItem(
        "step5.read_sign",
        StepId.STEP5,
        "④マイナンバーカードを読み取った（署名用パスワード・英数字6〜16桁）",
    ),
    ChecklistItem(
        "ready.check_status",
        StepId.READY,
        "「証明書の準備状況」で取得したい証明書等が「準備完了」であることを確認した",
    ),
)

CHECKLIST_ITEM_BY_ID: dict[str, ChecklistItem] = {i.id: i for i in CHECKLIST_ITEMS}


def items_of(step: StepId) -> tuple[ChecklistItem, ...]:
    return tuple(i for i in CHECKLIST_ITEMS if i.step is step)
