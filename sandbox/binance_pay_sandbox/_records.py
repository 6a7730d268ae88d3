"""Exact JSON records of the sandbox's state: every value tagged with its Python type, so decoding gives it back.

A JSON array always starts with its tag: ["decimal", "1.50000000"] (the Decimal's own text, so its exponent
survives too), ["list", ...], ["tuple", ...], ["dict", [key, value], ...] (keys may be ints) and
["record", "Order", {field: value}] for a dataclass of the kinds the decoder is given. Objects never appear
except as a record's fields. Anything else (a float, a set, an unknown class) is refused: a value that cannot
come back exactly is not written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

RecordT = TypeVar("RecordT")


class RecordError(ValueError):
    """A record that is not one this module wrote."""


def encoded(value: object) -> Any:
    """`value` as tagged JSON data."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return ["decimal", str(value)]
    if isinstance(value, list | tuple):
        return [type(value).__name__, *(encoded(item) for item in value)]
    if isinstance(value, dict):
        return ["dict", *([encoded(key), encoded(item)] for key, item in value.items())]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {field.name: encoded(getattr(value, field.name)) for field in dataclasses.fields(value)}
        return ["record", type(value).__name__, fields]
    raise TypeError(f"cannot record a {type(value).__name__} exactly")


def decoded(data: Any, kinds: Mapping[str, type]) -> Any:
    """The value `encoded` gave `data` for; records may be of `kinds` (class name -> class) only."""
    if data is None or isinstance(data, bool | int | str):
        return data
    if not isinstance(data, list) or not data or not isinstance(data[0], str):
        raise RecordError(f"untagged value of type {type(data).__name__}")
    tag, rest = data[0], data[1:]
    if tag == "decimal" and len(rest) == 1 and isinstance(rest[0], str):
        number = Decimal(rest[0])  # InvalidOperation (an ArithmeticError) for text that is no number
        if not number.is_finite():
            raise RecordError(f"{rest[0][:32]!r} is no amount")
        return number
    if tag in ("list", "tuple"):
        items = [decoded(item, kinds) for item in rest]
        return items if tag == "list" else tuple(items)
    if tag == "dict":
        return dict(_pairs(rest, kinds))
    if tag == "record" and len(rest) == 2 and rest[0] in kinds and isinstance(rest[1], dict):
        return kinds[rest[0]](**{str(name): decoded(value, kinds) for name, value in rest[1].items()})
    raise RecordError(f"unknown tag {tag[:32]!r}")


def _pairs(data: Iterable[Any], kinds: Mapping[str, type]) -> Iterable[tuple[Any, Any]]:
    for pair in data:
        if not isinstance(pair, list) or len(pair) != 2:
            raise RecordError("a dict entry is not a [key, value] pair")
        yield decoded(pair[0], kinds), decoded(pair[1], kinds)


def decoded_as(kind: type[RecordT], data: Any, *kinds: type) -> RecordT:
    """`data` decoded into a `kind` whose fields hold values of `kinds` (RecordError if it is anything else)."""
    value = decoded(data, {found.__name__: found for found in (kind, *kinds)})
    if not isinstance(value, kind):
        raise RecordError(f"expected a {kind.__name__} record, found {type(value).__name__}")
    return value
