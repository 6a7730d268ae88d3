"""The worst case of one call, as docs/failure-modes.md states it, held on all four wire paths:

    (max_retries + 2) x attempt + sum of the waits

`attempt` is min(total_timeout, timeout), the per-attempt deadline; the `+ 2` is the first attempt and the one
immediate retry after an INVALID_TIMESTAMP (which spends no retry); each of the `max_retries` waits is at most
`max_retry_delay` (backoff) or a `Retry-After` of at most `max_retry_after`.

Each scenario is a raw-socket server on 127.0.0.1 that makes every attempt as slow as the client allows: it answers
at the last safe moment, trickles its headers or its body a byte every 0.1 s (under the per-read timeout, so only
the attempt's deadline ends it), or never answers; it asks for the longest `Retry-After` allowed, and answers one
INVALID_TIMESTAMP. The call must end within the formula (plus scheduling slack), and take at least the time the
script forces (so the worst case is really reached: the test fails both ways). The server counts the attempts.
Small settings keep each bound at 1.6-1.9 s. An operation with `x-query-operation` may add one attempt: the
lookup after a refused retry, which spends what is left of the call's retries.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from _servers import RawServer, read_request, serve
from binance_pay import errors
from reliability_helpers import (
    ASYNC_AIOHTTP,
    ASYNC_ASYNCIO,
    SYNC_STDLIB,
    Recorder,
    WirePath,
    all_wire_paths,
    assert_sdk_error,
    make_client,
    run_calls,
)

ATTEMPT = 0.3  # timeout=0.3: every phase, and the attempt as a whole (total_timeout stays 30 s: the min is 0.3)
MAX_RETRY_DELAY = 0.2
MAX_RETRY_AFTER = 1  # a delta-seconds Retry-After is whole seconds: 1 is the smallest that is not 0
ANSWER_AT = 0.6 * ATTEMPT  # "slow but in time": the last byte of an answer, after the request arrived
TRICKLE = 0.1  # seconds between trickled bytes: under the 0.3 s per-read timeout
GIVE_UP = 5.0  # a stalling handler gives up after this (a client that ignores its deadline still ends)
SLACK = 0.2  # scheduling, connecting, signing: what the formula does not count

SETTINGS: dict[str, Any] = {
    "timeout": ATTEMPT,
    "max_retry_delay": MAX_RETRY_DELAY,
    "initial_retry_delay": 1.0,  # larger than max_retry_delay on purpose: every backoff is capped at 0.2 s
    "max_retry_after": MAX_RETRY_AFTER,
}


def worst_case(max_retries: int, longest_wait: float) -> float:
    """The formula in docs/failure-modes.md."""
    return (max_retries + 2) * ATTEMPT + max_retries * longest_wait


# ---- what the server does with each attempt ---------------------------------------------------------------------

Behaviour = Callable[[socket.socket, RawServer, float], None]


def _head(status: str, headers: list[str]) -> bytes:
    return ("\r\n".join([f"HTTP/1.1 {status}", *headers, "Connection: close"]) + "\r\n\r\n").encode()


def answer_late(status: str, body: bytes, *headers: str) -> Behaviour:
    """The whole answer, its body spread out so that the last byte leaves `ANSWER_AT` s after the request came."""

    def behave(conn: socket.socket, server: RawServer, received: float) -> None:
        conn.sendall(_head(status, [*headers, f"Content-Length: {len(body)}"]))
        pieces = 6
        size = -(-len(body) // pieces)
        for index in range(pieces):
            time.sleep(max(0.0, received + ANSWER_AT * (index + 1) / pieces - time.monotonic()))
            conn.sendall(body[index * size : (index + 1) * size])

    return behave


def retry_after_at_the_maximum() -> Behaviour:
    return answer_late("503 Service Unavailable", b"<html>busy</html>", "Content-Type: text/html", "Retry-After: 1")


def retry_after_past_the_maximum() -> Behaviour:
    return answer_late("503 Service Unavailable", b"<html>busy</html>", "Content-Type: text/html", "Retry-After: 3")


def invalid_timestamp() -> Behaviour:
    """INVALID_TIMESTAMP with the server's clock in `Date`: the client adopts it and retries once, at once."""
    body = json.dumps({"status": "FAIL", "code": "400003", "errorMessage": "outside recvWindow"}).encode()
    date = f"Date: {email.utils.formatdate(usegmt=True)}"
    return answer_late("401 Unauthorized", body, "Content-Type: application/json", date)


