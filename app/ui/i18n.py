"""Language selection and Qt translators.

The source language of our strings is Japanese (see translations/README.md for why); English
comes from translations/myna-prep_en.ts, compiled to a .qm at build time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"ja": "日本語", "en": "English"}
QM_DIR = Path(__file__).resolve().parent.parent / "i18n"

_installed: list[QTranslator] = []


def system_language() -> str:
    """Japanese on Japanese systems, English elsewhere."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def install(lang: str) -> str:
    """Install Qt's and our translators for ``lang`` (replacing earlier ones). Returns ``lang``."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir)]
    if lang != "ja":
        candidates.append((f"myna-prep_{lang}", str(QM_DIR)))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        elif lang != "en" or not name.startswith("qtbase"):
            log.warning("Translation %s not found in %s", name, directory)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
    return lang
