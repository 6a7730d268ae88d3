"""The httpx wire paths (sync and async): proxies from the environment, custom transports, and
`httpx.MockTransport` in users' tests. httpx is imported only when one of these is built.

Bodies are read with `iter_bytes` (which also serves a mock's prebuilt content): `check_head` has
already refused any Content-Encoding but identity, so no decoding happens.
"""

from __future__ import annotations

import asyncio
import http.cookiejar
import os
import time
from typing import TYPE_CHECKING, Any

from ._constants import DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_KEEPALIVE_CONNECTIONS, Seconds, Timeout
from ._exceptions import APIConnectionError, APITimeoutError, BinancePayError, ClientClosedError, RequestInfo
from ._transport import WireRequest, WireResponse, aread_body, check_head, past_deadline, read_body

if TYPE_CHECKING:
    import httpx


class _NoCookies(http.cookiejar.CookieJar):
    """Binance Pay sets no cookies; none are stored or sent back."""

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        pass

    def extract_cookies(self, response: Any, request: Any) -> None:
        pass


def _client_args(transport: Any) -> dict[str, Any]:
    import httpx  # noqa: PLC0415

    args: dict[str, Any] = {
        "limits": httpx.Limits(
            max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS
        ),
        "cookies": _NoCookies(),
        "follow_redirects": False,
    }
    if transport is not None:
        args["transport"] = transport
    return args


def _httpx_timeout(timeout: Timeout, deadline: Seconds) -> httpx.Timeout:
    """httpx's per-phase timeouts, none longer than the time left before the attempt's deadline."""
    import httpx  # noqa: PLC0415

    left = max(0.001, deadline - time.monotonic())

    def bounded(value: Seconds | None) -> Seconds:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=bounded(timeout.connect),
        read=bounded(timeout.read),
        write=bounded(timeout.write),
        pool=bounded(timeout.pool),
    )


def _map_error(exc: Exception, request: RequestInfo) -> BinancePayError:
    import httpx  # noqa: PLC0415

    never_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request, sent=not never_sent)
    return APIConnectionError(f"Connection error ({type(exc).__name__}: {exc})", request=request, sent=not never_sent)


def _headers(request: WireRequest) -> dict[str, str]:
    return {**request.headers, **request.sign(request.body)}


class HttpxTransport:
    """Sends through one `httpx.Client` (which honours proxy environment variables)."""

    def __init__(self, base_url: str, *, transport: httpx.BaseTransport | None = None) -> None:
        import httpx  # noqa: PLC0415

        self._errors: tuple[type[Exception], ...] = (httpx.HTTPError, httpx.InvalidURL)
        self._transport = transport
        self._client = httpx.Client(**_client_args(transport))
        self._pid = os.getpid()
        self._closed = False

    def send(self, request: WireRequest, timeout: Timeout, deadline: Seconds, limit: int) -> WireResponse:
        info = request.info
        if self._closed:
            raise ClientClosedError("The client is closed", request=info)
        if self._pid != os.getpid():
            # A forked child: its parent's pooled sockets are not its own. Abandon them unclosed.
            import httpx  # noqa: PLC0415

            self._client, self._pid = httpx.Client(**_client_args(self._transport)), os.getpid()
        failure: BinancePayError | None = None
        try:
            built = self._client.build_request(
                request.method,
                request.url,
                content=request.body,
                headers=_headers(request),
                timeout=_httpx_timeout(timeout, deadline),
            )
            response = self._client.send(built, stream=True)
            try:
                declared = check_head(response.status_code, response.headers, limit, info)
                content = read_body(response.iter_bytes(), response.status_code, declared, limit, deadline, info)
            finally:
                response.close()
        except BinancePayError:
            raise
        except self._errors as exc:
            failure = _map_error(exc, info)
        if failure is not None:
            raise failure  # outside the `except`: httpx's error (it holds the signed request) is not its context
        return WireResponse(response.status_code, response.headers, content)

    def close(self) -> None:
        self._closed = True
        self._client.close()


class AsyncHttpxTransport:
    """Sends through one `httpx.AsyncClient`."""

    def __init__(self, base_url: str, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        import httpx  # noqa: PLC0415

        self._errors: tuple[type[Exception], ...] = (httpx.HTTPError, httpx.InvalidURL)
        self._client = httpx.AsyncClient(**_client_args(transport))
        self._closed = False

    async def send(self, request: WireRequest, timeout: Timeout, deadline: Seconds, limit: int) -> WireResponse:
        info = request.info
        if self._closed:
            raise ClientClosedError("The client is closed", request=info)
        loop = asyncio.get_running_loop()
        failure: BinancePayError | None = None
        try:
            async with asyncio.timeout_at(loop.time() + max(0.0, deadline - time.monotonic())):
                built = self._client.build_request(
                    request.method,
                    request.url,
                    content=request.body,
                    headers=_headers(request),
                    timeout=_httpx_timeout(timeout, deadline),
                )
                response = await self._client.send(built, stream=True)
                try:
                    declared = check_head(response.status_code, response.headers, limit, info)
                    content = await aread_body(response.aiter_bytes(), response.status_code, declared, limit, info)
                finally:
                    await response.aclose()
        except BinancePayError:
            raise
        except TimeoutError:
            failure = past_deadline(deadline, info)
        except self._errors as exc:
            failure = _map_error(exc, info)
        if failure is not None:
            raise failure  # outside the `except`: httpx's error (it holds the signed request) is not its context
        return WireResponse(response.status_code, response.headers, content)

    async def aclose(self) -> None:
        self._closed = True
        await self._client.aclose()
