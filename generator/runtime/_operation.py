"""What the generated code tells the runtime: the spec's constants and one `Operation` per endpoint."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._exceptions import ResultCodeError
from ._signing import SigningScheme


@dataclass(frozen=True, slots=True)
class SpecInfo:
    """The spec-wide facts the runtime needs, generated into `_spec.py`."""

    title: str
    api_version: str
    spec_file: str
    default_base_url: str
    signing: SigningScheme
    result_errors: Mapping[str, type[ResultCodeError]]
    timestamp_error_code: str
    load_schemas: Callable[[], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Idempotency:
    """The spec's exactly-once extensions for an operation that carries the merchant's own id.

    `id_field` names the id. `query` returns the operation that looks it up, with `query_fields`
    mapping the lookup's request fields to this request's fields. `duplicate_code` is the result
    code a repeated id is refused with (None: not documented, so any non-retryable refusal of a
    retry after an unknown outcome leads to the lookup). `not_found_code` is the result code the
    lookup answers when nothing exists under the id (None: not documented, so a failed lookup never
    proves that nothing exists). `match` maps request fields to the fields of what exists that must
    agree for it to count as this request (a list of objects maps to `{"field": ..., "items": {...}}`).
    `repeat_answer` says how a repeat answered as a success is marked (`status` or `data.<field>` -> value).
    """

    id_field: str
    query: Callable[[], Operation] | None = None
    query_fields: Mapping[str, str] = field(default_factory=dict)
    duplicate_code: str | None = None
    not_found_code: str | None = None
    match: Mapping[str, Any] = field(default_factory=dict)
    repeat_answer: Mapping[str, Any] = field(default_factory=dict)

    def is_repeat(self, payload: Mapping[str, Any]) -> bool:
        """Whether a success answer says the id was seen before (and so describes what exists)."""
        data = payload.get("data")
        for key, value in self.repeat_answer.items():
            if key == "status":
                if payload.get("status") == value:
                    return True
            elif isinstance(data, Mapping) and data.get(key.removeprefix("data.")) == value:
                return True
        return False


@dataclass(frozen=True, slots=True)
class Operation:
    """One endpoint: where it lives, which schemas check its bodies, and how it may be retried.

    `request_schema`, `response_schemas` and `fail_schema` name nodes of `_schemas.SCHEMAS`;
    `parse_data` turns the checked `data` into its Python type (a generated model, a list of
    them, or the value itself).
    `echo` maps a `data` field to the request field it must equal. `wait_while` maps a result
    attribute to the values that are not final yet (the spec's `x-wait`).
    """

    operation_id: str
    method: str
    path: str
    request_schema: str
    response_schemas: Mapping[int, str]
    fail_schema: str
    parse_data: Callable[[Any], Any]
    retry_safe: bool = False
    has_data: bool = True
    echo: Mapping[str, str] = field(default_factory=dict)
    idempotency: Idempotency | None = None
    wait_while: Mapping[str, Sequence[str]] = field(default_factory=dict)


def _itself(data: Any) -> Any:
    return data


def _no_data(data: Any) -> None:
    return None


def _list_of(parse: Callable[[Any], Any]) -> Callable[[Any], list[Any]]:
    def parse_list(data: Any) -> list[Any]:
        return [parse(item) for item in data]

    return parse_list
