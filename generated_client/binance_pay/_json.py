# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""JSON text with `Decimal`s written as JSON numbers, digit for digit (the stdlib would refuse them)."""

from __future__ import annotations

import json
from decimal import Decimal
from enum import Enum
from typing import Any


def dumps_exact(value: Any, *, indent: int | None = None, _level: int = 0) -> str:
    """Like `json.dumps`, but a `Decimal` is written with exactly its digits: `990000.00000000`."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        return str(value)
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, dict):
        items = [f"{json.dumps(str(k))}: {dumps_exact(v, indent=indent, _level=_level + 1)}" for k, v in value.items()]
        return _join("{", items, "}", indent, _level)
    if isinstance(value, (list, tuple)):
        return _join("[", [dumps_exact(v, indent=indent, _level=_level + 1) for v in value], "]", indent, _level)
    if isinstance(value, float):
        raise TypeError("refusing to write a float: money must be Decimal")
    return json.dumps(value)


def _join(opening: str, items: list[str], closing: str, indent: int | None, level: int) -> str:
    if not items:
        return opening + closing
    if indent is None:
        return opening + ", ".join(items) + closing
    inner = "\n" + " " * indent * (level + 1)
    return opening + inner + ("," + inner).join(items) + "\n" + " " * indent * level + closing


def json_body(value: Any) -> bytes:
    """The request bytes httpx sends for `json=value` (compact separators, UTF-8), for the aiohttp path."""
    return _BODY_ENCODER.encode(value).encode("utf-8")


_BODY_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
