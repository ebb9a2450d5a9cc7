"""Build the checklist of one member or of the whole household from the store's household and plan.

A member's part: the readiness headline and the next action, every step of the guide with its tick
boxes (fixed items, STEP3 linkages, STEP4 issuer tasks, the readiness of each certificate, the
delegations), the certificate table, the passwords by name with the tries left from the last card
check. Rows are codes (:mod:`app.domain.checklist.model`); nothing here is a sentence.
"""

from __future__ import annotations

from datetime import date

from app.domain import deadlines
from app.domain.card_expiry import card_expiry
from app.domain.catalog import Catalog
from app.domain.checklist.model import (
    CardFacts,
    CertificateLine,
    Checklist,
    CheckRow,
    MemberChecklist,
    Named,
    PasswordKind,
    PasswordNeed,
    Phrase,
    QrTarget,
    StepSection,
    phrase,
)
from app.domain.delegation_rules import findings as delegation_findings
from app.domain.facts import Facts, default_facts
from app.domain.links import LINK_BY_ID, is_official_url
from app.domain.model import (
    Delegation,
    DelegationOperation,
    Household,
    MemberState,
    Profile,
    TaskState,
)
from app.domain.plan import IssuerTaskKind, Plan, UnitState, build_plan
from app.domain.reminders import household_reminders, next_dates
from app.domain.rules import combined_state
from app.domain.status import Status, delegation_status, readiness_headline, status_board
from app.domain.steps import STEPS, StepId, items_of

LANGS = ("ja", "en")

# The official pages of the smartphone route, printed as QR codes (each must pass is_official_url).
QR_LINK_IDS: tuple[str, ...] = (
    "mynaportal",
    "tax_return_prep",
    "mynaportal_app_ios",
    "mynaportal_app_android",
    "filing_corner",
)

# The app's store links and name are dated facts (facts.json).
_APP_LINK_FACTS: dict[str, str] = {
    "mynaportal_app_ios": "app_ios_url",
    "mynaportal_app_android": "app_android_url",
}

_STATUS_OF: dict[UnitState, Status] = {
    UnitState.TODO: Status.NOT_STARTED,
    UnitState.WAITING: Status.WAITING,
    UnitState.DONE: Status.DONE,
    UnitState.NOT_NEEDED: Status.NOT_NEEDED,
}


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "ja"


def qr_targets(lang: str = "ja", facts: Facts | None = None) -> tuple[QrTarget, ...]:
    """The official pages of the smartphone route; refuses any that fails the allow-list.

    The app's store links and name come from the dated facts (default: the shipped record).
    """
    lang = _lang(lang)
    record = default_facts() if facts is None else facts
    targets = []
    for link_id in QR_LINK_IDS:
        fact_id = _APP_LINK_FACTS.get(link_id)
        url = LINK_BY_ID[link_id].url if fact_id is None else record.text(fact_id, lang)
        if not is_official_url(url):
            raise ValueError(f"not an official URL: {url}")
        app = record.text("app_name", lang) if fact_id is not None else ""
        targets.append(QrTarget(link_id, url, app))
    return tuple(targets)


