"""What each delivery channel implies for the preparation, as the guide states it.

- STEP3 links マイナポータル with e-Tax first, then with each 民間送達サービス in use
  (e-私書箱, MyPost, 民間送達・e-Tax連携サービス) and with ねんきんネット when needed.
- STEP4 (① 電子交付の登録・同意, ② 民間送達サービスと発行企業の連携) exists only for the
  民間送達サービス; ねんきんネット, e-Tax and マイナポータル items need no STEP4 task.
- 証明書の準備状況 shows 未記載 for items from 民間送達・e-Tax連携サービス, MyPost, ねんきんネット and
  e-Tax ("各種指定のウェブサイトからご確認ください"); only e-私書箱 and マイナポータル items are listed.

Decision: マイナポータル's own items (医療費通知情報, iDeCo, 小規模企業共済) need the e-Tax linkage too. The
guide's STEP3 links e-Tax "first" for everything ("マイナポータルとe-Taxを連携した上で"), and the
確定申告書等作成コーナー takes the data through that linkage; they need no linkage of their own.
"""

from __future__ import annotations

from app.domain.model import Channel, Service

# STEP3 rows in the order the guide gives them: e-Tax first, the 民間送達サービス, then ねんきんネット.
SERVICE_ORDER: tuple[Service, ...] = (
    Service.ETAX,
    Service.E_SHISHOBAKO,
    Service.MYPOST,
    Service.MINKAN_ETAX,
    Service.NENKIN_NET,
)

# The STEP3 linkage a channel needs besides e-Tax (None: the channel needs no linkage of its own).
CHANNEL_SERVICE: dict[Channel, Service | None] = {
    Channel.E_SHISHOBAKO: Service.E_SHISHOBAKO,
    Channel.MYPOST: Service.MYPOST,
    Channel.MINKAN_ETAX: Service.MINKAN_ETAX,
    Channel.NENKIN_NET: Service.NENKIN_NET,
    Channel.ETAX: Service.ETAX,
    Channel.MYNAPORTAL: None,
}

# The 民間送達サービス: the channels with STEP4 tasks.
DELIVERY_CHANNELS: frozenset[Channel] = frozenset({Channel.E_SHISHOBAKO, Channel.MYPOST, Channel.MINKAN_ETAX})

# Channels whose items 証明書の準備状況 lists (the others show 未記載).
READINESS_LISTED_CHANNELS: frozenset[Channel] = frozenset({Channel.E_SHISHOBAKO, Channel.MYNAPORTAL})


def services_for(channel: Channel) -> tuple[Service, ...]:
    """The STEP3 linkages a certificate delivered through ``channel`` depends on, in STEP3 order."""
    own = CHANNEL_SERVICE[channel]
    return tuple(s for s in SERVICE_ORDER if s in (Service.ETAX, own))


def needs_issuer_tasks(channel: Channel) -> bool:
    """Whether STEP4 (① registration/consent, ② linkage) applies to an issuer on ``channel``."""
    return channel in DELIVERY_CHANNELS


def listed_in_readiness(channel: Channel) -> bool:
    """Whether 証明書の準備状況 shows items from ``channel`` (else they read 未記載)."""
    return channel in READINESS_LISTED_CHANNELS
