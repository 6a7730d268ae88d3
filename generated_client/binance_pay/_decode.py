# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""Turn response bytes into the spec's envelope: exact decimals, typed errors, nothing raw escapes."""

from __future__ import annotations

import json
from decimal import Decimal
from http import HTTPStatus
from typing import Any

from ._validators import SchemaViolation
from .errors import APIStatusError, ResponseValidationError

# Built once: `json.loads(..., parse_float=Decimal)` would build a new decoder for every response.
_DECODER = json.JSONDecoder(parse_float=Decimal)


def decode_json_object(status_code: int, content_type: str | None, content: bytes) -> dict[str, Any]:
    """Parse a JSON object with every number as `Decimal`.

    A body that is not JSON at all (an HTML error page, a truncated body, the wrong media type)
    raises `APIStatusError`; JSON that is not an object raises `ResponseValidationError`.
    """
    if content_type is not None:
        media_type = content_type.partition(";")[0].strip().lower()
        if media_type != "application/json" and not media_type.endswith("+json"):
            raise APIStatusError(
                f"Response is {media_type or 'untyped'}, not JSON", status_code=status_code, body=content
            )
    try:
        payload = _DECODER.decode(content.decode("utf-8"))  # JSON text is UTF-8 (RFC 8259)
    except (ValueError, RecursionError):
        # ValueError covers JSONDecodeError and UnicodeDecodeError
        raise APIStatusError("Response is not valid JSON", status_code=status_code, body=content) from None
    if type(payload) is not dict:
        raise ResponseValidationError("body", "must be a JSON object", body=content, status_code=status_code)
    return payload


def response_violation(violation: SchemaViolation, status_code: int, content: bytes) -> ResponseValidationError:
    return ResponseValidationError(violation.field, violation.rule, body=content, status_code=status_code)


def http_status(status_code: int, content: bytes) -> HTTPStatus:
    try:
        return HTTPStatus(status_code)
    except ValueError:
        raise APIStatusError("Non-standard HTTP status", status_code=status_code, body=content) from None
