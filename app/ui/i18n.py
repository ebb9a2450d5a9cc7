"""Language selection, Qt translators, run-time switching, and dates per language.

The source language of our strings is Japanese (see translations/README.md for why): Japanese
needs no catalogue of ours, only Qt's own ``qtbase_ja`` for dialog buttons. English comes from
``app/i18n/myna-prep_en.qm``, compiled from translations/myna-prep_en.ts at install time (and, in a
development checkout, at start-up when it is missing or older than the ``.ts``).

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; widgets re-set
their texts in ``changeEvent`` (``retranslate_ui``), so the language switches without a restart.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "ja"
# Endonyms: each language is offered in its own script, so a user lost in the other one finds it.
LANGUAGES: dict[str, str] = {"ja": "日本語", "en": "English"}  # i18n: endonyms, never translated
SYSTEM = "system"
SETTINGS_KEY = "ui/language"
SETTINGS_FILE = "settings.ini"  # in the data directory; MainWindow.settings is the same file
QM_DIR = Path(__file__).resolve().parent.parent / "i18n"
BASENAME = "myna-prep"

_installed: list[QTranslator] = []
_current: str | None = None
_override: str | None = None


def system_language() -> str:
    """Japanese on Japanese systems, English elsewhere."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def resolve(choice: str) -> str:
    """The language to use for a setting value: ``ja``, ``en`` or ``system``."""
    return choice if choice in LANGUAGES else system_language()


def saved_choice(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_KEY, SYSTEM))
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def settings_for(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def start(explicit: str | None, data_dir: Path) -> str:
    """Install the language at start-up: ``--lang`` if given, else the saved choice, else the system's.

    An explicit ``--lang`` is not saved; choosing in the View menu is.
    """
    global _override
    _override = explicit if explicit in LANGUAGES else None
    choice = _override or saved_choice(settings_for(data_dir))
    return install(resolve(choice))


def current_language() -> str | None:
    """The installed language, or None before :func:`install` ran."""
    return _current


def explicit_language() -> str | None:
    """The ``--lang`` given on the command line, if any."""
    return _override


def _dev_ts(lang: str) -> Path | None:
    """translations/<name>.ts in a development checkout (not in an installed package)."""
    ts = QM_DIR.parent.parent / "translations" / f"{BASENAME}_{lang}.ts"
    return ts if ts.is_file() else None


def ensure_qm(lang: str) -> Path | None:
    """The compiled catalogue for ``lang``; compiles it in a development checkout when missing or stale."""
    qm = QM_DIR / f"{BASENAME}_{lang}.qm"
    ts = _dev_ts(lang)
    if ts is None or (qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm if qm.is_file() else None
    from app import _i18n_build

    for target in (qm, Path(tempfile.gettempdir()) / "myna-prep-i18n" / qm.name):
        try:
            _i18n_build.lrelease(ts, target)
        except (OSError, RuntimeError, _i18n_build.ToolNotFound) as exc:
            log.warning("Could not compile %s into %s: %s", ts.name, target, exc)
            continue
        log.info("Compiled %s", target)
        return target
    return qm if qm.is_file() else None


def install(lang: str) -> str:
    """Install Qt's and our translators for ``lang``, replacing earlier ones. Returns ``lang``.

    Without our catalogue the texts stay Japanese (the source), which is correct if not wanted.
    """
    global _current
    lang = lang if lang in LANGUAGES else SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("i18n.install needs a QApplication")
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
    changed = bool(_installed)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = lang

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files: list[Path] = [qt_dir / f"qtbase_{lang}.qm"]
    if lang != SOURCE_LANGUAGE:
        ours = ensure_qm(lang)
        if ours is None:
            log.warning("No %s catalogue found in %s; the interface stays Japanese", lang, QM_DIR)
        else:
            files.append(ours)
    for file in files:
        translator = QTranslator(app)
        if translator.load(str(file)):
            _installed.append(translator)
            QCoreApplication.installTranslator(translator)
        elif not file.name.startswith("qtbase_"):
            log.warning("Could not load translation %s", file)
    if not changed and not _installed:
        # No translator came or went, yet the language (dates, page content) did change.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # Qt posts LanguageChange on to the windows; deliver it now so the switch is complete on return.
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


# ----- dates ---------------------------------------------------------------------------------------
# Fixed names, not the C library's locale: the app never calls setlocale().
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_JA_WEEKDAYS = "月火水木金土日"  # i18n: the Japanese date format


def _lang(lang: str | None) -> str:
    return lang or _current or SOURCE_LANGUAGE


def format_date(day: date, lang: str | None = None) -> str:
    """A Western calendar date as people write it: 「2026年3月16日（月）」 / "Mon 16 Mar 2026"."""
    if _lang(lang) == "ja":
        weekday = _JA_WEEKDAYS[day.weekday()]
        return f"{day.year}年{day.month}月{day.day}日（{weekday}）"  # i18n: the Japanese date format
    return f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def format_short_date(day: date, lang: str | None = None) -> str:
    """Without the year, for dates in the current season: 「3月16日（月）」 / "Mon 16 Mar"."""
    if _lang(lang) == "ja":
        weekday = _JA_WEEKDAYS[day.weekday()]
        return f"{day.month}月{day.day}日（{weekday}）"  # i18n: the Japanese date format
    return f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]}"


def join_list(items: Iterable[str], lang: str | None = None, *, ja_separator: str = "・") -> str:
    """Items of a short list: 「e-私書箱・MyPost」 / "e-Shishobako, MyPost" (「、」 between longer names)."""
    return (ja_separator if _lang(lang) == "ja" else ", ").join(items)


def tax_year_label(tax_year: int, lang: str | None = None) -> str:
    """A tax year where Japanese readers expect the era: 「令和7年分」 / "tax year 2025"."""
    if _lang(lang) == "ja":
        from app.domain.deadlines import era_label  # holidays: not on the path to first paint

        return era_label(tax_year)
    return f"tax year {tax_year}"


# ----- the View → 言語 / Language menu -----------------------------------------------------------
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
        global _override
        _override = None
        self.settings.setValue(SETTINGS_KEY, choice)
        self.settings.sync()
        self._sync_checks()
        return install(resolve(choice))

    def _sync_checks(self) -> None:
        choice = _override or saved_choice(self.settings)
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
