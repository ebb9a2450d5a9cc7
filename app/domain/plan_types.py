"""The plan's vocabulary: states, badges, actions and the rows of a :class:`Plan` (codes, no words).

Built by :mod:`app.domain.plan`; import these names from there (it re-exports them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.model import Channel, DelegationOperation, LinkageStatus, Readiness, Service, TaskState
from app.domain.received import ReceivedFile
from app.domain.steps import StepId


class UnitState(StrEnum):
    """The state of one unit of work, from the user's point of view."""

    TODO = "todo"  # the user can act now
    WAITING = "waiting"  # the user acted; waiting for someone else (approval, delivery)
    DONE = "done"
    NOT_NEEDED = "not_needed"


class Badge(StrEnum):
    """A step's badge in the sidebar."""

    DONE = "done"
    IN_PROGRESS = "in_progress"  # nothing to do right now, something is being waited for
    NEEDS_ACTION = "needs_action"
    NOT_NEEDED = "not_needed"
    UNDECIDED = "undecided"  # STEP3–5 before anything is chosen in STEP2: their need is not known yet


# Steps whose need depends on the STEP2 choice.
DECIDED_BY_STEP2: frozenset[StepId] = frozenset({StepId.STEP3, StepId.STEP4, StepId.STEP5})


class ActionKind(StrEnum):
    DO_ITEM = "do_item"  # a fixed checklist item (steps.CHECKLIST_ITEMS): item_id
    SELECT_CERTIFICATES = "select_certificates"  # STEP2: choose what to obtain
    LINK_SERVICE = "link_service"  # STEP3: link マイナポータル with service
    CONFIRM_LINKAGE = "confirm_linkage"  # STEP3: the list shows 確認: check on the service's site
    REGISTER_WITH_ISSUER = "register_with_issuer"  # STEP4 ①: certificate_id, issuer, type_id
    LINK_ISSUER = "link_issuer"  # STEP4 ②: channel + issuer
    CHECK_READINESS = "check_readiness"  # 準備完了: check 証明書の準備状況 for certificate_id
    CONFIRM_DATA = (
        "confirm_data"  # 準備完了, 未記載 items: confirm on the delivering site that the data is there
    )
    DELEGATION_STEP = "delegation_step"  # 代理人設定: delegation_id, operation


class WaitingFor(StrEnum):
    """What a certificate that is not ready yet is waiting for."""

    DATA = "data"  # linked; the data is not confirmed on the delivering site yet (未記載 items)


class IssuerTaskKind(StrEnum):
    REGISTRATION = "registration"  # ① 電子交付サービスの利用者登録・電子交付への同意
    LINK = "link"  # ② 民間送達サービスと発行企業の連携


@dataclass(frozen=True, slots=True)
class NextAction:
    """What to do next, as codes. ``waiting``: the action is done and its result is awaited."""

    kind: ActionKind
    step: StepId
    subject: str  # the timeline subject: "item:step1.app", "linkage:etax", "certificate:12", ...
    waiting: bool = False
    follow_up: date | None = None
    item_id: str | None = None
    service: Service | None = None
    channel: Channel | None = None
    certificate_id: int | None = None
    type_id: str | None = None
    issuer: str | None = None
    delegation_id: int | None = None
    operation: DelegationOperation | None = None


@dataclass(frozen=True, slots=True)
class LinkageRow:
    """A STEP3 row: one service to link with マイナポータル."""

    service: Service
    status: LinkageStatus | None  # as recorded from the 連携状況リスト; None: not recorded
    state: UnitState
    follow_up: date | None
    certificate_ids: tuple[int, ...]  # the selections that need this linkage
    site_linked: bool | None = None  # for 確認: what the user found on the site (None: not checked)


@dataclass(frozen=True, slots=True)
class IssuerTask:
    """A STEP4 task for one selected issuer."""

    certificate_id: int
    type_id: str
    issuer: str
    channel: Channel
    kind: IssuerTaskKind
    state: TaskState  # as recorded
    unit_state: UnitState  # ② waits while ① is awaited
    follow_up: date | None


@dataclass(frozen=True, slots=True)
class CertificateStatus:
    certificate_id: int
    type_id: str
    issuer: str
    channel: Channel
    listed: bool  # whether 証明書の準備状況 shows it
    readiness: Readiness | None  # 未記載 when not listed; else as recorded (None: not recorded yet)
    prerequisites_done: bool  # STEP3 linkages, STEP4 tasks and STEP5 (if needed) are done
    ready: bool  # counted as ready in the summary
    state: UnitState
    waiting_for: WaitingFor | None = None  # set while linked but not ready
    expected: date | None = None  # when the data usually arrives for the tax year (catalog), if known
    data_confirmed_on: date | None = None  # when the user confirmed the data on the delivering site
    # A verified electronic certificate for the target tax year: the data itself, which makes the
    # certificate ready whatever the portal shows (None: no such file imported).
    received: ReceivedFile | None = None


@dataclass(frozen=True, slots=True)
class ReadinessDecision:
    ready: bool
    state: UnitState
    readiness: Readiness | None
    waiting_for: WaitingFor | None
    expected: date | None


@dataclass(frozen=True, slots=True)
class ReadySummary:
    ready: int
    total: int
    received: int = 0  # of the ready ones, how many are proven by a verified file
    received_signer_known: int = 0  # of those, how many were signed by a known signer

    @property
    def all_ready(self) -> bool:
        return self.total > 0 and self.ready == self.total


@dataclass(frozen=True, slots=True)
class Unit:
    step: StepId
    state: UnitState
    action: NextAction


@dataclass(frozen=True, slots=True)
class Plan:
    profile_id: int
    linkages: tuple[LinkageRow, ...]
    issuer_tasks: tuple[IssuerTask, ...]
    step5_needed: bool
    certificates: tuple[CertificateStatus, ...]
    badges: Mapping[StepId, Badge]
    summary: ReadySummary
    next_action: NextAction | None
    units: tuple[Unit, ...]
    delegates_only: bool = False  # only hands over 医療費通知情報 (delegation_rules.delegates_only)

    def tasks_of(self, certificate_id: int) -> tuple[IssuerTask, ...]:
        return tuple(t for t in self.issuer_tasks if t.certificate_id == certificate_id)
