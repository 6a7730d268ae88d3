"""The sync and async base clients: options, signing, the one retry loop, the clock offset, logging.

Generated code adds only what varies with the spec: `BinancePayClient` (a resource per tag, loaded
on first use) and one thin method per operation, which calls `_request` with its `Operation` and
its arguments. Everything else about a call happens here:

1. the arguments become the JSON to send, checked against the request schema (`_schema.to_wire`):
   nothing is sent on a violation (`RequestValidationError` names the field by its path);
2. each attempt is signed anew (timestamp, nonce, signature over the exact bytes) by the transport,
   right before it is sent;
3. the body is decoded with exact decimals, checked against the operation's response schema, and
   `status: FAIL` raises its result code's exception;
4. failures in the retry policy are retried with backoff (`Retry-After` honoured); one
   INVALID_TIMESTAMP adopts the server's clock from its `Date` header and is retried at once.
"""

from __future__ import annotations

import copy
import logging
import os
import time
import urllib.parse
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_INITIAL_RETRY_DELAY,
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_MAX_RETRY_DELAY,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    MIN_CLOCK_ADJUSTMENT_MS,
    SECRET_KEY_ENV,
    Seconds,
    Timeout,
)
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    BinancePayError,
    ClientClosedError,
    IdempotencyConflictError,
    MissingCredentialsError,
    RequestInfo,
    RequestValidationError,
    ResponseValidationError,
    ResultCodeError,
    describe_result,
)
from ._json import DECODER, encode
from ._operation import Operation, SpecInfo
from ._outcome import (
    NotFound,
    Reconciliation,
    attempt_outcome_unknown,
    can_look_up,
    changes_state,
    check_match,
    found_record,
    lookup_fields,
    mismatches,
    recovered_result,
    unknown,
)
from ._response import RawResponse
from ._retry import backoff_delay, clock_offset_ms, is_retryable, parse_retry_after
from ._schema import Node, SchemaViolation, from_wire, to_wire
from ._secret import Secret, redact_api_key
from ._signing import BinancePayAuth
from ._transport import WireRequest, WireResponse, proxy_configured
from ._version import __version__

if TYPE_CHECKING:
    from ._transport import AsyncTransport, SyncTransport

_logger = logging.getLogger("binance_pay")

TimeoutArg = Seconds | Timeout | Any | None
"""Seconds, a `Timeout`, an `httpx.Timeout` or None (no per-operation limit; `total_timeout` still applies)."""

_FAIL = "FAIL"
_MAX_MESSAGE_CHARS = 512
_ENVELOPE_STATUSES = frozenset({"SUCCESS", _FAIL, "REPEAT_REQ_SUCCESS"})
_LOOPBACK = ("localhost", "127.0.0.1", "::1")


def _checked_base_url(base_url: str) -> str:
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, not {type(base_url).__name__}")
    try:
        url = urllib.parse.urlsplit(base_url)
        has_userinfo = "@" in url.netloc
        hostname = url.hostname
    except ValueError:
        raise ValueError("base_url is not a valid URL") from None
    # Checked first, and the URL is never echoed: it may hold a password.
    if has_userinfo:
        raise ValueError("base_url must not carry credentials (user:password@); Binance Pay authenticates by signature")
    if url.scheme not in ("http", "https") or not hostname:
        raise ValueError(f"base_url must be an http(s) URL with a host, got {base_url!r}")
    if url.query or url.fragment:
        raise ValueError("base_url must not have a query or a fragment")
    if url.scheme == "http" and url.hostname not in _LOOPBACK:
        warnings.warn(f"base_url {base_url!r} is plain http to a non-loopback host", stacklevel=4)
    return base_url.rstrip("/")


def _positive_seconds(name: str, value: Seconds | None) -> None:
    if value is not None and not (isinstance(value, (int, float)) and 0 < value < float("inf")):
        raise ValueError(f"{name} must be a positive, finite number of seconds, got {value!r}")


