"""Where each path's CPU goes, per phase, and how much of it is the client's own work.

Two light passes after the timed rounds, on the same server:

- A cProfile pass (CPU-time clock) per path and reference row. Each phase is the cumulative time
  of a few functions that never call one another (below); "other" is the rest: the client's glue,
  the event loop, tasks and timers. cProfile slows Python-heavy code more than C code, so a
  phase's share of the profiled time is scaled to the row's unprofiled CPU per call: estimates,
  good for choosing the next step, not for quoting.
- The clients' own work, without I/O: the SDK clients with an in-memory transport (building,
  validating, signing, parsing, the retry loop) and the manual rows' body, signing and parsing.
"""

from __future__ import annotations

import asyncio
import cProfile
import pstats
import time
from collections.abc import Callable
from typing import Any

from benchmarks.clients import (
    API_KEY,
    CURRENCY,
    SECRET_KEY,
    WALLET,
    AsyncBench,
    Row,
    SyncBench,
    balance_body,
    parse_balance,
    signed_headers,
)
from benchmarks.server import RESPONSE_BODY

PHASES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "build and validate",
        (
            ("binance_pay/_base_client.py", "_build_request"),
            ("binance_pay/_base_client.py", "_fields"),
            ("benchmarks/clients.py", "balance_body"),
        ),
    ),
    (
        "sign",
        (
            ("binance_pay/_signing.py", "signed_headers"),
            ("benchmarks/clients.py", "signed_headers"),
        ),
    ),
    (
        "send",
        (
            ("binance_pay/_http_stdlib.py", "_take"),
            ("binance_pay/_transport.py", "header_block"),
            ("binance_pay/_http_asyncio.py", "take"),
            ("binance_pay/_http_asyncio.py", "_connect"),
            ("binance_pay/_http_asyncio_conn.py", "begin"),
            ("http/client.py", "request"),
            ("aiohttp/connector.py", "connect"),
            ("aiohttp/client_reqrep.py", "send"),
        ),
    ),
    (
        "read",
        (
            ("binance_pay/_http_stdlib.py", "begin"),
            ("binance_pay/_http_stdlib.py", "has_leftover"),
            ("binance_pay/_transport.py", "read_body"),
            ("binance_pay/_http_asyncio_conn.py", "data_received"),
            ("binance_pay/_http_asyncio_conn.py", "end"),
            ("http/client.py", "begin"),
            ("http/client.py", "read"),
            ("aiohttp/client_proto.py", "data_received"),
            ("aiohttp/client_reqrep.py", "start"),
            ("aiohttp/client_reqrep.py", "read"),
        ),
    ),
    (
        "parse",
        (
            ("binance_pay/_envelope.py", "result_of"),
            ("benchmarks/clients.py", "parse_balance"),
        ),
    ),
)
OTHER = "other (glue, event loop, tasks, timers)"
PHASE_NAMES = (*(name for name, _ in PHASES), OTHER)


# Calls counted only from one caller, where their other callers are inside a phase already:
# the SDK's sync path writes its request with one `sendall` from its transport's `send` (the
# floor's is inside `http.client`'s `request`), the asyncio path with one `transport.write`
# (aiohttp's is inside its request's `send`); `check_head` is inside the asyncio path's
# `data_received`, counted already.
_STDLIB = "binance_pay/_http_stdlib.py"
BY_CALLER: tuple[tuple[str, tuple[str, str], tuple[str, str]], ...] = (
    ("send", ("~", "<method 'sendall' of '_socket.socket' objects>"), (_STDLIB, "send")),
    ("send", ("asyncio/selector_events.py", "write"), ("binance_pay/_http_asyncio.py", "send")),
    ("read", ("binance_pay/_transport.py", "check_head"), (_STDLIB, "send")),
)


def _matches(filename: str, function: str, root: tuple[str, str]) -> bool:
    path = filename.replace("\\", "/")
    suffix, name = root
    return function == name and (path == suffix or path.endswith("/" + suffix))


def _phase_of(filename: str, function: str) -> str | None:
    for phase, roots in PHASES:
        if any(_matches(filename, function, root) for root in roots):
            return phase
    return None


