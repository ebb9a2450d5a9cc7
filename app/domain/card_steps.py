"""Which steps of the guide use the My Number card, so the window can open the card reader there.

The rule follows the guide's own to-dos (``shared/seed/mynaportal-renkei-jizen-junbi.clean.txt``):
STEP1 logs in to マイナポータル by reading the card with the 利用者証明用電子証明書パスワード, and STEP5's
③ and ④ read the card twice (券面事項入力補助用 and 署名用). A step uses the card when one of its
checklist to-dos does; no other step asks for it. A step the plan marks 不要 or 完了 does not open it:
the sheet would only cover the page of someone who has nothing left to do with the card there.
"""

from __future__ import annotations

from app.domain.plan import Badge
from app.domain.steps import CHECKLIST_ITEM_BY_ID, StepId

# The fixed to-dos that read the card, with the password each one asks for (app.card.pins' values).
CARD_TODOS: dict[str, str] = {
    "step1.login": "auth",
    "step5.read_text": "text",
    "step5.read_sign": "sign",
}

# STEP1 is マイナポータルの利用者登録 itself: registering reads the card, whatever is ticked.
CARD_STEPS: frozenset[StepId] = frozenset(
    {StepId.STEP1, *(CHECKLIST_ITEM_BY_ID[item].step for item in CARD_TODOS)}
)


def uses_card(step: StepId) -> bool:
    """True when ``step`` asks the user to read the card (open the card reader there)."""
    return step in CARD_STEPS


def opens_card_reader(step: StepId, badge: Badge | None = None) -> bool:
    """Open the card reader by itself on ``step``: it reads the card and the plan does not call the
    step 不要 (STEP5 is only for a salary withholding slip) or 完了. ``badge`` None: the plan is not known."""
    return uses_card(step) and badge not in (Badge.NOT_NEEDED, Badge.DONE)


def passwords_for(step: StepId) -> tuple[str, ...]:
    """The passwords the step's to-dos ask for, in the guide's order ("auth", "text", "sign")."""
    return tuple(kind for item, kind in CARD_TODOS.items() if CHECKLIST_ITEM_BY_ID[item].step is step)
