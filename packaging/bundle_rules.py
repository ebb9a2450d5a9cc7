"""Which Qt files a frozen Myna Prep keeps (used by myna-prep.spec; plain Python, tested in tests/packaging).

PyInstaller's PySide6 hooks collect every plugin of a used module's plugin types and every language of
its translations. The app needs far fewer: QtWidgets on the native platform plus offscreen (tests,
--self-test, checklist without a display), SVG icons, printing and the input methods for Japanese.
Everything else, and the Qt libraries only the dropped plugins load (Quick, QML, PDF, Wayland,
virtual keyboard), stays out. `packaging/check_bundle.py` then proves every kept library still resolves.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterable

# plugin type -> file-name fragments to keep ("*" keeps the whole type). Names differ per OS:
# libqxcb.so, qwindows.dll, libqcocoa.dylib; the fragments match all three spellings.
PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("qxcb", "qoffscreen", "qminimal.", "qwindows", "qcocoa"),
    "styles": ("*",),  # qmodernwindowsstyle (Windows), qmacstyle (macOS); Linux has Fusion built in
    "printsupport": ("*",),  # CUPS on Linux; the print dialog lists printers through it
    "imageformats": ("qsvg", "qico"),  # PNG is built into QtGui
    "iconengines": ("qsvgicon",),  # QIcon from our SVG icons
    "platforminputcontexts": ("compose", "ibus"),  # typing Japanese names with IBus/Fcitx
    "xcbglintegrations": ("*",),  # the xcb plugin looks for them at start
    "platformthemes": ("xdgdesktopportal",),  # portal file dialogs; gtk3 would pull in GTK
}

# Qt's own catalogues: only the dialog-button texts (app/ui/shell/language_menu.py loads qtbase_<lang>.qm).
TRANSLATIONS = ("qtbase_ja.qm", "qtbase_en.qm")

# Qt libraries (and their Python bindings) the app never loads; only dropped plugins pulled them in.
UNUSED_QT_LIBRARIES = re.compile(
    r"Qt6?(Quick|Qml|Pdf|VirtualKeyboard|Wayland|Wl|Sql|Multimedia|OpenGLWidgets|ShaderTools|Designer|"
    r"Test|Charts|Graphs|WebEngine|WebChannel|WebSockets|Positioning|Location|Bluetooth|Nfc|"
    r"Sensors|SerialPort|StateMachine|Concurrent|SvgWidgets|Lottie|LanguageServer|Labs)",
)

# Linux: taken from the system, never bundled, as they follow the system's configuration. The CUPS
# client must match the print service (with it go GnuTLS, Avahi, p11-kit: 7 MB); Kerberos, which only
# QtNetwork links, reads /etc/krb5.conf (2 MB). The .deb depends on libcups2 and libgssapi-krb5-2.
SYSTEM_ONLY = frozenset({"libcups.so.2", "libgssapi_krb5.so.2"})

# holidays ships holiday names in 160 languages for every country; the app needs Japan's.
_HOLIDAY_CATALOGUE = re.compile(r"(?:^|/)holidays/locale/[^/]+/LC_MESSAGES/([^/]+)$")

_PLUGIN = re.compile(r"(?:^|/)PySide6/(?:Qt/)?plugins/([^/]+)/([^/]+)$")
_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/([^/]+)$")


def keep(dest: str) -> bool:
    """Whether the bundle keeps the file at ``dest`` (its path inside the bundle, any separator)."""
    path = dest.replace("\\", "/")
    plugin = _PLUGIN.search(path)
    if plugin:
        kind, name = plugin.groups()
        wanted = PLUGINS.get(kind)
        return wanted is not None and ("*" in wanted or any(f in name for f in wanted))
    catalogue = _HOLIDAY_CATALOGUE.search(path)
    if catalogue:
        return catalogue.group(1) == "JP.mo"
    translation = _TRANSLATION.search(path)
    if translation:
        return translation.group(1) in TRANSLATIONS
    if "PySide6/" in path or path.startswith(("libQt6", "Qt6")) or "/Qt6" in path or "Qt/lib/" in path:
        name = path.rsplit("/", 1)[-1]
        return not UNUSED_QT_LIBRARIES.search(name)
    return True


def _prunable(dest: str) -> bool:
    """A shared library PyInstaller copied only because something linked it (Linux layout)."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    top_level = "/" not in path or path.startswith("PySide6/Qt/lib/")
    return top_level and name.startswith("lib") and ".so" in name and not name.startswith("libpython")


def prune(
    binaries: list[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """Keep the libraries reachable through link-time imports from everything else (Linux).

    PyInstaller resolved the libraries of every plugin before the filter above dropped most plugins,
    so their libraries (GTK, cairo, Wayland, EGLFS, ...) are still listed. ``imports_of(src)`` gives
    the sonames a binary links; Python extensions, plugins and package-local libraries are the roots.
    ``SYSTEM_ONLY`` libraries are never reached, so they and what only they link stay out.
    """
    by_name: dict[str, tuple[str, str, str]] = {}
    for entry in binaries:
        if entry[2] != "SYMLINK" and _prunable(entry[0]):
            by_name[entry[0].replace("\\", "/").rsplit("/", 1)[-1]] = entry
    reached: set[str] = set()
    todo = [entry[1] for entry in binaries if entry[2] != "SYMLINK" and not _prunable(entry[0])]
    while todo:
        for soname in imports_of(todo.pop()):
            name = soname.rsplit("/", 1)[-1]
            if name in by_name and name not in reached and name not in SYSTEM_ONLY:
                reached.add(name)
                todo.append(by_name[name][1])
    kept = []
    for entry in binaries:
        name = entry[0].replace("\\", "/").rsplit("/", 1)[-1]
        if entry[2] == "SYMLINK":
            target = entry[1].replace("\\", "/").rsplit("/", 1)[-1]
            if (name in by_name and name not in reached) or (target in by_name and target not in reached):
                continue
        elif name in by_name and name not in reached:
            continue
        kept.append(entry)
    return kept


def elf_needed(path: str) -> list[str]:
    """The sonames an ELF file links directly (DT_NEEDED). Not ldd, which lists the whole closure and
    so would keep what only a ``SYSTEM_ONLY`` library needs."""
    result = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=False)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)
