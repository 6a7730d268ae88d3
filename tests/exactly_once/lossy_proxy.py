"""A proxy on 127.0.0.1 in front of the sandbox that loses what a test tells it to lose."""

from __future__ import annotations

import socket
import threading
from collections.abc import Sequence

import httpx

FORWARD = "forward"
DROP_REQUEST = "drop_request"  # the connection closes before the request reaches the sandbox
DROP_RESPONSE = "drop_response"  # the sandbox acts on the request; its answer is lost


class LossyProxy:
    """Forwards HTTP/1.1 requests to the sandbox. Request n (from 1) gets `script[n - 1]`: an action
    above, or bytes to answer with itself (a refusal the sandbox would not give); later requests
    are forwarded. `fault` alone is the one-step script for the first request."""

    def __init__(self, upstream: str, fault: str | None = None, *, script: Sequence[str | bytes] = ()) -> None:
        self.upstream = upstream
        self.script = list(script) if script else [fault or FORWARD]
        self.requests = 0
        self.paths: list[str] = []
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        self._http = httpx.Client(base_url=upstream, trust_env=False)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

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
                with self._lock:
                    self.requests += 1
                    self.paths.append(path)
                    step = self.script[self.requests - 1] if self.requests <= len(self.script) else FORWARD
                if step == DROP_REQUEST:
                    return
                if isinstance(step, bytes):
                    status, content = 400, step
                else:
                    forwarded = {k: v for k, v in headers.items() if k.lower() not in ("host", "content-length")}
                    answer = self._http.request(method, path, content=body, headers=forwarded)
                    if step == DROP_RESPONSE:
                        return
                    status, content = answer.status_code, answer.content
                head = (
                    f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\nContent-Length: {len(content)}\r\n\r\n"
                )
                conn.sendall(head.encode() + content)

    def close(self) -> None:
        self._server.close()
        self._http.close()
