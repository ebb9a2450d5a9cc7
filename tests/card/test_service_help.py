"""The advice when no PC/SC service answers names the right thing on each operating system."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app import i18n
from app.card import service_help as sh
from app.card.service_help import APT_INSTALL, SYSTEMD_START, ServiceHelp, service_help
from app.i18n.card import service_help_text


def _which(found: set[str]) -> Callable[[str], str | None]:
    return lambda name: f"/usr/bin/{name}" if name in found else None


def _no_file(path: Path) -> bool:
    return False


@pytest.mark.parametrize(
    ("platform", "programs", "expected"),
    [
        ("win32", set(), ServiceHelp.WINDOWS),
        ("darwin", set(), ServiceHelp.MACOS),
        ("linux", {"apt-get"}, ServiceHelp.LINUX_APT_INSTALL),
        ("linux", set(), ServiceHelp.LINUX_INSTALL),
        ("linux", {"apt-get", "pcscd"}, ServiceHelp.LINUX_START),
    ],
)
def test_advice_per_platform(platform: str, programs: set[str], expected: ServiceHelp) -> None:
    assert service_help(platform, which=_which(programs), exists=_no_file) == expected


def test_pcscd_in_sbin_counts_as_installed() -> None:
    # /usr/sbin is not on a normal user's PATH on Debian.
    found = service_help("linux", which=_which({"apt-get"}), exists=lambda p: p == Path("/usr/sbin/pcscd"))
    assert found == ServiceHelp.LINUX_START


def test_apt_command_is_the_debs_depends() -> None:
    assert APT_INSTALL == "sudo apt install pcscd libpcsclite1 libccid"
    build_script = (Path(__file__).resolve().parents[2] / "packaging" / "build-linux").read_text()
    assert "Depends: " + ", ".join(sh.DEBIAN_PACKAGES) in build_script


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_doctor_and_panel_sentences(lang: str) -> None:
    """One catalogue (app/i18n/card.py) for the panel and ``myna-prep doctor``, in either language."""
    i18n.install(lang)
    try:
        for advice in ServiceHelp:
            text = service_help_text(advice)
            assert text.endswith(("。", ".")) and "{" not in text
        assert "SCardSvr" in service_help_text(ServiceHelp.WINDOWS)
        assert APT_INSTALL in service_help_text(ServiceHelp.LINUX_APT_INSTALL)
        assert SYSTEMD_START in service_help_text(ServiceHelp.LINUX_START)
    finally:
        i18n.install("ja")


def test_panel_sentences(qapp: QApplication) -> None:
    assert "SCardSvr" in service_help_text(ServiceHelp.WINDOWS)
    assert f"「{APT_INSTALL}」" in service_help_text(ServiceHelp.LINUX_APT_INSTALL)
    assert f"「{SYSTEMD_START}」" in service_help_text(ServiceHelp.LINUX_START)
    assert "pcsc-lite" in service_help_text(ServiceHelp.LINUX_INSTALL)
    assert "Mac" in service_help_text(ServiceHelp.MACOS) and "再起動" in service_help_text(ServiceHelp.MACOS)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_service_help_names_no_jargon(lang: str) -> None:
    """Each system's help says what to click or type, without 「PC/SC」."""
    from app.i18n.card import service_restart_text

    i18n.install(lang)
    try:
        for advice in ServiceHelp:
            for text in (service_help_text(advice), service_restart_text(advice)):
                assert "PC/SC" not in text and "{" not in text, (advice, text)
        assert "Smart Card" in service_help_text(ServiceHelp.WINDOWS)
        assert "Smart Card" in service_restart_text(ServiceHelp.WINDOWS)
        assert "Mac" in service_help_text(ServiceHelp.MACOS)
        assert sh.SYSTEMD_RESTART in service_restart_text(ServiceHelp.LINUX_START)
    finally:
        i18n.install("ja")
