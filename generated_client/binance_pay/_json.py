"""JSON both ways with exact numbers: `Decimal` in, digits unchanged out; never through a float."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# Built once: `json.loads(..., parse_float=Decimal)` would build a new decoder for every response.
# NaN and Infinity are not JSON (RFC 8259) and would arrive as floats: refused.
DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_no_constant)
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def format_decimal(value: Decimal) -> str:
    """A finite `Decimal` as a plain JSON number, no exponent: `Decimal('0E-8')` -> `0.00000000`.

    Callers bound the digits and exponent first (the schema checks do), so this stays cheap.
    """
    return format(value, "f")


def encode(value: Any) -> bytes:
    """Compact UTF-8 JSON; a `Decimal` is written as a JSON number with exactly its digits."""
    try:
        return _COMPACT.encode(value).encode("utf-8")  # the common case: no Decimal in the body
    except TypeError:
        return dumps_exact(value).encode("utf-8")


def dumps_exact(value: Any, *, indent: int | None = None, _level: int = 0) -> str:
    """Like `json.dumps` (compact, or indented), but a `Decimal` is written digit for digit."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        return format_decimal(value)
    if isinstance(value, dict):
        separator = ": " if indent is not None else ":"
        items = [
            f"{_COMPACT.encode(str(k))}{separator}{dumps_exact(v, indent=indent, _level=_level + 1)}"
            for k, v in value.items()
        ]
        return _join("{", items, "}", indent, _level)
    if isinstance(value, (list, tuple)):
        return _join("[", [dumps_exact(v, indent=indent, _level=_level + 1) for v in value], "]", indent, _level)
    if isinstance(value, float):
        raise TypeError("refusing to write a float: money must be Decimal")
    return _COMPACT.encode(value)


def _join(opening: str, items: list[str], closing: str, indent: int | None, level: int) -> str:
    if not items:
        return opening + closing
    if indent is None:
        return opening + ",".join(items) + closing
    inner = "\n" + " " * indent * (level + 1)
    return opening + inner + ("," + inner).join(items) + "\n" + " " * indent * level + closing
