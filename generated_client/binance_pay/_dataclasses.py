"""The subset of attrs' `define` / `field` that openapi-python-client's model templates use, on
stdlib dataclasses (which httpx already imports), so `import binance_pay` does not import attrs."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


def field(*, init: bool = True, factory: Callable[[], Any]) -> Any:
    """attrs' `field(init=..., factory=...)`."""
    return dataclasses.field(init=init, default_factory=factory)


@dataclass_transform(field_specifiers=(field, dataclasses.field))
def define(cls: type[T]) -> type[T]:
    """attrs' `define`: a slotted class with generated `__init__`, `__repr__` and `__eq__`."""
    return dataclasses.dataclass(slots=True)(cls)
