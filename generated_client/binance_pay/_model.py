"""The generated models' one `from_dict`, `to_dict` and `repr`, driven by each class's field table.

A generated model declares its dataclass fields plus `_fields` (JSON name -> attribute) and, for
objects, lists of objects and closed enums, `_nested` (JSON name -> the class of `models/` it is
built into; `[name]` for a list of them). `from_dict` gets a response already checked and
normalised by `_schema.from_wire` (decimals as `Decimal`, optional nulls dropped), so it only maps
names and builds nested models. A field the JSON left out, or sent as null, reads None.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, ClassVar, Self

Build = Callable[[Any], Any]


@dataclasses.dataclass(frozen=True, slots=True)
class _Plan:
    """A model class's field table, resolved once: how to read each JSON field, and what to show."""

    readers: dict[str, tuple[str, Build | None]]  # JSON name -> (attribute, builder of its value)
    attributes: tuple[str, ...]  # in declaration order
    required: frozenset[str]  # attributes `to_dict` writes even when None


_PLANS: dict[type[Any], _Plan] = {}


@dataclasses.dataclass(slots=True, repr=False)
class Model:
    """Base of the generated models. Response fields the spec does not know are kept in `additional_properties`."""

    additional_properties: dict[str, Any] = dataclasses.field(init=False, default_factory=dict)

    _fields: ClassVar[Mapping[str, str]] = {}
    _nested: ClassVar[Mapping[str, str | list[str]]] = {}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """The model of a JSON object (wire names); unknown fields go to `additional_properties`."""
        readers = _plan(cls).readers
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            reader = readers.get(key)
            if reader is None:
                extra[key] = value
                continue
            name, build = reader
            values[name] = value if build is None or value is None else build(value)
        model = cls(**values)
        model.additional_properties = extra
        return model

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (wire names) of this model, nested models and enums as plain values; None fields left out."""
        plan = _plan(type(self))
        result = dict(self.additional_properties)
        for json_name, (name, _build) in plan.readers.items():
            value = getattr(self, name)
            if value is not None or name in plan.required:
                result[json_name] = _plain(value)
        return result

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}" for name in _plan(type(self)).attributes if (value := getattr(self, name)) is not None
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__qualname__}({', '.join(shown)})"


def _plan(cls: type[Model]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _compile(cls)
    return plan


def _compile(cls: type[Model]) -> _Plan:
    models = importlib.import_module(cls.__module__.rpartition(".")[0])  # the package of the generated models
    readers = {
        json_name: (name, _builder(models, cls._nested.get(json_name))) for json_name, name in cls._fields.items()
    }
    fields = [item for item in dataclasses.fields(cls) if item.name != "additional_properties"]
    required = frozenset(
        item.name
        for item in fields
        if item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
    )
    return _Plan(readers, tuple(item.name for item in fields), required)


def _builder(models: Any, nested: str | list[str] | None) -> Build | None:
    if nested is None:
        return None
    if isinstance(nested, list):
        build_item = _builder(models, nested[0])
        assert build_item is not None
        return lambda items: [build_item(item) for item in items]
    target = getattr(models, nested)
    return target.from_dict if isinstance(target, type) and issubclass(target, Model) else target


def _plain(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    return value
