"""Strict JSON for files a person hands us (the backup format): refuse what the format never uses
before any of it is validated, cheaply, with the place of the first problem.

- :func:`loads`: duplicate keys (no last-one-wins), integers longer than SQLite's INTEGER, NaN and
  Infinity are refused while parsing;
- :func:`shape_error`: an unknown key, or more records than a list allows, found by walking the
  pydantic model's fields before the (much costlier) validation;
- :func:`where`: a place such as ``profiles[3].name`` to show in a message (inert and short).
"""

from __future__ import annotations

import json
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from app.domain.text import inert

MAX_INT_DIGITS = 19  # 2**63 - 1, SQLite's INTEGER

Loc = tuple[int | str, ...]


class DuplicateKey(ValueError):
    """A key that appears twice in one object (the key is the message)."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise DuplicateKey(key)
        obj[key] = value
    return obj


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError("integer too long")
    return int(text)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def loads(data: bytes) -> Any:
    """The JSON value of UTF-8 ``data``. Raises :class:`DuplicateKey`, else ``ValueError`` (not JSON,
    bad UTF-8, a refused number) or ``RecursionError`` (absurd nesting)."""
    return json.loads(
        data.decode("utf-8"),
        object_pairs_hook=_no_duplicates,
        parse_int=_bounded_int,
        parse_constant=_no_constant,
    )


def where(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return inert(out)[:80]  # keys come from the file: inert and short in a message ("": the whole file)


def _list_model(annotation: Any) -> type[BaseModel] | None:
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


def shape_error(value: Any, model: type[BaseModel], loc: Loc = ()) -> Loc | None:
    """Where ``value`` has an unknown key or an over-long list of records: cheap, before validation."""
    if not isinstance(value, dict):
        return None  # the validator says what is wrong
    for key in value:
        if key not in model.model_fields:
            return (*loc, key)
    for name, info in model.model_fields.items():
        sub = _list_model(info.annotation)
        items = value.get(name)
        if sub is None or not isinstance(items, list):
            continue
        cap = next((m.max_length for m in info.metadata if getattr(m, "max_length", None)), None)
        if cap is not None and len(items) > cap:
            return (*loc, name)
        for i, item in enumerate(items):
            found = shape_error(item, sub, (*loc, name, i))
            if found is not None:
                return found
    return None
