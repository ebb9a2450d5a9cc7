"""What the window knows of the features the composition root gives it: only the little the shell
and the root use, as Protocols, so the shell imports no feature (no import cycle with app.ui.actions
or app.ui.card_reader, counting annotations too). The features themselves get what they need from
the composition root (app/ui/application.py), not from the window's attributes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from app.card.diagnosis import CardSnapshot


class ChecklistFeature(Protocol):
    """File ▸ 印刷… / PDF (app.ui.actions.print_checklist)."""

    card_snapshot: Callable[[], CardSnapshot | None]


class BackupFeature(Protocol):
    """File ▸ バックアップ (app.ui.actions.backup)."""

    export_action: QAction


class CertificateImportFeature(Protocol):
    """File ▸ 証明書ファイルを取り込む… (app.ui.actions.import_certificates)."""

    importer: Callable[[list[Path]], bool] | None


class CatalogUpdateFeature(Protocol):
    """Help ▸ カタログの更新 (app.ui.actions.catalog_update)."""

    def schedule_start_up_check(self) -> bool: ...
