"""The one text catalogue: which language, and the words for it, for the GUI, the CLI and the PDF alike.

Every sentence a person reads is a Japanese source string in a call lupdate sees (``self.tr``,
``QCoreApplication.translate`` or :func:`translate` here); ``translations/myna-prep_en.ts`` holds
the English, compiled into ``app/i18n/myna-prep_en.qm`` (committed; ``translations/build.py`` makes
it). The GUI and the command line install the same Qt translator: :func:`install` works with or
without a QApplication, and :func:`translate` asks the loaded translators directly, so a command
needs only QtCore (no QApplication) to speak English. Japanese is the source: without a catalogue
the text is correct Japanese.

We chose Qt's translator over a Qt-free table because the GUI's catalogue is already Qt Linguist's,
with lupdate's extraction and our completeness check; a second mechanism would split the words again.
QtCore loads in a few tens of milliseconds, and every command that prints a PDF needs Qt anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

if TYPE_CHECKING:
    from app.store.messages import Message

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "ja"
# Endonyms: each language is offered in its own script, so a user lost in the other one finds it.
LANGUAGES: dict[str, str] = {"ja": "日本語", "en": "English"}  # i18n: endonyms, never translated
SYSTEM = "system"
SETTINGS_KEY = "ui/language"
SETTINGS_FILE = "settings.ini"  # in the data directory; MainWindow.settings is the same file
QM_DIR = Path(__file__).resolve().parent
BASENAME = "myna-prep"

_installed: list[QTranslator] = []
_ours: list[QTranslator] = []  # our catalogue only (Qt's own one never holds our contexts)
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


def start(explicit: str | None, data_dir: Path | None) -> str:
    """Install the language at start-up: ``--lang`` if given, else the View menu's saved choice (when
    the data folder has one), else the system's. The GUI and every command start here."""
    global _override
    _override = explicit if explicit in LANGUAGES else None
    choice = _override
    if choice is None and data_dir is not None and (data_dir / SETTINGS_FILE).is_file():
        choice = saved_choice(settings_for(data_dir))
    return install(resolve(choice or SYSTEM))


def current_language() -> str | None:
    """The installed language, or None before :func:`install` ran."""
    return _current


def explicit_language() -> str | None:
    """The ``--lang`` given on the command line, if any."""
    return _override


def forget_override() -> None:
    """The user chose in the View menu: ``--lang`` no longer applies."""
    global _override
    _override = None


def catalogue(lang: str) -> Path | None:
    """Our compiled catalogue for ``lang`` (None for the source language or when it is missing)."""
    qm = QM_DIR / f"{BASENAME}_{lang}.qm"
    return qm if lang != SOURCE_LANGUAGE and qm.is_file() else None


def install(lang: str) -> str:
    """Load Qt's and our translators for ``lang``, replacing earlier ones. Returns ``lang``.

    With a QApplication they are installed into it (widgets get ``LanguageChange``); without one (a
    command) :func:`translate` still uses them. Without our catalogue the texts stay Japanese.
    """
    global _current
    lang = lang if lang in LANGUAGES else SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
    changed = bool(_installed)
    for translator in _installed if app is not None else ():
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _ours.clear()
    _current = lang

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files: list[Path] = [qt_dir / f"qtbase_{lang}.qm"]
    ours = catalogue(lang)
    if lang != SOURCE_LANGUAGE:
        if ours is None:
            log.warning("No %s catalogue in %s; the texts stay Japanese", lang, QM_DIR)
        else:
            files.append(ours)
    for file in files:
        translator = QTranslator(app)
        if translator.load(str(file)):
            _installed.append(translator)
            if file == ours:
                _ours.append(translator)
            if app is not None:
                QCoreApplication.installTranslator(translator)
        elif file == ours:
            log.warning("Could not load translation %s", file)
    if app is None:
        return lang
    if not changed and not _installed:
        # No translator came or went, yet the language (dates, page content) did change.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # Qt posts LanguageChange on to the windows; deliver it now so the switch is complete on return.
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


def translate(context: str, source: str, disambiguation: str | None = None) -> str:
    """``source`` (Japanese) in the installed language. lupdate extracts literal calls to this.

    Asks our catalogue directly, so it works in a command that has no QApplication. A
    ``disambiguation`` tells apart two entries with one source (e.g. English "1 day" / "2 days").
    """
    for translator in _ours:
        text = translator.translate(context, source, disambiguation)
        if text:
            return text
    return source


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for lupdate under ``context``; returns it unchanged (typed, unlike Qt's)."""
    return text


def words(message: Message) -> str:
    """A sentence from the store (:class:`app.store.messages.Message`) in the installed language."""
    return message.render(translate)


# ----- dates, tax years and lists: the one format of each, on screen, on paper and in a terminal -----
# To change how a date reads, change it here; tests/test_one_date_format.py keeps every other module
# from formatting dates itself (ISO stays only in data: JSON fields, the store, file names).
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
    """Without the year, where paper is short and the season is plain: 「3月16日（月）」 / "Mon 16 Mar"."""
    if _lang(lang) == "ja":
        weekday = _JA_WEEKDAYS[day.weekday()]
        return f"{day.month}月{day.day}日（{weekday}）"  # i18n: the Japanese date format
    return f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]}"


def format_moment(moment: datetime, lang: str | None = None) -> str:
    """A stored timestamp (UTC when naive) in local time: 「2026年3月16日（月） 14:05」 /
    "Mon 16 Mar 2026, 14:05"."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    separator = " " if _lang(lang) == "ja" else ", "
    return f"{format_date(local.date(), lang)}{separator}{local.hour:02d}:{local.minute:02d}"


def date_edit_format(lang: str | None = None) -> str:
    """The Qt display format that shows :func:`format_date`'s text in a date field (``ddd`` is the
    weekday in the QLocale :func:`install` sets)."""
    if _lang(lang) == "ja":
        return "yyyy年M月d日（ddd）"  # i18n: the Japanese date format
    return "ddd d MMM yyyy"


def tax_year_label(tax_year: int, lang: str | None = None) -> str:
    """A tax year where Japanese readers expect the era: 「令和7年分」 (「令和元年分」) / "tax year 2025"."""
    if _lang(lang) != "ja":
        return f"tax year {tax_year}"
    from app.domain.deadlines import era_year  # holidays: not on the path to first paint

    era, year = era_year(tax_year)
    return f"{era}{'元' if year == 1 else year}年分"  # i18n: the Japanese tax-year format


def join_list(items: Iterable[str], lang: str | None = None, *, ja_separator: str = "・") -> str:
    """Items of a short list: 「e-私書箱・MyPost」 / "e-Shishobako, MyPost" (「、」 between longer names)."""
    return (ja_separator if _lang(lang) == "ja" else ", ").join(items)
