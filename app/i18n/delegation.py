"""The words for the 代理人設定 rules (``app/domain/delegation_rules.py``): GUI, CLI and paper alike."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.domain.delegation_rules import Finding, FindingCode
from app.domain.model import Household
from app.i18n import format_date, join_list, tax_year_label, translate


def finding_text(finding: Finding, type_name: Callable[[str], str] = lambda t: t) -> str:
    """One sentence for a finding; ``type_name`` names a catalog item in the current language."""
    f = finding
    if f.code is FindingCode.NO_VALIDITY:
        return translate(
            "Delegation",
            "代理権限の有効期間がまだ記録されていません。マイナポータルで入力した日付を入れてください。",
        )
    if f.code is FindingCode.EXPIRED and f.valid_to is not None:
        return translate(
            "Delegation",
            "代理権限の有効期間は {end} に終わっています。マイナポータルで代理人設定をやり直し、"
            "新しい有効期間を記録してください。",
        ).format(end=format_date(f.valid_to))
    if f.code is FindingCode.MISSES_FILING_PERIOD and f.period is not None:
        return translate(
            "Delegation",
            "有効期間が{year}の申告期間（{start}〜{end}）を含んでいません。申告する日に代理人として"
            "データを取得できるよう、有効期間を見直してください。",
        ).format(
            year=tax_year_label(f.period.tax_year),
            start=format_date(f.period.start),
            end=format_date(f.period.end),
        )
    if f.code is FindingCode.ENDS_SOON and f.valid_to is not None:
        return translate("Delegation", "代理権限の有効期間は {end} に終わります（あと {days} 日）。").format(
            end=format_date(f.valid_to), days=f.days_left
        )
    if f.code is FindingCode.NO_MEDICAL_SERVICE:
        return translate(
            "Delegation",
            "医療費通知情報を代理で取得するには、「外部サイトへの医療費通知情報提供サービス」の"
            "委任を受けてください。",
        )
    if f.code is FindingCode.OWN_PREPARATION:
        return translate(
            "Delegation",
            "医療費通知情報は、代理人設定だけで取得できます。{items}は、ご家族がご自身のマイナンバーカードで"
            "申告する方と同じ事前準備を済ませると、「外部サイトへのお知らせ情報提供サービス」の委任を受けて"
            "取得できます。",
        ).format(items=join_list(type_name(t) for t in f.type_ids))
    if f.code is FindingCode.NO_NOTICES_SERVICE:
        return translate(
            "Delegation",
            "{items}を代理で取得するには、「外部サイトへのお知らせ情報提供サービス」の委任も受けてください。",
        ).format(items=join_list(type_name(t) for t in f.type_ids))
    return f.code.value


def finding_mark(finding: Finding) -> str:
    """The symbol before a finding's sentence: a warning is never shown by colour alone."""
    return "⚠" if finding.is_warning else "ℹ"


def delegates_only_text(name: str) -> str:
    """The plan of a member who only hands over their 医療費通知情報 (no certificate of their own)."""
    return translate(
        "Delegation",
        "{name}は代理人設定で医療費通知情報を任せるだけなので、証明書等を選ぶ必要はありません。"
        "代理人設定の手順を進めましょう。",
    ).format(name=name)


def checklist_lines(
    household: Household, today: date, type_name: Callable[[str], str] = lambda t: t
) -> list[str]:
    """The household's delegations for the printed checklist, one entry per delegation followed by its
    findings (⚠ warnings first). For the checklist's owner to wire in (app/domain/checklist.py)."""
    from app.domain.delegation_rules import findings

    def name(profile_id: int) -> str:
        member = household.member(profile_id)
        return "" if member is None else member.profile.display_name

    lines: list[str] = []
    for d in household.delegations:
        period = ""
        if d.valid_from is not None and d.valid_to is not None:
            period = translate("Delegation", "、有効期間 {start}〜{end}").format(
                start=format_date(d.valid_from), end=format_date(d.valid_to)
            )
        lines.append(
            translate("Delegation", "{delegator} → 代理人 {delegate}（{relation}）{period}").format(
                delegator=name(d.delegator_profile_id),
                delegate=name(d.delegate_profile_id),
                relation=d.relation_name,
                period=period,
            )
        )
        lines += [f"{finding_mark(f)} {finding_text(f, type_name)}" for f in findings(d, household, today)]
    return lines