class _Options:
    """Everything a client is configured with; shared by clients made with `with_options`."""

    def __init__(
        self,
        spec: SpecInfo,
        api_key: str | None,
        secret_key: str | Secret | None,
        *,
        base_url: str | None,
        timeout: TimeoutArg,
        total_timeout: Seconds,
        max_retries: int,
        retry_on: tuple[type[BinancePayError], ...],
        initial_retry_delay: Seconds,
        max_retry_delay: Seconds,
        max_retry_after: Seconds,
        max_response_bytes: int,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        secret = secret_key if secret_key is not None else os.environ.get(SECRET_KEY_ENV)
        if not api_key:
            raise MissingCredentialsError(f"No API key: pass api_key= or set {API_KEY_ENV}")
        if not isinstance(api_key, str) or not api_key.isascii() or not api_key.isalnum():
            raise ValueError("api_key must be a non-empty string of ASCII letters and digits")
        if not secret:
            raise MissingCredentialsError(f"No secret key: pass secret_key= or set {SECRET_KEY_ENV}")
        if not isinstance(secret, (str, Secret)):
            raise TypeError(f"secret_key must be a str or a Secret, not {type(secret).__name__}")
        if isinstance(secret, Secret) and not secret.reveal():
            raise MissingCredentialsError("The secret key is empty")
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
        if not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be a positive integer, got {max_response_bytes!r}")
        _positive_seconds("total_timeout", total_timeout)
        for name, delay in (
            ("initial_retry_delay", initial_retry_delay),
            ("max_retry_delay", max_retry_delay),
            ("max_retry_after", max_retry_after),
        ):
            if not isinstance(delay, (int, float)) or isinstance(delay, bool) or not 0 <= delay < float("inf"):
                raise ValueError(f"{name} must be a finite number of seconds >= 0, got {delay!r}")
        self.spec = spec
        self.api_key = api_key
        self.base_url = _checked_base_url(base_url or os.environ.get(BASE_URL_ENV) or spec.default_base_url)
        self.path_prefix = urllib.parse.urlsplit(self.base_url).path
        self.timeout = _checked_timeout(timeout)
        self.total_timeout = total_timeout
        self.max_retries = max_retries
        self.retry_on = retry_on
        self.initial_retry_delay = initial_retry_delay
        self.max_retry_delay = max_retry_delay
        self.max_retry_after = max_retry_after
        self.max_response_bytes = max_response_bytes
        self.auth = BinancePayAuth(api_key, secret if isinstance(secret, Secret) else Secret(secret), spec.signing)
        self.headers = {
            "Content-Type": "application/json",
            "Accept-Encoding": "identity",
            "User-Agent": f"binance-pay-sdk/{__version__} (API {spec.api_version})",
        }
        self._schemas: dict[str, Node] | None = None

    def schema(self, name: str) -> Node:
        if self._schemas is None:
            self._schemas = self.spec.load_schemas()
        return self._schemas[name]

    def describe(self, class_name: str) -> str:
        return (
            f"{class_name}(api_key={redact_api_key(self.api_key)!r}, secret_key=Secret('**********'), "
            f"base_url={self.base_url!r})"
        )


def _checked_timeout(value: TimeoutArg) -> Timeout:
    timeout = Timeout.of(value)
    for name in ("connect", "read", "write", "pool", "total"):
        _positive_seconds(f"timeout.{name}", getattr(timeout, name))
    return timeout


class _Call:
    """One call's retry state: the budget left, and whether the clock was adjusted already."""

    __slots__ = (
        "attempt",
        "clock_adjusted",
        "options",
        "outcome_unknown",
        "retries_left",
        "retry_number",
        "retry_safe",
    )

    def __init__(
        self, options: _Options, max_retries: int | None, retry_safe: bool, budget: _Call | None = None
    ) -> None:
        self.options = options
        self.retries_left = options.max_retries if max_retries is None else max_retries
        self.retry_number = 0
        self.clock_adjusted = False
        if budget is not None:  # a lookup within a call: what is left of that call's retries and clock retry
            self.retries_left, self.retry_number = budget.retries_left, budget.retry_number
            self.clock_adjusted = budget.clock_adjusted
        self.retry_safe = retry_safe
        self.attempt = 0
        self.outcome_unknown = False  # an attempt's body may have reached the server without an answer

    def wait_before_retry(self, error: BinancePayError, headers: Mapping[str, str] | None) -> Seconds | None:
        """Seconds to wait before the next attempt, or None to raise `error`."""
        options = self.options
        if not self.clock_adjusted and error.code == options.spec.timestamp_error_code and headers is not None:
            self.clock_adjusted = True
            if self._learn_clock(headers):
                return 0.0
        if self.retries_left <= 0 or not is_retryable(error, options.retry_on, self.retry_safe):
            return None
        retry_after = parse_retry_after(headers.get("retry-after")) if headers is not None else None
        if retry_after is not None:
            if retry_after > options.max_retry_after:
                return None
            wait = retry_after
        else:
            wait = backoff_delay(self.retry_number, options.initial_retry_delay, options.max_retry_delay)
        self.retries_left -= 1
        self.retry_number += 1
        return wait

    def _learn_clock(self, headers: Mapping[str, str]) -> bool:
        auth = self.options.auth
        offset = clock_offset_ms(headers.get("date"), time.time_ns() // 1_000_000)
        if offset is None:
            return False
        if abs(offset - auth.clock_offset_ms) >= MIN_CLOCK_ADJUSTMENT_MS:
            _logger.info("INVALID_TIMESTAMP: adopting a clock offset of %d ms from the server's Date header", offset)
            auth.clock_offset_ms = offset
        # Otherwise the clocks agree to within the Date header's precision: the request was more
        # likely delayed (a queue, a slow network). The one retry is re-signed with a fresh timestamp.
        return True


class _BaseClient:
    """What the sync and async clients share: construction, options, request building, response checks."""

    _spec: ClassVar[SpecInfo]
    _options: _Options
    _resources: dict[str, Any]
    _shared: dict[str, Any]
    """What every client derived with `with_options` shares with this one (the webhook verifier)."""

    def _configure(self, options: _Options) -> None:
        self._options = options
        self._resources = {}

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def clock_offset_ms(self) -> int:
        """Milliseconds added to the local clock when signing; learned from the server after an INVALID_TIMESTAMP."""
        return self._options.auth.clock_offset_ms

    @clock_offset_ms.setter
    def clock_offset_ms(self, value: int) -> None:
        self._options.auth.clock_offset_ms = value

    def __repr__(self) -> str:
        return self._options.describe(type(self).__name__)

    def __reduce__(self) -> str:
        raise TypeError(f"{type(self).__name__} holds a secret and open connections; it cannot be pickled")

    def with_options(
        self, *, timeout: TimeoutArg | Literal["default"] = "default", max_retries: int | None = None
    ) -> Self:
        """A client with other defaults that shares this one's connection pool, keys and clock offset."""
        options = copy.copy(self._options)
        if timeout != "default":
            options.timeout = _checked_timeout(timeout)
        if max_retries is not None:
            if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
                raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
            options.max_retries = max_retries
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)  # the same transport (pool) and auth (keys, clock offset)
        clone._configure(options)
        return clone

    def _build_request(self, operation: Operation, fields: dict[str, Any]) -> tuple[WireRequest, dict[str, Any]]:
        """The signed-on-send request for `fields` (JSON names; None means omitted), and the JSON sent."""
        options = self._options
        payload = {name: value for name, value in fields.items() if value is not None}
        try:
            wire = to_wire(options.schema(operation.request_schema), payload)
        except SchemaViolation as violation:
            raise RequestValidationError(violation.field, violation.rule) from None
        try:
            body = encode(wire)
        except (TypeError, ValueError) as exc:  # a value the schema let through that JSON cannot hold
            raise RequestValidationError("body", f"cannot be written as JSON ({exc})") from None
        request = WireRequest(
            operation.method,
            options.base_url + operation.path,
            options.path_prefix + operation.path,
            body,
            options.headers,
            options.auth.signed_headers,
        )
        return request, wire

    def _attempt_settings(self, timeout: TimeoutArg | Literal["default"]) -> tuple[Timeout, Seconds]:
        options = self._options
        attempt_timeout = options.timeout if timeout == "default" else _checked_timeout(timeout)
        budget = (
            options.total_timeout
            if attempt_timeout.total is None
            else min(options.total_timeout, attempt_timeout.total)
        )
        return attempt_timeout, time.monotonic() + budget

    def _result(self, operation: Operation, sent: dict[str, Any], response: WireResponse, request: RequestInfo) -> Any:
        """The operation's `data` from a response; raises the matching error otherwise."""
        status, content = response.status, response.content
        payload = _decode(response, request)
        options = self._options
        if payload.get("status") not in _ENVELOPE_STATUSES:
            _raise_non_envelope_error(options.spec, payload, status, request)
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
            message = payload.get("errorMessage")
            raise _error_for_result(options.spec, payload.get("code"), message, status, request)
        if not 200 <= status < 300:
            raise APIStatusError(
                "SUCCESS envelope with an error status", status_code=status, body=content, request=request
            )
        if not operation.has_data:
            return None
        if "data" not in payload:
            raise ResponseValidationError(
                "data", "is required when status is SUCCESS", body=content, status_code=status, request=request
            )
        data = payload["data"]
        idempotency = operation.idempotency
        if idempotency is not None and idempotency.repeat_answer and idempotency.is_repeat(payload):
            # A repeat describes what already exists under the id: it is this request's result only if it matches.
            conflicts = mismatches(idempotency.match, sent, data if isinstance(data, dict) else {})
            if conflicts:
                error = IdempotencyConflictError(idempotency.id_field, sent.get(idempotency.id_field), conflicts)
                error.request, error.status_code = request, status
                raise error
        for data_field, request_field in operation.echo.items():
            if (
                request_field in sent
                and isinstance(data, dict)
                and not _echoed(sent[request_field], data.get(data_field))
            ):
                raise ResponseValidationError(
                    f"data.{data_field}",
                    f"must equal the request's {request_field} ({sent[request_field]!r}), got {data.get(data_field)!r}:"
                    " a crossed or wrong response",
                    body=content,
                    status_code=status,
                    request=request,
                )
        return operation.parse_data(data)

    def _after_failure(
        self,
        operation: Operation,
        sent: dict[str, Any],
        call: _Call,
        error: BinancePayError,
        raw: bool,
        response: WireResponse | None,
    ) -> Seconds | _Step:
        """What follows a failed attempt: seconds to wait before the next, `_SETTLE`, `_RAW`, or `error` raised.

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
        if settles and call.outcome_unknown and _refused_as_duplicate(operation, error):
            return _SETTLE
        wait = call.wait_before_retry(error, response.headers if response is not None else None)
        if wait is not None:
            return wait
        if raw and response is not None:
            return _RAW
        if call.outcome_unknown and changes_state(operation):
            if settles:
                return _SETTLE
            raise unknown(operation, sent, error) from error
        raise error

    def _settled(
        self, operation: Operation, query: Operation, sent: dict[str, Any], last: BinancePayError, existing: Any
    ) -> Any:
        """The end of a call whose outcome was unknown, from what its lookup answered."""
        try:
            found = found_record(operation, existing, self._options.schema(query.response_schemas[200]))
        except NotFound as not_found:
            if _refused_as_duplicate(operation, last):  # the id exists, yet the lookup cannot find it
                raise unknown(operation, sent, last, _cause(not_found)) from last
            raise last from None  # nothing exists under the id: the last attempt's failure stands
        except BinancePayError as lookup_error:
            raise unknown(operation, sent, last, lookup_error) from last
        check_match(operation, sent, found)
        return recovered_result(operation, query, found, self._data_node(operation))

    def _reconciled(
        self, operation: Operation, query: Operation, sent: dict[str, Any], existing: Any
    ) -> Reconciliation:
        idempotency = operation.idempotency
        assert idempotency is not None
        id_value = sent.get(idempotency.id_field)
        try:
            found = found_record(operation, existing, self._options.schema(query.response_schemas[200]))
        except NotFound:
            return Reconciliation(query.operation_id, idempotency.id_field, id_value, exists=False)
        check_match(operation, sent, found)
        return Reconciliation(query.operation_id, idempotency.id_field, id_value, True, query.parse_data(found))

    def _data_node(self, operation: Operation) -> Any:
        return self._options.schema(operation.response_schemas[200])["properties"].get("data", {})


class _Step:
    """What a failed attempt leads to, other than a wait: a lookup, or the raw response."""


_SETTLE = _Step()
_RAW = _Step()


def _cause(error: BaseException) -> BinancePayError | None:
    cause = error.__cause__
    return cause if isinstance(cause, BinancePayError) else None


def _refused_as_duplicate(operation: Operation, error: BinancePayError) -> bool:
    idempotency = operation.idempotency
    return (
        idempotency is not None
        and idempotency.duplicate_code is not None
        and error.code == idempotency.duplicate_code
        and isinstance(error, ResultCodeError)
    )


def _query_of(operation: Operation) -> Operation:
    idempotency = operation.idempotency
    if idempotency is None or idempotency.query is None:
        raise ValueError(f"{operation.operation_id} has no lookup by the merchant's id to reconcile with")
    return idempotency.query()


def _reconcile_target(
    target: Any, id_value: Any, request: Mapping[str, Any] | None
) -> tuple[Operation, dict[str, Any]]:
    """The operation and the request fields (JSON names) `reconcile` looks up and matches."""
    from ._exceptions import OutcomeUnknownError  # noqa: PLC0415

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


def _wait_deadline(timeout: Seconds, interval: Seconds) -> Seconds:
    _positive_seconds("timeout", timeout)
    _positive_seconds("interval", interval)
    return time.monotonic() + timeout


def _wait_pause(operation: Operation, result: Any, deadline: Seconds, interval: Seconds) -> Seconds | None:
    """Seconds to sleep before the next query, or None when `result` is final or time is up."""
    waiting = any(getattr(result, name, None) in states for name, states in operation.wait_while.items())
    left = deadline - time.monotonic()
    if not waiting or left <= 0:
        return None
    return min(interval, left)


def _echoed(sent: Any, found: Any) -> bool:
    """The response carries the request's value: the same, or an id sent as text and read back as a number."""
    if sent == found:
        return True
    return isinstance(found, int) and not isinstance(found, bool) and isinstance(sent, str) and sent == str(found)


def _decode(response: WireResponse, request: RequestInfo) -> dict[str, Any]:
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


def _raise_non_envelope_error(spec: SpecInfo, payload: dict[str, Any], status_code: int, request: RequestInfo) -> None:
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
    raise _error_for_result(spec, text, shown, status_code, request)


def _error_for_result(
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


def _log_attempt(
    request: WireRequest, status: int | None, started: Seconds, attempt: int, error: Exception | None
) -> None:
    _logger.debug(
        "%s %s -> %s in %.1f ms (attempt %d)%s",
        request.method,
        request.url,
        status if status is not None else "no response",
        (time.perf_counter() - started) * 1000,
        attempt,
        f": {type(error).__name__}" if error is not None else "",
    )


class SyncAPIClient(_BaseClient):
    """Synchronous client: see `BinancePayClient`."""

    def __init__(
        self,
        api_key: str | None = None,
        secret_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        total_timeout: Seconds = DEFAULT_TOTAL_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_on: tuple[type[BinancePayError], ...] | None = None,
        initial_retry_delay: Seconds = DEFAULT_INITIAL_RETRY_DELAY,
        max_retry_delay: Seconds = DEFAULT_MAX_RETRY_DELAY,
        max_retry_after: Seconds = DEFAULT_MAX_RETRY_AFTER,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_backend: Literal["auto", "httpx", "stdlib"] = "auto",
        transport: Any = None,
    ) -> None:
        if http_backend not in ("auto", "httpx", "stdlib"):
            raise ValueError(f"http_backend must be 'auto', 'httpx' or 'stdlib', not {http_backend!r}")
        options = _Options(
            self._spec,
            api_key,
            secret_key,
            base_url=base_url,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            retry_on=retry_on if retry_on is not None else _default_retry_on(self._spec),
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            max_retry_after=max_retry_after,
            max_response_bytes=max_response_bytes,
        )
        self._configure(options)
        self._shared = {}
        self._transport: SyncTransport
        if transport is None and (http_backend == "stdlib" or (http_backend == "auto" and not proxy_configured())):
            from ._http_stdlib import StdlibTransport  # noqa: PLC0415

            self._transport = StdlibTransport(options.base_url, max_keepalive=DEFAULT_MAX_KEEPALIVE_CONNECTIONS)
        else:
            from ._http_httpx import HttpxTransport  # noqa: PLC0415

            self._transport = HttpxTransport(options.base_url, transport=transport)

    @property
    def http_backend(self) -> str:
        return "stdlib" if type(self._transport).__name__ == "StdlibTransport" else "httpx"

    def close(self) -> None:
        """Close every pooled connection; later calls raise `ClientClosedError`."""
        self._transport.close()

    def _settle(
        self,
        operation: Operation,
        sent: dict[str, Any],
        timeout: TimeoutArg | Literal["default"],
        last: BinancePayError,
        call: _Call,
    ) -> Any:
        """After an unknown outcome: look the id up, and return what exists or say why it can't be known."""
        if not can_look_up(operation, sent):
            raise unknown(operation, sent, last) from last
        query = _query_of(operation)
        try:
            existing = self._request(query, lookup_fields(operation, sent), timeout=timeout, raw=True, budget=call)
        except BinancePayError as lookup_error:
            raise unknown(operation, sent, last, lookup_error) from last
        return self._settled(operation, query, sent, last, existing)

    def reconcile(
        self, target: Any, id_value: Any = None, *, request: Mapping[str, Any] | None = None
    ) -> Reconciliation:
        """What exists under a merchant's id: settle an `OutcomeUnknownError`, or check any id.

        `target` is the `OutcomeUnknownError` a call raised, or the method that made the request
        (`client.payouts.create`) with its `id_value`; `request` (JSON field names) adds the other
        fields the lookup needs and the ones that must match. Returns `Reconciliation(exists=...)`
        with the lookup's result; raises `IdempotencyConflictError` when the id names another
        request, and the lookup's own error when the lookup cannot tell (retry later).
        """
        operation, sent = _reconcile_target(target, id_value, request)
        query = _query_of(operation)
        existing = self._request(query, lookup_fields(operation, sent), raw=True)
        return self._reconciled(operation, query, sent, existing)

    def _wait(self, operation: Operation, fields: dict[str, Any], *, timeout: Seconds, interval: Seconds) -> Any:
        """Query until the result leaves the spec's `x-wait` states, or `timeout` seconds pass (the last result)."""
        deadline = _wait_deadline(timeout, interval)
        while True:
            result = self._request(operation, fields)
            pause = _wait_pause(operation, result, deadline, interval)
            if pause is None:
                return result
            time.sleep(pause)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _request(
        self,
        operation: Operation,
        fields: dict[str, Any],
        *,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        raw: bool = False,
        budget: _Call | None = None,
    ) -> Any:
        request, sent = self._build_request(operation, fields)
        options = self._options
        call = _Call(options, max_retries, operation.retry_safe, budget)
        info = request.info
        debug = _logger.isEnabledFor(logging.DEBUG)
        while True:
            call.attempt += 1
            started = time.perf_counter()
            attempt_timeout, deadline = self._attempt_settings(timeout)
            response: WireResponse | None = None
            try:
                response = self._transport.send(request, attempt_timeout, deadline, options.max_response_bytes)
                result = self._result(operation, sent, response, info)
            except BinancePayError as error:
                if error.request is None:
                    error.request = info
                if debug:
                    _log_attempt(request, response.status if response else None, started, call.attempt, error)
                step = self._after_failure(operation, sent, call, error, raw, response)
                if isinstance(step, _Step):
                    if step is _SETTLE:
                        return self._settle(operation, sent, timeout, error, call)
                    assert response is not None
                    return RawResponse(response.status, response.headers, response.content, None, error)
                time.sleep(step)
                continue
            if debug:
                _log_attempt(request, response.status, started, call.attempt, None)
            if raw:
                return RawResponse(response.status, response.headers, response.content, result, None)
            return result


class AsyncAPIClient(_BaseClient):
    """Asynchronous client: see `AsyncBinancePayClient`."""

    def __init__(
        self,
        api_key: str | None = None,
        secret_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        total_timeout: Seconds = DEFAULT_TOTAL_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_on: tuple[type[BinancePayError], ...] | None = None,
        initial_retry_delay: Seconds = DEFAULT_INITIAL_RETRY_DELAY,
        max_retry_delay: Seconds = DEFAULT_MAX_RETRY_DELAY,
        max_retry_after: Seconds = DEFAULT_MAX_RETRY_AFTER,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_backend: Literal["auto", "httpx", "aiohttp"] = "auto",
        transport: Any = None,
    ) -> None:
        if http_backend not in ("auto", "httpx", "aiohttp"):
            raise ValueError(f"http_backend must be 'auto', 'httpx' or 'aiohttp', not {http_backend!r}")
        options = _Options(
            self._spec,
            api_key,
            secret_key,
            base_url=base_url,
            timeout=timeout,
            total_timeout=total_timeout,
            max_retries=max_retries,
            retry_on=retry_on if retry_on is not None else _default_retry_on(self._spec),
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            max_retry_after=max_retry_after,
            max_response_bytes=max_response_bytes,
        )
        self._configure(options)
        self._shared = {}
        self._transport: AsyncTransport
        from ._http_aiohttp import aiohttp_installed  # noqa: PLC0415

        if transport is None and (http_backend == "aiohttp" or (http_backend == "auto" and aiohttp_installed())):
            from ._http_aiohttp import AiohttpTransport  # noqa: PLC0415

            self._transport = AiohttpTransport(options.base_url, limit=DEFAULT_MAX_CONNECTIONS)
        else:
            from ._http_httpx import AsyncHttpxTransport  # noqa: PLC0415

            self._transport = AsyncHttpxTransport(options.base_url, transport=transport)

    @property
    def http_backend(self) -> str:
        return "aiohttp" if type(self._transport).__name__ == "AiohttpTransport" else "httpx"

    async def aclose(self) -> None:
        """Close every pooled connection; later calls raise `ClientClosedError`."""
        await self._transport.aclose()

    async def _settle(
        self,
        operation: Operation,
        sent: dict[str, Any],
        timeout: TimeoutArg | Literal["default"],
        last: BinancePayError,
        call: _Call,
    ) -> Any:
        """After an unknown outcome: look the id up, and return what exists or say why it can't be known."""
        if not can_look_up(operation, sent):
            raise unknown(operation, sent, last) from last
        query = _query_of(operation)
        try:
            existing = await self._request(
                query, lookup_fields(operation, sent), timeout=timeout, raw=True, budget=call
            )
        except BinancePayError as lookup_error:
            raise unknown(operation, sent, last, lookup_error) from last
        return self._settled(operation, query, sent, last, existing)

    async def reconcile(
        self, target: Any, id_value: Any = None, *, request: Mapping[str, Any] | None = None
    ) -> Reconciliation:
        """What exists under a merchant's id: see `BinancePayClient.reconcile`."""
        operation, sent = _reconcile_target(target, id_value, request)
        query = _query_of(operation)
        existing = await self._request(query, lookup_fields(operation, sent), raw=True)
        return self._reconciled(operation, query, sent, existing)

    async def _wait(self, operation: Operation, fields: dict[str, Any], *, timeout: Seconds, interval: Seconds) -> Any:
        """Query until the result leaves the spec's `x-wait` states, or `timeout` seconds pass (the last result)."""
        import asyncio  # noqa: PLC0415

        deadline = _wait_deadline(timeout, interval)
        while True:
            result = await self._request(operation, fields)
            pause = _wait_pause(operation, result, deadline, interval)
            if pause is None:
                return result
            await asyncio.sleep(pause)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _request(
        self,
        operation: Operation,
        fields: dict[str, Any],
        *,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        raw: bool = False,
        budget: _Call | None = None,
    ) -> Any:
        request, sent = self._build_request(operation, fields)
        options = self._options
        call = _Call(options, max_retries, operation.retry_safe, budget)
        info = request.info
        debug = _logger.isEnabledFor(logging.DEBUG)
        while True:
            call.attempt += 1
            started = time.perf_counter()
            attempt_timeout, deadline = self._attempt_settings(timeout)
            response: WireResponse | None = None
            try:
                response = await self._transport.send(request, attempt_timeout, deadline, options.max_response_bytes)
                result = self._result(operation, sent, response, info)
            except BinancePayError as error:
                if error.request is None:
                    error.request = info
                if debug:
                    _log_attempt(request, response.status if response else None, started, call.attempt, error)
                step = self._after_failure(operation, sent, call, error, raw, response)
                if isinstance(step, _Step):
                    if step is _SETTLE:
                        return await self._settle(operation, sent, timeout, error, call)
                    assert response is not None
                    return RawResponse(response.status, response.headers, response.content, None, error)
                import asyncio  # noqa: PLC0415 - asyncio costs ~40 ms to import; the sync client never needs it

                await asyncio.sleep(step)
                continue
            if debug:
                _log_attempt(request, response.status, started, call.attempt, None)
            if raw:
                return RawResponse(response.status, response.headers, response.content, result, None)
            return result


def _default_retry_on(spec: SpecInfo) -> tuple[type[BinancePayError], ...]:
    """Connection errors and timeouts, plus the result codes the spec marks retryable (UNKNOWN_ERROR)."""
    return (APIConnectionError, *(cls for cls in spec.result_errors.values() if cls.retryable))
