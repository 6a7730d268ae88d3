"""A hostile webhook receiver on 127.0.0.1: it reads each request, then answers HTTP 200 with a body that is huge
(streamed lazily, chunked or with a Content-Length it never reaches) or dripped slowly, for as long as the
sandbox keeps reading, up to a bound set by the test."""

from __future__ import annotations

import socket
import threading
import time

CHUNK = 64 * 1024


class HostileReceiver:
    def __init__(self, *, total_bytes: int, chunked: bool = True, drip_s: float = 0.0) -> None:
        self.total_bytes = total_bytes
        self.chunked = chunked
        self.drip_s = drip_s
        self.attempts = 0
        self.sent_bytes = 0  # the most body bytes one attempt got out before the sandbox stopped reading
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/webhook"

    def _serve(self) -> None:
        while True:
            try:
                connection, _address = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            if not _read_request(connection):
                return
            with self._lock:
                self.attempts += 1
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            head += (
                b"Transfer-Encoding: chunked\r\n\r\n"
                if self.chunked
                else b"Content-Length: %d\r\n\r\n" % (self.total_bytes)
            )
            sent = 0
            try:
                connection.sendall(head)
                sent = self._stream(connection)
            except OSError:
                pass  # the sandbox closed the connection: what this receiver is for
            finally:
                with self._lock:
                    self.sent_bytes = max(self.sent_bytes, sent)

    def _stream(self, connection: socket.socket) -> int:
        sent = 0
        piece = b" " * (1 if self.drip_s else CHUNK)
        while sent < self.total_bytes:
            data = b"%x\r\n%s\r\n" % (len(piece), piece) if self.chunked else piece
            connection.sendall(data)
            sent += len(piece)
            if self.drip_s:
                time.sleep(self.drip_s)
        return sent

    def close(self) -> None:
        self._listener.close()


def _read_request(connection: socket.socket) -> bool:
    """Read one request (head and Content-Length body); False if the peer went away first."""
    data = b""
    while b"\r\n\r\n" not in data:
        more = connection.recv(65536)
        if not more:
            return False
        data += more
    head, _sep, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _colon, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        more = connection.recv(65536)
        if not more:
            return False
        body += more
    return True
