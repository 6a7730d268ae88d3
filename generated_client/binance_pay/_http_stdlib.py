"""The sync client's default wire path: pooled keep-alive sockets, http.client's response parser.

`httpx.Client` spends about three times the CPU of `http.client` on one small request. This path
writes the request head itself (one `sendall` of head and body; every header value is ours and
checked once) and reads the response with `http.client.HTTPResponse`, which handles status lines,
header limits, chunked bodies, HTTP/1.0 and `Connection: close`. It keeps the transport contract
(`_transport`): a socket is pooled only after a complete, well-framed response, anything
unexpected closes it, and after `os.fork()` the child never touches a socket its parent opened.
"""

from __future__ import annotations

import http.client
import io
import math
import os
import select
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Iterator
from typing import Any

from ._constants import KEEPALIVE_EXPIRY, Seconds, Timeout
from ._exceptions import APIConnectionError, APIStatusError, APITimeoutError, BinancePayError, ClientClosedError
from ._transport import Headers, RequestHead, WireRequest, WireResponse, check_head, past_deadline, read_body

_READ_CHUNK = 65_536


class _ResponseFile(io.BufferedReader):
    """The buffered reader http.client parses a response from; its close waits for `release()`.

    http.client closes its reader as soon as the body is read, which would silently drop any bytes
    the server sent past the response. Those bytes mean the connection is out of step (a crossed
    response, a broken proxy), so they are looked at before the socket may be pooled.
    """

    close_requested = False

    def close(self) -> None:
        self.close_requested = True

    def has_leftover(self, sock: _DeadlineSocket) -> bool:
        """Whether bytes past the response are buffered or waiting on the socket (never blocks)."""
        if self.closed:
            return True
        sock.no_wait = True
        try:
            return bool(self.peek(1))
        except OSError:
            return True
        finally:
            sock.no_wait = False

    def release(self) -> None:
        super().close()


class _DeadlineSocket:
    """A connected socket whose every receive waits at most until the attempt's deadline.

    http.client reads the status line, headers and body through `makefile()`; bounding each
    `recv_into` by the time left makes `total_timeout` hold even against a server that trickles
    its headers a byte at a time. Like a real socket, it closes its descriptor only once every
    reader made by `makefile()` is closed too.
    """

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._readers = 0
        self._close_requested = False
        self.deadline = math.inf
        self.read_timeout: Seconds | None = None
        self.no_wait = False
        self.file: _ResponseFile | None = None

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        if self.no_wait:
            self._sock.settimeout(0.0)
            return self._sock.recv_into(buffer, nbytes, flags)  # BlockingIOError when nothing is there
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("total_timeout exceeded")
        self._sock.settimeout(left if self.read_timeout is None else min(self.read_timeout, left))
        return self._sock.recv_into(buffer, nbytes, flags)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        self._readers += 1
        self.file = _ResponseFile(socket.SocketIO(self, "rb"))  # type: ignore[arg-type]
        return self.file

    def _decref_socketios(self) -> None:  # called by SocketIO.close()
        self._readers -= 1
        if self._close_requested and self._readers <= 0:
            self._sock.close()

    def close(self) -> None:
        self._close_requested = True
        if self._readers <= 0:
            self._sock.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def _readable(sock: socket.socket) -> bool:
    """Whether an idle socket has data or EOF waiting (poll: unlike select, fine for descriptors >= 1024)."""
    poller = select.poll()
    poller.register(sock.fileno(), select.POLLIN)
    return bool(poller.poll(0))


