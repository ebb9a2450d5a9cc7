"""Making user text inert: no control or format characters reach a terminal, a label or the store.

A name such as ``"\\x1b]0;…\\x07\\x1b[2J"`` would retitle or clear a terminal when printed, and bidi
overrides (U+202E) make a name read differently from what it is. ``inert`` drops every character of
the Unicode categories Cc (controls), Cf (format: bidi, zero-width), Cs (lone surrogates, which cannot
even be stored as UTF-8) and Co (private use); newlines and tabs survive only where asked for (notes).
"""

from __future__ import annotations

import unicodedata

_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
_KEPT_IN_MULTILINE = frozenset({"\n", "\t"})


def inert(text: str, *, multiline: bool = False) -> str:
    """``text`` without control, format, surrogate and private-use characters (see the module)."""
    if text.isprintable() and text.isascii():
        return text  # the common case, no per-character work
    return "".join(
        ch
        for ch in text
        if unicodedata.category(ch) not in _DROPPED_CATEGORIES or (multiline and ch in _KEPT_IN_MULTILINE)
    )


def inert_tree(value: object) -> object:
    """``value`` (JSON-like: dicts, lists, strings, numbers) with ``inert`` applied to every string,
    keys included: JSON escapes C0 controls, but a program reading the output would still get them."""
    if isinstance(value, str):
        return inert(value, multiline=True)
    if isinstance(value, dict):
        return {inert_tree(k): inert_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [inert_tree(v) for v in value]
    return value
