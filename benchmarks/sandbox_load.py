"""Sandbox throughput: the real sandbox (signature verification on) pinned to one core.

``python -m benchmarks.sandbox_load --cpu 0`` imports ``binance_pay_sandbox`` (PYTHONPATH must
include ``sandbox/``), serves it, prints ``LISTENING <port>``, then answers each ``cpu`` line on
stdin with ``CPU <process seconds>`` until stdin closes. The parent loads it with a signed
raw-socket client (keep-alive connections) at a fixed concurrency for a fixed time.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

from benchmarks.clients import balance_body, signed_headers
from benchmarks.server import BALANCE_PATH, pin_to_cpu

if TYPE_CHECKING:
    from benchmarks.extras import SandboxThroughput


class SandboxUnavailable(Exception):
    pass


def _serve(cpu: int | None) -> int:
    pin_to_cpu(cpu)
    try:
        from binance_pay_sandbox import (
            DEFAULT_API_KEY,
            DEFAULT_SECRET_KEY,
            SandboxConfig,
            run_sandbox,
        )
    except ImportError as exc:
        print(f"UNAVAILABLE import binance_pay_sandbox failed: {exc}", flush=True)
        return 1
    config = SandboxConfig(api_key=DEFAULT_API_KEY, secret_key=DEFAULT_SECRET_KEY)
    with run_sandbox(config, host="127.0.0.1", port=0) as running:
        print(f"LISTENING {running.port} {DEFAULT_API_KEY} {DEFAULT_SECRET_KEY}", flush=True)
        for line in sys.stdin:
            if line.strip() == "cpu":
                print(f"CPU {time.process_time()}", flush=True)
    return 0


class SandboxProcess:
    """The sandbox in a pinned subprocess (context manager)."""

    def __init__(self, cpu: int | None, env: dict[str, str]) -> None:
        self._cpu = cpu
        self._env = env
        self._proc: subprocess.Popen[str] | None = None
        self.port = 0
        self.host_header = ""
        self.api_key = ""
        self.secret_key = ""

    def __enter__(self) -> SandboxProcess:
        cmd = [sys.executable, "-m", "benchmarks.sandbox_load"]
        if self._cpu is not None:
            cmd += ["--cpu", str(self._cpu)]
        self._proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self._env,
        )
        assert self._proc.stdout is not None and self._proc.stderr is not None
        line = self._proc.stdout.readline()
        if not line.startswith("LISTENING "):
            self.__exit__(None, None, None)
            raise SandboxUnavailable(line.removeprefix("UNAVAILABLE ").strip() or "no output")
        _, port, self.api_key, self.secret_key = line.split(maxsplit=3)
        self.secret_key = self.secret_key.rstrip("\n")
        self.port = int(port)
        self.host_header = f"127.0.0.1:{port}"
        return self

    def cpu_time(self) -> float:
        assert self._proc is not None and self._proc.stdin and self._proc.stdout
        self._proc.stdin.write("cpu\n")
        self._proc.stdin.flush()
        return float(self._proc.stdout.readline().split()[1])

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._proc is None:
            return
        try:
            if self._proc.stdin:
                self._proc.stdin.close()
            self._proc.wait(timeout=10)
        except (subprocess.TimeoutExpired, BrokenPipeError):
            self._proc.kill()
            self._proc.wait()
        self._proc = None


class _LoadProtocol(asyncio.Protocol):
    """One keep-alive connection sending signed requests back to back until the deadline.

    A raw-socket client costs the client core far less per request than aiohttp, so the
    sandbox's core, not the client's, is what limits the measured rate.
    """

    def __init__(self, sandbox: SandboxProcess, deadline: float, result: SandboxThroughput) -> None:
        self._sandbox = sandbox
        self._deadline = deadline
        self._result = result
        self._buffer = b""
        self._transport: asyncio.Transport | None = None
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def _request(self) -> bytes:
        body = balance_body()
        headers = signed_headers(body, self._sandbox.api_key, self._sandbox.secret_key)
        lines = [f"POST {BALANCE_PATH} HTTP/1.1", f"Host: {self._sandbox.host_header}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        transport.write(self._request())

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = self._buffer[:end].lower()
        marker = head.find(b"content-length:")
        length = int(head[marker + 15 :].split(b"\r\n", 1)[0]) if marker >= 0 else 0
        if len(self._buffer) < end + 4 + length:
            return
        body = self._buffer[end + 4 : end + 4 + length]
        self._buffer = self._buffer[end + 4 + length :]
        if head.startswith(b"http/1.1 200") and b'"status":"SUCCESS"' in body:
            self._result.ok += 1
        else:
            self._result.failed += 1
            if self._result.first_failure is None:
                self._result.first_failure = f"{head[:40]!r}: {body[:200]!r}"
        assert self._transport is not None
        if time.perf_counter() < self._deadline:
            self._transport.write(self._request())
        else:
            self._transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_result(None)


async def load(
    sandbox: SandboxProcess, seconds: float, concurrency: int, result: SandboxThroughput
) -> None:
    """Signed balance queries on ``concurrency`` connections for ``seconds``; counts outcomes."""
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    protocols = []
    for _ in range(concurrency):
        _, protocol = await loop.create_connection(
            lambda: _LoadProtocol(sandbox, start + seconds, result), "127.0.0.1", sandbox.port
        )
        protocols.append(protocol)
    await asyncio.gather(*(p.done for p in protocols))
    result.seconds = time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cpu", type=int, default=None)
    return _serve(parser.parse_args(argv).cpu)


if __name__ == "__main__":
    raise SystemExit(main())
