"""`UNSET`: the value of an optional field that is absent (as opposed to JSON null)."""

from __future__ import annotations

from typing import Final, Literal


class Unset:
    """The type of `UNSET`. Falsy, so `if model.field:` skips absent fields."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()

__all__ = ["UNSET", "Unset"]
