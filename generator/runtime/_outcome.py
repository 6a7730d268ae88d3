"""Exactly-once: whether an attempt's outcome is known, matching what exists under an id, recovery.

Three outcomes, never confused. A call that returns succeeded. A call that raises
`OutcomeUnknownError` may have been carried out. Any other error means it was not. An attempt's
outcome is unknown when its body may have reached Binance and the answer does not say what happened:
no answer or a cut one, any 5xx, a body that is not the envelope, `UNKNOWN_ERROR`, or a 2xx that
breaks the spec. Once one attempt of a call is unknown, no later refusal proves that nothing happened
(a repeated payout may be refused for the balance the first attempt spent): only a result, a lookup
that finds what exists, or the lookup's documented not-found answer settles it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    BinancePayError,
    IdempotencyConflictError,
    OutcomeUnknownError,
    ResponseValidationError,
    ResultCodeError,
)
from ._json import DECODER

if TYPE_CHECKING:
    from ._operation import Operation
    from ._response import RawResponse
    from ._schema import Node

_logger = logging.getLogger("binance_pay")


def changes_state(operation: Operation) -> bool:
    """Whether a call of `operation` can leave something behind (so its outcome can be unknown)."""
    return operation.idempotency is not None or not operation.retry_safe


def attempt_outcome_unknown(error: BinancePayError) -> bool:
    """Whether the attempt that raised `error` may have been carried out without the answer saying so."""
    if isinstance(error, APIConnectionError):
        return error.sent
    if isinstance(error, (ResponseValidationError, OutcomeUnknownError)) or type(error) is APIStatusError:
        return True
    if error.status_code is not None and error.status_code >= 500:
        return True
    return isinstance(error, ResultCodeError) and error.retryable


# ---- what exists under an id ------------------------------------------------------------------------------------------


def mismatches(
    match: Mapping[str, Any], sent: Mapping[str, Any], found: Mapping[str, Any]
) -> list[tuple[str, Any, Any]]:
    """The `match` fields on which what exists disagrees with this request (fields it lacks are not compared).

    A match entry maps a request field to the found field, or, for a list of objects, to
    `{"field": found list, "items": {request item field: found item field}}`: the lists must hold
    the same items (in any order) on those fields.
    """
    found_mismatches = []
    for field, other in match.items():
        if isinstance(other, Mapping):
            found_field, items = other["field"], other["items"]
            if field in sent and found_field in found and not _same_items(sent[field], found[found_field], items):
                found_mismatches.append((field, sent[field], found[found_field]))
        elif field in sent and other in found and not same(sent.get(field), found.get(other)):
            found_mismatches.append((field, *_comparable(sent.get(field), found.get(other))))
    return found_mismatches


def _same_items(mine: Any, theirs: Any, items: Mapping[str, str]) -> bool:
    """Both lists hold the same objects on the compared fields, in any order (amounts as amounts)."""
    if not isinstance(mine, list) or not isinstance(theirs, list) or len(mine) != len(theirs):
        return False
    left = list(theirs)
    for item in mine:
        index = next((i for i, other in enumerate(left) if _same_item(item, other, items)), None)
        if index is None:
            return False
        del left[index]
    return True


def _same_item(item: Any, other: Any, items: Mapping[str, str]) -> bool:
    if not isinstance(item, Mapping) or not isinstance(other, Mapping):
        return False
    return all(same(item.get(mine), other.get(theirs)) for mine, theirs in items.items())


def _comparable(sent: Any, found: Any) -> tuple[Any, Any]:
    """Both as `Decimal` when one is (an amount sent as a decimal string, read back as a number)."""
    if isinstance(sent, Decimal) != isinstance(found, Decimal):
        try:
            return Decimal(str(sent)), Decimal(str(found))
        except ArithmeticError:
            pass
    return sent, found


def same(sent: Any, found: Any) -> bool:
    """Equal as the same value, the same amount (a Decimal sent, a decimal string found), or the same id (sent as
    text, read back as a number)."""
    if sent == found:
        return True
    if isinstance(sent, Decimal) or isinstance(found, Decimal):
        try:
            return Decimal(str(sent)) == Decimal(str(found))
        except ArithmeticError:
            return False
    if isinstance(found, int) and not isinstance(found, bool) and isinstance(sent, str):
        return sent == str(found)  # an id sent as text, read back as a number
    return bool(sent == found)


def lookup_fields(operation: Operation, sent: Mapping[str, Any]) -> dict[str, Any]:
    idempotency = operation.idempotency
    assert idempotency is not None
    return {query_field: sent[field] for query_field, field in idempotency.query_fields.items() if field in sent}


def can_look_up(operation: Operation, sent: Mapping[str, Any]) -> bool:
    idempotency = operation.idempotency
    return idempotency is not None and idempotency.query is not None and idempotency.id_field in sent


# ---- the end of a call whose outcome is unknown -----------------------------------------------------------------------


def unknown(
    operation: Operation, sent: Mapping[str, Any], last: BinancePayError, lookup: BinancePayError | None = None
) -> OutcomeUnknownError:
    """The `OutcomeUnknownError` for a call: what `client.reconcile` needs travels with it."""
    idempotency = operation.idempotency
    id_field = idempotency.id_field if idempotency is not None else None
    error = OutcomeUnknownError(
        operation.operation_id, id_field, sent.get(id_field) if id_field else None, last, lookup
    )
    error._operation = operation
    error._sent = dict(sent)
    return error


class NotFound(Exception):
    """The lookup answered its documented not-found code: nothing exists under the id."""


def found_record(operation: Operation, existing: RawResponse[Any], schema: Node) -> dict[str, Any]:
    """The lookup's `data`; `NotFound` for its documented not-found answer; the lookup's error otherwise."""
    idempotency = operation.idempotency
    assert idempotency is not None
    try:
        existing.parse()
    except ResultCodeError as error:
        if idempotency.not_found_code is not None and error.code == idempotency.not_found_code:
            raise NotFound from error
        raise
    from ._schema import from_wire  # noqa: PLC0415

    payload = DECODER.decode(existing.content.decode("utf-8"))
    from_wire(schema, payload)
    data = payload.get("data")
    return data if isinstance(data, dict) else {}


def check_match(operation: Operation, sent: Mapping[str, Any], found: Mapping[str, Any]) -> None:
    idempotency = operation.idempotency
    assert idempotency is not None
    conflicts = mismatches(idempotency.match, sent, found)
    if conflicts:
        raise IdempotencyConflictError(idempotency.id_field, sent.get(idempotency.id_field), conflicts)


def recovered_result(operation: Operation, query: Operation, found: Mapping[str, Any], result_node: Node) -> Any:
    """The create's result built from what the lookup found, marked as recovered with the fields it lacks."""
    known = result_node.get("properties", {})
    result = operation.parse_data({key: value for key, value in found.items() if key in known})
    missing = tuple(name for name in known if name not in found)
    lookup_result = query.parse_data(dict(found))
    _logger.info(
        "%s: the outcome was unknown; %s found it under the same id and it matches",
        operation.operation_id,
        query.operation_id,
    )
    return _mark(result, Recovery(query.operation_id, missing, lookup_result))


