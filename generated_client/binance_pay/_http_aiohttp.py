"""The async client's default wire path: requests straight on one aiohttp session.

`httpx.AsyncClient` costs about 340 µs of CPU per call before any I/O, and its connection pool
slows down sharply at high concurrency; aiohttp does the same exchange for far less.

- A semaphore sized like the connection pool is taken before signing, so a request never waits
  for a connection with an already-ageing timestamp (Binance allows about 1 s); waiting for it is
  bounded by the pool timeout.
- The attempt's deadline is aiohttp's own `total` timer (what aiohttp sets by default), not an
  `asyncio.timeout` around it; the read and connect limits are passed only where they could fire
  before the deadline (the default read limit, 10 s of a 30 s deadline, still is).
- The session adds almost nothing of its own: no cookies (`DummyCookieJar`), no decompression
  (bodies must be identity-encoded, see `_transport`), and of its default headers only
  `Accept: */*`: the client sends its own Content-Type, Accept-Encoding and User-Agent, and asking
  aiohttp to skip defaults costs a header-table copy on every request. It honours the same proxy
  environment variables as the sync client (`trust_env`, when one of them is set).
- The session is created on first use inside the running loop and belongs to that loop and this
  process: a call from another loop or a forked child gets a fresh session, never a shared socket.
  A forked child never closes its parent's connections either, not even when it garbage-collects
  them (see `_connector_class`).
"""

from __future__ import annotations

import asyncio
import functools
import math
import os
import time
import warnings
from typing import TYPE_CHECKING, Any

from ._constants import Seconds, Timeout
from ._exceptions import APIConnectionError, APITimeoutError, BinancePayError, ClientClosedError, RequestInfo
from ._transport import (
    WireRequest,
    WireResponse,
    aread_body,
    check_head,
    past_deadline,
    proxy_configured,
    wait_for_slot,
)

if TYPE_CHECKING:
    import aiohttp
    import yarl

INSTALL_HINT = "the aiohttp wire path needs aiohttp: pip install aiohttp (or the project's aiohttp extra)"


def aiohttp_installed() -> bool:
    import importlib.util  # noqa: PLC0415

    return importlib.util.find_spec("aiohttp") is not None


def _attempt_timeout(timeout: Timeout, left: Seconds) -> aiohttp.ClientTimeout:
    """The attempt's deadline as aiohttp's `total` (one timer, as aiohttp itself sets by default), and
    the per-phase limits that could fire before it: read -> sock_read, connect -> sock_connect.

    `ceil_threshold=inf`: aiohttp would otherwise round a deadline of 5 s or more up to a whole second.
    Waiting for a connection is bounded before (`wait_for_slot`): the semaphore is the pool's size.
    """
    import aiohttp  # noqa: PLC0415

    return aiohttp.ClientTimeout(
        total=left,
        sock_connect=timeout.connect if timeout.connect is not None and timeout.connect < left else None,
        sock_read=timeout.read if timeout.read is not None and timeout.read < left else None,
        ceil_threshold=math.inf,
    )


@functools.lru_cache(maxsize=256)
def _url(url: str) -> yarl.URL:
    import yarl  # noqa: PLC0415 - an aiohttp dependency

    return yarl.URL(url)


@functools.cache
def _connector_class() -> type[aiohttp.TCPConnector]:
    import aiohttp  # noqa: PLC0415

    class ProcessBoundConnector(aiohttp.TCPConnector):
        """A connector that never closes connections it inherited from a parent process.

        aiohttp closes the pooled connections of a connector that is garbage-collected unclosed.
        In a child forked while the parent's event loop was running, closing one unregisters its
        socket from that loop's epoll instance, which parent and child share: the parent's next
        read on that connection would never wake. In the child the copy is left alone; its
        descriptors close with the child.
        """

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._binance_pay_pid = os.getpid()

        def __del__(self, _warnings: Any = warnings) -> None:
            if self._binance_pay_pid == os.getpid():
                super().__del__(_warnings)

    return ProcessBoundConnector


