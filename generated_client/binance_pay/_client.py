# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`BinancePayClient` and `AsyncBinancePayClient`: one method per operation of the spec.

Each call validates its arguments against the request schema (nothing is sent on a violation),
signs the exact bytes sent, reads at most `max_response_bytes`, checks the body against the spec
with exact decimals, raises the result code's exception on `status: FAIL`, and retries what the
retry policy allows, with a fresh timestamp, nonce and signature for each attempt.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Protocol, Self, TypeVar, cast

import httpx

from . import _validators
from ._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
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
    USER_AGENT,
    Seconds,
)
from ._json import json_body
from ._retry import DEFAULT_RETRY_ON, backoff_delay, clock_offset_ms, is_retryable, parse_retry_after
from ._secret import Secret, redact_api_key
from ._signing import BinancePayAuth
from ._validators import SchemaViolation
from .api.default import query_wallet_balance as _query_wallet_balance
from .client import Client
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BinancePayError,
    InvalidTimestampError,
    MissingCredentialsError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
    error_for_result,
)
from .models.asset_query_req import AssetQueryReq
from .models.asset_query_resp import AssetQueryResp
from .models.wallet import Wallet
from .types import Unset

if TYPE_CHECKING:
    from ._aiohttp_exchange import AiohttpExchange
    from ._stdlib_exchange import StdlibExchange

_logger = logging.getLogger("binance_pay")

TimeoutTypes = Seconds | httpx.Timeout | None


class _Envelope(Protocol):
    @property
    def status(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def error_message(self) -> Any: ...


E = TypeVar("E", bound=_Envelope)
M = TypeVar("M")

_SUCCESS = "SUCCESS"


def _aiohttp_installed() -> bool:
    return importlib.util.find_spec("aiohttp") is not None


_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def _proxy_configured() -> bool:
    """httpx honours proxy environment variables; the http.client path does not, so it steps aside."""
    return any(os.environ.get(name) for name in _PROXY_VARIABLES)


def _request_body(
    validate: Callable[[Any], None], model: Callable[[Mapping[str, Any]], M], fields: dict[str, Any]
) -> M:
    payload = {name: value for name, value in fields.items() if value is not None}
    try:
        validate(payload)
    except SchemaViolation as violation:
        raise RequestValidationError(violation.field, violation.rule) from None
    return model(payload)


def _result(envelope: _Envelope, data: Any, status_code: int, content: bytes, request: httpx.Request | None) -> Any:
    """The operation's data on SUCCESS; the result code's exception otherwise."""
    if envelope.status != _SUCCESS:
        message = envelope.error_message
        raise error_for_result(
            envelope.code, message if isinstance(message, str) else None, status_code=status_code, request=request
        )
    if not 200 <= status_code < 300:
        raise APIStatusError(
            "SUCCESS envelope with an error status", status_code=status_code, body=content, request=request
        )
    if data is None or isinstance(data, Unset):
        raise ResponseValidationError(
            "data", "is required when status is SUCCESS", body=content, status_code=status_code, request=request
        )
    return data


def _too_large(response: httpx.Response, limit: int, request: httpx.Request, head: bytes) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"Response body exceeds max_response_bytes={limit}",
        status_code=response.status_code,
        body=head,
        request=request,
    )


def _declared_too_large(response: httpx.Response, limit: int) -> bool:
    declared = response.headers.get("content-length")
    return declared is not None and declared.isdigit() and int(declared) > limit


def _transport_error(exc: httpx.RequestError, request: httpx.Request | None) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(f"Connection error ({type(exc).__name__}: {exc})", request=request)


def _log_attempt(
    request_kwargs: dict[str, Any], status: int | None, started: Seconds, attempt: int, error: Exception | None
) -> None:
    _logger.debug(
        "%s %s -> %s in %.1f ms (attempt %d)%s",
        request_kwargs["method"].upper(),
        request_kwargs["url"],
        status if status is not None else "no response",
        (time.perf_counter() - started) * 1000,
        attempt,
        f": {type(error).__name__}" if error is not None else "",
    )


