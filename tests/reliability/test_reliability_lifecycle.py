"""The client's life around its calls, on real sockets on 127.0.0.1: event loops and closing.

- An async client used from a second event loop (`asyncio.run` twice, or two loops in two threads
  at once) keeps working: its pooled connections belong to the first loop, so each loop gets its
  own session. With a `transport=` of the caller's (never replaced), the call works or fails with
  a typed error, never a raw RuntimeError.
- A process forked after the async client pooled a connection on a loop it made itself, whose
  child runs that same loop object: the child opens its own connection (the loop is the same, the
  process is not). `test_reliability_processes` forks with a fresh loop in the child.
- Closing the client while calls are in flight (threads for sync, tasks for async) ends every one
  of them in a result or a typed error, and leaves no socket of the client open: the server sees
  every connection closed, and no descriptor of this process is still connected to it.

A call after `close()` is `closed-client:call_after_close` in the fault matrix.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import threading
import time
import warnings
from collections.abc import Callable
from decimal import Decimal
from types import FrameType
from typing import Any

import httpx
import pytest
from _servers import KEEP_ALIVE_ANSWER, SUCCESS_DATA, RawServer, keep_alive_handler, read_request, serve
from reliability_helpers import (
    ASYNC_HTTPX,
    ASYNC_PATHS,
    WIRE_PATHS,
    Outcome,
    WirePath,
    assert_typed,
    async_client,
    make_client,
)


def _assert_result_or_typed(outcome: Outcome, where: str) -> None:
    if outcome.error is not None:
        assert_typed(outcome.error)
        return
    assert outcome.result is not None, f"{where}: neither a result nor an error"
    assert outcome.result.asset == "USDT", where
    assert outcome.result.balance == Decimal(SUCCESS_DATA["balance"]), where


async def _acall(client: Any) -> Outcome:
    outcome = Outcome()
    started = time.monotonic()
    try:
        outcome.result = await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    except BaseException as exc:  # a raw error must reach the assertions
        outcome.error = exc
    outcome.elapsed = time.monotonic() - started
    return outcome


# -- a second event loop ---------------------------------------------------------------------------

LOOP_CALLS = 5


def _loop_runs(client: Any, runs: int) -> list[Outcome]:
    """`runs` separate `asyncio.run`s, one after another, each making LOOP_CALLS calls."""

    async def calls() -> list[Outcome]:
        return [await _acall(client) for _ in range(LOOP_CALLS)]

    return [outcome for _ in range(runs) for outcome in asyncio.run(calls())]


def _yield_at_every_transport_line(frame: FrameType, event: str, arg: Any) -> Any:
    """A thread tracer that lets the other threads run before each line of the wire-path modules, so
    that a transport's state, read and replaced as a loop changes, is seen half-made if it can be."""
    if not frame.f_code.co_filename.endswith(("_http_asyncio.py", "_http_aiohttp.py", "_http_httpx.py")):
        return None

    def line(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            time.sleep(0)  # releases the GIL
        return line

    return line


def _loops_in_threads(client: Any, threads: int) -> list[Outcome]:
    """`threads` threads, each running its own loop and LOOP_CALLS calls, all at once."""
    start = threading.Barrier(threads)
    results: list[list[Outcome]] = [[] for _ in range(threads)]

    async def calls(index: int) -> None:
        for _ in range(LOOP_CALLS):
            results[index].append(await _acall(client))
            await asyncio.sleep(0.001)  # let the other loop's calls interleave

    def run(index: int) -> None:
        start.wait()
        asyncio.run(calls(index))

    workers = [threading.Thread(target=run, args=(index,)) for index in range(threads)]
    previous = threading.gettrace()
    threading.settrace(_yield_at_every_transport_line)
    try:
        for worker in workers:
            worker.start()
    finally:
        threading.settrace(previous)  # type: ignore[arg-type]  # only the workers are traced
    for worker in workers:
        worker.join(timeout=20)
        assert not worker.is_alive(), "a loop hung"
    return [outcome for each in results for outcome in each]


SCENARIOS: dict[str, Callable[[Any], list[Outcome]]] = {
    "asyncio_run_twice": lambda client: _loop_runs(client, 2),
    "two_loops_in_two_threads": lambda client: _loops_in_threads(client, 2),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("wire", ASYNC_PATHS, ids=str)
def test_async_client_from_a_second_event_loop_works(wire: WirePath, scenario: str) -> None:
    with serve(keep_alive_handler()) as server:
        client = make_client(wire, server.url, timeout=5)
        outcomes = SCENARIOS[scenario](client)
        asyncio.run(client.aclose())
    assert len(outcomes) == 2 * LOOP_CALLS
    for index, outcome in enumerate(outcomes):
        assert outcome.error is None, f"call {index}: {type(outcome.error).__module__}: {outcome.error!r}"
        _assert_result_or_typed(outcome, f"call {index}")
    if scenario == "asyncio_run_twice":
        assert server.connections == 2, "precondition: each run reused its pooled connection"
    elif wire == ASYNC_HTTPX:
        # httpx keeps a client per loop; aiohttp one session, made anew when the loop changes
        assert server.connections == 2, "each loop keeps its own pool"


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_own_async_transport_from_a_second_event_loop_is_typed(scenario: str) -> None:
    """A transport the caller passed is theirs and stays in place: the SDK cannot rebuild its pool,
    so a call from another loop works or fails typed (its pooled connection's loop is closed, or,
    with two loops at once, httpcore's pool is not thread-safe: anything can go wrong inside it)."""
    with serve(keep_alive_handler()) as server:
        client = async_client(server.url, ASYNC_HTTPX.backend, transport=httpx.AsyncHTTPTransport(), timeout=1)
        outcomes = SCENARIOS[scenario](client)
    assert len(outcomes) == 2 * LOOP_CALLS
    if scenario == "asyncio_run_twice":
        assert outcomes[0].error is None, outcomes[0].error
        assert outcomes[LOOP_CALLS].error is not None, "precondition: the 2nd loop found the 1st loop's connection"
    for index, outcome in enumerate(outcomes):
        _assert_result_or_typed(outcome, f"call {index}")


# -- a forked child on its parent's loop object ---------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX-only")
@pytest.mark.parametrize("wire", ASYNC_PATHS, ids=str)
def test_forked_child_on_the_parents_loop_opens_its_own_connection(wire: WirePath) -> None:
    """The parent leaves the loop idle while the child runs it (the two share its epoll instance)."""
    ports: list[int] = []

    def handler(conn: socket.socket, server: RawServer) -> None:
        while read_request(conn, server) is not None:
            ports.append(conn.getpeername()[1])
            conn.sendall(KEEP_ALIVE_ANSWER)

    with serve(handler) as server:
        client: Any = make_client(wire, server.url, timeout=5)
        loop = asyncio.new_event_loop()
        try:
            warm = loop.run_until_complete(_acall(client))
            assert warm.error is None, warm.error
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads running
                pid = os.fork()
            if pid == 0:
                code = 3
                try:
                    outcome = loop.run_until_complete(_acall(client))
                    code = 0 if outcome.error is None else 1
                finally:
                    os._exit(code)
            deadline = time.monotonic() + 10
            while (waited := os.waitpid(pid, os.WNOHANG))[0] == 0:
                if time.monotonic() > deadline:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    pytest.fail("the child hung")
                time.sleep(0.01)
            assert os.waitstatus_to_exitcode(waited[1]) == 0, "the child's call failed"
            loop.run_until_complete(client.aclose())
        finally:
            loop.close()
    assert len(ports) == 2, ports
    assert ports[1] != ports[0], "the child sent on the connection its parent opened"


# -- closing with calls in flight ------------------------------------------------------------------

IN_FLIGHT = 4
SETTLE = 2.0  # seconds for the calls to end and the sockets to close once the server answers


class HeldServer:
    """Holds every request until `release` is set, then answers keep-alive; counts connections the
    client has not closed yet (the server never closes one itself before the test ends)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.open = 0
        self.held = 0

    def __call__(self, conn: socket.socket, server: RawServer) -> None:
        with self.lock:
            self.open += 1
        closed_by_client = False
        try:
            while read_request(conn, server) is not None:
                with self.lock:
                    self.held += 1
                self.release.wait(10)
                conn.sendall(KEEP_ALIVE_ANSWER)
            closed_by_client = True  # EOF: the client closed its end
        except TimeoutError:
            pass  # the client kept the connection open, silent: still open
        except OSError:
            closed_by_client = not server.stopping.is_set()  # a reset from the client
        finally:
            if closed_by_client:
                with self.lock:
                    self.open -= 1

    def wait_held(self, count: int, timeout: float = 3.0) -> None:
        deadline = time.monotonic() + timeout
        while self.held < count:
            assert time.monotonic() < deadline, f"only {self.held} of {count} calls reached the server"
            time.sleep(0.005)


def _client_sockets(port: int) -> int:
    """Descriptors of this process connected to 127.0.0.1:`port` (the client's side of its connections)."""
    count = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            if not os.readlink(f"/proc/self/fd/{name}").startswith("socket:"):
                continue
            probe = socket.socket(fileno=os.dup(int(name)))
        except OSError:
            continue  # closed meanwhile
        with contextlib.closing(probe):
            try:
                peer = probe.getpeername()
            except OSError:
                continue  # not connected, or not an inet socket
            if probe.family == socket.AF_INET and peer == ("127.0.0.1", port):
                count += 1
    return count


def _all_closed(held: HeldServer, port: int) -> tuple[int, int]:
    """(connections the server still sees open, client descriptors still connected)."""
    return held.open, _client_sockets(port)


async def _await_closed(held: HeldServer, port: int) -> tuple[int, int]:
    deadline = time.monotonic() + SETTLE
    while (state := _all_closed(held, port)) != (0, 0) and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    return state


def _close_sync_in_flight(wire: WirePath, server: RawServer, held: HeldServer) -> tuple[list[Outcome], tuple[int, int]]:
    client: Any = make_client(wire, server.url, timeout=5)
    outcomes = [Outcome() for _ in range(IN_FLIGHT)]

    def call(outcome: Outcome) -> None:
        try:
            outcome.result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
        except BaseException as exc:
            outcome.error = exc

    threads = [threading.Thread(target=call, args=(outcome,)) for outcome in outcomes]
    for thread in threads:
        thread.start()
    held.wait_held(IN_FLIGHT)
    client.close()
    held.release.set()
    for thread in threads:
        thread.join(timeout=SETTLE)
        assert not thread.is_alive(), "a call did not end after close()"
    return outcomes, asyncio.run(_await_closed(held, server.port))


def _close_async_in_flight(
    wire: WirePath, server: RawServer, held: HeldServer
) -> tuple[list[Outcome], tuple[int, int]]:
    async def main() -> tuple[list[Outcome], tuple[int, int]]:
        client: Any = make_client(wire, server.url, timeout=5)
        tasks = [asyncio.create_task(_acall(client)) for _ in range(IN_FLIGHT)]
        while held.held < IN_FLIGHT:
            assert not any(task.done() for task in tasks), [task.result() for task in tasks if task.done()]
            await asyncio.sleep(0.005)
        await client.aclose()
        held.release.set()
        _, pending = await asyncio.wait(tasks, timeout=SETTLE)
        assert not pending, "a call did not end after aclose()"
        # The sockets are checked inside the loop: transports close on its next iterations.
        return [task.result() for task in tasks], await _await_closed(held, server.port)

    return asyncio.run(main())


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts descriptors in /proc/self/fd")
@pytest.mark.parametrize("wire", WIRE_PATHS, ids=str)
def test_close_with_calls_in_flight_leaves_no_socket_open(wire: WirePath) -> None:
    held = HeldServer()
    with serve(held) as server:
        run = _close_async_in_flight if wire.is_async else _close_sync_in_flight
        outcomes, (server_open, client_open) = run(wire, server, held)
        assert server.connections == IN_FLIGHT, f"precondition: {server.connections} connections"
    for index, outcome in enumerate(outcomes):
        _assert_result_or_typed(outcome, f"call {index}")
    assert (server_open, client_open) == (0, 0), (
        f"after close(): {server_open} connections the server sees open, {client_open} descriptors connected to it"
    )
