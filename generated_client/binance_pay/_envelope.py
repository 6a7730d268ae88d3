"""Reading an answer: Binance's JSON envelope, its result codes, and the operation's `data`."""

from __future__ import annotations

from typing import Any

from ._exceptions import (
    APIStatusError,
    BinancePayError,
    IdempotencyConflictError,
    RequestInfo,
    ResponseValidationError,
    describe_result,
)
from ._json import DECODER
from ._operation import Operation, SpecInfo
from ._options import Options
from ._outcome import mismatches, same
from ._schema import SchemaViolation, from_wire
from ._transport import WireResponse

_FAIL = "FAIL"
_MAX_MESSAGE_CHARS = 512
_ENVELOPE_STATUSES = frozenset({"SUCCESS", _FAIL, "REPEAT_REQ_SUCCESS"})


def result_of(
    options: Options, operation: Operation, sent: dict[str, Any], response: WireResponse, request: RequestInfo
) -> Any:
    """The operation's `data` from a response; raises the matching error otherwise."""
    payload = _checked_envelope(options, operation, response, request)
    if not operation.has_data:
        return None
    status, content = response.status, response.content
    if "data" not in payload:
        raise ResponseValidationError(
            "data", "is required when status is SUCCESS", body=content, status_code=status, request=request
        )
    data = payload["data"]
    _check_repeat(operation, sent, payload, status, request)
    _check_echo(operation, sent, data, response, request)
    return operation.parse_data(data)


def _checked_envelope(
    options: Options, operation: Operation, response: WireResponse, request: RequestInfo
) -> dict[str, Any]:
    """The decoded envelope of a success; raises the result code's error, or why it is not one."""
    status, content = response.status, response.content
    payload = decode(response, request)
    if payload.get("status") not in _ENVELOPE_STATUSES:
        raise_non_envelope_error(options.spec, payload, status, request)
    # SUCCESS, or REPEAT_REQ_SUCCESS (an idempotent repeat): both carry data. Any other value
    # is checked against the 200 schema's strict enum, and refused there.
    success = payload.get("status") != _FAIL
    schema_name = operation.response_schemas.get(200) if success else operation.fail_schema
    try:
        from_wire(options.schema(schema_name or operation.fail_schema), payload)
    except SchemaViolation as violation:
        raise ResponseValidationError(
            violation.field, violation.rule, body=content, status_code=status, request=request
        ) from None
    if not success:
        raise error_for_result(options.spec, payload.get("code"), payload.get("errorMessage"), status, request)
    if not 200 <= status < 300:
        raise APIStatusError("SUCCESS envelope with an error status", status_code=status, body=content, request=request)
    return payload


def _check_repeat(
    operation: Operation, sent: dict[str, Any], payload: dict[str, Any], status: int, request: RequestInfo
) -> None:
    """A repeat describes what already exists under the id: it is this request's result only if it matches."""
    idempotency = operation.idempotency
    if idempotency is None or not idempotency.repeat_answer or not idempotency.is_repeat(payload):
        return
    data = payload["data"]
    conflicts = mismatches(idempotency.match, sent, data if isinstance(data, dict) else {})
    if conflicts:
        error = IdempotencyConflictError(idempotency.id_field, sent.get(idempotency.id_field), conflicts)
        error.request, error.status_code = request, status
        raise error


def _check_echo(
    operation: Operation, sent: dict[str, Any], data: Any, response: WireResponse, request: RequestInfo
) -> None:
    if not isinstance(data, dict):
        return
    for data_field, request_field in operation.echo.items():
        if request_field in sent and not same(sent[request_field], data.get(data_field)):
            raise ResponseValidationError(
                f"data.{data_field}",
                f"must equal the request's {request_field} ({sent[request_field]!r}), got {data.get(data_field)!r}:"
                " a crossed or wrong response",
                body=response.content,
                status_code=response.status,
                request=request,
            )


def decode(response: WireResponse, request: RequestInfo) -> dict[str, Any]:
    """Parse a JSON object with every number as `Decimal`.

    A body that is not JSON at all (an HTML error page, a truncated body, the wrong media type)
    raises `APIStatusError`; JSON that is not an object raises `ResponseValidationError`.
    """
    status, content = response.status, response.content
    content_type = response.headers.get("content-type")
    if content_type is not None:
        media_type = content_type.partition(";")[0].strip().lower()
        if media_type != "application/json" and not media_type.endswith("+json"):
            raise APIStatusError(
                f"Response is {media_type or 'untyped'}, not JSON", status_code=status, body=content, request=request
            )
    try:
        payload = DECODER.decode(content.decode("utf-8"))  # JSON text is UTF-8 (RFC 8259)
    except (ValueError, RecursionError):
        # ValueError covers JSONDecodeError, UnicodeDecodeError and integers past Python's digit limit
        raise APIStatusError("Response is not valid JSON", status_code=status, body=content, request=request) from None
    if type(payload) is not dict:
        raise ResponseValidationError(
            "body", "must be a JSON object", body=content, status_code=status, request=request
        )
    return payload


def raise_non_envelope_error(spec: SpecInfo, payload: dict[str, Any], status_code: int, request: RequestInfo) -> None:
    """Errors Binance sends outside the envelope, as their code's error rather than a schema violation.

    `{"status":"ERROR","code":"100001001","errorData":...}` (wrong method, empty body),
    `{"code":"400002","msg":...}` (the FAQ's signature error), `{"code":0,"msg":...}` (a restricted
    location). A body with neither shape falls through to the schema check.
    """
    code = payload.get("code")
    if isinstance(code, bool) or not isinstance(code, (str, int)) or code in ("000000", "000001"):
        return
    text = str(code) if isinstance(code, str) or abs(code) < 10**32 else ""
    if not 0 < len(text) <= 32:
        return
    message = next(
        (payload[key] for key in ("errorMessage", "msg", "errorData") if isinstance(payload.get(key), str)), None
    )
    shown = message[:_MAX_MESSAGE_CHARS] if message is not None else None
    raise error_for_result(spec, text, shown, status_code, request)


def error_for_result(
    spec: SpecInfo, code: Any, message: Any, status_code: int, request: RequestInfo
) -> BinancePayError:
    """The exception for a `status: FAIL` envelope: its result code's class, or `BinancePayError` itself."""
    text = message if isinstance(message, str) else None
    error_class = spec.result_errors.get(code) if isinstance(code, str) else None
    if error_class is not None:
        return error_class(text, status_code=status_code, request=request)
    shown = code if isinstance(code, str) else None
    return BinancePayError(
        describe_result(shown, None, text, status_code),
        code=shown,
        error_message=text,
        status_code=status_code,
        request=request,
    )
