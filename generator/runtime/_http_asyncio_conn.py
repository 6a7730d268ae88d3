"""One keep-alive HTTP/1.1 connection of the asyncio wire path: an `asyncio.Protocol` that frames
responses with httptools (llhttp, the parser uvicorn uses) and bounds each exchange with one timer.

An exchange is `begin` (the waiter and the timer), the request written by the caller, then the
parser's callbacks: the head is checked (`check_head`) once complete, the body is collected up to
the limit, and the waiter gets the `WireResponse` or the error. Anything unexpected (a parse error,
a connection lost early, bytes past the response or while idle) ends the connection: only one that
finished a well-framed keep-alive exchange is offered back to the pool.

The timer: one `call_at` per exchange, due at the earliest of the attempt's deadline, the read
limit after the last bytes received, and the write limit while the transport's buffer is full.
Receiving data only records the time; when the timer fires early it re-arms itself for what is left.
"""

from __future__ import annotations

import asyncio
import os
import select
from typing import Any

import httptools

from ._constants import Seconds
from ._exceptions import APIConnectionError, APIStatusError, APITimeoutError, BinancePayError, RequestInfo
from ._transport import Headers, WireResponse, check_head, past_deadline, too_large

_MAX_HEADERS = 100
_MAX_HEAD_BYTES = 100 * 65_536
"""The head's limits, as http.client's: 100 header lines of at most 64 KiB."""
_NO_BODY_STATUSES = frozenset({204, 304})


class _Stop(Exception):
    """Raised from a parser callback to stop parsing; the reason is in `Connection.failure`."""


