"""`define`: the generated models' class decorator, on stdlib dataclasses (which httpx already
imports), so `import binance_pay` does not import attrs."""

from __future__ import annotations

import dataclasses
from typing import TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(field_specifiers=(dataclasses.field,))
def define(cls: type[T]) -> type[T]:
    """A slotted class with generated `__init__` and `__eq__`; `_model.Model` gives its `__repr__`."""
    return dataclasses.dataclass(slots=True, repr=False)(cls)
