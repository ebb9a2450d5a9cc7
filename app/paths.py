"""Where the app keeps its data: --data-dir, else MYNA_PREP_DATA_DIR, else the platform's per-user dir."""

from __future__ import annotations

import os
from pathlib import Path

from app import APP_ID

DATA_DIR_ENV = "MYNA_PREP_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs  # imported here: only needed when no directory was given

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))


def log_dir(base: Path) -> Path:
    return base / "logs"