def duplicate_trade_no() -> Behaviour:
    body = json.dumps({"status": "FAIL", "code": "400201", "errorMessage": "duplicated merchantTradeNo"}).encode()
    return answer_late("400 Bad Request", body, "Content-Type: application/json")


def never_answer(conn: socket.socket, server: RawServer, received: float) -> None:
    server.stopping.wait(GIVE_UP)


def _trickle(conn: socket.socket, server: RawServer, data: bytes) -> None:
    for byte in data:
        if server.stopping.wait(TRICKLE):
            return
        conn.sendall(bytes([byte]))


def trickle_headers(conn: socket.socket, server: RawServer, received: float) -> None:
    head = _head("200 OK", ["Content-Type: application/json", "X-Padding: " + "a" * 100, "Content-Length: 2"])
    _trickle(conn, server, head[: int(GIVE_UP / TRICKLE)])


def trickle_body(conn: socket.socket, server: RawServer, received: float) -> None:
    conn.sendall(_head("200 OK", ["Content-Type: application/json", "Content-Length: 100000"]))
    _trickle(conn, server, b" " * int(GIVE_UP / TRICKLE))


MAX_REQUESTS = 12  # past this, a request is dropped unanswered: a client stuck in a loop still ends


def script(*behaviours: Behaviour) -> Callable[[socket.socket, RawServer], None]:
    """The n-th request gets behaviours[n] (the last one repeats); the connection then closes."""

    def handler(conn: socket.socket, server: RawServer) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if read_request(conn, server) is None or len(server.requests) > MAX_REQUESTS:
            return
        received = time.monotonic()
        behaviours[min(len(server.requests), len(behaviours)) - 1](conn, server, received)

    return handler


# ---- the scenarios -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    name: str
    behaviours: tuple[Behaviour, ...]
    max_retries: int
    expected: type[errors.BinancePayError]
    attempts: int  # what the server must see
    longest_wait: float  # the formula's bound on one wait for this server: max_retry_delay or max_retry_after
    forced: float  # seconds the script forces at the least: the worst case must really be reached

    def __str__(self) -> str:
        return self.name


SCENARIOS = [
    # A Retry-After at max_retry_after, an INVALID_TIMESTAMP after the retries are spent (its retry is extra),
    # then a server that never answers. Forced: 2 late answers, the wait, 1 late answer, 1 full attempt.
    Scenario(
        "retry_after_at_max",
        (retry_after_at_the_maximum(), invalid_timestamp(), never_answer),
        max_retries=1,
        expected=errors.APITimeoutError,
        attempts=3,
        longest_wait=MAX_RETRY_AFTER,
        forced=2 * ANSWER_AT + MAX_RETRY_AFTER + ATTEMPT,
    ),
    # An INVALID_TIMESTAMP, then every attempt held to its deadline three ways: silence, headers a byte at a
    # time, a body a byte at a time. Each wait is a backoff of at least half of max_retry_delay.
    Scenario(
        "stalls_to_the_deadline",
        (invalid_timestamp(), never_answer, trickle_headers, trickle_body),
        max_retries=2,
        expected=errors.APITimeoutError,
        attempts=4,
        longest_wait=MAX_RETRY_DELAY,
        forced=ANSWER_AT + 3 * ATTEMPT + 2 * MAX_RETRY_DELAY / 2,
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=str)
@all_wire_paths
def test_the_worst_case_is_reached_and_never_exceeded(wire: WirePath, scenario: Scenario) -> None:
    recorder = Recorder()
    bound = worst_case(scenario.max_retries, scenario.longest_wait)
    with serve(script(*scenario.behaviours)) as server:
        outcome = run_calls(wire, server.url, recorder=recorder, max_retries=scenario.max_retries, **SETTINGS).last
        seen = len(server.requests)
    assert_sdk_error(outcome.error, scenario.expected)
    assert seen == recorder.count == scenario.attempts, (seen, recorder.count)
    assert outcome.elapsed <= bound + SLACK, f"{outcome.elapsed:.3f}s, past the worst case {bound:.2f}s"
    assert outcome.elapsed >= scenario.forced - 0.02, (
        f"{outcome.elapsed:.3f}s: ended before the {scenario.forced:.2f}s the server forces (worst case {bound:.2f}s)"
    )


@all_wire_paths
def test_a_retry_after_past_max_retry_after_ends_the_call(wire: WirePath) -> None:
    """Asked to wait 3 s with max_retry_after=1: the error is raised, nothing is waited for, and the bound holds."""
    recorder = Recorder()
    with serve(script(invalid_timestamp(), retry_after_past_the_maximum())) as server:
        outcome = run_calls(wire, server.url, recorder=recorder, max_retries=2, **SETTINGS).last
        seen = len(server.requests)
    assert_sdk_error(outcome.error, errors.APIStatusError)
    assert outcome.error.status_code == 503
    assert seen == recorder.count == 2  # the clock retry, then the 503: raised, not retried
    assert 2 * ANSWER_AT - 0.02 <= outcome.elapsed <= 2 * ATTEMPT + SLACK, f"{outcome.elapsed:.3f}s"


@all_wire_paths
def test_only_one_attempt_is_added_for_invalid_timestamp(wire: WirePath) -> None:
    """A server that answers INVALID_TIMESTAMP every time gets one clock retry, whatever max_retries is: the + 2."""
    recorder = Recorder()
    with serve(script(invalid_timestamp())) as server:
        outcome = run_calls(wire, server.url, recorder=recorder, max_retries=2, **SETTINGS).last
        seen = len(server.requests)
    assert_sdk_error(outcome.error, errors.InvalidTimestampError)
    assert seen == recorder.count == 2
    assert outcome.elapsed <= worst_case(2, MAX_RETRY_AFTER) + SLACK


# ---- where the formula is not the whole story --------------------------------------------------------------------

GOODS = [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "g-1", "goodsName": "Ice cream"}]


