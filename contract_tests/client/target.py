"""Each operation of the spec, as the generated client offers it: its method, its keyword arguments, its models.

Nothing here names an operation. The spec gives the resource (the operation's one tag) and the method name
(`x-sdk-method`, default the operationId in snake_case), as its conventions say. The JSON name -> keyword argument
mapping and the model classes come from the generated package itself: the `Operation` object that carries the
operationId, its request node's `python_names`, the method's annotations and each model's `_fields`/`_nested`, so a
generated method that maps a field wrongly is caught by what it sends, not excused by a hand-written table.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from contract_tests.oracle.from_schema import node_of
from contract_tests.oracle.spec import SpecOperation, operations


def snake_case(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@dataclass(frozen=True)
class Target:
    spec: SpecOperation
    resource: str  # client.<resource>
    method: str  # client.<resource>.<method>
    python_names: Mapping[str, str]  # request JSON name -> keyword argument
    annotations: Mapping[str, Any]  # keyword argument -> its annotation

    @property
    def operation_id(self) -> str:
        return self.spec.operation_id

    @property
    def request_schema(self) -> Any:
        return self.spec.request_schema

    @property
    def data_schema(self) -> Any | None:
        return (node_of(self.spec.response_200).get("properties") or {}).get("data")


@functools.cache
def generated_operations() -> dict[str, Any]:
    """operationId -> the generated `Operation` (found in the resource modules, not looked up by hand)."""
    from binance_pay import _operation, resources

    found = {}
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, _operation.Operation):
                found[value.operation_id] = value
    return found


def _resource_class(resource: str) -> type:
    import httpx
    from binance_pay import BinancePayClient

    with BinancePayClient("A" * 16, "secret", transport=httpx.MockTransport(lambda r: httpx.Response(500))) as client:
        return type(getattr(client, resource))


@functools.cache
def targets() -> tuple[Target, ...]:
    from binance_pay import _schemas

    found = []
    for op in operations():
        definition = op.definition
        resource = definition["tags"][0]
        method = definition.get("x-sdk-method") or snake_case(op.operation_id)
        generated = generated_operations().get(op.operation_id)
        assert generated is not None, f"{op.operation_id}: no generated Operation carries this operationId"
        node = _schemas.SCHEMAS[generated.request_schema]
        function = getattr(_resource_class(resource), method)
        hints = typing.get_type_hints(function)
        parameters = inspect.signature(function).parameters
        names = dict(node.get("python_names") or {})
        for json_name, python_name in names.items():
            assert python_name in parameters, f"{op.operation_id}: {json_name} has no keyword argument {python_name}"
        found.append(Target(op, resource, method, names, {p: hints.get(p) for p in names.values()}))
    return tuple(found)


def target(operation_id: str) -> Target:
    return next(t for t in targets() if t.operation_id == operation_id)


# ---- arguments -----------------------------------------------------------------------------------------------------


def kwargs_of(t: Target, value: Mapping[str, Any], *, models: bool) -> dict[str, Any]:
    """The keyword arguments for a request body (JSON names); a required field left out is passed as None."""
    required = node_of(t.request_schema).get("required") or ()
    kwargs = {t.python_names[name]: None for name in required if name not in value}
    for name, item in value.items():
        python_name = t.python_names[name]
        kwargs[python_name] = as_model(t.annotations[python_name], item) if models else item
    return kwargs


def _generated_class(annotation: Any) -> tuple[type | None, bool]:
    """The model or enum class an annotation offers (and whether it is a list of them)."""
    from binance_pay._model import Model

    if isinstance(annotation, type) and issubclass(annotation, (Model, Enum)):
        return annotation, False
    origin = typing.get_origin(annotation)
    for arg in typing.get_args(annotation):
        cls, listed = _generated_class(arg)
        if cls is not None:
            is_sequence = origin is not None and origin not in (typing.Union, type(int | None))
            return cls, listed or (is_sequence and isinstance(origin, type))
    return None, False


def as_model(annotation: Any, value: Any) -> Any:
    """`value` (plain JSON-name dicts, strings) built into the generated model or enum the annotation names."""
    cls, listed = _generated_class(annotation)
    if cls is None or value is None:
        return value
    if listed and isinstance(value, list):
        return [_build(cls, item) for item in value]
    return _build(cls, value)


def _build(cls: type, value: Any) -> Any:
    if issubclass(cls, Enum):
        return cls(value) if isinstance(value, str) and value in {m.value for m in cls} else value
    if not isinstance(value, Mapping):
        return value
    models = importlib.import_module(cls.__module__.rpartition(".")[0])
    fields: Mapping[str, str] = cls._fields  # type: ignore[attr-defined]
    nested: Mapping[str, Any] = cls._nested  # type: ignore[attr-defined]
    arguments = {}
    for json_name, item in value.items():
        inner = nested.get(json_name)
        if isinstance(inner, list) and isinstance(item, list):
            item = [_build(getattr(models, inner[0]), element) for element in item]
        elif isinstance(inner, str):
            item = _build(getattr(models, inner), item)
        arguments[fields[json_name]] = item
    return cls(**arguments)


# ---- results -------------------------------------------------------------------------------------------------------


def plain(result: Any) -> Any:
    """A parsed result as JSON names and plain values (a model through its own `_fields`, an enum as its value)."""
    from binance_pay._model import Model

    if isinstance(result, Model):
        fields: Mapping[str, str] = type(result)._fields
        out = {name: plain(getattr(result, attr)) for name, attr in fields.items() if getattr(result, attr) is not None}
        out.update({name: plain(item) for name, item in result.additional_properties.items()})
        return out
    if isinstance(result, list):
        return [plain(item) for item in result]
    if isinstance(result, Enum):
        return result.value
    return result
