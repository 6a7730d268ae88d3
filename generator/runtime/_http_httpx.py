"""The httpx wire paths (sync and async): proxies from the environment, custom transports, and
`httpx.MockTransport` in users' tests. httpx is imported only when one of these is built.

Bodies are read with `iter_bytes` (which also serves a mock's prebuilt content): `check_head` has
already refused any Content-Encoding but identity, so no decoding happens.

The attempt's deadline bounds the whole exchange, from connecting to the last body byte:

- sync: httpx bounds each connect, read and write by its own timeout, not the exchange, so a server
  trickling its status line and headers a byte at a time could hold a call for as long as it likes.
  Every pool the client's `httpx.HTTPTransport`s own (the direct one and those of proxies from the
  environment) gets a network backend whose streams clamp every connect, read and write to the time
  left before the current attempt's deadline (`_attempt`, a thread-local set by `send`); past it,
  they raise httpcore's own timeouts, which httpx maps as usual. Outside `send` they change nothing.
  This reaches one private attribute chain (client -> transport -> pool -> network backend), checked
  by type at every step; `deadline_bounded` says whether it held (a test fails if httpx changes).
  A `transport=` that is an `httpx.HTTPTransport` gets the same backend; any other transport is
  bounded only by what it bounds itself (httpx's per-phase timeouts are set, the body loop checks
  the deadline).
- async: the attempt runs under `asyncio.timeout`, which cancels whatever it is waiting for.

An `httpx.AsyncClient` belongs to the event loop its connections were opened on, and its sockets to
the process that opened them: each loop gets its own client (kept while the loop is open, for up to
`_MAX_LOOPS` loops at once, so loops in several threads do not take turns), and a forked child
starts afresh. Clients of closed loops and of the parent are abandoned, not closed (closing them
would touch a dead loop's or another process's sockets); `aclose` closes the calling loop's. A
`transport=` passed in is the caller's: it is never replaced, and whatever it raises from the wrong
loop (or from several threads) is an `APIConnectionError`.
"""

from __future__ import annotations

import asyncio
import functools
import http.cookiejar
import os
import threading
import time
import warnings
from typing import TYPE_CHECKING, Any

from ._constants import DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_KEEPALIVE_CONNECTIONS, Seconds, Timeout
from ._exceptions import APIConnectionError, APITimeoutError, BinancePayError, ClientClosedError, RequestInfo
from ._transport import WireRequest, WireResponse, aread_body, check_head, past_deadline, read_body

if TYPE_CHECKING:
    import ssl
    from collections.abc import Iterable

    import httpcore
    import httpx


class _NoCookies(http.cookiejar.CookieJar):
    """Binance Pay sets no cookies; none are stored or sent back."""

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        pass

    def extract_cookies(self, response: Any, request: Any) -> None:
        pass


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    """httpx's default context, made once per process: each one loads the CA bundle (about 35 ms)."""
    import httpx  # noqa: PLC0415

    return httpx.create_ssl_context()


def _client_args(transport: Any, verify: ssl.SSLContext | None = None) -> dict[str, Any]:
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
    if transport is None:
        args["verify"] = verify or _default_ssl_context()  # shared: made as httpx makes it, once
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


def _map_error(exc: Exception, request: RequestInfo, deadline: Seconds) -> BinancePayError:
    import httpx  # noqa: PLC0415

    never_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if isinstance(exc, httpx.TimeoutException):
        if not never_sent and time.monotonic() >= deadline:
            return past_deadline(deadline, request)
        return APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request, sent=not never_sent)
    return APIConnectionError(f"Connection error ({type(exc).__name__}: {exc})", request=request, sent=not never_sent)


def _headers(request: WireRequest) -> dict[str, str]:
    return {**request.headers, **request.sign(request.body)}


# -- the sync deadline: a network backend whose every wait ends by the attempt's deadline --------


class _Attempt(threading.local):
    deadline: Seconds | None = None
    """The deadline (time.monotonic) of the `HttpxTransport.send` attempt running on this thread."""


_attempt = _Attempt()


