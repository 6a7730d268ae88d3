"""Python source for plain data (the schema table), exact: a `Decimal` is written as `Decimal("...")`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def python_literal(value: Any) -> str:
    if isinstance(value, Decimal):
        return f'Decimal("{value}")'
    if isinstance(value, dict):
        return "{" + ", ".join(f"{python_literal(k)}: {python_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, (str, int, float, bool)) or value is None:
        return repr(value)
    raise TypeError(f"cannot write {type(value).__name__} as a literal")
