"""Transport and response faults from real misbehaving servers on 127.0.0.1.

Every fault must surface as its documented `binance_pay` exception, within the configured time
bound, never as a raw httpx or json exception; sync and async (httpx and aiohttp backends).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from _servers import (
    SUCCESS_BODY,
    TEN_MB,
    Handler,
    RawServer,
    Reply,
    huge_body,
    never_answer,
    refused_port,
    reset_mid_response,
    scripted,
    serve,
    trickle_body,
    trickle_headers,
    truncated_body,
)
from binance_pay import errors
from reliability_helpers import Recorder, assert_sdk_error, async_client, sync_client

HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
HTML_503 = b"<html><body><h1>503 Service Unavailable</h1></body></html>"


@dataclass(frozen=True)
class Fault:
    name: str
    handler: Handler | None  # None: connection refused
    expected: type[errors.BinancePayError]
    bound: float  # seconds, with max_retries=0
    client: dict[str, Any] = field(default_factory=dict)


FAULTS = [
    Fault("connection_refused", None, errors.APIConnectionError, 1.0),
    Fault("reset_mid_response", reset_mid_response, errors.APIConnectionError, 1.0),
    Fault("never_answers", never_answer, errors.APITimeoutError, 1.5, {"timeout": 0.5}),
    Fault("slow_trickle_body", trickle_body, errors.APITimeoutError, 2.2, {"timeout": 0.5, "total_timeout": 1.0}),
    Fault("truncated_body", truncated_body, errors.APIConnectionError, 1.0),
    Fault("empty_body_200", scripted(Reply(body=b"")), errors.APIStatusError, 1.0),
    Fault("html_502", scripted(Reply(502, HTML_502, "text/html")), errors.APIStatusError, 1.0),
    Fault("html_503", scripted(Reply(503, HTML_503, "text/html")), errors.APIStatusError, 1.0),
    Fault("invalid_json_200", scripted(Reply(body=b'{"status": "SUCCESS", "data": {')), errors.APIStatusError, 1.0),
    Fault("json_array_200", scripted(Reply(body=b"[1, 2, 3]")), errors.ResponseValidationError, 1.0),
    Fault("10mb_chunked", huge_body(declare_length=False), errors.ResponseTooLargeError, 1.0),
    Fault("10mb_content_length", huge_body(declare_length=True), errors.ResponseTooLargeError, 1.0),
    Fault("text_plain_envelope", scripted(Reply(content_type="text/plain")), errors.APIStatusError, 1.0),
]
KEY_FAULTS = [f for f in FAULTS if f.name not in ("html_503", "10mb_content_length", "empty_body_200")]


@pytest.fixture
def fault_url(request: pytest.FixtureRequest) -> Iterator[tuple[str, RawServer | None]]:
    fault: Fault = request.param
    if fault.handler is None:
        yield f"http://127.0.0.1:{refused_port()}", None
        return
    with serve(fault.handler) as server:
        yield server.url, server


def _check_huge(fault: Fault, server: RawServer | None) -> None:
    if server is not None and fault.name.startswith("10mb"):
        assert not server.stats.get("completed"), "the client read all 10 MB"
        assert server.stats.get("sent", 0) < TEN_MB


@pytest.mark.parametrize("backend", ["stdlib", "httpx"])
@pytest.mark.parametrize("fault_url", FAULTS, ids=[f.name for f in FAULTS], indirect=True)
def test_sync_fault_raises_documented_error_within_bound(
    fault_url: tuple[str, RawServer | None], backend: str, request: pytest.FixtureRequest
) -> None:
    fault: Fault = request.node.callspec.params["fault_url"]
    url, server = fault_url
    with sync_client(url, max_retries=0, http_backend=backend, **fault.client) as client:
        started = time.monotonic()
        with pytest.raises(errors.BinancePayError) as info:
            client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        elapsed = time.monotonic() - started
    assert_sdk_error(info.value, fault.expected)
    assert info.value.request is not None
    assert elapsed < fault.bound, f"{fault.name}: {elapsed:.2f}s"
    _check_huge(fault, server)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
@pytest.mark.parametrize("fault_url", KEY_FAULTS, ids=[f.name for f in KEY_FAULTS], indirect=True)
def test_async_fault_raises_documented_error_within_bound(
    fault_url: tuple[str, RawServer | None], backend: str, request: pytest.FixtureRequest
) -> None:
    fault: Fault = request.node.callspec.params["fault_url"]
    url, server = fault_url

    async def main() -> tuple[BaseException, float]:
        async with async_client(url, backend, max_retries=0, **fault.client) as client:
            started = time.monotonic()
            try:
                await client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
            except Exception as exc:
                return exc, time.monotonic() - started
        raise AssertionError("no exception")

    exc, elapsed = asyncio.run(main())
    assert_sdk_error(exc, fault.expected)
    assert elapsed < fault.bound, f"{fault.name}/{backend}: {elapsed:.2f}s"
    _check_huge(fault, server)


def test_sync_total_timeout_bounds_trickled_headers() -> None:
    """A server that trickles its *status line and headers* must also be cut off by total_timeout."""
    with serve(trickle_headers) as server, sync_client(server.url, timeout=0.5, total_timeout=1.0) as client:
        started = time.monotonic()
        with pytest.raises(errors.BinancePayError) as info:
            client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        elapsed = time.monotonic() - started
    assert elapsed < 2.2, f"total_timeout=1.0 but the call took {elapsed:.2f}s"
    assert_sdk_error(info.value, errors.APITimeoutError)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_async_total_timeout_bounds_trickled_headers(backend: str) -> None:
    with serve(trickle_headers) as server:

        async def main() -> tuple[BaseException, float]:
            async with async_client(server.url, backend, timeout=0.5, total_timeout=1.0) as client:
                started = time.monotonic()
                try:
                    await client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
                except Exception as exc:
                    return exc, time.monotonic() - started
            raise AssertionError("no exception")

        exc, elapsed = asyncio.run(main())
    assert elapsed < 2.2
    assert_sdk_error(exc, errors.APITimeoutError)


# -- the same faults, with retries --------------------------------------------------------------


def test_sync_503_then_success_is_retried() -> None:
    with serve(scripted(Reply(503, HTML_503, "text/html"), Reply())) as server:
        recorder = Recorder()
        with sync_client(server.url, recorder, max_retries=2) as client:
            result = client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
    assert result.asset == "USDT"
    assert recorder.count == 2
    assert len(server.requests) == 2


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_async_502_then_success_is_retried(backend: str) -> None:
    with serve(scripted(Reply(502, HTML_502, "text/html"), Reply(502, HTML_502, "text/html"), Reply())) as server:
        recorder = Recorder()

        async def main() -> str:
            async with async_client(server.url, backend, recorder, max_retries=2) as client:
                result = await client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
                return str(result.asset)

        assert asyncio.run(main()) == "USDT"
    assert recorder.count == 3


def test_sync_connection_refused_retried_max_retries_times() -> None:
    recorder = Recorder()
    url = f"http://127.0.0.1:{refused_port()}"
    with sync_client(url, recorder, max_retries=3) as client:
        started = time.monotonic()
        with pytest.raises(errors.BinancePayError) as info:
            client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        elapsed = time.monotonic() - started
    assert_sdk_error(info.value, errors.APIConnectionError)
    assert recorder.count == 4  # 1 attempt + 3 retries
    assert len(set(recorder.nonces)) == 4
    assert elapsed < 1.0


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_async_connection_refused_retried_max_retries_times(backend: str) -> None:
    recorder = Recorder()
    url = f"http://127.0.0.1:{refused_port()}"

    async def main() -> BaseException:
        async with async_client(url, backend, recorder, max_retries=3) as client:
            try:
                await client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
            except Exception as exc:
                return exc
        raise AssertionError("no exception")

    assert_sdk_error(asyncio.run(main()), errors.APIConnectionError)
    assert recorder.count == 4


def test_sync_reset_and_timeouts_retried_then_raise() -> None:
    with serve(never_answer) as server:
        recorder = Recorder()
        with sync_client(server.url, recorder, max_retries=2, timeout=0.3) as client:
            started = time.monotonic()
            with pytest.raises(errors.APITimeoutError):
                client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
            elapsed = time.monotonic() - started
    assert recorder.count == 3
    assert len(server.requests) == 3
    assert elapsed < 3 * 0.3 + 1.0


def test_per_call_timeout_and_max_retries_override() -> None:
    with serve(never_answer) as server:
        recorder = Recorder()
        with sync_client(server.url, recorder, max_retries=5, timeout=30) as client:
            started = time.monotonic()
            with pytest.raises(errors.APITimeoutError):
                client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT", timeout=0.3, max_retries=0)
            assert time.monotonic() - started < 1.5
    assert recorder.count == 1


def test_success_body_is_the_reference() -> None:
    """Sanity: the scripted success body the fault servers use is accepted by the client."""
    with serve(scripted(Reply())) as server, sync_client(server.url) as client:
        assert client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT").asset == "USDT"
    assert SUCCESS_BODY.startswith(b"{")