def _create_order(
    wire: WirePath, url: str, recorder: Recorder, *, max_retries: int
) -> tuple[BaseException | None, float]:
    arguments: dict[str, Any] = {
        "env": {"terminalType": "WEB"},
        "merchant_trade_no": "worstcase0001",
        "description": "Ice cream",
        "order_amount": Decimal("25.17"),
        "currency": "USDT",
        "goods_details": GOODS,
    }
    client = make_client(wire, url, recorder, max_retries=max_retries, **SETTINGS)
    started = time.monotonic()
    error: BaseException | None = None
    if wire.is_async:

        async def call() -> None:
            async with client:
                await client.orders.create(**arguments)

        try:
            asyncio.run(call())
        except Exception as exc:
            error = exc
    else:
        with client:
            try:
                client.orders.create(**arguments)
            except Exception as exc:
                error = exc
    return error, time.monotonic() - started


@pytest.mark.parametrize("wire", [SYNC_STDLIB, ASYNC_ASYNCIO, ASYNC_AIOHTTP], ids=str)
def test_a_lookup_after_a_refused_retry_spends_what_is_left_of_the_call(wire: WirePath) -> None:
    """A create whose answer was lost, then refused as a duplicate, looks its order up within the same call: the
    lookup gets the retries and the clock retry the create left, so it adds one attempt, never a second budget.

    With max_retries=1 - the create: an attempt that never answers (the outcome is unknown; the one retry is
    spent), an INVALID_TIMESTAMP (the clock retry is spent), the duplicate refusal; the lookup: a stall, and
    nothing is left to retry it with. Four attempts: the formula's three plus the lookup's one. The lookup's
    failure leaves the outcome unknown.
    """
    recorder = Recorder()
    bound = worst_case(1, MAX_RETRY_DELAY) + ATTEMPT
    create = (never_answer, invalid_timestamp(), duplicate_trade_no())
    lookup = (never_answer, invalid_timestamp(), never_answer)  # what a second budget would go on to meet
    with serve(script(*create, *lookup)) as server:
        error, elapsed = _create_order(wire, server.url, recorder, max_retries=1)
        paths = [request.path for request in server.requests]
    assert_sdk_error(error, errors.OutcomeUnknownError)  # the lookup failed: the order may exist
    assert isinstance(error, errors.OutcomeUnknownError)
    assert type(error.lookup_error) is errors.APITimeoutError
    assert paths == ["/binancepay/openapi/v3/order"] * 3 + ["/binancepay/openapi/v2/order/query"], paths
    assert recorder.count == 4
    forced = 2 * ATTEMPT + 2 * ANSWER_AT + MAX_RETRY_DELAY / 2  # 2 stalls, 2 late answers, a half-wait
    assert forced - 0.02 <= elapsed <= bound + SLACK, f"{elapsed:.3f}s (bound {bound:.2f}s)"
