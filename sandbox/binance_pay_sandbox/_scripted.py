"""Scripted results: the next N valid calls of an operation answer a chosen result code instead of running."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass

from ._catalog import Catalog

MAX_TIMES = 1000


class ScriptError(ValueError):
    """The script names an unknown operation, or a code that operation cannot answer."""


@dataclass(frozen=True)
class ScriptedResult:
    name: str  # the result code's name, e.g. INVALID_ORDER_STATUS


class ScriptedResults:
    """operationId -> the results its next calls give, in order (one entry per call)."""

    def __init__(self, catalog: Catalog) -> None:
        self._lock = threading.Lock()
        self._codes = catalog.spec.codes
        self._operations = {operation.operation_id: operation for operation in catalog.operations}
        self._queued: dict[str, deque[ScriptedResult]] = {}

    def add(self, operation_id: str, code: str, times: int) -> ScriptedResult:
        """Queue `code` (a result code's name or number) for the next `times` calls of `operation_id`."""
        operation = self._operations.get(operation_id)
        if operation is None:
            raise ScriptError(f"operation {operation_id[:100]}: no such operationId")
        if not 1 <= times <= MAX_TIMES:
            raise ScriptError(f"times: must be between 1 and {MAX_TIMES}")
        name = self._name_of(code)
        if name is None or name not in operation.result_codes or self._codes[name].code == "000000":
            raise ScriptError(f"code {code[:40]}: not a FAIL result code of {operation_id}")
        result = ScriptedResult(name)
        with self._lock:
            self._queued.setdefault(operation_id, deque()).extend([result] * times)
        return result

    def _name_of(self, code: str) -> str | None:
        if code in self._codes:
            return code
        return next((name for name, result in self._codes.items() if result.code == code), None)

    def take(self, operation_id: str) -> ScriptedResult | None:
        """The result this call gives, if one was scripted (it is used up)."""
        with self._lock:
            queued = self._queued.get(operation_id)
            if not queued:
                return None
            return queued.popleft()

    def pending(self) -> dict[str, list[str]]:
        with self._lock:
            return {
                operation: [result.name for result in queued] for operation, queued in self._queued.items() if queued
            }