def _map_error(exc: BaseException, request: RequestInfo) -> BinancePayError | None:
    """An aiohttp (or asyncio) error as the SDK's; None for what must propagate (cancellation)."""
    import aiohttp  # noqa: PLC0415

    message = f"{type(exc).__name__}: {exc}"
    # Order matters: ConnectionTimeoutError and SocketTimeoutError subclass ServerTimeoutError,
    # which subclasses asyncio.TimeoutError and ClientConnectionError.
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return APITimeoutError(f"Connect timed out ({message})", request=request, sent=False)
    if isinstance(exc, asyncio.TimeoutError):
        return APITimeoutError(f"Read timed out ({message})", request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return APIConnectionError(f"Connect failed ({message})", request=request, sent=False)
    if isinstance(exc, aiohttp.ClientError | OSError | ValueError):
        return APIConnectionError(f"Connection error ({message})", request=request)
    return None


class AiohttpTransport:
    """Signs and sends requests on one lazily created `aiohttp.ClientSession`."""

    def __init__(self, base_url: str, *, limit: int) -> None:
        try:
            import aiohttp  # noqa: F401, PLC0415
        except ImportError as exc:
            raise ImportError(INSTALL_HINT) from exc
        self._limit = limit
        self._session: aiohttp.ClientSession | None = None
        # (loop, pid, session, slots), replaced as one: a loop in another thread never pairs its own
        # loop with this one's session or semaphore, however their calls interleave.
        self._bound: tuple[asyncio.AbstractEventLoop, int, aiohttp.ClientSession, asyncio.Semaphore] | None = None
        self._pid = os.getpid()
        self._closed = False

    def _get_session(self) -> tuple[aiohttp.ClientSession, asyncio.Semaphore]:
        loop = asyncio.get_running_loop()
        bound = self._bound
        if bound is None or bound[0] is not loop or bound[1] != os.getpid():
            import aiohttp  # noqa: PLC0415

            # A session from another loop or a parent process is abandoned, not closed: closing it
            # would touch sockets that belong to that loop or process.
            if self._session is not None and self._pid != os.getpid():
                self._session.detach()  # its connector is the parent's; the session need not warn
            session = aiohttp.ClientSession(
                connector=_connector_class()(limit=self._limit, keepalive_timeout=15.0),
                auto_decompress=False,
                cookie_jar=aiohttp.DummyCookieJar(),
                # Reading the environment costs two thread-pool round trips per request in aiohttp
                # (proxies, netrc): only pay it when a proxy is configured at all.
                trust_env=proxy_configured(),
                timeout=aiohttp.ClientTimeout(total=None),
            )
            bound = self._bound = (loop, os.getpid(), session, asyncio.Semaphore(self._limit))
            self._session, self._pid = session, os.getpid()
        return bound[2], bound[3]

    async def send(self, request: WireRequest, timeout: Timeout, deadline: Seconds, limit: int) -> WireResponse:
        info = request.info
        if self._closed:
            raise ClientClosedError("The client is closed", request=info)
        session, slots = self._get_session()
        if slots.locked():
            await wait_for_slot(slots, timeout.pool, deadline, info)
        else:
            await slots.acquire()  # free: returns at once
        failure: BinancePayError | None
        try:
            left = deadline - time.monotonic()
            if left <= 0:
                raise past_deadline(deadline, info)
            headers = {**request.headers, **request.sign(request.body)}
            async with session.request(
                request.method,
                _url(request.url),
                data=request.body,
                headers=headers,
                timeout=_attempt_timeout(timeout, left),
                allow_redirects=False,
            ) as response:
                status = response.status
                declared = check_head(status, response.headers, limit, info)
                if declared is not None:
                    # aiohttp stops at the declared length, and raises if the body ends short
                    content = await response.read()
                else:
                    content = await aread_body(response.content.iter_any(), status, declared, limit, info)
                return WireResponse(status, response.headers, content)
        except (BinancePayError, asyncio.CancelledError):
            raise
        except Exception as exc:
            import aiohttp  # noqa: PLC0415 - imported already, by __init__

            if isinstance(exc, TimeoutError) and not isinstance(exc, aiohttp.ServerTimeoutError):
                failure = past_deadline(deadline, info)  # the attempt's own deadline fired
            else:
                failure = _map_error(exc, info)
            if failure is None:
                raise
        finally:
            slots.release()
        # Raised outside the `except`: aiohttp's error (it can hold the signed headers) is not its context.
        raise failure

    async def aclose(self) -> None:
        self._closed = True
        bound, self._bound = self._bound, None
        if bound is not None and bound[0] is asyncio.get_running_loop():
            await bound[2].close()
