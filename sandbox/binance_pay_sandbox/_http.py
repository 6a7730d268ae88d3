"""The sandbox's HTTP/1.1 connections: read deadlines per connection, and bounded logging at the file limit.

uvicorn closes a keep-alive connection that stays idle after a response (`timeout_keep_alive`), but it has no
deadline for reading a request: a connection that sends nothing, or trickles its head a byte at a time
(slowloris), or its body, is held forever. `TimedH11Protocol` adds those deadlines to uvicorn's h11 protocol.

At the process's file limit every `accept()` fails with EMFILE. asyncio then stops accepting for a second (new
connections wait in the listen queue), but CPython 3.11 keeps looping after the error: it logs a traceback and
schedules a retry once per iteration of its accept loop (`backlog` = 2,048 times per attempt), megabytes of log
a second; and when shutdown closes the listening socket before those retries run, each logs one more traceback.
`LoopErrorLog`, the serving loop's exception handler, bounds all of that to a few lines per interval.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import math
import time
from collections.abc import Callable
from typing import Any, ClassVar

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

logger = logging.getLogger("binance_pay_sandbox")

# Written, then the connection closed, when a client that started a request does not finish it in time and
# nothing was answered yet. Raw bytes: h11 cannot answer a request whose head it never received.
REQUEST_TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"content-length: 28\r\n"
    b"connection: close\r\n"
    b"\r\n"
    b"request not received in time"
)


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a read deadline per request.

    - head: a complete request head must arrive within `header_timeout_s` of the connection opening (a silent
      connection is closed then), or of the first byte of a later request on a keep-alive connection;
    - body: the whole body must arrive within `body_timeout_s` of the head;
    - between requests uvicorn's own keep-alive timeout applies (`timeout_keep_alive`, the idle timeout).

    The deadline is set once per phase: bytes trickling in never extend it. When it passes the connection is
    closed, after a 408 when the client had started a request and nothing had been answered. The app's own
    processing time is not limited. Subclass with the two class attributes set (`timed_protocol`).
    """

    header_timeout_s: ClassVar[float] = 5.0
    body_timeout_s: ClassVar[float] = 5.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._timed_state: object = None  # h11.IDLE (reading a head), h11.SEND_BODY (a body) or None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._follow()  # IDLE: the head deadline runs from the connection's opening

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.conn.their_state is h11.IDLE:
            self._cancel()  # waiting for the next request: uvicorn's keep-alive (idle) timeout runs
        else:
            self._follow()  # a pipelined request already read, or the body still arriving after an early answer

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        super().connection_lost(exc)

    def _follow(self) -> None:
        """Keep the deadline of the phase the client is in: reading its head (IDLE), its body, or none."""
        state = self.conn.their_state
        if state is h11.IDLE or state is h11.SEND_BODY:
            if self._timed_state is not state:
                self._cancel()
                delay = self.header_timeout_s if state is h11.IDLE else self.body_timeout_s
                self._deadline = self.loop.call_later(delay, self._expired)
                self._timed_state = state
        else:
            self._cancel()

    def _cancel(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._timed_state = None

    def _expired(self) -> None:
        self._deadline = None
        self._timed_state = None
        if self.transport.is_closing():
            return
        if self.conn.their_state is h11.IDLE:
            started = bool(self.conn.trailing_data[0])  # part of a head arrived
        else:
            started = self.conn.our_state is h11.SEND_RESPONSE  # a body was due and nothing was answered yet
        if started:
            self.transport.write(REQUEST_TIMEOUT_RESPONSE)
        self.transport.close()


def timed_protocol(header_timeout_s: float, body_timeout_s: float) -> type[TimedH11Protocol]:
    """A `TimedH11Protocol` with these deadlines, for `uvicorn.Config(http=...)`."""

    class SandboxHTTPProtocol(TimedH11Protocol):
        pass

    SandboxHTTPProtocol.header_timeout_s = header_timeout_s
    SandboxHTTPProtocol.body_timeout_s = body_timeout_s
    return SandboxHTTPProtocol


_OUT_OF_RESOURCES = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})


def _file_limit() -> str:
    try:
        import resource  # POSIX only
    except ImportError:  # pragma: no cover
        return "unknown"
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return "unlimited" if soft == resource.RLIM_INFINITY else str(soft)


class LoopErrorLog:
    """The serving loop's exception handler: a bounded amount of log, whatever asyncio reports.

    - A failed accept at a resource limit (EMFILE, ENFILE, ENOBUFS, ENOMEM): one WARNING line without a
      traceback, at most once per `interval_s`, with the count of failures so far. (CPython 3.11 reports it
      once per iteration of its accept loop, up to `backlog` = 2,048 times per attempt, and schedules as many
      retries of the accept a second later.)
    - Anything else: the loop's default report, traceback included, for the first `burst` in an interval; then
      one line saying the rest of the interval is not logged, and their count when the next report comes. (The
      retries above, once shutdown has closed the listening socket, each fail with "Invalid file descriptor".)
    """

    def __init__(self, interval_s: float = 10.0, burst: int = 3, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval_s = interval_s
        self._burst = burst
        self._clock = clock
        self._window_end = -math.inf
        self._accept_failures = 0
        self._accept_logged = False
        self._reported = 0
        self._unreported = 0

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        now = self._clock()
        if now >= self._window_end:
            if self._unreported:
                logger.warning(
                    "sandbox: %d more event-loop error(s) in the previous %g s were not logged",
                    self._unreported,
                    self._interval_s,
                )
            self._window_end = now + self._interval_s
            self._accept_logged = False
            self._reported = self._unreported = 0
        exc = context.get("exception")
        if isinstance(exc, OSError) and exc.errno in _OUT_OF_RESOURCES and "accept" in str(context.get("message")):
            self._accept_failures += 1
            if not self._accept_logged:
                self._accept_logged = True
                logger.warning(
                    "sandbox: cannot accept connections: %s (file limit %s); new connections wait in the listen "
                    "queue and accepting is retried every second; failed accepts so far: %d (logged at most "
                    "every %g s)",
                    exc.strerror or errno.errorcode.get(exc.errno or 0, "error"),
                    _file_limit(),
                    self._accept_failures,
                    self._interval_s,
                )
            return
        if self._reported < self._burst:
            self._reported += 1
            loop.default_exception_handler(context)
            return
        if not self._unreported:
            logger.warning("sandbox: further event-loop errors are not logged for %.0f s", self._window_end - now)
        self._unreported += 1