class StdlibTransport:
    """Sends on pooled keep-alive sockets; safe to share between threads."""

    def __init__(self, base_url: str, *, max_keepalive: int) -> None:
        url = urllib.parse.urlsplit(base_url)
        self._https = url.scheme == "https"
        self._host = url.hostname or ""
        self._port = url.port or (443 if self._https else 80)
        self._head = RequestHead(url.netloc)
        self._max_keepalive = max_keepalive
        self._idle: list[tuple[socket.socket, float]] = []  # with when it became idle
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._closed = False
        self._ssl_context = ssl.create_default_context() if self._https else None

    def _connect(self, timeout: Timeout, deadline: Seconds, request: WireRequest) -> socket.socket:
        try:
            sock = socket.create_connection((self._host, self._port), timeout=_remaining(timeout.connect, deadline))
        except TimeoutError as exc:
            raise APITimeoutError(f"Connect timed out ({exc})", request=request.info, sent=False) from exc
        except OSError as exc:
            raise APIConnectionError(
                f"Connect failed ({type(exc).__name__}: {exc})", request=request.info, sent=False
            ) from exc
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._ssl_context is not None:
            try:
                sock.settimeout(_remaining(timeout.connect, deadline))  # the handshake gets what is left
                sock = self._ssl_context.wrap_socket(sock, server_hostname=self._host)
            except (OSError, ssl.SSLError) as exc:
                sock.close()
                raise APIConnectionError(
                    f"TLS handshake failed ({type(exc).__name__}: {exc})", request=request.info, sent=False
                ) from exc
        return sock

    def _take(self) -> socket.socket | None:
        """An idle socket this process opened, that the server has not closed meanwhile."""
        while True:
            with self._lock:
                if self._pid != os.getpid():
                    # A forked child: its parent's sockets are shared with it. Forget them without
                    # closing them: the parent still uses them.
                    self._idle = []
                    self._pid = os.getpid()
                if not self._idle:
                    return None
                sock, idle_since = self._idle.pop()
            if time.monotonic() - idle_since < KEEPALIVE_EXPIRY and not _readable(sock):
                return sock
            sock.close()

    def _give_back(self, sock: socket.socket) -> None:
        with self._lock:
            if not self._closed and self._pid == os.getpid() and len(self._idle) < self._max_keepalive:
                self._idle.append((sock, time.monotonic()))
                return
        sock.close()

    def send(self, request: WireRequest, timeout: Timeout, deadline: Seconds, limit: int) -> WireResponse:
        info = request.info
        if self._closed:
            raise ClientClosedError("The client is closed", request=info)
        if time.monotonic() >= deadline:
            raise past_deadline(deadline, info)
        sock = self._take() or self._connect(timeout, deadline, request)
        reader = _DeadlineSocket(sock)
        response: _Response | None = None
        reusable = False
        try:
            data = self._head.encode(request)
            sock.settimeout(_remaining(timeout.write, deadline))
            sock.sendall(data)
            reader.deadline, reader.read_timeout = deadline, timeout.read
            response = _Response(reader, method=request.method)  # type: ignore[arg-type]
            response.begin()
            status = response.status
            headers = response.head
            if headers.conflicting_length:  # http.client frames by the first; RFC 9112 6.3 says: unrecoverable
                raise APIStatusError(
                    "Response has conflicting Content-Length headers", status_code=status, body=b"", request=info
                )
            declared = check_head(status, headers, limit, info)
            content = read_body(_chunks(response), status, declared, limit, deadline, info)
            file = reader.file
            reusable = not response.will_close and file is not None and not file.has_leftover(reader)
            return WireResponse(status, headers, content)
        except BinancePayError:
            raise
        except TimeoutError as exc:
            raise APITimeoutError(f"Read timed out ({exc})", request=info) from exc
        except http.client.IncompleteRead as exc:
            raise APIConnectionError(f"Incomplete body ({len(exc.partial)} bytes)", request=info) from exc
        except (http.client.HTTPException, OSError, ValueError) as exc:
            # ValueError: http.client's own complaints about malformed framing (chunk sizes, ...)
            raise APIConnectionError(f"Connection error ({type(exc).__name__}: {exc})", request=info) from exc
        finally:
            if response is not None:
                response.close()
            if reader.file is not None:
                reader.file.release()  # the socket itself stays open until closed below
            if reusable:
                self._give_back(sock)
            else:
                reader.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for sock, _ in idle:
            sock.close()


