"""Compiled translations (``*.qm``), built from translations/*.ts by lrelease at install time.

The ``.qm`` files are never committed or edited by hand (see translations/README.md).
"""
