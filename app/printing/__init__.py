"""Printing: the QtGui renderer of the checklist (paper and PDF), used by the GUI and the CLI alike.

QtGui only (QPainter, QPdfWriter, fonts): no widgets, so ``myna-prep checklist`` needs no window.
"""
