"""Response bodies against an operation's response schema for their HTTP status, before they are sent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema.protocols import Validator
from referencing import Registry

from ._schema import ResponseSchemaValidator, decode_exact, make_validator
from ._violations import describe, first_violation

_GOOD_BODIES_LIMIT = 4096  # distinct bodies remembered as valid (bounded: zero-balance bodies vary by currency)


class ResponseSchemas:
    """The JSON schemas of one operation's responses, keyed as the spec keys them ("200", "4XX", "default")."""

    __slots__ = ("_schemas", "_validators")

    def __init__(self, schemas: Mapping[str, Any], registry: Registry[Any]) -> None:
        self._schemas = dict(schemas)
        self._validators: dict[str, Validator] = {
            key: make_validator(ResponseSchemaValidator, schema, registry) for key, schema in schemas.items()
        }

    def key_for(self, status: int) -> str | None:
        for key in (str(status), f"{str(status)[:1]}XX", "default"):
            if key in self._validators:
                return key
        return None

    def schema(self, status: int) -> Any | None:
        key = self.key_for(status)
        return self._schemas[key] if key is not None else None

    def violation_of(self, status: int, value: Any) -> str | None:
        """Why `value` (decoded, numbers as Decimal) is not a valid response with `status`; None if it is."""
        key = self.key_for(status)
        if key is None:
            return f"HTTP {status} is not a documented response"
        return self.violation_for(key, value)

    def violation_for(self, key: str, value: Any) -> str | None:
        """Why `value` breaks the schema of response `key` ("200", "4XX", "default"); None if it does not."""
        validator = self._validators[key]
        if validator.is_valid(value):
            return None
        return describe(first_violation(validator.iter_errors(value), self._schemas[key]), "response body")

    def violation(self, status: int, body: bytes) -> str | None:
        try:
            value = decode_exact(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return "response body: not JSON"
        return self.violation_of(status, value)


class ResponseCheck:
    """`ResponseSchemas.violation`, remembering bodies already found valid (prebuilt bodies stay fast)."""

    __slots__ = ("_good", "_schemas")

    def __init__(self, schemas: ResponseSchemas) -> None:
        self._schemas = schemas
        self._good: set[tuple[int, bytes]] = set()

    def violation(self, status: int, body: bytes) -> str | None:
        if (status, body) in self._good:
            return None
        problem = self._schemas.violation(status, body)
        if problem is None and len(self._good) < _GOOD_BODIES_LIMIT:
            self._good.add((status, body))
        return problem