def attribute(profile: cProfile.Profile, calls: int) -> dict[str, float]:
    """Profiled CPU µs per call by phase (see `PHASES`), "other" the rest."""
    stats: dict[Any, Any] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in stats.values())  # tottime over every function
    phases = dict.fromkeys(PHASE_NAMES, 0.0)
    for (filename, _line, function), entry in stats.items():
        phase = _phase_of(filename, function)
        if phase is not None:
            phases[phase] += entry[3]  # cumulative time
        else:
            for by_phase, callee, caller_root in BY_CALLER:
                if _matches(filename, function, callee):
                    callers: dict[Any, Any] = entry[4]
                    phases[by_phase] += sum(
                        timing[3]
                        for (caller_file, _l, caller), timing in callers.items()
                        if _matches(caller_file, caller, caller_root)
                    )
    phases[OTHER] = max(0.0, total - sum(phases.values()))
    return {name: seconds / calls * 1e6 for name, seconds in phases.items()}


def profile_sync(bench: SyncBench, calls: int) -> dict[str, float]:
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    for _ in range(calls):
        bench.call()
    profile.disable()
    return attribute(profile, calls)


def profile_async(
    loop: asyncio.AbstractEventLoop, bench: AsyncBench, calls: int, concurrency: int
) -> dict[str, float]:
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await bench.call()

    async def run() -> None:
        await asyncio.gather(*(worker() for _ in range(concurrency)))

    profile = cProfile.Profile(time.process_time)
    profile.enable()
    loop.run_until_complete(run())
    profile.disable()
    return attribute(profile, calls)


def profile_row(
    row: Row, bench: SyncBench | AsyncBench, loop: asyncio.AbstractEventLoop, calls: int
) -> dict[str, float]:
    if row.is_async:
        return profile_async(loop, bench, calls, row.concurrency)  # type: ignore[arg-type]
    return profile_sync(bench, calls)  # type: ignore[arg-type]


def scaled(profiled: dict[str, float], cpu_per_call_us: float) -> dict[str, float]:
    """The profiled phases rescaled so they add up to the row's unprofiled CPU per call."""
    total = sum(profiled.values())
    if total <= 0:
        return dict.fromkeys(profiled, 0.0)
    return {name: value / total * cpu_per_call_us for name, value in profiled.items()}


# --- own work, without I/O ---------------------------------------------------------------


def _canned_response() -> Any:
    from binance_pay._transport import Headers, WireResponse

    headers = Headers(
        [("Content-Type", "application/json"), ("Content-Length", str(len(RESPONSE_BODY)))]
    )
    return WireResponse(200, headers, RESPONSE_BODY)


class _MemoryTransport:
    """Signs each attempt, as a wire transport does, and answers the canned balance response."""

    def __init__(self) -> None:
        self._response = _canned_response()

    def send(self, request: Any, timeout: Any, deadline: float, limit: int) -> Any:
        request.sign(request.body)
        return self._response

    def close(self) -> None:
        pass


class _AsyncMemoryTransport(_MemoryTransport):
    async def send(self, request: Any, timeout: Any, deadline: float, limit: int) -> Any:  # type: ignore[override]
        request.sign(request.body)
        return self._response

    async def aclose(self) -> None:
        pass


def _cpu_per_call(fn: Callable[[], object], calls: int) -> float:
    for _ in range(max(10, calls // 10)):
        fn()
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls * 1e6


def own_work(calls: int) -> dict[str, float]:
    """CPU µs per call of each client's own work, with no I/O at all."""
    from binance_pay import AsyncBinancePayClient, BinancePayClient

    def manual() -> object:
        body = balance_body()
        signed_headers(body)
        return parse_balance(RESPONSE_BODY)

    client = BinancePayClient(API_KEY, SECRET_KEY, base_url="http://127.0.0.1:9")
    client._transport = _MemoryTransport()  # type: ignore[assignment]
    result = {
        "manual": _cpu_per_call(manual, calls),
        "sync": _cpu_per_call(
            lambda: client.wallet.balance(wallet=WALLET, currency=CURRENCY), calls
        ),
    }
    aclient = AsyncBinancePayClient(API_KEY, SECRET_KEY, base_url="http://127.0.0.1:9")
    aclient._transport = _AsyncMemoryTransport()  # type: ignore[assignment]

    async def run(n: int) -> None:
        for _ in range(n):
            await aclient.wallet.balance(wallet=WALLET, currency=CURRENCY)

    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(run(max(10, calls // 10)))
        start = time.process_time()
        loop.run_until_complete(run(calls))
        result["async"] = (time.process_time() - start) / calls * 1e6
    finally:
        loop.close()
    return result
