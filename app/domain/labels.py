"""Official Japanese labels of the guide and of マイナポータル, keyed by our stable codes.

These are facts to show exactly as マイナポータル shows them; English renderings come from the
translations, never from here.
"""

from __future__ import annotations

from app.domain.model import Channel, LinkageStatus, Readiness, Service

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.E_SHISHOBAKO: "e-私書箱",
    Channel.MYPOST: "MyPost",
    Channel.MINKAN_ETAX: "民間送達・e-Tax連携サービス",
    Channel.NENKIN_NET: "ねんきんネット",
    Channel.ETAX: "e-Tax",
    Channel.MYNAPORTAL: "マイナポータル",
}

SERVICE_LABELS: dict[Service, str] = {
    Service.ETAX: "e-Tax",
    Service.E_SHISHOBAKO: "e-私書箱",
    Service.MYPOST: "MyPost",
    Service.MINKAN_ETAX: "民間送達・e-Tax連携サービス",
    Service.NENKIN_NET: "ねんきんネット",
}

LINKAGE_STATUS_LABELS: dict[LinkageStatus, str] = {
    LinkageStatus.COMPLETE: "完了",
    LinkageStatus.INCOMPLETE: "未完了",
    LinkageStatus.CHECK: "確認",
}

READINESS_LABELS: dict[Readiness, str] = {
    Readiness.READY: "準備完了",
    Readiness.PROCESSING: "処理中",
    Readiness.INCOMPLETE: "未完了",
    Readiness.NOT_LISTED: "未記載",
}

INQUIRY_LINE_NAME = "マイナンバー総合フリーダイヤル"
INQUIRY_GUIDANCE_CARD = 1  # 音声ガイダンス1番: マイナンバーカード
INQUIRY_GUIDANCE_PORTAL = 4  # 音声ガイダンス4番: マイナポータル
