"""What follows a failed attempt, and how a call whose outcome is unknown ends: the lookup, `reconcile`, `wait`.

The sync and async clients share these; they differ only in how they send (see `_base_client`).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from ._call import Call
from ._constants import Seconds
from ._exceptions import (
    BinancePayError,
    ClientClosedError,
    IdempotencyConflictError,
    OutcomeUnknownError,
    ResultCodeError,
)
from ._operation import Operation
from ._options import Options, positive_seconds
from ._outcome import (
    NotFound,
    Reconciliation,
    attempt_outcome_unknown,
    changes_state,
    check_match,
    found_record,
    recovered_result,
    unknown,
)
from ._transport import WireResponse


class Step:
    """What a failed attempt leads to, other than a wait: a lookup, or the raw response."""


SETTLE = Step()
RAW = Step()


def _cause(error: BaseException) -> BinancePayError | None:
    cause = error.__cause__
    return cause if isinstance(cause, BinancePayError) else None


def refused_as_duplicate(operation: Operation, error: BinancePayError) -> bool:
    idempotency = operation.idempotency
    return (
        idempotency is not None
        and idempotency.duplicate_code is not None
        and error.code == idempotency.duplicate_code
        and isinstance(error, ResultCodeError)
    )


def query_of(operation: Operation) -> Operation:
    idempotency = operation.idempotency
    if idempotency is None or idempotency.query is None:
        raise ValueError(f"{operation.operation_id} has no lookup by the merchant's id to reconcile with")
    return idempotency.query()


def reconcile_target(target: Any, id_value: Any, request: Mapping[str, Any] | None) -> tuple[Operation, dict[str, Any]]:
    """The operation and the request fields (JSON names) `reconcile` looks up and matches."""
    if isinstance(target, OutcomeUnknownError):
        if target._operation is None:
            raise ValueError("this OutcomeUnknownError was unpickled: pass the method and the id instead")
        return target._operation, {**target._sent, **(request or {})}
    resource, name = getattr(target, "__self__", None), getattr(target, "__name__", None)
    operation = getattr(type(resource), "_OPERATIONS", {}).get(name)
    if operation is None or operation.idempotency is None:
        raise TypeError(
            "reconcile takes an OutcomeUnknownError, or a method that carries a merchant's id (client.payouts.create)"
        )
    if id_value is None:
        raise TypeError(f"reconcile needs the {operation.idempotency.id_field} to look up")
    return operation, {**(request or {}), operation.idempotency.id_field: id_value}


def wait_deadline(timeout: Seconds, interval: Seconds) -> Seconds:
    positive_seconds("timeout", timeout)
    positive_seconds("interval", interval)
    return time.monotonic() + timeout


def wait_pause(operation: Operation, result: Any, deadline: Seconds, interval: Seconds) -> Seconds | None:
    """Seconds to sleep before the next query, or None when `result` is final or time is up."""
    waiting = any(getattr(result, name, None) in states for name, states in operation.wait_while.items())
    left = deadline - time.monotonic()
    if not waiting or left <= 0:
        return None
    return min(interval, left)


def after_failure(
    operation: Operation,
    sent: dict[str, Any],
    call: Call,
    error: BinancePayError,
    raw: bool,
    response: WireResponse | None,
) -> Seconds | Step:
    """What follows a failed attempt: seconds to wait before the next, `SETTLE`, `RAW`, or `error` raised.

    Once an attempt's outcome is unknown, a call that changes state ends in its result, in what a
    lookup proves, or in `OutcomeUnknownError`: never in a later refusal alone.
    """
    settles = changes_state(operation) and not raw
    if isinstance(error, IdempotencyConflictError):
        raise error  # the id names another request: this one was not carried out
    if isinstance(error, ClientClosedError):
        if call.outcome_unknown and changes_state(operation):
            raise unknown(operation, sent, error) from error
        raise error
    if attempt_outcome_unknown(error):
        call.outcome_unknown = True
    if settles and call.outcome_unknown and refused_as_duplicate(operation, error):
        return SETTLE
    wait = call.wait_before_retry(error, response.headers if response is not None else None)
    if wait is not None:
        return wait
    if raw and response is not None:
        return RAW
    if call.outcome_unknown and changes_state(operation):
        if settles:
            return SETTLE
        raise unknown(operation, sent, error) from error
    raise error


def settled(
    options: Options, operation: Operation, query: Operation, sent: dict[str, Any], last: BinancePayError, existing: Any
) -> Any:
    """The end of a call whose outcome was unknown, from what its lookup answered."""
    try:
        found = found_record(operation, existing, options.schema(query.response_schemas[200]))
    except NotFound as not_found:
        if refused_as_duplicate(operation, last):  # the id exists, yet the lookup cannot find it
            raise unknown(operation, sent, last, _cause(not_found)) from last
        raise last from None  # nothing exists under the id: the last attempt's failure stands
    except BinancePayError as lookup_error:
        raise unknown(operation, sent, last, lookup_error) from last
    check_match(operation, sent, found)
    return recovered_result(operation, query, found, _data_node(options, operation))


def reconciled(
    options: Options, operation: Operation, query: Operation, sent: dict[str, Any], existing: Any
) -> Reconciliation:
    idempotency = operation.idempotency
    assert idempotency is not None
    id_value = sent.get(idempotency.id_field)
    try:
        found = found_record(operation, existing, options.schema(query.response_schemas[200]))
    except NotFound:
        return Reconciliation(query.operation_id, idempotency.id_field, id_value, exists=False)
    check_match(operation, sent, found)
    return Reconciliation(query.operation_id, idempotency.id_field, id_value, True, query.parse_data(found))


def _data_node(options: Options, operation: Operation) -> Any:
    return options.schema(operation.response_schemas[200])["properties"].get("data", {})
