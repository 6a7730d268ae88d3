"""`extra_body` and `extra_headers`: what a merchant sends that the spec does not know yet.

Binance adds fields before the spec has them. An extra body field is signed and sent as given,
next to the fields the method checked; an extra header is sent as given. Neither may stand in
for something the SDK already owns:

- a body field the operation defines is refused (`RequestValidationError`): pass it as the
  method's own argument, so that it is checked, rather than sent unchecked;
- a float is refused anywhere in an extra value: money is `Decimal`;
- the signing headers, and the headers the transport must control (`Content-Type`,
  `Content-Length`, `Host`, `Accept-Encoding`, `Transfer-Encoding`, `Connection`), are refused.

Extras given to `with_options` apply to every call of that client; a call's own extras are added
to them, and win where both name the same extra.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ._exceptions import RequestValidationError

_TRANSPORT_HEADERS = frozenset(
    ("content-type", "content-length", "host", "accept-encoding", "transfer-encoding", "connection")
)
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # an HTTP field name (RFC 9110 token)


def merged(defaults: Mapping[str, Any], given: Mapping[str, Any] | None, argument: str) -> Mapping[str, Any]:
    """The client's extras with this call's added; the call's win."""
    if given is None:
        return defaults
    if not isinstance(given, Mapping):
        raise RequestValidationError(argument, f"must be a mapping (a dict), got {type(given).__name__}")
    return {**defaults, **given} if defaults else given


def checked_extra_body(
    extra: Mapping[str, Any], known_fields: Mapping[str, Any], python_names: Mapping[str, str]
) -> dict[str, Any]:
    """`extra` checked: JSON names the operation does not define, values JSON can hold exactly."""
    body: dict[str, Any] = {}
    for name, value in extra.items():
        if not isinstance(name, str) or not name:
            raise RequestValidationError("extra_body", f"field names must be non-empty strings, got {name!r}")
        field = f"extra_body.{name}"
        if name in known_fields:
            python_name = python_names.get(name, name)
            raise RequestValidationError(
                field, f"is a field of this operation: pass it as the argument `{python_name}`, which is checked"
            )
        _check_exact(field, value)
        body[name] = value
    return body


def _check_exact(field: str, value: Any) -> None:
    if isinstance(value, float):
        raise RequestValidationError(field, "must not be a float (floats are not exact): pass a Decimal")
    if isinstance(value, Decimal) and not value.is_finite():
        raise RequestValidationError(field, f"must be a finite number, got {value}")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise RequestValidationError(field, f"object keys must be strings, got {key!r}")
            _check_exact(f"{field}.{key}", item)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _check_exact(f"{field}[{index}]", item)
    elif value is not None and not isinstance(value, (str, int, Decimal)):
        raise RequestValidationError(
            field, f"must be a JSON value (str, int, Decimal, bool, None, list or dict), got {type(value).__name__}"
        )


def checked_extra_headers(extra: Mapping[str, Any], signing_headers: tuple[str, ...]) -> dict[str, str]:
    """`extra` checked: valid names the client does not own, single-line string values."""
    if not isinstance(extra, Mapping):
        raise RequestValidationError("extra_headers", f"must be a mapping (a dict), got {type(extra).__name__}")
    owned = _TRANSPORT_HEADERS | {name.lower() for name in signing_headers}
    headers: dict[str, str] = {}
    for name, value in extra.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise RequestValidationError("extra_headers", f"{name!r} is not a valid header name")
        field = f"extra_headers.{name}"
        if name.lower() in owned:
            raise RequestValidationError(field, "is set by the client (signing or framing) and cannot be replaced")
        if not isinstance(value, str):
            raise RequestValidationError(field, f"must be a string, got {type(value).__name__}")
        if "\r" in value or "\n" in value or "\0" in value:
            raise RequestValidationError(field, "must be one line (no CR, LF or NUL)")
        headers[name] = value
    return headers
