"""A proxy on 127.0.0.1 in front of the sandbox that loses what a test tells it to lose."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

import httpx

FORWARD = "forward"
DROP_REQUEST = "drop_request"  # the connection closes before the request reaches the sandbox
DROP_RESPONSE = "drop_response"  # the sandbox acts on the request; its answer is lost
RESET_RESPONSE = "reset_response"  # the sandbox acts; the connection is reset (RST) instead of answered
PARTIAL_RESPONSE = "partial_response"  # the sandbox acts; half of its answer arrives, then the connection closes
LATE_RESPONSE = "late_response"  # the sandbox acts; its answer arrives after the client gave up


@dataclass(frozen=True)
class Answer:
    """Answer with this instead of the sandbox's answer: `after=True` forwards the request first (it is
    carried out), `after=False` answers without forwarding (it is not)."""

    status: int
    body: bytes
    after: bool = False
    content_type: str = "application/json"


Step = str | bytes | Answer


class LossyProxy:
    """Forwards HTTP/1.1 requests to the sandbox. Request n (from 1) gets `script[n - 1]`: an action
    above, an `Answer`, or bytes (a 400 answer the sandbox would not give). Later requests get `then`.
    Lookups (paths with `/query`) get `lookup` instead, when it is given. `fault` alone is the one-step
    script for the first request."""

    def __init__(
        self,
        upstream: str,
        fault: str | None = None,
        *,
        script: Sequence[Step] = (),
        then: Step = FORWARD,
        lookup: Step | None = None,
        late_seconds: float = 1.0,
    ) -> None:
        self.upstream = upstream
        self.script = list(script) if script else [fault or FORWARD]
        self.then = then
        self.lookup = lookup
        self.late_seconds = late_seconds
        self.requests = 0
        self.paths: list[str] = []
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        # verify=False: plain HTTP on 127.0.0.1, so no CA bundle to load (tens of ms for each of hundreds of proxies)
        self._http = httpx.Client(base_url=upstream, trust_env=False, verify=False)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _step(self, path: str) -> Step:
        with self._lock:
            self.requests += 1
            self.paths.append(path)
            if self.lookup is not None and "/query" in path:
                return self.lookup
            return self.script[self.requests - 1] if self.requests <= len(self.script) else self.then

    def _handle(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as reader:
            while True:
                request_line = reader.readline()
                if not request_line:
                    return
                method, path, _ = request_line.decode("latin-1").split(" ", 2)
                headers: dict[str, str] = {}
                while (line := reader.readline()) not in (b"\r\n", b""):
                    name, value = line.decode("latin-1").split(":", 1)
                    headers[name.strip()] = value.strip()
                body = reader.read(int(headers.get("Content-Length", "0")))
                if not self._answer(conn, self._step(path), method, path, headers, body):
                    return

    def _answer(
        self, conn: socket.socket, step: Step, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> bool:
        """Carry out one step; False when the connection is to be closed."""
        if step == DROP_REQUEST:
            return False
        if isinstance(step, bytes):
            step = Answer(400, step)
        if isinstance(step, Answer) and not step.after:
            _send(conn, step.status, step.body, step.content_type)
            return True
        forwarded = {k: v for k, v in headers.items() if k.lower() not in ("host", "content-length")}
        answer = self._http.request(method, path, content=body, headers=forwarded)
        if isinstance(step, Answer):
            _send(conn, step.status, step.body, step.content_type)
            return True
        if step == DROP_RESPONSE:
            return False
        if step == RESET_RESPONSE:
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if step == PARTIAL_RESPONSE:
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(answer.content)}\r\n\r\n"
            conn.sendall(head.encode() + answer.content[: len(answer.content) // 2])
            return False
        if step == LATE_RESPONSE:
            time.sleep(self.late_seconds)
        try:
            _send(conn, answer.status_code, answer.content, "application/json")
        except OSError:
            return False
        return True

    def close(self) -> None:
        self._server.close()
        self._http.close()


def _send(conn: socket.socket, status: int, content: bytes, content_type: str) -> None:
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(content)}\r\n\r\n"
    conn.sendall(head.encode() + content)