def _time_left(timeout: float | None, error: str) -> float | None:
    """`timeout`, cut to the time left before this thread's attempt deadline; past it, httpcore's `error`."""
    deadline = _attempt.deadline
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore  # noqa: PLC0415

        raise getattr(httpcore, error)("total_timeout exceeded")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream:
    """An httpcore `NetworkStream` whose reads and writes wait at most until the attempt's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(timeout, "ReadTimeout"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout, "WriteTimeout"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname, _time_left(timeout, "ConnectTimeout"))
        return _DeadlineStream(stream)  # type: ignore[return-value]  # duck-typed NetworkStream

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend:
    """An httpcore `NetworkBackend` whose connections and streams end waiting by the attempt's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self.backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _time_left(timeout, "ConnectTimeout")
        stream = self.backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream)  # type: ignore[return-value]

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self.backend.connect_unix_socket(path, _time_left(timeout, "ConnectTimeout"), socket_options)
        return _DeadlineStream(stream)  # type: ignore[return-value]

    def sleep(self, seconds: float) -> None:
        self.backend.sleep(seconds)


def _bound_by_deadline(transport: object) -> bool:
    """Give an `httpx.HTTPTransport`'s connection pool the deadline backend; False if its insides differ."""
    import httpcore  # noqa: PLC0415
    import httpx  # noqa: PLC0415

    pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
    backend = getattr(pool, "_network_backend", None) if isinstance(pool, httpcore.ConnectionPool) else None
    if pool is None or backend is None:
        return False
    if not isinstance(backend, _DeadlineBackend):
        pool._network_backend = _DeadlineBackend(backend)
    return True


def _new_sync_client(transport: httpx.BaseTransport | None) -> tuple[httpx.Client, bool]:
    """An `httpx.Client`, and whether the deadline bounds each of its `HTTPTransport`s' reads and writes."""
    import httpx  # noqa: PLC0415

    client = httpx.Client(**_client_args(transport))
    mounts: dict[Any, Any] = getattr(client, "_mounts", {})
    transports = [getattr(client, "_transport", None), *mounts.values()]
    pooled = [each for each in transports if isinstance(each, httpx.HTTPTransport)]
    bounded = bool(pooled) and all([_bound_by_deadline(each) for each in pooled])
    if transport is None and not bounded:
        warnings.warn(
            f"httpx {httpx.__version__}: the connection pool is not where binance_pay expects it;"
            " on the sync httpx path total_timeout bounds only connects and the body, not a trickle of headers",
            RuntimeWarning,
            stacklevel=4,
        )
    return client, bounded


class HttpxTransport:
    """Sends through one `httpx.Client` (which honours proxy environment variables)."""

    def __init__(self, base_url: str, *, transport: httpx.BaseTransport | None = None) -> None:
        import httpx  # noqa: PLC0415

        self._errors: tuple[type[Exception], ...] = (httpx.HTTPError, httpx.InvalidURL)
        self._transport = transport
        self._client, self.deadline_bounded = _new_sync_client(transport)
        self._pid = os.getpid()
        self._closed = False

    def send(self, request: WireRequest, timeout: Timeout, deadline: Seconds, limit: int) -> WireResponse:
        info = request.info
        if self._closed:
            raise ClientClosedError("The client is closed", request=info)
        if self._pid != os.getpid():
            # A forked child: its parent's pooled sockets are not its own. Abandon them unclosed.
            self._client, self.deadline_bounded = _new_sync_client(self._transport)
            self._pid = os.getpid()
        failure: BinancePayError | None = None
        _attempt.deadline = deadline
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
            failure = _map_error(exc, info, deadline)
        except Exception as exc:
            failure = _unexpected(exc, info, closed=self._closed)
        finally:
            _attempt.deadline = None
        if failure is not None:
            raise failure  # outside the `except`: httpx's error (it holds the signed request) is not its context
        return WireResponse(response.status_code, response.headers, content)

    def close(self) -> None:
        self._closed = True
        self._client.close()


