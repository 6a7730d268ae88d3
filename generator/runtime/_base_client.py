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

import contextvars
import copy
import functools
import logging
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, ParamSpec, Self, TypeVar, Unpack

from ._call import Call, log_attempt
from ._constants import DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_KEEPALIVE_CONNECTIONS, Seconds, Timeout
from ._envelope import result_of
from ._exceptions import APIConnectionError, BinancePayError, RequestValidationError
from ._extras import checked_extra_body, checked_extra_headers, merged
from ._json import encode
from ._operation import Operation, SpecInfo
from ._options import ClientOptions, Options, TimeoutArg, checked_retries, checked_timeout
from ._outcome import Reconciliation, can_look_up, lookup_fields, unknown
from ._recovery import (
    SETTLE,
    Step,
    after_failure,
    query_of,
    reconcile_target,
    reconciled,
    settled,
    wait_deadline,
    wait_pause,
)
from ._response import RawResponse
from ._schema import SchemaViolation, to_wire
from ._secret import Secret
from ._transport import WireRequest, WireResponse, proxy_configured

if TYPE_CHECKING:
    from ._transport import AsyncTransport, SyncTransport

__all__ = ["AsyncAPIClient", "ClientOptions", "SyncAPIClient", "TimeoutArg"]

_logger = logging.getLogger("binance_pay")

_RAW_REQUESTED: contextvars.ContextVar[bool] = contextvars.ContextVar("binance_pay_raw_response", default=False)
"""Set by the `with_raw_response` wrappers around the one call they make: `_request` returns the `RawResponse`."""

