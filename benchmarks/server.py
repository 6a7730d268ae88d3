"""A minimal fixed-response HTTP/1.1 keep-alive server, run in its own process on one core.

Every request gets the same canned balance response, without any verification, so the
benchmark measures clients rather than the server. ``GET /__stats`` returns the server's
request count and process CPU time, which the runner reads around each measured block to
report server CPU per request.

Run standalone: ``python -m benchmarks.server --cpu 0`` (prints ``LISTENING <port>``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.client
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from types import TracebackType

BALANCE_PATH = "/binancepay/openapi/balance"
RESPONSE_BODY = (
    b'{"status":"SUCCESS","code":"000000","data":{"balance":990000.00000000,"asset":"USDT",'
    b'"fiat":"USD","availableFiatValuation":989991.90516600,"availableBtcValuation":22.98780000}}'
)
_RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
    b"Connection: keep-alive\r\n\r\n" % len(RESPONSE_BODY)
) + RESPONSE_BODY
_STATS_PREFIX = b"GET /__stats"


class _Counter:
    requests = 0


class FixedResponseProtocol(asyncio.Protocol):
    """Parses just enough HTTP/1.1 (headers + Content-Length body) to answer each request."""

    def __init__(self) -> None:
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        out: list[bytes] = []
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = _content_length(head)
            total = end + 4 + length
            if len(buffer) < total:
                break
            if head.startswith(_STATS_PREFIX):
                out.append(_stats_response())
            else:
                _Counter.requests += 1
                out.append(_RESPONSE)
            buffer = buffer[total:]
        self._buffer = buffer
        if out and self._transport is not None:
            self._transport.write(b"".join(out))


def _content_length(head: bytes) -> int:
    lower = head.lower()
    idx = lower.find(b"\r\ncontent-length:")
    if idx < 0:
        return 0
    start = idx + len(b"\r\ncontent-length:")
    stop = lower.find(b"\r\n", start)
    return int(lower[start : stop if stop >= 0 else None])


def _stats_response() -> bytes:
    body = json.dumps({"requests": _Counter.requests, "cpu": time.process_time()}).encode()
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
        % len(body)
    ) + body


def pin_to_cpu(cpu: int | None) -> None:
    """Pin the calling process to one core (no-op when ``cpu`` is None)."""
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})


async def _serve(host: str, port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(FixedResponseProtocol, host, port, backlog=1024)
    sockname = server.sockets[0].getsockname()
    print(f"LISTENING {sockname[1]}", flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cpu", type=int, default=None, help="core to pin the server to")
    args = parser.parse_args(argv)
    pin_to_cpu(args.cpu)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.host, args.port))


@dataclass(frozen=True)
class ServerStats:
    requests: int
    cpu: float


class FixedServer:
    """Runs ``benchmarks.server`` in a subprocess; a context manager giving its base URL."""

    def __init__(self, cpu: int | None, host: str = "127.0.0.1") -> None:
        self.cpu = cpu
        self.host = host
        self.port = 0
        self._proc: subprocess.Popen[str] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> FixedServer:
        cmd = [sys.executable, "-m", "benchmarks.server", "--host", self.host]
        if self.cpu is not None:
            cmd += ["--cpu", str(self.cpu)]
        repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=repo)
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line.startswith("LISTENING "):
            self.__exit__(None, None, None)
            raise RuntimeError(f"benchmark server failed to start: {line!r}")
        self.port = int(line.split()[1])
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            self._proc = None

    def stats(self) -> ServerStats:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            conn.request("GET", "/__stats")
            data = json.loads(conn.getresponse().read())
        finally:
            conn.close()
        return ServerStats(requests=int(data["requests"]), cpu=float(data["cpu"]))


if __name__ == "__main__":
    main()