def _unexpected(exc: Exception, request: RequestInfo, *, closed: bool) -> BinancePayError:
    """What else httpx or a transport raised. httpx refuses a send on a client closed meanwhile (by
    another thread) with a RuntimeError, as asyncio does a connection of another event loop (only a
    `transport=` of the caller's is used from several loops); a transport of the caller's, or one
    shared by loops in several threads (httpcore's async pool is not thread-safe), can raise anything.
    Only RuntimeError's message is kept: another exception's could quote the signed request."""
    if closed and isinstance(exc, RuntimeError):
        return ClientClosedError("The client was closed during the call", request=request)
    detail = f"RuntimeError: {exc}" if isinstance(exc, RuntimeError) else type(exc).__name__
    return APIConnectionError(f"Connection error ({detail})", request=request)


_MAX_LOOPS = 16
"""Event loops an `AsyncHttpxTransport` keeps a client for at once; past that the oldest is abandoned."""


class AsyncHttpxTransport:
    """Sends through one `httpx.AsyncClient` per event loop (and process)."""

    def __init__(self, base_url: str, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        import httpx  # noqa: PLC0415

        self._errors: tuple[type[Exception], ...] = (httpx.HTTPError, httpx.InvalidURL)
        self._transport = transport
        # The caller's transport is used as given, through one client; else each loop gets its own.
        self._own = httpx.AsyncClient(**_client_args(transport)) if transport is not None else None
        self._ssl_context = _default_ssl_context() if transport is None else None
        # Replaced whole under the lock, never changed in place: read without it.
        self._clients: dict[asyncio.AbstractEventLoop, httpx.AsyncClient] = {}
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._closed = False

    def _client(self) -> httpx.AsyncClient:
        if self._own is not None:
            return self._own
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None or self._pid != os.getpid():
            client = self._new_client(loop)
        return client

    def _new_client(self, loop: asyncio.AbstractEventLoop) -> httpx.AsyncClient:
        """A client for `loop`. Those of a parent process (in a forked child) and of closed loops are
        abandoned, not closed: closing them would touch another process's or a dead loop's sockets."""
        import httpx  # noqa: PLC0415

        if self._pid != os.getpid():
            # A forked child (one thread): the parent's clients are not its own, nor is a lock one of
            # the parent's other threads may have held at the fork.
            self._lock, self._clients, self._pid = threading.Lock(), {}, os.getpid()
        with self._lock:
            client = self._clients.get(loop)
            if client is None:
                kept = {other: each for other, each in self._clients.items() if not other.is_closed()}
                while len(kept) >= _MAX_LOOPS:
                    del kept[next(iter(kept))]
                client = httpx.AsyncClient(**_client_args(None, self._ssl_context))
                self._clients = {**kept, loop: client}
            return client

    async def send(self, request: WireRequest, timeout: Timeout, deadline: Seconds, limit: int) -> WireResponse:
        info = request.info
        if self._closed:
            raise ClientClosedError("The client is closed", request=info)
        client = self._client()
        loop = asyncio.get_running_loop()
        failure: BinancePayError | None = None
        try:
            async with asyncio.timeout_at(loop.time() + max(0.0, deadline - time.monotonic())):
                built = client.build_request(
                    request.method,
                    request.url,
                    content=request.body,
                    headers=_headers(request),
                    timeout=_httpx_timeout(timeout, deadline),
                )
                response = await client.send(built, stream=True)
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
            failure = _map_error(exc, info, deadline)
        except Exception as exc:
            failure = _unexpected(exc, info, closed=self._closed)
        if failure is not None:
            raise failure  # outside the `except`: httpx's error (it holds the signed request) is not its context
        return WireResponse(response.status_code, response.headers, content)

    async def aclose(self) -> None:
        """Close this loop's client; those of other loops are abandoned (their sockets close when collected)."""
        self._closed = True
        if self._own is not None:
            await self._own.aclose()
            return
        clients, self._clients = self._clients, {}
        client = clients.get(asyncio.get_running_loop())
        if client is not None and self._pid == os.getpid():
            await client.aclose()
