"""Scripted results: the next N valid calls of an operation, or a share of them, answer a chosen result code
instead of running."""

from __future__ import annotations

import random
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


@dataclass
class _Rate:
    """A call answers `result` when the next number of `random` is below `rate`."""

    result: ScriptedResult
    rate: float
    seed: int
    random: random.Random


class ScriptedResults:
    """operationId -> the results its next calls give, in order (one entry per call), then its rate, if any."""

    def __init__(self, catalog: Catalog) -> None:
        self._lock = threading.Lock()
        self._codes = catalog.spec.codes
        self._operations = {operation.operation_id: operation for operation in catalog.operations}
        self._queued: dict[str, deque[ScriptedResult]] = {}
        self._rates: dict[str, _Rate] = {}

    def add(self, operation_id: str, code: str, times: int) -> ScriptedResult:
        """Queue `code` (a result code's name or number) for the next `times` calls of `operation_id`."""
        if not 1 <= times <= MAX_TIMES:
            raise ScriptError(f"times: must be between 1 and {MAX_TIMES}")
        result = self._result(operation_id, code)
        with self._lock:
            self._queued.setdefault(operation_id, deque()).extend([result] * times)
        return result

    def set_rate(self, operation_id: str, code: str, rate: float, seed: int) -> ScriptedResult:
        """From now on a share `rate` of the calls of `operation_id` answer `code`, drawn by `random.Random(seed)`;
        rate 0 stops it."""
        if not 0 <= rate <= 1:
            raise ScriptError("rate: must be > 0 and <= 1 (or 0 to stop)")
        result = self._result(operation_id, code)
        with self._lock:
            if rate == 0:
                self._rates.pop(operation_id, None)
            else:
                self._rates[operation_id] = _Rate(result, rate, seed, random.Random(seed))
        return result

    def reset(self, operation_id: str) -> None:
        """Forget every scripted result of `operation_id`: its queue and its rate."""
        self._operation(operation_id)
        with self._lock:
            self._queued.pop(operation_id, None)
            self._rates.pop(operation_id, None)

    def _operation(self, operation_id: str) -> frozenset[str]:
        """The result codes `operation_id` can answer; ScriptError when there is no such operation."""
        operation = self._operations.get(operation_id)
        if operation is None:
            raise ScriptError(f"operation {operation_id[:100]}: no such operationId")
        return operation.result_codes

    def _result(self, operation_id: str, code: str) -> ScriptedResult:
        result_codes = self._operation(operation_id)
        name = self._name_of(code)
        if name is None or name not in result_codes or self._codes[name].code == "000000":
            raise ScriptError(f"code {code[:40]}: not a FAIL result code of {operation_id}")
        return ScriptedResult(name)

    def _name_of(self, code: str) -> str | None:
        if code in self._codes:
            return code
        return next((name for name, result in self._codes.items() if result.code == code), None)

    def take(self, operation_id: str) -> ScriptedResult | None:
        """The result this call gives, if one was scripted (it is used up)."""
        with self._lock:
            queued = self._queued.get(operation_id)
            if queued:
                return queued.popleft()
            rate = self._rates.get(operation_id)
            if rate is not None and rate.random.random() < rate.rate:
                return rate.result
            return None

    def pending(self) -> dict[str, list[str]]:
        with self._lock:
            return {
                operation: [result.name for result in queued] for operation, queued in self._queued.items() if queued
            }

    def rates(self) -> dict[str, dict[str, object]]:
        with self._lock:
            return {
                operation: {"code": rate.result.name, "rate": rate.rate, "seed": rate.seed}
                for operation, rate in self._rates.items()
            }
