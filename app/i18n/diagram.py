"""The words of the overview diagram (``app/domain/diagram_model.py``): box titles, edge labels,
tooltips. States read in the one status language (``app/i18n/status.py``), with a symbol each."""

from __future__ import annotations

from app.domain.diagram_layout import BREAK, EdgeText, NodeText
from app.domain.diagram_model import Diagram, DiagramEdge, DiagramNode, EdgeKind, NodeKind
from app.domain.model import Service
from app.domain.status import Status
from app.domain.steps import StepId
from app.i18n import current_language, translate
from app.i18n.status import status_text

SYMBOL: dict[Status, str] = {
    Status.DONE: "✓",
    Status.WAITING: "…",
    Status.NEXT: "▶",
    Status.IN_PROGRESS: "◐",
    Status.NOT_STARTED: "○",
    Status.NOT_NEEDED: "–",
    Status.UNDECIDED: "?",
    Status.ATTENTION: "!",
}


def _joined(first: str, second: str) -> str:
    """Two parts of a title: Japanese may wrap between them (no space), English has a space there."""
    return first + (" " if current_language() == "en" else BREAK) + second


def status_line(status: Status) -> str:
    return f"{SYMBOL[status]} {status_text(status)}"


def service_title(service: Service) -> str:
    return {
        Service.ETAX: "e-Tax",
        Service.E_SHISHOBAKO: translate("Overview", "e-私書箱"),
        Service.MYPOST: "MyPost",
        # the break hint keeps 「e-Tax連携サービス」 whole when the title wraps
        Service.MINKAN_ETAX: _joined(
            translate("Overview", "民間送達・"), translate("Overview", "e-Tax連携サービス")
        ),
        Service.NENKIN_NET: translate("Overview", "ねんきんネット"),
    }[service]


def node_title(node: DiagramNode) -> str:
    kind = node.kind
    if kind is NodeKind.CARD:
        return translate("Overview", "マイナンバーカード")
    if kind is NodeKind.READER:
        return _joined(translate("Overview", "ICカードリーダー"), translate("Overview", "又はスマートフォン"))
    if kind is NodeKind.USER:
        return node.name or translate("Overview", "あなた")
    if kind is NodeKind.MEMBER:
        return node.name
    if kind is NodeKind.PORTAL:
        return translate("Overview", "マイナポータル")
    if kind is NodeKind.SERVICE and node.service is not None:
        return service_title(node.service)
    if kind is NodeKind.DELIVERY:
        return translate("Overview", "民間送達サービス")
    if kind is NodeKind.ISSUER:
        return node.name
    if kind is NodeKind.ISSUER_GROUP:
        return translate("Overview", "{first} ほか{more}社").format(first=node.name, more=node.count - 1)
    return _joined(translate("Overview", "確定申告書等"), translate("Overview", "作成コーナー"))


def node_subtitle(node: DiagramNode) -> str:
    kind = node.kind
    if kind is NodeKind.USER:
        return translate("Overview", "申告する人")
    if kind is NodeKind.MEMBER:
        if node.delegation is not None:  # the delegation's word, as in the sidebar and on its page
            return translate("Overview", "代理人設定: {state}").format(state=status_text(node.delegation))
        if node.step is StepId.DELEGATION:
            return translate("Overview", "代理人設定")
        return translate("Overview", "自分で準備")
    if kind is NodeKind.DELIVERY:
        return translate("Overview", "STEP2 で決まります")
    if kind in (NodeKind.ISSUER, NodeKind.ISSUER_GROUP):
        return translate("Overview", "証明書等の発行元")
    return ""


def edge_label(edge: DiagramEdge) -> str:
    if edge.kind is EdgeKind.DELEGATION:
        return translate("Overview", "代理人設定")
    if edge.step is StepId.READY:
        return translate("Overview", "準備完了")
    return edge.step.value.upper()  # "STEP3": the guide's own step names


def tooltip(node: DiagramNode) -> str:
    """What the box is, its state, and where a click goes."""
    what = {
        NodeKind.CARD: translate(
            "Overview", "マイナンバーカード: 利用者証明用電子証明書のパスワード（数字4桁）も必要です"
        ),
        NodeKind.READER: translate(
            "Overview",
            "カードを読み取る道具: マイナンバーカード読取対応のスマートフォン又はICカードリーダライタ",
        ),
        NodeKind.USER: translate("Overview", "表示中の人（申告する人）"),
        NodeKind.MEMBER: translate("Overview", "家族"),
        NodeKind.PORTAL: translate(
            "Overview", "マイナポータル: 利用者登録（STEP1）と証明書等の選択（STEP2）"
        ),
        NodeKind.SERVICE: translate("Overview", "マイナポータルと連携するサイト（STEP3）"),
        NodeKind.DELIVERY: translate(
            "Overview", "民間送達サービス: どれを使うかは STEP2 で選ぶ証明書等で決まります"
        ),
        NodeKind.ISSUER: translate("Overview", "証明書等を発行する企業（STEP4 で民間送達サービスと連携）"),
        NodeKind.ISSUER_GROUP: translate(
            "Overview", "証明書等を発行する企業（STEP4 で民間送達サービスと連携）"
        ),
        NodeKind.END: translate(
            "Overview", "確定申告書等作成コーナー: 準備完了の証明書等のデータがここで申告書に入ります"
        ),
    }[node.kind]
    title = node_title(node).replace(BREAK, "")
    warn = translate("Overview", "代理人設定に確認が必要なことがあります。") if node.warning else ""
    opens = translate("Overview", "クリックすると「{step}」のページを開きます。").format(
        step=step_name(node.step)
    )
    return "\n".join(s for s in (f"{title} — {status_text(node.status)}", what, warn, opens) if s)


def step_name(step: StepId) -> str:
    if step is StepId.READY:
        return translate("Overview", "準備完了")
    if step is StepId.DELEGATION:
        return translate("Overview", "代理人設定")
    return step.value.upper()


def texts(diagram: Diagram) -> tuple[list[NodeText], list[EdgeText]]:
    """The diagram's words for the layout."""
    nodes = [
        NodeText(n.key, n.row, node_title(n), node_subtitle(n), status_line(n.status)) for n in diagram.nodes
    ]
    edges = [EdgeText(e.source, e.target, edge_label(e)) for e in diagram.edges]
    return nodes, edges
