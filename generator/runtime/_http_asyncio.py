"""The async client's default wire path: HTTP/1.1 straight on asyncio, responses framed by httptools.

aiohttp spends most of an exchange's CPU on its own machinery (request and response objects, a
writer task, a timer per read, header multidicts); this path writes the request head itself, as the
http.client path does, and reads the response in one `asyncio.Protocol` (`_http_asyncio_conn`).

- A semaphore sized like the pool is taken before signing, so a request never waits for a
  connection with an already-ageing timestamp; waiting for it is bounded by the pool timeout.
- The attempt's deadline, read and write limits are one timer per exchange (see the connection);
  connecting (and the TLS handshake) is bounded by the connect timeout and the deadline.
- `sent=False` only when the request provably never left: connect or TLS failure, pool wait, a
  deadline already past. Once the request bytes are handed to the transport, the outcome is unknown.
- An idle connection is reused only if the server has not closed it or sent anything meanwhile;
  one that did is discarded before a byte is written to it.
- The pool belongs to one event loop and one process: a call from another loop or a forked child
  gets a fresh pool, and a forked child never closes a connection its parent opened.
- Proxies are not supported here: "auto" picks aiohttp or httpx when a proxy is configured.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import time
import urllib.parse

from ._constants import KEEPALIVE_EXPIRY, Seconds, Timeout
from ._exceptions import APIConnectionError, APITimeoutError, ClientClosedError, RequestInfo
from ._http_asyncio_conn import Connection
from ._transport import RequestHead, WireRequest, WireResponse, past_deadline, wait_for_slot


class _Pool:
    """The idle connections and the slots of one event loop in one process."""

    def __init__(self, loop: asyncio.AbstractEventLoop, limit: int) -> None:
        self.loop = loop
        self.pid = os.getpid()
        self.slots = asyncio.Semaphore(limit)
        self.idle: list[Connection] = []
        self.limit = limit
        self.closed = False

    def take(self) -> Connection | None:
        idle = self.idle
        while idle:
            connection = idle.pop()
            if time.monotonic() - connection.idle_since < KEEPALIVE_EXPIRY and connection.usable():
                return connection
            connection.close()
        return None

    def give_back(self, connection: Connection) -> None:
        if not self.closed and len(self.idle) < self.limit:
            connection.idle_since = time.monotonic()
            self.idle.append(connection)
        else:
            connection.close()

    def close(self) -> None:
        self.closed = True
        idle, self.idle = self.idle, []
        for connection in idle:
            connection.close()

    def abandon(self) -> None:
        """Given up for another loop: its sockets are closed only if its own loop is closed (no one
        else can), and never in a process that did not open them."""
        self.closed = True
        if self.pid == os.getpid() and self.loop.is_closed():
            idle, self.idle = self.idle, []
            for connection in idle:
                try:
                    connection.close()
                except RuntimeError:  # the closed loop cannot schedule connection_lost: nothing to do
                    pass


class AsyncioTransport:
    """Signs and sends requests on a keep-alive pool of asyncio connections."""

    def __init__(self, base_url: str, *, limit: int) -> None:
        url = urllib.parse.urlsplit(base_url)
        self._host = url.hostname or ""
        self._port = url.port or (443 if url.scheme == "https" else 80)
        self._head = RequestHead(url.netloc)
        self._ssl_context = ssl.create_default_context() if url.scheme == "https" else None
        self._limit = limit
        self._pool: _Pool | None = None
        self._closed = False

    def _get_pool(self) -> _Pool:
        loop = asyncio.get_running_loop()
        pool = self._pool
        if pool is None or pool.loop is not loop or pool.pid != os.getpid():
            if pool is not None:
                pool.abandon()
            # replaced as one object: a loop in another thread never pairs this loop with its pool
            pool = self._pool = _Pool(loop, self._limit)
        return pool

    async def _connect(
        self, loop: asyncio.AbstractEventLoop, timeout: Timeout, deadline: Seconds, info: RequestInfo
    ) -> Connection:
        left = deadline - time.monotonic()
        wait = left if timeout.connect is None else min(timeout.connect, left)
        context = self._ssl_context
        try:
            async with asyncio.timeout(wait):
                _, connection = await loop.create_connection(
                    lambda: Connection(loop),
                    self._host,
                    self._port,
                    ssl=context,
                    server_hostname=self._host if context is not None else None,
                )
        except TimeoutError:
            raise APITimeoutError(f"Connect timed out after {max(wait, 0.0):.3f} s", request=info, sent=False) from None
        except OSError as exc:  # ssl.SSLError and CertificateError included
            what = "TLS handshake failed" if isinstance(exc, ssl.SSLError | ssl.CertificateError) else "Connect failed"
            raise APIConnectionError(f"{what} ({type(exc).__name__}: {exc})", request=info, sent=False) from None
        return connection

    async def send(self, request: WireRequest, timeout: Timeout, deadline: Seconds, limit: int) -> WireResponse:
        info = request.info
        if self._closed:
            raise ClientClosedError("The client is closed", request=info)
        pool = self._get_pool()
        slots = pool.slots
        if slots.locked():
            await wait_for_slot(slots, timeout.pool, deadline, info)
        else:
            await slots.acquire()  # free: returns at once
        try:
            if time.monotonic() >= deadline:
                error = past_deadline(deadline, info)
                error.sent = False
                raise error
            loop = pool.loop
            connection = pool.take() or await self._connect(loop, timeout, deadline, info)
            try:
                data = self._head.encode(request)
            except ValueError as exc:  # a header value that would break the head: nothing was written
                pool.give_back(connection)
                raise APIConnectionError(f"Connection error (ValueError: {exc})", request=info, sent=False) from None
            due = loop.time() + (deadline - time.monotonic())  # the deadline on the loop's clock
            waiter = connection.begin(info, limit, timeout.read, timeout.write, deadline, due)
            try:
                assert connection.transport is not None
                connection.transport.write(data)  # from here on, the request may have left
                return await waiter
            finally:
                if connection.end():
                    pool.give_back(connection)
        finally:
            slots.release()

    async def aclose(self) -> None:
        self._closed = True
        pool, self._pool = self._pool, None
        if pool is not None and pool.pid == os.getpid() and pool.loop is asyncio.get_running_loop():
            pool.close()