# ---- recovered results ------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Recovery:
    """How a result was recovered after an unknown outcome: `lookup` is the operation that found it,
    `missing` the result's fields (JSON names) the lookup could not supply (so they read as unset),
    and `found` the lookup's own result (an order's current status, for example)."""

    lookup: str
    missing: tuple[str, ...]
    found: Any


_RECOVERED_CLASSES: dict[type[Any], type[Any]] = {}


def _recovered_class(cls: type[Any]) -> type[Any]:
    sub = _RECOVERED_CLASSES.get(cls)
    if sub is None:
        parent_repr: Callable[[Any], str] = getattr(cls, "__repr__")  # noqa: B009 - the unbound method

        def __repr__(self: Any) -> str:
            shown = parent_repr(self)
            return f"{shown[:-1]}, recovered={self._binance_pay_recovery!r})"

        namespace = {"__slots__": ("_binance_pay_recovery",), "__repr__": __repr__, "__module__": cls.__module__}
        sub = _RECOVERED_CLASSES[cls] = type(cls.__name__, (cls,), namespace)
        sub.__qualname__ = cls.__qualname__
    return sub


def _mark(result: Any, recovery: Recovery) -> Any:
    if not dataclasses.is_dataclass(result) or isinstance(result, type):
        return result  # a boolean or a list: nothing to mark it on
    marked = object.__new__(_recovered_class(type(result)))
    for item in dataclasses.fields(result):
        object.__setattr__(marked, item.name, getattr(result, item.name))
    object.__setattr__(marked, "_binance_pay_recovery", recovery)
    return marked


def recovered(result: Any) -> Recovery | None:
    """How `result` was recovered after an unknown outcome, or None for a result the call's own answer gave.

    A recovered result was rebuilt from a lookup (Query Order for an order whose create answer was
    lost): fields the lookup does not return, such as an order's checkout links, read as unset and
    are named in `.missing`.
    """
    return getattr(result, "_binance_pay_recovery", None)


@dataclasses.dataclass(frozen=True, slots=True)
class Reconciliation:
    """What `client.reconcile` found under a merchant's id: `exists` and, if so, the lookup's `result`."""

    operation_id: str
    id_field: str
    id_value: Any
    exists: bool
    result: Any = None
