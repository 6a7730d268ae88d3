"""What the generated code tells the runtime: the spec's constants and one `Operation` per endpoint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

    `id_field` names the id; `query` returns the operation that looks it up (as `query_field`);
    `duplicate_code` is the result code a repeated id is refused with; `match` maps request fields
    to the queried fields that must agree for what exists to count as this request.
    """

    id_field: str
    query: Callable[[], Operation] | None = None
    query_field: str | None = None
    duplicate_code: str | None = None
    match: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Operation:
    """One endpoint: where it lives, which schemas check its bodies, and how it may be retried.

    `request_schema`, `response_schemas` and `fail_schema` name nodes of `_schemas.SCHEMAS`;
    `parse_data` turns the checked `data` into its Python type (a generated model, a list of
    them, or the value itself).
    `echo` maps a `data` field to the request field it must equal.
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


def _itself(data: Any) -> Any:
    return data


def _no_data(data: Any) -> None:
    return None


def _list_of(parse: Callable[[Any], Any]) -> Callable[[Any], list[Any]]:
    def parse_list(data: Any) -> list[Any]:
        return [parse(item) for item in data]

    return parse_list


def _via_envelope(parse: Callable[[dict[str, Any]], Any]) -> Callable[[Any], Any]:
    def parse_data(data: Any) -> Any:
        return parse({"status": "SUCCESS", "code": "000000", "data": data}).data

    return parse_data