class _Rows:
    """Collects the rows of every step; a follow-up date already past makes a row 要対応."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.rows: dict[StepId, list[CheckRow]] = {step.id: [] for step in STEPS}

    def add(
        self,
        step: StepId,
        text: Phrase,
        state: UnitState,
        follow_up: date | None = None,
        official: Phrase | None = None,
        *,
        indent: int = 0,
        detail: Phrase | None = None,
        findings: Phrase | None = None,
        summary: bool = False,
        status: Status | None = None,
    ) -> None:
        open_row = state in (UnitState.TODO, UnitState.WAITING)
        follow_up = follow_up if open_row else None
        official = official if open_row or official == phrase("received") else None  # 完了 beside 完了: once
        status = _STATUS_OF[state] if status is None else status
        if follow_up is not None and follow_up < self.today:
            status = Status.ATTENTION  # a missed follow-up: a real problem
        self.rows[step].append(
            CheckRow(text, state, status, follow_up, official, indent, detail, summary, findings)
        )

    def items(self, member: MemberState, step: StepId) -> None:
        for item in items_of(step):
            progress = member.progress.get(item.id)
            state = _unit(progress.state) if progress is not None else UnitState.TODO
            self.add(
                step, phrase("item", item=item.id), state, None if progress is None else progress.follow_up
            )

    def problems(self) -> set[StepId]:
        return {step for step, rows in self.rows.items() if any(r.status is Status.ATTENTION for r in rows)}


def _unit(state: TaskState) -> UnitState:
    return UnitState(state.value)


def _type(type_id: str, catalog: Catalog) -> Named:
    entry = catalog.get(type_id)
    return Named(type_id, type_id) if entry is None else Named(entry.name("ja"), entry.name("en"))


def _delegations_of(member: MemberState, household: Household) -> tuple[Delegation, ...]:
    pid = member.profile.id
    return tuple(d for d in household.delegations if pid in (d.delegator_profile_id, d.delegate_profile_id))


def _sections(
    member: MemberState, plan: Plan, catalog: Catalog, household: Household, today: date
) -> tuple[StepSection, ...]:
    rows = _Rows(today)
    notes: dict[StepId, Phrase] = {}
    needed: dict[StepId, bool] = {step.id: True for step in STEPS}
    by_id = {c.id: c for c in member.certificates}

    for early in (StepId.STEP0, StepId.STEP1, StepId.STEP2):
        rows.items(member, early)
    count = len(member.certificates)
    notes[StepId.STEP2] = phrase("selected_count", n=count) if count else phrase("none_selected")

    undecided = not member.certificates  # nothing chosen yet: STEP3–5 depend on the choice
    if plan.linkages or undecided:
        rows.items(member, StepId.STEP3)
    for link in plan.linkages:
        official = None if link.status is None else phrase("portal_shows", label=link.status)
        rows.add(StepId.STEP3, phrase("linkage", service=link.service), link.state, link.follow_up, official)
    if undecided:
        notes[StepId.STEP3] = phrase("depends_step3")
    elif not plan.linkages:
        needed[StepId.STEP3] = False
        notes[StepId.STEP3] = phrase("not_needed_step")

    for task in plan.issuer_tasks:
        fields = {"issuer": task.issuer, "type": _type(task.type_id, catalog), "channel": task.channel}
        key = "registration" if task.kind is IssuerTaskKind.REGISTRATION else "link"
        rows.add(StepId.STEP4, phrase(key, **fields), task.unit_state, task.follow_up)
    if undecided:
        notes[StepId.STEP4] = phrase("depends_step4")
    elif not plan.issuer_tasks:
        needed[StepId.STEP4] = False
        notes[StepId.STEP4] = phrase("not_needed_step")

    if plan.step5_needed or undecided:
        rows.items(member, StepId.STEP5)
        if undecided:
            notes[StepId.STEP5] = phrase("depends_step5")
    else:
        needed[StepId.STEP5] = False
        notes[StepId.STEP5] = phrase("not_needed_step")

    for status in plan.certificates:
        name = _type(status.type_id, catalog)
        if not status.listed:
            # 未記載: ready only once the data is confirmed on the delivering site
            if status.prerequisites_done:
                text = phrase("data", type=name, channel=status.channel)
                word = phrase("data_confirmed" if status.ready else "data_waiting")
                rows.add(StepId.READY, text, status.state, status.expected, word)
            continue
        text = phrase("readiness", type=name, issuer=status.issuer)
        official = None if status.readiness is None else phrase("portal_shows", label=status.readiness)
        if status.received is not None:  # the verified file is the proof, whatever the portal showed
            official = phrase("received")
        rows.add(StepId.READY, text, status.state, by_id[status.certificate_id].follow_up, official)
    rows.items(member, StepId.READY)

    delegations = _delegations_of(member, household)
    names = {m.profile.id: m.profile.display_name for m in household.members}
    for d in delegations:
        head = phrase(
            "delegation",
            delegator=names.get(d.delegator_profile_id, "?"),
            delegate=names.get(d.delegate_profile_id, "?"),
            relation=d.relation_name,
        )
        states = [_unit(d.operations.get(op, TaskState.TODO)) for op in DelegationOperation]
        detail = phrase("delegation_detail", start=d.valid_from, end=d.valid_to, services=d.services)
        found = tuple(delegation_findings(d, household, today))  # the 代理人設定 rules, on paper too
        warnings = phrase("delegation_findings", findings=found, catalog=catalog) if found else None
        rows.add(
            StepId.DELEGATION,
            head,
            combined_state(states),
            detail=detail,
            findings=warnings,
            summary=True,
            status=delegation_status(d, household, today),  # its one word, as on screen
        )
        for op, state in zip(DelegationOperation, states, strict=True):
            rows.add(StepId.DELEGATION, phrase("delegation_op", operation=op), state, indent=1)
    if not delegations:
        needed[StepId.DELEGATION] = False
        notes[StepId.DELEGATION] = phrase("no_delegations")

    # the screen's board (a delegation's word, its problems), plus the follow-ups missed on paper
    statuses = dict(status_board(household, {plan.profile_id: plan}, plan.profile_id, today).steps)
    statuses.update(dict.fromkeys(rows.problems(), Status.ATTENTION))
    return tuple(
        StepSection(
            step.id, statuses[step.id], tuple(rows.rows[step.id]), notes.get(step.id), needed[step.id]
        )
        for step in STEPS
    )


def _passwords(
    plan: Plan, has_delegation: bool, facts: CardFacts | None, *, undecided: bool
) -> tuple[PasswordNeed, ...]:
    step5_used = plan.step5_needed or undecided
    auth_used = [phrase("used_step1_login"), phrase("used_step3")]
    if has_delegation:
        auth_used.append(phrase("used_delegation"))
    step5 = (phrase("used_step5_if_needed" if undecided else "used_step5"),) if step5_used else ()
    checked = facts is not None
    return (
        PasswordNeed(
            PasswordKind.AUTH,
            tuple(auth_used),
            True,
            3,
            None if facts is None else facts.auth_tries_left,
            checked,
        ),
        PasswordNeed(
            PasswordKind.TEXT, step5, step5_used, 3, None if facts is None else facts.text_tries_left, checked
        ),
        PasswordNeed(
            PasswordKind.SIGN, step5, step5_used, 5, None if facts is None else facts.sign_tries_left, checked
        ),
    )


def _facts_for(member: MemberState, facts: CardFacts | None, single: bool) -> CardFacts | None:
    if facts is None:
        return None
    if facts.card_sha256 is None:
        return facts if single else None
    return facts if facts.card_sha256 == member.profile.card_sha256 else None


def member_checklist(
    member: MemberState,
    household: Household,
    catalog: Catalog,
    today: date,
    card: CardFacts | None = None,
) -> MemberChecklist:
    """One member's part of the checklist (``card`` already matched to this member, or None)."""
    plan = build_plan(member, catalog, today, household.delegations)
    undecided = not member.certificates
    summary = plan.summary
    return MemberChecklist(
        profile_id=member.profile.id,
        display_name=member.profile.display_name,
        relation=member.profile.relation,
        headline=readiness_headline(summary.ready, summary.total, delegates_only=plan.delegates_only),
        ready=summary.ready,
        total=summary.total,
        received=summary.received,
        next_action=plan.next_action,
        passwords=_passwords(plan, bool(_delegations_of(member, household)), card, undecided=undecided),
        card=card,
        sections=_sections(member, plan, catalog, household, today),
        certificates=tuple(
            CertificateLine(_type(s.type_id, catalog), s.issuer, s.channel, s.state)
            for s in plan.certificates
        ),
        step5_needed=plan.step5_needed,
        dates=next_dates(
            household_reminders(household, catalog, today, profile_ids=[member.profile.id]), today
        ),
        card_expiry=card_expiry(_expiry_of(member, card), today),
    )


