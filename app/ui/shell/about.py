"""Help → About: version and the licences of the libraries we bundle."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import APP_NAME, version

# (distribution, licence). Versions are read at run time so the dialog never lies.
BUNDLED: tuple[tuple[str, str], ...] = (
    ("PySide6-Essentials", "LGPL-3.0-only / GPL-2.0-only / GPL-3.0-only (Qt for Python)"),
    ("shiboken6", "LGPL-3.0-only / GPL-2.0-only / GPL-3.0-only"),
    ("pyscard", "LGPL-2.1-or-later"),
    ("keyring", "MIT"),
    ("sqlmodel", "MIT"),
    ("SQLAlchemy", "MIT"),
    ("pydantic", "MIT"),
    ("qasync", "BSD-2-Clause"),
    ("httpx", "BSD-3-Clause"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("platformdirs", "MIT"),
    ("holidays", "MIT"),
    ("segno", "BSD-3-Clause"),
)


def library_rows() -> list[tuple[str, str, str]]:
    rows = [("Qt", qVersion(), "LGPL-3.0-only")]
    for dist, licence in BUNDLED:
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
        rows.append((dist, version, licence))
    # Bundled for printing: IPAexGothic 004.01 without the CJK radical code points (packaging/build_font.py).
    rows.append(
        (
            "MynaPrep Gothic (font, derived from IPAexゴシック)",  # i18n: the font's own name
            "004.01",
            "IPA Font License Agreement v1.0 (resources/fonts)",
        )
    )
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Myna Prep について"))
        layout = QVBoxLayout(self)
        header = QLabel(
            f"<h2>{escape(APP_NAME)} {escape(version())}</h2>"
            + "<p>"
            + escape(self.tr("マイナポータル連携 事前準備ナビ"))
            + "</p><p>"
            + escape(
                self.tr(
                    "国税庁の「マイナポータル連携を利用するまでに行う事前準備」に沿って、"
                    "ご家族の準備を最後まで案内します。通信は利用者が操作したときだけ行い、"
                    "利用状況の送信（テレメトリー）は一切行いません。"
                )
            )
            + "</p>"
        )
        header.setWordWrap(True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = "".join(
            f"<tr><td>{escape(n)}</td><td>{escape(v)}</td><td>{escape(lic)}</td></tr>"
            for n, v, lic in library_rows()
        )
        table = QLabel(
            f"<b>{escape(self.tr('使用しているライブラリとライセンス'))}</b>"
            f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
        )
        table.setObjectName("licenceTable")
        table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        table.setAccessibleName(self.tr("使用しているライブラリとライセンス"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(header)
        layout.addWidget(table)
        layout.addWidget(buttons)
