"""Small misbehaving HTTP servers on 127.0.0.1, built on raw sockets in threads (no mocks).

`RawServer(handler)` accepts connections and runs `handler(conn, server)` on a thread per
connection. Handlers read the request with `read_request` (which records it on the server) and
then misbehave on purpose: reset, stall, trickle, truncate, lie about lengths, ...
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

SUCCESS_DATA: dict[str, str] = {
    "balance": "990000.00000000",
    "asset": "USDT",
    "fiat": "USD",
    "availableFiatValuation": "989991.90516600",
    "availableBtcValuation": "22.98780000",
}


def success_body(data: dict[str, str] = SUCCESS_DATA) -> bytes:
    """A SUCCESS envelope; amounts are written as JSON numbers, digit for digit."""
    fields = ",".join(
        f'"{name}":{value}' if name not in ("asset", "fiat") else f'"{name}":{json.dumps(value)}'
        for name, value in data.items()
    )
    return b'{"status":"SUCCESS","code":"000000","data":{' + fields.encode() + b"}}"


SUCCESS_BODY = success_body()


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    """One scripted HTTP response; `close` ends the connection after it."""

    status: int = 200
    body: bytes = SUCCESS_BODY
    content_type: str | None = "application/json"
    headers: Sequence[tuple[str, str]] = ()
    reason: str = "X"

    def encode(self) -> bytes:
        lines = [f"HTTP/1.1 {self.status} {self.reason}"]
        if self.content_type is not None:
            lines.append(f"Content-Type: {self.content_type}")
        lines.append(f"Content-Length: {len(self.body)}")
        lines.append("Connection: close")
        lines.extend(f"{name}: {value}" for name, value in self.headers)
        return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + self.body


def fail_reply(code: str, message: str = "scripted failure", status: int = 400) -> Reply:
    return Reply(status=status, body=json.dumps({"status": "FAIL", "code": code, "errorMessage": message}).encode())


Handler = Callable[[socket.socket, "RawServer"], None]


@dataclass
class RawServer:
    handler: Handler
    requests: list[RecordedRequest] = field(default_factory=list)
    connections: int = 0
    stats: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._conns: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(128)
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name=f"raw-server:{self.port}")
        self._thread.start()

    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.stopping.is_set():  # the wake-up connection from close()
                conn.close()
                return
            conn.settimeout(None)
            with self._lock:
                self.connections += 1
                self._conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            self.handler(conn, self)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def record(self, request: RecordedRequest) -> int:
        """Record a request; returns its 0-based index."""
        with self._lock:
            self.requests.append(request)
            return len(self.requests) - 1

    def close(self) -> None:
        self.stopping.set()
        # Wake the accept loop now rather than at its next 0.05 s poll (a test closes hundreds of servers).
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1):
            pass
        self._thread.join(timeout=2)
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                conn.close()

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_request(conn: socket.socket, server: RawServer) -> RecordedRequest | None:
    """Read one HTTP/1.1 request with a Content-Length body; record it. None if the peer closed."""
    conn.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        rest += chunk
    request = RecordedRequest(method, path, headers, rest[:length])
    server.record(request)
    return request


def hard_close(conn: socket.socket) -> None:
    """Close with SO_LINGER 0: the peer gets a TCP RST instead of a FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


# ---------------------------------------------------------------------------------------------
# Handlers


def scripted(*replies: Reply) -> Handler:
    """Answer the n-th request with replies[n] (the last one repeats), then close the connection."""

    def handler(conn: socket.socket, server: RawServer) -> None:
        if read_request(conn, server) is None:
            return
        index = len(server.requests) - 1
        conn.sendall(replies[min(index, len(replies) - 1)].encode())

    return handler


def reset_mid_response(conn: socket.socket, server: RawServer) -> None:
    if read_request(conn, server) is None:
        return
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n" + SUCCESS_BODY[:50]
    )
    time.sleep(0.05)
    hard_close(conn)


def never_answer(conn: socket.socket, server: RawServer) -> None:
    read_request(conn, server)
    server.stopping.wait(30)


def trickle_body(conn: socket.socket, server: RawServer) -> None:
    """Headers at once, then one body byte every 0.2 s, forever (until the client goes or we stop)."""
    if read_request(conn, server) is None:
        return
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
    while not server.stopping.wait(0.2):
        conn.sendall(b" ")


def trickle_headers(conn: socket.socket, server: RawServer) -> None:
    """The status line and headers one byte every 0.2 s; gives up after 3 s so a hung client frees itself."""
    if read_request(conn, server) is None:
        return
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Padding: " + b"a" * 1000
    deadline = time.monotonic() + 3.0
    for byte in head:
        if server.stopping.wait(0.2) or time.monotonic() > deadline:
            break
        conn.sendall(bytes([byte]))
    server.stats["trickle_headers_gave_up"] = True


