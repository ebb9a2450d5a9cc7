#!/usr/bin/env python3
"""Refresh translations/*.ts from the code and compile app/i18n/*.qm; ``--check`` verifies only.

    .venv/bin/python translations/build.py            # lupdate + lrelease (after changing strings)
    .venv/bin/python translations/build.py --check    # CI/tests: fails on a stale .ts or unfinished entry
    .venv/bin/python translations/build.py --release-only   # only the .qm (installs do this)

See translations/README.md for the workflow and why Japanese is the source language.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app._i18n_build import main

if __name__ == "__main__":
    raise SystemExit(main())
