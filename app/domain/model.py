"""The household's preparation as plain data: the shared vocabulary of every layer.

Enum values are stable codes (stored in the database, exported in backups and JSON); they are
never shown to a person. The official Japanese labels live in ``labels.py``; the UI translates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.domain.received import ReceivedFile


class Channel(StrEnum):
    """Where an issuer delivers a certificate for マイナポータル連携."""

    E_SHISHOBAKO = "e_shishobako"  # e-私書箱
    MYPOST = "mypost"  # MyPost
    MINKAN_ETAX = "minkan_etax"  # 民間送達・e-Tax連携サービス
    NENKIN_NET = "nenkin_net"  # ねんきんネット
    ETAX = "etax"  # e-Tax (e-Taxマイページ / メッセージボックス)
    MYNAPORTAL = "mynaportal"  # マイナポータル itself (医療費通知情報)


class Service(StrEnum):
    """An external site linked with マイナポータル in STEP3 (a row of the 連携状況リスト)."""

    ETAX = "etax"
    E_SHISHOBAKO = "e_shishobako"
    MYPOST = "mypost"
    MINKAN_ETAX = "minkan_etax"
    NENKIN_NET = "nenkin_net"


class LinkageStatus(StrEnum):
    """What the 連携状況リスト shows: 完了 / 未完了 / 確認."""

    COMPLETE = "complete"  # 完了
    INCOMPLETE = "incomplete"  # 未完了
    CHECK = "check"  # 確認


class Readiness(StrEnum):
    """What 証明書の準備状況 shows: 準備完了 / 処理中 / 未完了 / 未記載."""

    READY = "ready"  # 準備完了
    PROCESSING = "processing"  # 処理中
    INCOMPLETE = "incomplete"  # 未完了
    NOT_LISTED = "not_listed"  # 未記載


class TaskState(StrEnum):
    """Progress of one thing the user does outside the app (a checklist item, a STEP4 task)."""

    TODO = "todo"
    WAITING = "waiting"  # done on our side, waiting for approval or delivery
    DONE = "done"
    NOT_NEEDED = "not_needed"


class Relation(StrEnum):
    """A household member's relation to the person who files."""

    SELF = "self"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"


class DelegatedService(StrEnum):
    """The two services a 代理人 accepts in マイナポータル's 代理人設定."""

    NOTICES = "notices"  # 外部サイトへのお知らせ情報提供サービス
    MEDICAL_NOTICES = "medical_notices"  # 外部サイトへの医療費通知情報提供サービス


class DelegationOperation(StrEnum):
    """The five operations of the guide's 代理人設定, in order."""

    LOGIN_AND_OPEN_MENU = "login_and_open_menu"
    CHOOSE_NEW_DELEGATOR = "choose_new_delegator"
    VERIFY_FAMILY_CARD = "verify_family_card"
    ENTER_DETAILS = "enter_details"
    CONFIRM_AND_COMPLETE = "confirm_and_complete"


@dataclass(frozen=True, slots=True)
class Profile:
    """One household member. Never holds the My Number or the card's personal data."""

    id: int
    display_name: str
    relation: Relation = Relation.SELF
    # SHA-256 (lowercase hex) of the card's authentication certificate, when the user bound a card.
    card_sha256: str | None = None
    # The not-after day of that card's 利用者証明用電子証明書 (read without a password), when known.
    card_expires_on: date | None = None


@dataclass(frozen=True, slots=True)
class ProgressItem:
    """The state of one checklist item (see ``steps.CHECKLIST_ITEMS``) for one profile."""

    item_id: str
    state: TaskState = TaskState.TODO
    note: str = ""
    completed_at: datetime | None = None
    follow_up: date | None = None


@dataclass(frozen=True, slots=True)
class CertificateSelection:
    """One certificate type from one issuer that a profile wants (STEP2), and its STEP4/準備完了 state."""

    id: int
    type_id: str  # a catalog id, e.g. "life_insurance"
    issuer: str  # typed by the user
    channel: Channel
    readiness: Readiness | None = None  # None: not recorded yet
    readiness_changed_at: datetime | None = None
    registration: TaskState = TaskState.TODO  # STEP4 ① 電子交付の登録・同意
    issuer_link: TaskState = TaskState.TODO  # STEP4 ② 民間送達サービスと発行企業の連携
    follow_up: date | None = None
    note: str = ""
    # Opaque key of a remembered issuer number (policy, account or donation number) in the OS keyring.
    secret_ref: str | None = None
    # For items 証明書の準備状況 does not list (未記載): the day the user confirmed on the delivering site
    # (ねんきんネット, MyPost, 民間送達・e-Tax連携サービス, e-Tax) that the data is there.
    data_confirmed_on: date | None = None


@dataclass(frozen=True, slots=True)
class LinkageRecord:
    """What the user recorded from the 連携状況リスト for one service."""

    service: Service
    status: LinkageStatus | None = None  # None: not recorded yet
    changed_at: datetime | None = None
    follow_up: date | None = None
    note: str = ""
    # For a 確認 row (MyPost, ねんきんネット, e-Tax): what the user found on that site.
    # True: linked; False: not linked yet; None: not checked since the status was recorded.
    site_linked: bool | None = None


@dataclass(frozen=True, slots=True)
class Delegation:
    """A 代理人設定: the delegate (代理人, usually the filer) acts for the delegator (委任者)."""

    id: int
    delegator_profile_id: int  # 委任者: the family member whose data is fetched
    delegate_profile_id: int  # 代理人: the person who files
    relation_name: str  # 代理関係名
    valid_from: date | None = None  # 代理権限の有効期間
    valid_to: date | None = None
    services: frozenset[DelegatedService] = frozenset()
    operations: dict[DelegationOperation, TaskState] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One entry of the timeline: something the user recorded, and when."""

    profile_id: int
    subject: str  # e.g. "linkage:etax", "certificate:12", "item:step1.register"
    old: str | None
    new: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class MemberState:
    """Everything recorded for one profile: the input of the plan."""

    profile: Profile
    progress: dict[str, ProgressItem] = field(default_factory=dict)
    certificates: tuple[CertificateSelection, ...] = ()
    linkages: dict[Service, LinkageRecord] = field(default_factory=dict)
    # Electronic certificates imported for this profile (verified files only).
    received: tuple[ReceivedFile, ...] = ()


@dataclass(frozen=True, slots=True)
class Household:
    """All profiles and the delegations between them."""

    members: tuple[MemberState, ...] = ()
    delegations: tuple[Delegation, ...] = ()

    def member(self, profile_id: int) -> MemberState | None:
        return next((m for m in self.members if m.profile.id == profile_id), None)

    def member_named(self, name: str) -> MemberState | None:
        return next((m for m in self.members if m.profile.display_name == name), None)
