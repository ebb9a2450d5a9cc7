"""Frozen-build entry point (PyInstaller needs a script, not a module path)."""

from app.main import main

raise SystemExit(main())
