"""Sandbox throughput: the real sandbox (signature verification on) pinned to one core.

``python -m benchmarks.sandbox_load --cpu 0`` imports ``binance_pay_sandbox`` (PYTHONPATH must
include ``sandbox/``), serves it, prints ``LISTENING <port>``, then answers each ``cpu`` line on
stdin with ``CPU <process seconds>`` until stdin closes. The parent loads it with a signed
aiohttp client at a fixed concurrency for a fixed time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any

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
        self.url = ""
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
        self.url = f"http://127.0.0.1:{port}{BALANCE_PATH}"
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


async def load(
    sandbox: SandboxProcess, seconds: float, concurrency: int, result: SandboxThroughput
) -> None:
    """Signed balance queries from ``concurrency`` workers for ``seconds``; counts outcomes."""
    import aiohttp

    async with aiohttp.ClientSession() as session:

        async def worker(deadline: float) -> None:
            while time.perf_counter() < deadline:
                body = balance_body()
                headers = signed_headers(body, sandbox.api_key, sandbox.secret_key)
                async with session.post(sandbox.url, data=body, headers=headers) as resp:
                    raw = await resp.read()
                data: dict[str, Any] = json.loads(raw)
                if resp.status == 200 and data.get("status") == "SUCCESS":
                    result.ok += 1
                else:
                    result.failed += 1
                    if result.first_failure is None:
                        result.first_failure = f"HTTP {resp.status}: {raw[:200]!r}"

        start = time.perf_counter()
        await asyncio.gather(*(worker(start + seconds) for _ in range(concurrency)))
        result.seconds = time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cpu", type=int, default=None)
    return _serve(parser.parse_args(argv).cpu)


if __name__ == "__main__":
    raise SystemExit(main())