def truncated_body(conn: socket.socket, server: RawServer) -> None:
    if read_request(conn, server) is None:
        return
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n" + SUCCESS_BODY)
    conn.shutdown(socket.SHUT_WR)
    time.sleep(0.2)


TEN_MB = 10 * 1024 * 1024


def huge_body(*, declare_length: bool) -> Handler:
    """A 10 MB body: 1.5 MB at once, the rest paced (256 KB / 50 ms, ~1.7 s), so a client that reads
    it all is slow, and the server notes how much it sent before the client hung up."""

    def handler(conn: socket.socket, server: RawServer) -> None:
        if read_request(conn, server) is None:
            return
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
        framing = f"Content-Length: {TEN_MB}" if declare_length else "Transfer-Encoding: chunked"
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{framing}\r\n\r\n".encode())
        sent = 0
        server.stats["sent"] = 0
        server.stats["completed"] = False
        block = b"[" * 65536
        try:
            while sent < TEN_MB:
                payload = block if declare_length else b"%x\r\n%s\r\n" % (len(block), block)
                conn.sendall(payload)
                sent += len(block)
                server.stats["sent"] = sent
                if sent > 1_500_000 and sent % (256 * 1024) == 0:
                    time.sleep(0.05)
            if not declare_length:
                conn.sendall(b"0\r\n\r\n")
            server.stats["completed"] = True
        except OSError:
            server.stats["client_hung_up_after"] = sent

    return handler


def refused_port() -> int:
    """A port nothing listens on: bound, then closed."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    sock.close()
    return port


@contextlib.contextmanager
def serve(handler: Handler) -> Iterator[RawServer]:
    server = RawServer(handler)
    try:
        yield server
    finally:
        server.close()


def raw_exchange(port: int, payload: bytes, *, timeout: float = 5.0, shut_write: bool = False) -> bytes:
    """Send raw bytes to 127.0.0.1:port and return whatever comes back before the server closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        try:
            sock.sendall(payload)
            if shut_write:
                sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        data = b""
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
                if b"\r\n\r\n" in data and _complete(data):
                    break
        except OSError:
            pass
        return data


def _complete(data: bytes) -> bool:
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value.strip())
    return False


def status_of(response: bytes) -> int | None:
    """The status code of a raw HTTP response, or None if nothing (or garbage) came back."""
    if not response.startswith(b"HTTP/"):
        return None
    parts = response.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def raw_response(
    head: str,
    body: bytes = SUCCESS_BODY,
    *,
    piece: int | None = None,
    delay: float = 0.0,
    then: str = "close",
) -> Handler:
    """Answer every request with `head` (status line and header lines, CRLF-joined here) and `body`
    exactly as given: no framing is added, so a test controls Content-Length, Connection, the HTTP
    version. `piece`/`delay` send the body in `piece`-byte writes `delay` s apart (many reads on
    the client); `then` ends the exchange: "close" (FIN), "rst" (TCP reset) or "hold" (keep open).
    """

    def handler(conn: socket.socket, server: RawServer) -> None:
        if read_request(conn, server) is None:
            return
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn.sendall((head.replace("\n", "\r\n") + "\r\n\r\n").encode("utf-8"))
        step = piece or max(1, len(body))
        for start in range(0, len(body), step):
            if delay:
                time.sleep(delay)
            conn.sendall(body[start : start + step])
        if then == "rst":
            time.sleep(0.05)
            hard_close(conn)
        elif then == "hold":
            server.stopping.wait(5)
        else:
            conn.shutdown(socket.SHUT_WR)
            time.sleep(0.1)

    return handler


def chunked(body: bytes, size: int = 16) -> bytes:
    """`body` in Transfer-Encoding: chunked framing, `size` bytes a chunk, with the last-chunk."""
    parts = [b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


KEEP_ALIVE_ANSWER = (
    f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(SUCCESS_BODY)}\r\n\r\n".encode()
    + SUCCESS_BODY
)


def keep_alive_handler(
    answer: bytes = KEEP_ALIVE_ANSWER, *, close_after: float | None = None, piece: int = 0
) -> Callable[[socket.socket, RawServer], None]:
    """Answer every request on a connection with `answer`, keeping it open so the client pools it (in
    `piece`-byte writes if given); with `close_after`, close it that many seconds after each answer, as idle
    servers do."""

    def handler(conn: socket.socket, server: RawServer) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while read_request(conn, server) is not None:
            step = piece or len(answer)
            for start in range(0, len(answer), step):
                conn.sendall(answer[start : start + step])
            if close_after is not None:
                time.sleep(close_after)
                return

    return handler
