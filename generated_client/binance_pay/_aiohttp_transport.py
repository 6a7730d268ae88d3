# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""An ``httpx.AsyncBaseTransport`` that sends requests through one ``aiohttp.ClientSession``.

Why: ``httpx.AsyncClient``'s default transport (httpcore's connection pool) degrades badly under
high concurrency (dozens of in-flight requests on keep-alive connections). This transport keeps
httpx's whole client API (auth flows, event hooks, cookies, redirects, timeouts, exceptions) and
only swaps the wire layer for aiohttp's connector.

Design choices:

* aiohttp is imported lazily, in ``__init__``: ``import binance_pay`` never imports it. When it is
  missing, ``__init__`` raises an ``ImportError`` naming the ``aiohttp`` extra.
* The request body is the exact ``bytes`` httpx built (the signature covers them); headers are
  passed as given, and ``skip_auto_headers`` stops aiohttp from adding its own ``Content-Type``,
  ``User-Agent``, ``Accept`` or ``Accept-Encoding``. The URL is handed over pre-encoded, so
  aiohttp does not re-quote it.
* Decompression: the session uses ``auto_decompress=False`` and the response headers are kept
  verbatim. httpx then decodes ``Content-Encoding`` itself, exactly as with its own transports,
  so ``Content-Length`` stays truthful, ``Response.aiter_raw()`` sees wire bytes (a body-size
  limit can be enforced on them), and aiohttp never advertises an encoding httpx cannot decode.
* Cookies, redirects, proxies and environment settings are left to httpx: the session has a
  ``DummyCookieJar``, ``allow_redirects=False`` and ``trust_env=False``.
* Timeouts come from ``request.extensions["timeout"]`` (see ``client_timeout``).
* Every aiohttp error is mapped to an httpx exception (see ``_map_error``); cancellation
  propagates untouched.
* The response body is streamed: ``httpx.Response.stream`` is an ``httpx.AsyncByteStream`` that
  reads chunks as they arrive and releases the connection on ``aclose()`` (back to the pool when
  the body was read to the end, closed otherwise).
* The session (and its connector) is created on first use, inside the running event loop, and is
  bound to that loop.