def _expiry_of(member: MemberState, card: CardFacts | None) -> date | None:
    """The card's certificate expiry: from this print's diagnosis, else the one remembered for the member."""
    if card is not None and card.certificate_expires is not None:
        return card.certificate_expires
    return member.profile.card_expires_on


def build_checklist(
    household: Household,
    catalog: Catalog,
    today: date,
    *,
    profile_id: int | None = None,
    lang: str = "ja",
    card: CardFacts | None = None,
    tax_year: int | None = None,
) -> Checklist:
    """The checklist of one member (``profile_id``) or, with ``profile_id=None``, of every member.

    Raises ``KeyError`` when ``profile_id`` is not in the household. A household without members gives
    a blank form: one part with an empty name (to write in) and every fixed item unticked.
    """
    lang = _lang(lang)
    if profile_id is not None:
        selected = household.member(profile_id)
        if selected is None:
            raise KeyError(profile_id)
        members: tuple[MemberState, ...] = (selected,)
    elif household.members:
        members = household.members
    else:
        members = (MemberState(Profile(id=0, display_name="")),)  # a blank form to fill in by hand
    single = profile_id is not None or len(members) == 1
    year = deadlines.current_tax_year(today) if tax_year is None else tax_year
    period = deadlines.filing_period(year)
    return Checklist(
        lang=lang,
        tax_year=year,
        printed_on=today,
        filing_start=period.start,
        filing_end=period.end,
        days_left=deadlines.days_left(today, year),
        household=profile_id is None and bool(household.members),
        members=tuple(
            member_checklist(m, household, catalog, today, _facts_for(m, card, single)) for m in members
        ),
        qr_targets=qr_targets(lang),
        catalog=catalog,
        source=household,
    )
