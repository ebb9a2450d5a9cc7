"""Packaging rules and recipes that can be checked without building a bundle (that is packaging/build-linux
plus packaging/smoke-test, too slow for the suite)."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from types import ModuleType

import pytest

import app

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_ja.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_ja.qm", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6WlShellIntegration.so.6", False),
        ("app/_resources/fonts/MynaPrepGothic.ttf", True),
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
        ("holidays/locale/ja/LC_MESSAGES/JP.mo", True),
        ("holidays/locale/ja/LC_MESSAGES/US.mo", False),
        ("holidays/locale/de/LC_MESSAGES/DE.mo", False),
    ],
)
def test_keep(dest: str, kept: bool) -> None:
    assert rules.keep(dest) is kept


def test_prune_keeps_what_roots_link_and_drops_the_rest() -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),  # only the dropped gtk3 theme linked it
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libgtk-3.so", "libgtk-3.so.0", "SYMLINK"),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/src/libcups-plugin.so", "BINARY"),
        ("libcups.so.2", "/usr/lib/libcups.so.2", "BINARY"),  # system-only
        ("libgnutls.so.30", "/usr/lib/libgnutls.so.30", "BINARY"),  # only libcups links it
    ]
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libc.so.6"],
        "/usr/lib/libgtk-3.so.0": ["libcairo.so.2"],
        "/src/libcups-plugin.so": ["libcups.so.2"],
        "/usr/lib/libcups.so.2": ["libgnutls.so.30"],
    }
    kept = {entry[0] for entry in rules.prune(binaries, lambda src: links.get(src, []))}
    assert kept == {
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    }


def test_icons_from_the_svg(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)], check=True, env=env)
    name = "jp.mynaprep.MynaPrep"
    for size in (16, 48, 128, 256, 512):
        png = (tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png").read_bytes()
        assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (size, size)
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{name}.svg").read_bytes().startswith(b"<svg")
    ico = (tmp_path / f"{name}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6:22])
    assert width == 16 and ico[offset : offset + 4] == b"\x89PNG" and offset + length <= len(ico)
    icns = (tmp_path / f"{name}.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # the 1024 px image macOS uses for Retina 512 pt


def test_version_has_one_source() -> None:
    # pyproject.toml takes the version from app.__version__; the spec reads the package metadata.
    assert version("myna-prep") == app.__version__
    assert 'version("myna-prep")' in (PACKAGING / "myna-prep.spec").read_text()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    desktop = PACKAGING / "linux" / "jp.mynaprep.MynaPrep.desktop"
    done = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates(tmp_path: Path) -> None:
    source = (PACKAGING / "linux" / "jp.mynaprep.MynaPrep.metainfo.xml").read_text(encoding="utf-8")
    metainfo = tmp_path / "jp.mynaprep.MynaPrep.metainfo.xml"
    metainfo.write_text(source.replace("@VERSION@", "1.0").replace("@DATE@", "2026-01-01"), encoding="utf-8")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_installer_recipes_keep_secrets_and_data_out() -> None:
    iss = (PACKAGING / "windows" / "myna-prep.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "{userappdata}\\myna-prep" in iss and "UninstallSilent" in iss and "MB_DEFBUTTON2" in iss
    macos = (PACKAGING / "build-macos").read_text(encoding="utf-8")
    for secret in ("MACOS_SIGN_IDENTITY", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert f"${{{secret}" in macos or f'"${secret}"' in macos


def test_elf_needed_lists_direct_links_only() -> None:
    import PySide6

    widgets = next(Path(PySide6.__file__).parent.glob("QtWidgets.abi3.so"), None)
    if widgets is None:
        pytest.skip("not a Linux PySide6 wheel")
    needed = rules.elf_needed(str(widgets))
    assert "libQt6Widgets.so.6" in needed
    assert "libicuuc.so.73" not in needed  # QtCore's dependency: ldd would list it, DT_NEEDED does not