P = ParamSpec("P")
R = TypeVar("R")


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`method` returning its `RawResponse` (status, headers, exact body; `.parse()` gives the result)."""

    @functools.wraps(method)  # the signature and docstring (`help()`, IDEs) are the method's own
    def raw_method(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _RAW_REQUESTED.set(True)
        try:
            return method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _RAW_REQUESTED.reset(token)

    return raw_method


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """`to_raw_response_wrapper` for an async method."""

    @functools.wraps(method)
    async def raw_method(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _RAW_REQUESTED.set(True)
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _RAW_REQUESTED.reset(token)

    return raw_method


class _BaseClient:
    """What the sync and async clients share: construction, options, request building."""

    _spec: ClassVar[SpecInfo]
    _options: Options
    _resources: dict[str, Any]
    _shared: dict[str, Any]
    """What every client derived with `with_options` shares with this one (the webhook verifier)."""
    _backend: str

    def _setup(self, api_key: str | None, secret_key: str | Secret | None, options: ClientOptions) -> Options:
        configured = Options(self._spec, api_key, secret_key, options, _default_retry_on(self._spec))
        self._configure(configured)
        self._shared = {}
        return configured

    def _configure(self, options: Options) -> None:
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
        self,
        *,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with other defaults that shares this one's connection pool, keys and clock offset.

        `extra_body` / `extra_headers` are added to every call of the new client (see `_extras`):
        fields and headers Binance takes that the spec does not know yet.
        """
        options = copy.copy(self._options)
        if timeout != "default":
            options.timeout = checked_timeout(timeout)
        if max_retries is not None:
            options.max_retries = checked_retries(max_retries)
        if extra_body is not None:
            options.extra_body = dict(merged(options.extra_body, extra_body, "extra_body"))
        if extra_headers is not None:
            extra = checked_extra_headers(extra_headers, options.spec.signing.headers)
            options.headers = {**options.headers, **extra}  # a new mapping: the transports cache its lines
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)  # the same transport (pool) and auth (keys, clock offset)
        clone._configure(options)
        return clone

    def _build_request(
        self,
        operation: Operation,
        fields: dict[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[WireRequest, dict[str, Any]]:
        """The signed-on-send request for `fields` (JSON names; None means omitted), and the JSON sent."""
        options = self._options
        payload = {name: value for name, value in fields.items() if value is not None}
        schema = options.schema(operation.request_schema)
        try:
            wire = to_wire(schema, payload)
        except SchemaViolation as violation:
            raise RequestValidationError(violation.field, violation.rule) from None
        headers = options.headers
        if extra_body is not None or options.extra_body:
            extras = merged(options.extra_body, extra_body, "extra_body")
            wire.update(checked_extra_body(extras, schema["properties"], schema["python_names"]))
        if extra_headers is not None:
            extra = checked_extra_headers(extra_headers, options.spec.signing.headers)
            headers = {**headers, **extra}
        try:
            body = encode(wire)
        except (TypeError, ValueError) as exc:  # a value the schema let through that JSON cannot hold
            raise RequestValidationError("body", f"cannot be written as JSON ({exc})") from None
        request = WireRequest(
            operation.method,
            options.base_url + operation.path,
            options.path_prefix + operation.path,
            body,
            headers,
            options.auth.signed_headers,
        )
        return request, wire

    def _attempt_settings(self, timeout: TimeoutArg | Literal["default"]) -> tuple[Timeout, Seconds]:
        options = self._options
        attempt_timeout = options.timeout if timeout == "default" else checked_timeout(timeout)
        budget = (
            options.total_timeout
            if attempt_timeout.total is None
            else min(options.total_timeout, attempt_timeout.total)
        )
        return attempt_timeout, time.monotonic() + budget

    def _fields(self, operation: Operation, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """A generated method's arguments (its `locals()`) by the request's JSON names."""
        python_names: dict[str, str] = self._options.schema(operation.request_schema)["python_names"]
        return {json_name: arguments[python_name] for json_name, python_name in python_names.items()}


class SyncAPIClient(_BaseClient):
    """Synchronous client: see `BinancePayClient`."""

    def __init__(
        self,
        api_key: str | None = None,
        secret_key: str | Secret | None = None,
        *,
        http_backend: Literal["auto", "httpx", "stdlib"] = "auto",
        transport: Any = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        if http_backend not in ("auto", "httpx", "stdlib"):
            raise ValueError(f"http_backend must be 'auto', 'httpx' or 'stdlib', not {http_backend!r}")
        configured = self._setup(api_key, secret_key, options)
        self._transport: SyncTransport
        if http_backend == "stdlib":
            warn_if_proxy_ignored("stdlib", "'httpx'", stacklevel=3)
        if transport is None and (http_backend == "stdlib" or (http_backend == "auto" and not proxy_configured())):
            from ._http_stdlib import StdlibTransport  # noqa: PLC0415

            self._transport = StdlibTransport(configured.base_url, max_keepalive=DEFAULT_MAX_KEEPALIVE_CONNECTIONS)
            self._backend = "stdlib"
        else:
            from ._http_httpx import HttpxTransport  # noqa: PLC0415

            self._transport = HttpxTransport(configured.base_url, transport=transport)
            self._backend = "httpx"

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
        call: Call,
    ) -> Any:
        """After an unknown outcome: look the id up, and return what exists or say why it can't be known."""
        if not can_look_up(operation, sent):
            raise unknown(operation, sent, last) from last
        query = query_of(operation)
        try:
            existing = self._request(query, lookup_fields(operation, sent), timeout=timeout, raw=True, budget=call)
        except BinancePayError as lookup_error:
            raise unknown(operation, sent, last, lookup_error) from last
        return settled(self._options, operation, query, sent, last, existing)

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
        operation, sent = reconcile_target(target, id_value, request)
        query = query_of(operation)
        existing = self._request(query, lookup_fields(operation, sent), raw=True)
        return reconciled(self._options, operation, query, sent, existing)

    def _wait(self, operation: Operation, fields: dict[str, Any], *, timeout: Seconds, interval: Seconds) -> Any:
        """Query until the result leaves the spec's `x-wait` states, or `timeout` seconds pass (the last result)."""
        deadline = wait_deadline(timeout, interval)
        while True:
            result = self._request(operation, fields)
            pause = wait_pause(operation, result, deadline, interval)
            if pause is None:
                return result
            time.sleep(pause)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _invoke(self, operation: Operation, arguments: Mapping[str, Any]) -> Any:
        """A generated method's call: `arguments` is its `locals()`, the operation's fields and the call's options."""
        return self._request(
            operation,
            self._fields(operation, arguments),
            timeout=arguments["timeout"],
            max_retries=arguments["max_retries"],
            extra_body=arguments["extra_body"],
            extra_headers=arguments["extra_headers"],
        )

    def _request(
        self,
        operation: Operation,
        fields: dict[str, Any],
        *,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        raw: bool = False,
        budget: Call | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        request, sent = self._build_request(operation, fields, extra_body, extra_headers)
        raw = raw or _RAW_REQUESTED.get()
        options = self._options
        call = Call(options, max_retries, operation.retry_safe, budget)
        info = request.info
        debug = _logger.isEnabledFor(logging.DEBUG)
        while True:
            call.attempt += 1
            started = time.perf_counter()
            attempt_timeout, deadline = self._attempt_settings(timeout)
            response: WireResponse | None = None
            try:
                response = self._transport.send(request, attempt_timeout, deadline, options.max_response_bytes)
                result = result_of(options, operation, sent, response, info)
            except BinancePayError as error:
                if error.request is None:
                    error.request = info
                if debug:
                    log_attempt(request, response.status if response else None, started, call.attempt, error)
                step = after_failure(operation, sent, call, error, raw, response)
                if isinstance(step, Step):
                    if step is SETTLE:
                        return self._settle(operation, sent, timeout, error, call)
                    assert response is not None
                    return RawResponse(response.status, response.headers, response.content, None, error)
                time.sleep(step)
                continue
            if debug:
                log_attempt(request, response.status, started, call.attempt, None)
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
        http_backend: Literal["auto", "asyncio", "aiohttp", "httpx"] = "auto",
        transport: Any = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        if http_backend not in ("auto", "asyncio", "aiohttp", "httpx"):
            raise ValueError(f"http_backend must be 'auto', 'asyncio', 'aiohttp' or 'httpx', not {http_backend!r}")
        configured = self._setup(api_key, secret_key, options)
        self._transport: AsyncTransport
        self._backend = _async_backend(http_backend, transport)
        if self._backend == "asyncio":
            from ._http_asyncio import AsyncioTransport  # noqa: PLC0415

            self._transport = AsyncioTransport(configured.base_url, limit=DEFAULT_MAX_CONNECTIONS)
        elif self._backend == "aiohttp":
            from ._http_aiohttp import AiohttpTransport  # noqa: PLC0415

            self._transport = AiohttpTransport(configured.base_url, limit=DEFAULT_MAX_CONNECTIONS)
        else:
            from ._http_httpx import AsyncHttpxTransport  # noqa: PLC0415

            self._transport = AsyncHttpxTransport(configured.base_url, transport=transport)

    @property
    def http_backend(self) -> str:
        return self._backend

    async def aclose(self) -> None:
        """Close every pooled connection; later calls raise `ClientClosedError`."""
        await self._transport.aclose()

    async def _settle(
        self,
        operation: Operation,
        sent: dict[str, Any],
        timeout: TimeoutArg | Literal["default"],
        last: BinancePayError,
        call: Call,
    ) -> Any:
        """After an unknown outcome: look the id up, and return what exists or say why it can't be known."""
        if not can_look_up(operation, sent):
            raise unknown(operation, sent, last) from last
        query = query_of(operation)
        try:
            existing = await self._request(
                query, lookup_fields(operation, sent), timeout=timeout, raw=True, budget=call
            )
        except BinancePayError as lookup_error:
            raise unknown(operation, sent, last, lookup_error) from last
        return settled(self._options, operation, query, sent, last, existing)

    async def reconcile(
        self, target: Any, id_value: Any = None, *, request: Mapping[str, Any] | None = None
    ) -> Reconciliation:
        """What exists under a merchant's id: see `BinancePayClient.reconcile`."""
        operation, sent = reconcile_target(target, id_value, request)
        query = query_of(operation)
        existing = await self._request(query, lookup_fields(operation, sent), raw=True)
        return reconciled(self._options, operation, query, sent, existing)

    async def _wait(self, operation: Operation, fields: dict[str, Any], *, timeout: Seconds, interval: Seconds) -> Any:
        """Query until the result leaves the spec's `x-wait` states, or `timeout` seconds pass (the last result)."""
        import asyncio  # noqa: PLC0415

        deadline = wait_deadline(timeout, interval)
        while True:
            result = await self._request(operation, fields)
            pause = wait_pause(operation, result, deadline, interval)
            if pause is None:
                return result
            await asyncio.sleep(pause)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def _invoke(self, operation: Operation, arguments: Mapping[str, Any]) -> Awaitable[Any]:
        """A generated method's call: `arguments` is its `locals()`, the operation's fields and the call's options.

        Not a coroutine itself: it hands back `_request`'s, one frame fewer to resume at every await.
        """
        return self._request(
            operation,
            self._fields(operation, arguments),
            timeout=arguments["timeout"],
            max_retries=arguments["max_retries"],
            extra_body=arguments["extra_body"],
            extra_headers=arguments["extra_headers"],
        )

    async def _request(
        self,
        operation: Operation,
        fields: dict[str, Any],
        *,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        raw: bool = False,
        budget: Call | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        request, sent = self._build_request(operation, fields, extra_body, extra_headers)
        raw = raw or _RAW_REQUESTED.get()
        options = self._options
        call = Call(options, max_retries, operation.retry_safe, budget)
        info = request.info
        debug = _logger.isEnabledFor(logging.DEBUG)
        while True:
            call.attempt += 1
            started = time.perf_counter()
            attempt_timeout, deadline = self._attempt_settings(timeout)
            response: WireResponse | None = None
            try:
                response = await self._transport.send(request, attempt_timeout, deadline, options.max_response_bytes)
                result = result_of(options, operation, sent, response, info)
            except BinancePayError as error:
                if error.request is None:
                    error.request = info
                if debug:
                    log_attempt(request, response.status if response else None, started, call.attempt, error)
                step = after_failure(operation, sent, call, error, raw, response)
                if isinstance(step, Step):
                    if step is SETTLE:
                        return await self._settle(operation, sent, timeout, error, call)
                    assert response is not None
                    return RawResponse(response.status, response.headers, response.content, None, error)
                import asyncio  # noqa: PLC0415 - asyncio costs ~40 ms to import; the sync client never needs it

                await asyncio.sleep(step)
                continue
            if debug:
                log_attempt(request, response.status, started, call.attempt, None)
            if raw:
                return RawResponse(response.status, response.headers, response.content, result, None)
            return result


def warn_if_proxy_ignored(backend: str, alternatives: str, stacklevel: int) -> None:
    """An explicit direct wire path under a proxy variable says so rather than bypass the proxy silently."""
    if proxy_configured():
        warnings.warn(
            f"http_backend={backend!r} connects directly and ignores the proxy the environment names "
            f"(HTTP_PROXY, HTTPS_PROXY or ALL_PROXY); use {alternatives} to go through it",
            stacklevel=stacklevel,
        )


def _async_backend(requested: str, transport: Any) -> str:
    """The async wire path: an httpx transport of the caller's goes through httpx; "auto" is asyncio,
    unless a proxy is configured (asyncio does not speak to proxies): aiohttp if installed, else httpx."""
    if transport is not None:
        return "httpx"
    if requested == "asyncio":
        warn_if_proxy_ignored(requested, "'aiohttp' or 'httpx'", stacklevel=4)
    if requested != "auto":
        return requested
    if not proxy_configured():
        return "asyncio"
    from ._http_aiohttp import aiohttp_installed  # noqa: PLC0415

    return "aiohttp" if aiohttp_installed() else "httpx"


def _default_retry_on(spec: SpecInfo) -> tuple[type[BinancePayError], ...]:
    """Connection errors and timeouts, plus the result codes the spec marks retryable (UNKNOWN_ERROR)."""
    return (APIConnectionError, *(cls for cls in spec.result_errors.values() if cls.retryable))
