"""The View → 言語 / Language menu; the language itself and dates live in :mod:`app.i18n`.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; widgets re-set
their texts in ``changeEvent`` (``retranslate_ui``), so the language switches without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.i18n import (
    LANGUAGES,
    SETTINGS_KEY,
    SYSTEM,
    explicit_language,
    forget_override,
    install,
    resolve,
    saved_choice,
)


class LanguageMenu(QMenu):
    """日本語 / English / follow the system. Choosing saves the choice and switches at once."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_choice: dict[str, QAction] = {}
        for choice in (*LANGUAGES, SYSTEM):
            action = QAction(LANGUAGES.get(choice, ""), self)
            action.setCheckable(True)
            action.setData(choice)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_choice[choice] = action
        self._sync_checks()
        self.retranslate_ui()

    def choose(self, choice: str) -> str:
        """Save ``choice`` (ja, en or system) and switch the interface to it."""
        forget_override()
        self.settings.setValue(SETTINGS_KEY, choice)
        self.settings.sync()
        self._sync_checks()
        return install(resolve(choice))

    def _sync_checks(self) -> None:
        choice = explicit_language() or saved_choice(self.settings)
        self.actions_by_choice[choice].setChecked(True)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("言語 / Language(&L)"))
        system = self.actions_by_choice[SYSTEM]
        system.setText(self.tr("システムに合わせる"))
        system.setToolTip(self.tr("日本語の環境では日本語、それ以外では英語で表示します"))
        for lang, action in self.actions_by_choice.items():
            if lang in LANGUAGES:
                action.setToolTip(LANGUAGES[lang])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
