"""Request bodies against an operation's request schema: one violation, mapped through info.x-validation-codes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from referencing import Registry

from ._schema import RequestSchemaValidator, make_validator
from ._violations import describe, first_violation

Failure = tuple[str, str]  # (result code name, errorMessage)

FALLBACK_CODE = "INVALID_REQUEST"  # a keyword info.x-validation-codes does not list


class RequestValidator:
    """Checks a decoded JSON object against one request schema (compiled once).

    Valid bodies cost one `is_valid` call; only an invalid one has all its errors collected, and
    the first by `first_violation`'s order is answered, its field named by JSON path.
    """

    __slots__ = ("_codes", "_schema", "_validator")

    def __init__(self, schema: Any, validation_codes: Mapping[str, str], registry: Registry[Any]) -> None:
        self._schema = schema
        self._codes = validation_codes
        self._validator = make_validator(RequestSchemaValidator, schema, registry)

    def validate(self, body: Any) -> Failure | None:
        if self._validator.is_valid(body):
            return None
        error = first_violation(self._validator.iter_errors(body), self._schema)
        return self._codes.get(str(error.validator), FALLBACK_CODE), describe(error, "request body")
