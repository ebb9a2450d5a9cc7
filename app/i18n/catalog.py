"""The words for a catalog update's outcome (codes of app.domain.catalog_update.Failure), for the
Help menu and ``myna-prep catalog`` alike."""

from __future__ import annotations

from app.i18n import translate


def updated(version: str) -> str:
    return translate("CatalogUpdateActions", "証明書カタログを版 {version} に更新しました。").format(
        version=version
    )


def current(version: str) -> str:
    return translate("CatalogUpdateActions", "証明書カタログは最新です（版 {version}）。").format(
        version=version
    )


def malformed(path: str, detail: str) -> str:
    """The catalog could not be read: our sentence, then the check's own words (for the catalog's
    authors, who write and read it in Japanese) as its technical detail."""
    if path:
        with_path = translate(
            "CatalogUpdateActions", "証明書カタログの形式が正しくありません（{path}）: {detail}"
        )
        return with_path.format(path=path, detail=detail)
    plain = translate("CatalogUpdateActions", "証明書カタログの形式が正しくありません: {detail}")
    return plain.format(detail=detail)


def cancelled() -> str:
    return translate("CatalogUpdateActions", "カタログの更新を中止し、今のカタログをそのまま使います。")


def source_label(source: str) -> str:
    """Where the catalog in use came from: shipped with the app or an accepted update."""
    if source == "shipped":
        return translate("CatalogUpdateActions", "アプリに同梱")
    return translate("CatalogUpdateActions", "更新版")


def failure_text(code: str) -> str:
    """One sentence per failure (codes of app.domain.catalog_update.Failure)."""
    texts = {
        "insecure_url": translate(
            "CatalogUpdateActions", "更新の確認先が安全な https のアドレスではないため、接続しませんでした。"
        ),
        "unreachable": translate(
            "CatalogUpdateActions",
            "更新の確認先に接続できなかったので、インターネット接続を確かめて、あとでもう一度お試しください。",
        ),
        "timeout": translate(
            "CatalogUpdateActions",
            "更新の確認先から時間内に応答がなかったので、あとでもう一度お試しください。",
        ),
        "not_found": translate("CatalogUpdateActions", "更新の確認先にカタログが見つかりませんでした。"),
        "server_error": translate(
            "CatalogUpdateActions", "更新の確認先でエラーが起きたので、あとでもう一度お試しください。"
        ),
        "redirect_refused": translate(
            "CatalogUpdateActions", "更新の確認先が別のサイトへ転送しようとしたため、中止しました。"
        ),
        "too_large": translate(
            "CatalogUpdateActions", "受け取ったカタログが大きすぎるため、使いませんでした。"
        ),
        "not_json": translate(
            "CatalogUpdateActions", "受け取ったカタログの形式が読めないため、使いませんでした。"
        ),
        "invalid": translate(
            "CatalogUpdateActions", "受け取ったカタログの内容に誤りがあるため、使いませんでした。"
        ),
        "bad_signature": translate(
            "CatalogUpdateActions", "受け取ったカタログの署名が正しくないため、使いませんでした。"
        ),
        "older": translate(
            "CatalogUpdateActions", "受け取ったカタログが今お使いのものより古いため、使いませんでした。"
        ),
        "off_list_url": translate(
            "CatalogUpdateActions",
            "受け取ったカタログに公式サイト以外のリンクが含まれているため、使いませんでした。",
        ),
        "save_failed": translate(
            "CatalogUpdateActions",
            "新しいカタログを保存できなかったので、データフォルダの空き容量と書き込み権限を確かめてください。",
        ),
    }
    return texts.get(code, translate("CatalogUpdateActions", "カタログの更新を確認できませんでした。"))
