"""Handlers by operationId. Every operation the spec marks `x-stateful` must have one (else SpecError when the app
is built); any other operation without one answers its 200 example."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from types import MappingProxyType, ModuleType
from typing import Any

from . import resources
from ._handler import ExampleHandler, Handler, HandlerContext, HandlerFactory
from ._spec import SpecError

STATEFUL = "x-stateful"


def _resource_modules() -> list[ModuleType]:
    names = sorted(info.name for info in pkgutil.iter_modules(resources.__path__))
    return [importlib.import_module(f"{resources.__name__}.{name}") for name in names]


def store_classes() -> tuple[type[Any], ...]:
    """Every resource module's `STORES`: the record classes kept in the shared state."""
    return tuple(store for module in _resource_modules() for store in getattr(module, "STORES", ()))


def _collect() -> Mapping[str, HandlerFactory]:
    """Every resource module's `HANDLERS`, by operationId (two modules claiming one operation is a bug)."""
    handlers: dict[str, HandlerFactory] = {}
    for module in _resource_modules():
        for operation_id, factory in getattr(module, "HANDLERS", {}).items():
            if operation_id in handlers:
                raise SpecError(f"operation {operation_id}: handled by two resource modules")
            handlers[operation_id] = factory
    return MappingProxyType(handlers)


HANDLERS: Mapping[str, HandlerFactory] = _collect()


def is_stateful(definition: Mapping[str, object], operation_id: str) -> bool:
    """The operation's `x-stateful` mark (absent: false)."""
    mark = definition.get(STATEFUL, False)
    if not isinstance(mark, bool):
        raise SpecError(f"operation {operation_id}: {STATEFUL} must be true or false, got {mark!r}")
    return mark


def handler_for(context: HandlerContext) -> Handler:
    operation = context.operation
    stateful = is_stateful(operation.definition, operation.operation_id)
    factory = HANDLERS.get(operation.operation_id)
    if factory is not None:
        return factory(context)
    if stateful:
        raise SpecError(f"operation {operation.operation_id}: marked {STATEFUL}, but the sandbox has no handler for it")
    if operation.success_example is None:
        raise SpecError(f"operation {operation.operation_id}: no handler and no 200 example to answer with")
    return ExampleHandler(operation.success_example, operation.definition.get("x-echo"))
