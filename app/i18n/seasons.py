"""The words for seasons (``app/domain/seasons.py``): the new-season notice and the past-season view."""

from __future__ import annotations

from app.domain.seasons import SeasonStart
from app.i18n import current_language, tax_year_label, translate


def new_season_title(start: SeasonStart) -> str:
    return translate("Seasons", "{year}の準備を始めました").format(year=tax_year_label(start.current))


def new_season_text(start: SeasonStart) -> str:
    """What carried over, what is asked again, and where last season is: calm, one paragraph."""
    parts = [
        translate(
            "Seasons",
            "マイナポータルの利用者登録、連携、電子交付の登録、選んだ証明書等と発行元、代理人設定は"
            "そのまま引き継いでいます。",
        )
    ]
    if start.carried_over:
        parts.append(
            translate(
                "Seasons",
                "証明書の準備状況は年分ごとに変わるので、{year}の分をもう一度確かめましょう。",
            ).format(year=tax_year_label(start.current))
        )
    if start.delegations:
        parts.append(
            translate("Seasons", "代理人設定の有効期間は{year}の申告期間で確かめ直しています。").format(
                year=tax_year_label(start.current)
            )
        )
    parts.append(
        translate(
            "Seasons",
            "{previous}の記録は「表示 ▸ 過去の年分」で見ることと印刷ができます（変更はできません）。",
        ).format(previous=tax_year_label(start.previous))
    )
    return (" " if current_language() == "en" else "").join(parts)


def new_season_action() -> str:
    return translate("Seasons", "証明書の準備状況を確かめる")


def dismiss() -> str:
    return translate("Seasons", "閉じる")


def past_seasons_menu() -> str:
    return translate("Seasons", "過去の年分(&P)")


def no_past_seasons() -> str:
    return translate("Seasons", "過去の年分はまだありません")


def past_season_title(tax_year: int) -> str:
    return translate("Seasons", "{year}（過去の年分・閲覧のみ）").format(year=tax_year_label(tax_year))


def past_season_banner(tax_year: int, current: int) -> str:
    return translate(
        "Seasons",
        "これは{year}の記録です。見ることと印刷はできますが、変更はできません。いま準備しているのは{current}です。",
    ).format(year=tax_year_label(tax_year), current=tax_year_label(current))


def not_checked() -> str:
    """A selection whose readiness was never recorded in that season."""
    return translate("Seasons", "記録なし")


def export_pdf() -> str:
    return translate("Seasons", "この年分をPDFに書き出す…")


def ready_line(ready: int, total: int) -> str:
    return translate("Seasons", "証明書の準備状況: {total} 件中 {ready} 件が準備完了でした").format(
        ready=ready, total=total
    )


def linkages_heading() -> str:
    return translate("Seasons", "連携状況")


def certificates_heading() -> str:
    return translate("Seasons", "証明書等")


def delegations_heading() -> str:
    return translate("Seasons", "代理人設定", "heading")


def named(name: str, detail: str) -> str:
    """「name（detail）」: a certificate type and its issuer, a delegation and its relation."""
    return translate("Seasons", "{name}（{detail}）").format(name=name, detail=detail)


def received_line(count: int) -> str:
    return translate("Seasons", "受け取った電子証明書等のファイル: {count} 件").format(count=count)