class Connection(asyncio.Protocol):
    """A connection and its parser; at most one exchange at a time."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.pid = os.getpid()
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.poller: Any = None
        self.idle_since = 0.0  # when it was last given back to the pool (time.monotonic())
        self.closed = False
        """Lost, at EOF, out of step, or closed here: never written to again."""
        self.waiter: asyncio.Future[WireResponse] | None = None
        self.failure: BinancePayError | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.write_paused_at: float | None = None
        self._reset(None, 0, None, None, 0.0, 0.0)

    def _reset(
        self,
        info: RequestInfo | None,
        limit: int,
        read: Seconds | None,
        write: Seconds | None,
        due: float,
        deadline: Seconds,
    ) -> None:
        self.info, self.limit, self.read_limit, self.write_limit = info, limit, read, write
        self.due, self.deadline = due, deadline
        self.status = 0
        self.pairs: list[tuple[str, str]] = []
        self.headers: Headers | None = None
        self.informational = False
        self.until_close = False
        self.parts: list[bytes] = []
        self.size = 0
        self.head_bytes = 0
        self.complete = False
        self.keep_alive = False
        self.failure = None

    # -- the exchange, as the transport drives it ------------------------------------------------

    def usable(self) -> bool:
        """Whether an idle connection may carry a request: not closed, and nothing (data or EOF)
        waiting on it that the loop has not delivered yet."""
        return not self.closed and not self.poller.poll(0)

    def begin(
        self, info: RequestInfo, limit: int, read: Seconds | None, write: Seconds | None, deadline: Seconds, due: float
    ) -> asyncio.Future[WireResponse]:
        """Start an exchange; `due` is `deadline` on the loop's clock. The caller writes the request next."""
        loop = self.loop
        self.last_data = now = loop.time()
        self._reset(info, limit, read, write, due, deadline)
        waiter = self.waiter = loop.create_future()
        self.timer = loop.call_at(due if read is None else min(due, now + read), self._on_timer)
        return waiter

    def end(self) -> bool:
        """Finish the exchange (stopping its timer); whether the connection may be reused."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.cancel()  # the caller was cancelled mid-exchange: the connection is out of step
        reusable = self.complete and self.keep_alive and self.failure is None and not self.closed
        if not reusable:
            self.close()
        return reusable

    def close(self) -> None:
        """Close the connection, unless a parent process opened it: closing would unregister the
        socket from the event loop's epoll instance, which a forked child shares with its parent."""
        self.closed = True
        if self.transport is not None and self.pid == os.getpid():
            self.transport.abort()

    def _finish(self, error: BinancePayError | None) -> None:
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if error is not None:
            self.failure = error
            waiter.set_exception(error)
            self.close()
            return
        headers = self.headers
        assert headers is not None
        parts = self.parts
        content = parts[0] if len(parts) == 1 else b"".join(parts)
        waiter.set_result(WireResponse(self.status, headers, content))

    def _on_timer(self) -> None:
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        now = self.loop.time()
        due = self.due
        if now >= due:
            assert self.info is not None  # set by `begin`, with the waiter
            self._finish(past_deadline(self.deadline, self.info))
            return
        if self.write_paused_at is not None:
            if self.write_limit is not None:
                if now >= self.write_paused_at + self.write_limit:
                    self._finish(APITimeoutError(f"Write timed out after {self.write_limit} s", request=self.info))
                    return
                due = min(due, self.write_paused_at + self.write_limit)
        elif self.read_limit is not None:
            if now >= self.last_data + self.read_limit:
                self._finish(APITimeoutError(f"Read timed out after {self.read_limit} s", request=self.info))
                return
            due = min(due, self.last_data + self.read_limit)
        self.timer = self.loop.call_at(due, self._on_timer)

    # -- asyncio.Protocol ------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.poller = select.poll()  # poll, unlike select, is fine for descriptors >= 1024
        self.poller.register(transport.get_extra_info("socket").fileno(), select.POLLIN)

    def data_received(self, data: bytes) -> None:
        if self.waiter is None or self.waiter.done():
            # bytes while idle, or after the response: the connection is out of step
            if self.pid == os.getpid():
                self.close()
            return
        self.last_data = self.loop.time()
        if self.headers is None:
            self.head_bytes += len(data)
            if self.head_bytes > _MAX_HEAD_BYTES:
                self._finish(APIConnectionError(f"Response head exceeds {_MAX_HEAD_BYTES} bytes", request=self.info))
                return
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            if self.complete and self.failure is None:  # bytes past the response: it stands, the connection goes
                self.closed = True
                self._finish(None)
            else:
                self._finish(self.failure or self._parse_error(exc))

    def eof_received(self) -> bool | None:
        self._at_end()
        return False  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self._at_end(exc)

    def pause_writing(self) -> None:
        self.write_paused_at = now = self.loop.time()
        if self.timer is not None and self.write_limit is not None and now + self.write_limit < self.due:
            self.timer.cancel()
            self.timer = self.loop.call_at(now + self.write_limit, self._on_timer)

    def resume_writing(self) -> None:
        self.write_paused_at = None
        self.last_data = self.loop.time()  # the read limit counts from the request's last byte

    def _at_end(self, exc: Exception | None = None) -> None:
        self.closed = True
        if self.waiter is None or self.waiter.done():
            return
        if self.until_close and self.headers is not None and exc is None and not self.complete:
            self.complete = True  # read-until-close framing: the end of the body
            self._finish(None)
            return
        reason = "" if exc is None else f" ({type(exc).__name__}: {exc})"
        what = "the response head" if self.headers is None else f"the body ({self.size} bytes read)"
        self._finish(APIConnectionError(f"Connection closed before the end of {what}{reason}", request=self.info))

    def _parse_error(self, exc: httptools.HttpParserError) -> BinancePayError:
        status = self.parser.get_status_code()
        if status == 101:
            return APIStatusError("Unexpected 101 Switching Protocols", status_code=101, body=b"", request=self.info)
        if "Duplicate Content-Length" in str(exc):
            message = "Response has conflicting Content-Length headers"
            return APIStatusError(message, status_code=status, body=b"", request=self.info)
        if self.headers is None and status and "Content-Length" in str(exc):
            return APIStatusError(f"Malformed response head ({exc})", status_code=status, body=b"", request=self.info)
        return APIConnectionError(f"Connection error (malformed response: {exc})", request=self.info)

    # -- httptools callbacks -----------------------------------------------------------------------

    def on_message_begin(self) -> None:
        if self.complete:
            self.closed = True  # a second response after ours: out of step
            raise _Stop

    def on_header(self, name: bytes, value: bytes) -> None:
        pairs = self.pairs
        if len(pairs) >= _MAX_HEADERS:
            self.failure = APIConnectionError(f"Response has more than {_MAX_HEADERS} headers", request=self.info)
            raise _Stop
        pairs.append((name.decode("latin-1"), value.decode("latin-1").strip(" \t")))

    def on_headers_complete(self) -> None:
        status = self.parser.get_status_code()
        if 100 <= status < 200:
            self.informational = True  # RFC 9110 15.2: a client ignores them
            self.pairs = []
            return
        self.status = status
        headers = self.headers = Headers(self.pairs)
        info = self.info
        assert info is not None
        try:
            if headers.conflicting_length:
                raise APIStatusError(
                    "Response has conflicting Content-Length headers", status_code=status, body=b"", request=info
                )
            declared = check_head(status, headers, self.limit, info)
        except BinancePayError as error:
            self.failure = error
            raise _Stop from None
        self.until_close = declared is None and "transfer-encoding" not in headers and status not in _NO_BODY_STATUSES

    def on_body(self, body: bytes) -> None:
        self.size += len(body)
        self.parts.append(body)
        if self.size > self.limit:
            assert self.info is not None
            self.failure = too_large(self.status, self.limit, b"".join(self.parts)[: self.limit], self.info)
            raise _Stop

    def on_message_complete(self) -> None:
        if self.informational:
            self.informational = False
            self.head_bytes = 0
            return
        self.complete = True
        self.keep_alive = self.parser.should_keep_alive()
        self._finish(None)
