"""One client shared by many threads / tasks: 10,000 calls each, no errors, no reused nonce, no crossed response."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from reliability_helpers import API_KEY, CANARY_SECRET, Recorder, async_client, sync_client

CALLS = 10_000
CURRENCIES = [f"C{i}X" for i in range(32)]
WALLETS = ["SPOT_WALLET", "FUNDING_WALLET"]


def _balance(wallet: str, index: int) -> Decimal:
    return Decimal(1000 * (index + 1) + (1 if wallet == "SPOT_WALLET" else 2)) / Decimal(1000)


def _expected(call: int) -> tuple[str, str, Decimal]:
    wallet = WALLETS[call % 2]
    index = (call // 2) % len(CURRENCIES)
    return wallet, CURRENCIES[index], _balance(wallet, index)


# The sandbox runs in its own process (real uvicorn via run_sandbox), so that client and server
# do not share one GIL on this 2-core machine. recv_window_ms is generous: under 256-way
# concurrency a request can wait over a second for a pooled connection after it was signed.
_SANDBOX_SCRIPT = """
import json, sys
from binance_pay_sandbox import SandboxConfig, parse_balances, run_sandbox
args = json.loads(sys.argv[1])
config = SandboxConfig(api_key=args["api_key"], secret_key=args["secret_key"],
                       balances=parse_balances(args["balances"]), recv_window_ms=60_000)
with run_sandbox(config) as sb:
    print(sb.url, flush=True)
    sys.stdin.read()
"""


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    data = {
        wallet: {
            currency: {
                "balance": f"{_balance(wallet, i):.8f}",
                "fiat": "USD",
                "availableFiatValuation": f"{_balance(wallet, i):.8f}",
                "availableBtcValuation": "0.00000001",
            }
            for i, currency in enumerate(CURRENCIES)
        }
        for wallet in WALLETS
    }
    args = json.dumps({"api_key": API_KEY, "secret_key": CANARY_SECRET, "balances": data})
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*sys.path, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(
        [sys.executable, "-c", _SANDBOX_SCRIPT, args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield url
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _check_recorder(recorder: Recorder, calls: int = CALLS) -> None:
    assert recorder.count == calls  # no retries were needed
    assert len(set(recorder.nonces)) == calls, "a nonce was reused"
    assert len(set(recorder.signatures)) == calls


@pytest.mark.parametrize("backend", ["stdlib", "httpx"])
def test_sync_client_shared_by_16_threads(sandbox_url: str, backend: str) -> None:
    recorder = Recorder()
    errors_seen: list[BaseException] = []
    crossed: list[tuple[int, str, str]] = []
    counter = iter(range(CALLS))
    lock = threading.Lock()

    with sync_client(sandbox_url, recorder, http_backend=backend, max_retries=0, timeout=30) as client:

        def worker() -> int:
            done = 0
            while True:
                with lock:
                    call = next(counter, None)
                if call is None:
                    return done
                wallet, currency, balance = _expected(call)
                try:
                    result = client.wallet.balance(wallet=wallet, currency=currency)
                except Exception as exc:
                    errors_seen.append(exc)
                    continue
                if result.asset != currency or result.balance != balance:
                    crossed.append((call, currency, str(result.asset)))
                done += 1

        started = time.monotonic()
        with ThreadPoolExecutor(16) as pool:
            done = sum(pool.map(lambda _: worker(), range(16)))
        elapsed = time.monotonic() - started

    print(f"\nsync/{backend}: {CALLS} calls, 16 threads: {elapsed:.1f}s, {CALLS / elapsed:.0f} calls/s")
    assert errors_seen == []
    assert crossed == []
    assert done == CALLS
    _check_recorder(recorder)
    assert elapsed < 90


# httpx's own async pool (httpcore) degrades sharply with 256 in-flight requests: 10,000 calls took
# over 200 s here (2 cores), against ~13 s with aiohttp, so the httpx backend runs 1,000 calls.
@pytest.mark.parametrize(("backend", "calls"), [("aiohttp", CALLS), ("httpx", 1_000)])
def test_async_client_shared_by_256_tasks(sandbox_url: str, backend: str, calls: int) -> None:
    recorder = Recorder()
    tasks = 256

    async def main() -> tuple[int, list[BaseException], list[tuple[int, str, str]], float]:
        errors_seen: list[BaseException] = []
        crossed: list[tuple[int, str, str]] = []
        counter = iter(range(calls))
        async with async_client(sandbox_url, backend, recorder, max_retries=0, timeout=60) as client:

            async def worker() -> int:
                done = 0
                for call in counter:  # one shared iterator: no await between next() calls
                    wallet, currency, balance = _expected(call)
                    try:
                        result = await client.wallet.balance(wallet=wallet, currency=currency)
                    except Exception as exc:
                        errors_seen.append(exc)
                        continue
                    if result.asset != currency or result.balance != balance:
                        crossed.append((call, currency, str(result.asset)))
                    done += 1
                return done

            started = time.monotonic()
            done = sum(await asyncio.gather(*(worker() for _ in range(tasks))))
            return done, errors_seen, crossed, time.monotonic() - started

    done, errors_seen, crossed, elapsed = asyncio.run(main())
    print(f"\nasync/{backend}: {calls} calls, {tasks} tasks: {elapsed:.1f}s, {calls / elapsed:.0f} calls/s")
    assert errors_seen == [], errors_seen[:3]
    assert crossed == []
    assert done == calls
    _check_recorder(recorder, calls)
    assert elapsed < 90