Requires aiohttp >= 3.10 (``ConnectionTimeoutError``/``SocketTimeoutError``).
"""

from __future__ import annotations

import asyncio
import functools
import ssl
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import httpx

from ._constants import Seconds

if TYPE_CHECKING:
    import aiohttp
    import yarl

__all__ = ["AiohttpTransport"]

_INSTALL_HINT = (
    "the aiohttp wire path needs aiohttp, a dependency of binance-pay-sdk that is missing here; "
    "install it with: pip install aiohttp"
)

# Headers aiohttp would otherwise add on its own; httpx already sends what it wants.
_SKIP_AUTO_HEADERS = frozenset({"Accept", "Accept-Encoding", "Content-Type", "User-Agent"})


def _import_aiohttp() -> None:
    try:
        import aiohttp  # noqa: F401
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(_INSTALL_HINT) from exc


@functools.lru_cache(maxsize=256)
def _yarl_url(url: str) -> yarl.URL:
    """httpx already percent-encoded the URL: ``encoded=True`` stops yarl from re-quoting it.

    Cached because a client talks to a handful of URLs; ``yarl.URL`` objects are immutable.
    """
    import yarl  # an aiohttp dependency, already imported with it

    return yarl.URL(url, encoded=True)


@functools.lru_cache(maxsize=64)
def client_timeout(connect: Seconds | None, read: Seconds | None, pool: Seconds | None) -> aiohttp.ClientTimeout:
    """httpx's connect/read/pool timeouts as an aiohttp `ClientTimeout` (built once per combination).

    connect -> sock_connect, read -> sock_read, and pool + connect bound aiohttp's `connect`, which
    covers waiting for a pooled connection plus establishing one. aiohttp has no write timeout.
    """
    import aiohttp

    return aiohttp.ClientTimeout(
        total=None,
        connect=None if connect is None or pool is None else connect + pool,
        sock_connect=connect,
        sock_read=read,
    )


def new_session(
    *,
    limit: int,
    limit_per_host: int = 0,
    keepalive_timeout: Seconds = 15.0,
    verify: ssl.SSLContext | bool = True,
    auto_decompress: bool,
) -> aiohttp.ClientSession:
    """A session that adds nothing of its own: no cookies, no environment proxies, no default headers."""
    import aiohttp

    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(
            limit=limit, limit_per_host=limit_per_host, keepalive_timeout=keepalive_timeout, ssl=verify
        ),
        auto_decompress=auto_decompress,
        cookie_jar=aiohttp.DummyCookieJar(),
        trust_env=False,
        skip_auto_headers=_SKIP_AUTO_HEADERS,
        timeout=aiohttp.ClientTimeout(total=None),
    )


def _map_error(exc: BaseException, *, reading_body: bool) -> httpx.TransportError | None:
    """Translate an aiohttp (or asyncio) error into the httpx exception callers expect.

    Returns ``None`` for exceptions that must propagate unchanged (e.g. cancellation).
    """
    import aiohttp

    message = str(exc) or type(exc).__name__
    # Order matters: ConnectionTimeoutError and SocketTimeoutError subclass ServerTimeoutError,
    # which subclasses asyncio.TimeoutError (TimeoutError, an OSError) and ClientConnectionError.
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message)
    # SocketTimeoutError, ServerTimeoutError and any other timeout while waiting for data
    if isinstance(exc, asyncio.TimeoutError):
        return httpx.ReadTimeout(message)
    # refused, DNS failure, TLS handshake failure, proxy connection failure
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        return httpx.RemoteProtocolError(message)
    if isinstance(exc, aiohttp.ClientResponseError):  # malformed status line or headers
        return httpx.RemoteProtocolError(message)
    if isinstance(exc, aiohttp.ClientOSError | aiohttp.ClientConnectionError | OSError):
        return httpx.ReadError(message) if reading_body else httpx.NetworkError(message)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message)
    if isinstance(exc, aiohttp.ClientError):
        return httpx.TransportError(message)
    return None


class _AiohttpResponseStream(httpx.AsyncByteStream):
    """The body of one aiohttp response, streamed chunk by chunk as it arrives."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except Exception as exc:
            mapped = _map_error(exc, reading_body=True)
            if mapped is None:
                raise
            mapped.request = self._request
            raise mapped from exc

    async def aclose(self) -> None:
        if self._response.content.at_eof():
            self._response.release()  # fully read: the connection goes back to the pool
        else:
            self._response.close()  # abandoned mid-body: the connection cannot be reused


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send httpx requests over a single lazily created ``aiohttp.ClientSession``.

    ``limit`` caps open connections in total and ``limit_per_host`` per host (0 means no cap),
    as in ``aiohttp.TCPConnector``. ``verify`` is ``True`` (verify with the default context), an
    ``ssl.SSLContext``, or ``False`` (no verification; for tests only).
    """

    def __init__(
        self,
        *,
        limit: int = 100,
        limit_per_host: int = 0,
        keepalive_timeout: Seconds = 15.0,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        _import_aiohttp()
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._keepalive_timeout = keepalive_timeout
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    def _get_session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise RuntimeError("AiohttpTransport is closed")
        if self._session is None:  # no await in between: safe under concurrency
            self._session = new_session(
                limit=self._limit,
                limit_per_host=self._limit_per_host,
                keepalive_timeout=self._keepalive_timeout,
                verify=self._verify,
                auto_decompress=False,
            )
        return self._session

    @staticmethod
    def _client_timeout(request: httpx.Request) -> aiohttp.ClientTimeout:
        timeouts = request.extensions.get("timeout", {})
        return client_timeout(timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool"))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._get_session()
        # The exact bytes httpx built, which the signature covers.
        body = await request.aread()
        try:
            response = await session.request(
                request.method,
                _yarl_url(str(request.url)),
                headers=request.headers.multi_items(),
                data=body or None,
                allow_redirects=False,
                timeout=self._client_timeout(request),
            )
        except Exception as exc:
            mapped = _map_error(exc, reading_body=False)
            if mapped is None:
                raise
            mapped.request = request
            raise mapped from exc

        reason = response.reason or ""
        version = response.version or (1, 1)
        return httpx.Response(
            status_code=response.status,
            headers=list(response.raw_headers),
            stream=_AiohttpResponseStream(response, request),
            request=request,
            extensions={
                "http_version": f"HTTP/{version[0]}.{version[1]}".encode("ascii"),
                "reason_phrase": reason.encode("ascii", "replace"),
            },
        )

    async def aclose(self) -> None:
        self._closed = True
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()
