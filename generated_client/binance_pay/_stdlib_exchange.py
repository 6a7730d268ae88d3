# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""The sync client's default wire path: keep-alive `http.client` connections from a small pool.

`httpx.Client` spends about three times the CPU of `http.client` on one small request (its
request and response models, auth and redirect machinery, and h11's pure-Python parser). This
path does the same exchange for a fraction of that and keeps the client's contract: the exact
signed bytes, timeouts, a bounded body read, and every failure raised as the httpx exception the
client turns into `APIConnectionError` / `APITimeoutError`. The client uses httpx instead when a
custom transport is given or a proxy is configured in the environment.
"""

from __future__ import annotations

import http.client
import io
import math
import select
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Mapping
from typing import Any, cast

import httpx

from ._constants import Seconds
from ._signing import BinancePayAuth
from .errors import ResponseTooLargeError

_READ_CHUNK = 65_536


class _DeadlineSocket:
    """A connected socket whose every receive waits at most until the attempt's deadline.

    http.client reads the status line, headers and body through `makefile()`; bounding each
    `recv_into` by the time left makes `total_timeout` hold even against a server that trickles
    its headers a byte at a time. Everything else is the wrapped socket's.
    """

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self.deadline = math.inf
        self.read_timeout: Seconds | None = None

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("total_timeout exceeded")
        self._sock.settimeout(left if self.read_timeout is None else min(self.read_timeout, left))
        return self._sock.recv_into(buffer, nbytes, flags)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        return io.BufferedReader(socket.SocketIO(self, "rb"))  # type: ignore[arg-type]

    def _decref_socketios(self) -> None:
        pass  # the connection owns the socket and closes it

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class StdlibExchange:
    """Signs and sends requests on pooled `http.client` connections; safe to share between threads."""

    def __init__(self, base_url: str, auth: BinancePayAuth, *, headers: Mapping[str, str], max_keepalive: int) -> None:
        url = urllib.parse.urlsplit(base_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
        self._https = url.scheme == "https"
        self._host = url.hostname
        self._port = url.port or (443 if self._https else 80)
        self._prefix = url.path.rstrip("/")
        self._auth = auth
        self._headers = {"Host": url.netloc, **headers}
        self._max_keepalive = max_keepalive
        self._idle: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._ssl_context = ssl.create_default_context() if self._https else None

    def _new_connection(self, timeout: httpx.Timeout) -> http.client.HTTPConnection:
        if self._ssl_context is not None:
            connection: http.client.HTTPConnection = http.client.HTTPSConnection(
                self._host, self._port, timeout=timeout.connect, context=self._ssl_context
            )
        else:
            connection = http.client.HTTPConnection(self._host, self._port, timeout=timeout.connect)
        try:
            connection.connect()
        except TimeoutError as exc:
            connection.close()
            raise httpx.ConnectTimeout(f"connect timed out ({exc})") from exc
        except OSError as exc:
            connection.close()
            raise httpx.ConnectError(f"{type(exc).__name__}: {exc}") from exc
        if connection.sock is not None:
            connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            connection.sock = cast(socket.socket, _DeadlineSocket(connection.sock))
        return connection

    def _take(self) -> http.client.HTTPConnection | None:
        """An idle connection the server has not closed meanwhile (an idle socket must not be readable)."""
        while True:
            with self._lock:
                if not self._idle:
                    return None
                connection = self._idle.pop()
            sock = connection.sock
            if sock is not None and not select.select([sock], [], [], 0)[0]:
                return connection
            connection.close()

    def _give_back(self, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            if len(self._idle) < self._max_keepalive:
                self._idle.append(connection)
                return
        connection.close()

    def send(
        self,
        method: str,
        path: str,
        body: bytes,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        max_bytes: int,
        deadline: Seconds,
    ) -> tuple[int, Mapping[str, str], bytes]:
        """(status, headers, body) of one signed exchange; transport failures raise httpx exceptions."""
        connection = self._take() or self._new_connection(timeout)
        reusable = False
        try:
            sock = cast(_DeadlineSocket, connection.sock)
            sock.deadline, sock.read_timeout = deadline, timeout.read
            sock.settimeout(_remaining(timeout.write, deadline))  # for sending; receives set their own
            all_headers = {**self._headers, **headers, **self._auth.signed_headers(body)}
            connection.request(method, self._prefix + path, body=body, headers=all_headers)
            response = connection.getresponse()
            status = response.status
            declared = response.getheader("content-length")
            if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                raise _too_large(status, max_bytes, b"")
            chunks: list[bytes] = []
            size = 0
            while True:
                chunk = response.read1(_READ_CHUNK)  # returns after one socket read: no waiting for a full chunk
                if not chunk:
                    break
                size += len(chunk)
                chunks.append(chunk)
                if size > max_bytes:
                    raise _too_large(status, max_bytes, b"".join(chunks))
            if declared is not None and declared.isdigit() and size < int(declared):
                # read1() reports a premature close as the end of the body
                raise httpx.RemoteProtocolError(f"incomplete body: {size} of {declared} bytes")
            reusable = not response.will_close
            response.close()  # read to the end: releases the connection for its next request
            return status, cast(Mapping[str, str], response.headers), b"".join(chunks)  # case-insensitive .get()
        except TimeoutError as exc:
            raise httpx.ReadTimeout(f"read timed out ({exc})") from exc
        except http.client.IncompleteRead as exc:
            raise httpx.RemoteProtocolError(f"incomplete body ({len(exc.partial)} bytes)") from exc
        except (http.client.HTTPException, OSError) as exc:
            raise httpx.ReadError(f"{type(exc).__name__}: {exc}") from exc
        finally:
            if reusable:
                self._give_back(connection)
            else:
                connection.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


def _remaining(timeout: Seconds | None, deadline: Seconds) -> Seconds:
    left = max(0.001, deadline - time.monotonic())
    return left if timeout is None else min(timeout, left)


def _too_large(status: int, limit: int, head: bytes) -> ResponseTooLargeError:
    return ResponseTooLargeError(f"Response body exceeds max_response_bytes={limit}", status_code=status, body=head)
