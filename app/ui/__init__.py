"""PySide6 presentation. The only package that imports QtWidgets."""