_MAX_HEAD_LINE = 65536
_MAX_HEAD_LINES = 100
_WHITESPACE = " \t"
_WHITESPACE_SET = frozenset(_WHITESPACE)


class _Response(http.client.HTTPResponse):
    """http.client's response with its own reading of the head: every informational (1xx) response
    skipped, and the header lines split once into `Headers`.

    http.client takes a 103 Early Hints (or a 102) for the final answer; RFC 9110 15.2 says a client
    ignores them. A flood of them is ended by the attempt's deadline, as every read is.
    `http.client.parse_headers` builds an `email.message.Message`, the largest part of the CPU spent
    reading a small response; `begin` is http.client's own with `_read_head` in its place.
    """

    head: Headers

    def _read_status(self) -> tuple[str, int, str]:
        while True:
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if status == 101 or not 100 <= status < 200:  # 101 is no answer to give: refused by the caller
                return version, status, reason
            for _ in range(_MAX_HEAD_LINES + 1):
                line = self.fp.readline(_MAX_HEAD_LINE + 1)
                if len(line) > _MAX_HEAD_LINE:
                    raise http.client.LineTooLong("informational response header line")
                if line in (b"\r\n", b"\n", b""):
                    break
            else:
                raise http.client.HTTPException(f"informational response with more than {_MAX_HEAD_LINES} headers")

    def begin(self) -> None:
        if self.headers is not None:
            return
        version, status, reason = self._read_status()
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise http.client.UnknownProtocol(version)
        headers = self.head = self.headers = self.msg = _read_head(self.fp)
        transfer = headers.get("transfer-encoding")
        self.chunked = transfer is not None and transfer.lower() == "chunked"
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = _framing_length(headers.get("content-length"), self.chunked)
        if status in (204, 304) or 100 <= status < 200 or self._method == "HEAD":
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True


def _read_head(fp: Any) -> Headers:
    """The header lines after a status line, with http.client's limits on their size and number.

    A line that is not `name: value` is refused (RFC 9112 5.1), where the email parser would end the
    headers there and drop the rest; an obsolete folded line continues the previous value (5.2).
    """
    pairs: list[tuple[str, str]] = []
    for _ in range(_MAX_HEAD_LINES + 1):
        line = fp.readline(_MAX_HEAD_LINE + 1)
        if len(line) > _MAX_HEAD_LINE:
            raise http.client.LineTooLong("header line")
        if line in (b"\r\n", b"\n", b""):
            return Headers(pairs)
        text = line.decode("latin-1").rstrip("\r\n")
        if text[:1] in (" ", "\t"):
            if not pairs:
                raise http.client.HTTPException("header block starts with a continuation line")
            name, value = pairs[-1]
            pairs[-1] = (name, f"{value} {text.strip(_WHITESPACE)}".strip(_WHITESPACE))
            continue
        name, colon, value = text.partition(":")
        if not colon or not name or _WHITESPACE_SET.intersection(name):
            raise http.client.HTTPException(f"malformed header line {text[:40]!r}")
        pairs.append((name, value.strip(_WHITESPACE)))
    raise http.client.HTTPException(f"got more than {_MAX_HEAD_LINES} headers")


def _framing_length(value: str | None, chunked: bool) -> int | None:
    """http.client's reading of Content-Length for framing; `check_head` refuses a malformed one after."""
    if not value or chunked:
        return None
    try:
        length = int(value)
    except ValueError:
        return None
    return length if length >= 0 else None


def _chunks(response: http.client.HTTPResponse) -> Iterator[bytes]:
    while True:
        chunk = response.read1(_READ_CHUNK)  # returns after one socket read: no waiting for a full chunk
        if not chunk:
            return
        yield chunk


def _remaining(timeout: Seconds | None, deadline: Seconds) -> Seconds:
    left = max(0.001, deadline - time.monotonic())
    return left if timeout is None else min(timeout, left)