class _ClientOptions:
    """Configuration shared by the sync and async clients."""

    def __init__(
        self,
        api_key: str | None,
        secret_key: str | None,
        *,
        base_url: str | None,
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
        if not secret:
            raise MissingCredentialsError(f"No secret key: pass secret_key= or set {SECRET_KEY_ENV}")
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.api_key = api_key
        self.base_url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        self.total_timeout = total_timeout
        self.max_retries = max_retries
        self.retry_on = retry_on
        self.initial_retry_delay = initial_retry_delay
        self.max_retry_delay = max_retry_delay
        self.max_retry_after = max_retry_after
        self.max_response_bytes = max_response_bytes
        self.auth = BinancePayAuth(api_key, Secret(secret))

    def retry_wait(
        self, error: BinancePayError, retry_number: int, retry_safe: bool, headers: Mapping[str, str] | None
    ) -> Seconds | None:
        """Seconds to wait before retry number `retry_number` (0-based), or None to give up."""
        if not is_retryable(error, self.retry_on, retry_safe):
            return None
        retry_after = parse_retry_after(headers.get("retry-after")) if headers is not None else None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        return backoff_delay(retry_number, self.initial_retry_delay, self.max_retry_delay)

    def learn_clock_offset(self, error: BinancePayError, headers: Mapping[str, str] | None) -> bool:
        """After INVALID_TIMESTAMP, adopt the server's clock from its `Date` header."""
        if not isinstance(error, InvalidTimestampError) or headers is None:
            return False
        offset = clock_offset_ms(headers.get("date"), time.time_ns() // 1_000_000)
        if offset is None:
            return False
        if abs(offset - self.auth.clock_offset_ms) >= MIN_CLOCK_ADJUSTMENT_MS:
            _logger.info("INVALID_TIMESTAMP: adopting a clock offset of %d ms from the server's Date header", offset)
            self.auth.clock_offset_ms = offset
        # Otherwise the clocks agree to within the Date header's precision: the request was more
        # likely delayed (a queue, a slow network). The one retry is re-signed with a fresh timestamp.
        return True

    def http_args(self, transport: Any) -> dict[str, Any]:
        args: dict[str, Any] = {
            "auth": self.auth,
            "limits": httpx.Limits(
                max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS
            ),
        }
        if transport is not None:
            args["transport"] = transport
        return args

    def describe(self, class_name: str) -> str:
        return f"{class_name}(api_key={redact_api_key(self.api_key)!r}, secret_key=Secret('**********'), base_url={self.base_url!r})"


class BinancePayClient:
    """Synchronous client for the Binance Pay Merchant API.

    Keys default to the BINANCE_PAY_API_KEY and BINANCE_PAY_SECRET_KEY environment variables;
    `base_url` to BINANCE_PAY_BASE_URL, then Binance Pay production. `timeout` (seconds or an `httpx.Timeout`) and
    `max_retries` can also be given per call. Use it as a context manager, or call
    `close()`, to release its connection pool.

    `http_backend`: "stdlib" sends over pooled `http.client` connections (a third of httpx's CPU
    per call); "httpx" through `httpx.Client`; "auto" (the default) picks stdlib unless a proxy
    is configured in the environment. A custom `transport` always goes through httpx.
    """

    def __init__(
        self,
        api_key: str | None = None,
        secret_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        total_timeout: Seconds = DEFAULT_TOTAL_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_on: tuple[type[BinancePayError], ...] = DEFAULT_RETRY_ON,
        initial_retry_delay: Seconds = DEFAULT_INITIAL_RETRY_DELAY,
        max_retry_delay: Seconds = DEFAULT_MAX_RETRY_DELAY,
        max_retry_after: Seconds = DEFAULT_MAX_RETRY_AFTER,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_backend: Literal["auto", "httpx", "stdlib"] = "auto",
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._options = _ClientOptions(
            api_key,
            secret_key,
            base_url=base_url,
            total_timeout=total_timeout,
            max_retries=max_retries,
            retry_on=retry_on,
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            max_retry_after=max_retry_after,
            max_response_bytes=max_response_bytes,
        )
        if http_backend not in ("auto", "httpx", "stdlib"):
            raise ValueError(f"http_backend must be 'auto', 'httpx' or 'stdlib', not {http_backend!r}")
        self._direct: StdlibExchange | None = None
        if transport is None and (http_backend == "stdlib" or (http_backend == "auto" and not _proxy_configured())):
            from ._stdlib_exchange import StdlibExchange  # noqa: PLC0415

            self._direct = StdlibExchange(
                self._options.base_url,
                self._options.auth,
                headers={"User-Agent": USER_AGENT},
                max_keepalive=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
            )
        self._timeout = httpx.Timeout(timeout)
        self.openapi_client = Client(
            base_url=self._options.base_url,
            headers={"User-Agent": USER_AGENT},
            timeout=self._timeout,
            httpx_args=self._options.http_args(transport),
        )
        """The generated low-level client, sharing this client's pool and signing, for the `api` functions."""
        self._http = self.openapi_client.get_httpx_client()

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

    def close(self) -> None:
        if self._direct is not None:
            self._direct.close()
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def query_wallet_balance(
        self,
        *,
        wallet: Wallet | str,
        currency: str,
        timeout: TimeoutTypes | Literal["default"] = "default",
        max_retries: int | None = None,
    ) -> AssetQueryResp:
        """Wallet Balance Query: Query the balance of one currency in one of the merchant's wallets.

        `POST /binancepay/openapi/balance`.

        Args:
            wallet: Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET.
            currency: Currency to query, uppercase, for example "USDT".
            timeout: this call's timeout, instead of the client's.
            max_retries: this call's retry budget, instead of the client's.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: a subclass per result code on `status: FAIL`, or a transport,
                status or validation error; see `binance_pay.errors`.
        """
        body = _request_body(
            _validators.validate_asset_query_req,
            AssetQueryReq.from_dict,
            {
                "wallet": wallet,
                "currency": currency,
            },
        )
        result = self._call(
            _query_wallet_balance._get_kwargs(body=body),
            _query_wallet_balance.parse_body,
            retry_safe=_query_wallet_balance.RETRY_SAFE,
            timeout=timeout,
            max_retries=max_retries,
        )
        return cast(AssetQueryResp, result)  # `_call` checked SUCCESS and its data

    def _call(
        self,
        request_kwargs: dict[str, Any],
        parse: Callable[[int, str | None, bytes], E],
        *,
        retry_safe: bool,
        timeout: TimeoutTypes | Literal["default"],
        max_retries: int | None,
    ) -> Any:
        options = self._options
        retries_left = options.max_retries if max_retries is None else max_retries
        retry_number = 0
        clock_adjusted = False
        attempt_timeout = self._timeout if timeout == "default" else httpx.Timeout(timeout)
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            request: httpx.Request | None = None
            headers: Mapping[str, str] | None = None
            status: int | None = None
            try:
                status, headers, content, request = self._exchange(request_kwargs, attempt_timeout)
                envelope = parse(status, headers.get("content-type"), content)
                data = _result(envelope, getattr(envelope, "data", envelope), status, content, request)
            except BinancePayError as error:
                if error.request is None:
                    error.request = request or self._http.build_request(**request_kwargs)
                if _logger.isEnabledFor(logging.DEBUG):
                    _log_attempt(request_kwargs, status, started, attempt, error)
                if not clock_adjusted and options.learn_clock_offset(error, headers):
                    clock_adjusted = True
                    continue
                wait = options.retry_wait(error, retry_number, retry_safe, headers) if retries_left > 0 else None
                if wait is None:
                    raise
                retries_left -= 1
                retry_number += 1
                time.sleep(wait)
                continue
            if _logger.isEnabledFor(logging.DEBUG):
                _log_attempt(request_kwargs, status, started, attempt, None)
            return data

    def _exchange(
        self, request_kwargs: dict[str, Any], timeout: httpx.Timeout
    ) -> tuple[int, Mapping[str, str], bytes, httpx.Request | None]:
        """One signed attempt: (status, headers, body at most `max_response_bytes`, the httpx request if one was built)."""
        limit = self._options.max_response_bytes
        deadline = time.monotonic() + self._options.total_timeout
        if self._direct is not None:
            try:
                status, headers, content = self._direct.send(
                    request_kwargs["method"].upper(),
                    request_kwargs["url"],
                    json_body(request_kwargs["json"]),
                    request_kwargs["headers"],
                    timeout,
                    limit,
                    deadline,
                )
            except httpx.RequestError as exc:
                raise _transport_error(exc, None) from exc
            return status, headers, content, None
        request = self._http.build_request(**request_kwargs, timeout=timeout)
        try:
            response = self._http.send(request, stream=True)
            try:
                if _declared_too_large(response, limit):
                    raise _too_large(response, limit, request, b"")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    chunks.append(chunk)
                    if size > limit:
                        raise _too_large(response, limit, request, b"".join(chunks))
                    if time.monotonic() > deadline:
                        raise APITimeoutError(
                            f"Request exceeded total_timeout={self._options.total_timeout}s", request=request
                        )
            finally:
                response.close()
        except httpx.RequestError as exc:
            raise _transport_error(exc, request) from exc
        return response.status_code, response.headers, b"".join(chunks), request


class AsyncBinancePayClient:
    """Asynchronous client for the Binance Pay Merchant API.

    Keys default to the BINANCE_PAY_API_KEY and BINANCE_PAY_SECRET_KEY environment variables;
    `base_url` to BINANCE_PAY_BASE_URL, then Binance Pay production. `timeout` (seconds or an `httpx.Timeout`) and
    `max_retries` can also be given per call. Use it as an async context manager, or call
    `aclose()`, to release its connection pool.

    `http_backend`: "aiohttp" sends straight through one aiohttp session; "httpx" through
    `httpx.AsyncClient`, whose pool slows down sharply at high concurrency; "auto" (the default)
    picks aiohttp when it is installed. A custom `transport` always goes through httpx.
    """

    def __init__(
        self,
        api_key: str | None = None,
        secret_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        total_timeout: Seconds = DEFAULT_TOTAL_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_on: tuple[type[BinancePayError], ...] = DEFAULT_RETRY_ON,
        initial_retry_delay: Seconds = DEFAULT_INITIAL_RETRY_DELAY,
        max_retry_delay: Seconds = DEFAULT_MAX_RETRY_DELAY,
        max_retry_after: Seconds = DEFAULT_MAX_RETRY_AFTER,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_backend: Literal["auto", "httpx", "aiohttp"] = "auto",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._options = _ClientOptions(
            api_key,
            secret_key,
            base_url=base_url,
            total_timeout=total_timeout,
            max_retries=max_retries,
            retry_on=retry_on,
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            max_retry_after=max_retry_after,
            max_response_bytes=max_response_bytes,
        )
        if http_backend not in ("auto", "httpx", "aiohttp"):
            raise ValueError(f"http_backend must be 'auto', 'httpx' or 'aiohttp', not {http_backend!r}")
        self._direct: AiohttpExchange | None = None
        if transport is None and http_backend != "httpx" and (http_backend == "aiohttp" or _aiohttp_installed()):
            from ._aiohttp_exchange import AiohttpExchange  # noqa: PLC0415 - aiohttp is slow to import
            from ._aiohttp_transport import AiohttpTransport  # noqa: PLC0415

            self._direct = AiohttpExchange(
                self._options.base_url,
                self._options.auth,
                limit=DEFAULT_MAX_CONNECTIONS,
                headers={"User-Agent": USER_AGENT},
            )
            transport = AiohttpTransport(limit=DEFAULT_MAX_CONNECTIONS)
        self._timeout = httpx.Timeout(timeout)
        self.openapi_client = Client(
            base_url=self._options.base_url,
            headers={"User-Agent": USER_AGENT},
            timeout=self._timeout,
            httpx_args=self._options.http_args(transport),
        )
        """The generated low-level client, sharing this client's pool and signing, for the `api` functions."""
        self._http = self.openapi_client.get_async_httpx_client()

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

    async def aclose(self) -> None:
        if self._direct is not None:
            await self._direct.aclose()
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def query_wallet_balance(
        self,
        *,
        wallet: Wallet | str,
        currency: str,
        timeout: TimeoutTypes | Literal["default"] = "default",
        max_retries: int | None = None,
    ) -> AssetQueryResp:
        """Wallet Balance Query: Query the balance of one currency in one of the merchant's wallets.

        `POST /binancepay/openapi/balance`.

        Args:
            wallet: Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET.
            currency: Currency to query, uppercase, for example "USDT".
            timeout: this call's timeout, instead of the client's.
            max_retries: this call's retry budget, instead of the client's.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: a subclass per result code on `status: FAIL`, or a transport,
                status or validation error; see `binance_pay.errors`.
        """
        body = _request_body(
            _validators.validate_asset_query_req,
            AssetQueryReq.from_dict,
            {
                "wallet": wallet,
                "currency": currency,
            },
        )
        result = await self._call(
            _query_wallet_balance._get_kwargs(body=body),
            _query_wallet_balance.parse_body,
            retry_safe=_query_wallet_balance.RETRY_SAFE,
            timeout=timeout,
            max_retries=max_retries,
        )
        return cast(AssetQueryResp, result)  # `_call` checked SUCCESS and its data

    async def _call(
        self,
        request_kwargs: dict[str, Any],
        parse: Callable[[int, str | None, bytes], E],
        *,
        retry_safe: bool,
        timeout: TimeoutTypes | Literal["default"],
        max_retries: int | None,
    ) -> Any:
        options = self._options
        retries_left = options.max_retries if max_retries is None else max_retries
        retry_number = 0
        clock_adjusted = False
        attempt_timeout = self._timeout if timeout == "default" else httpx.Timeout(timeout)
        attempt = 0
        while True:
            attempt += 1
            started = time.perf_counter()
            request: httpx.Request | None = None
            headers: Mapping[str, str] | None = None
            status: int | None = None
            try:
                status, headers, content, request = await self._exchange(request_kwargs, attempt_timeout)
                envelope = parse(status, headers.get("content-type"), content)
                data = _result(envelope, getattr(envelope, "data", envelope), status, content, request)
            except BinancePayError as error:
                if error.request is None:
                    error.request = request or self._http.build_request(**request_kwargs)
                if _logger.isEnabledFor(logging.DEBUG):
                    _log_attempt(request_kwargs, status, started, attempt, error)
                if not clock_adjusted and options.learn_clock_offset(error, headers):
                    clock_adjusted = True
                    continue
                wait = options.retry_wait(error, retry_number, retry_safe, headers) if retries_left > 0 else None
                if wait is None:
                    raise
                retries_left -= 1
                retry_number += 1
                import asyncio  # noqa: PLC0415 - asyncio costs ~40 ms to import; the sync client never needs it

                await asyncio.sleep(wait)
                continue
            if _logger.isEnabledFor(logging.DEBUG):
                _log_attempt(request_kwargs, status, started, attempt, None)
            return data

    async def _exchange(
        self, request_kwargs: dict[str, Any], timeout: httpx.Timeout
    ) -> tuple[int, Mapping[str, str], bytes, httpx.Request | None]:
        """One signed attempt: (status, headers, body at most `max_response_bytes`, the httpx request if one was built)."""
        limit = self._options.max_response_bytes
        import asyncio  # noqa: PLC0415

        total_timeout = self._options.total_timeout
        if self._direct is not None:
            try:
                async with asyncio.timeout(total_timeout):
                    status, headers, content = await self._direct.send(
                        request_kwargs["method"].upper(),
                        request_kwargs["url"],
                        json_body(request_kwargs["json"]),
                        request_kwargs["headers"],
                        timeout,
                        limit,
                    )
            except TimeoutError:
                raise APITimeoutError(f"Request exceeded total_timeout={total_timeout}s") from None
            except httpx.RequestError as exc:
                raise _transport_error(exc, None) from exc
            return status, headers, content, None
        request = self._http.build_request(**request_kwargs, timeout=timeout)
        try:
            async with asyncio.timeout(total_timeout):
                response = await self._http.send(request, stream=True)
                try:
                    if _declared_too_large(response, limit):
                        raise _too_large(response, limit, request, b"")
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.aiter_bytes():
                        size += len(chunk)
                        chunks.append(chunk)
                        if size > limit:
                            raise _too_large(response, limit, request, b"".join(chunks))
                finally:
                    await response.aclose()
        except TimeoutError:
            raise APITimeoutError(f"Request exceeded total_timeout={total_timeout}s", request=request) from None
        except httpx.RequestError as exc:
            raise _transport_error(exc, request) from exc
        return response.status_code, response.headers, b"".join(chunks), request


__all__ = ["AsyncBinancePayClient", "BinancePayClient"]
