"""Retry policy and clock-skew recovery, against scripted raw servers and the real sandbox."""

from __future__ import annotations

import asyncio
import time

import pytest
from _servers import Reply, fail_reply, scripted, serve
from binance_pay import errors
from binance_pay_sandbox import SandboxConfig, run_sandbox
from reliability_helpers import (
    API_KEY,
    CANARY_SECRET,
    NONCE_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    Recorder,
    assert_sdk_error,
    async_client,
    independent_signature,
    sync_client,
)

BUSY = Reply(503, b"<html>busy</html>", "text/html", headers=[("Retry-After", "1")])


def test_retry_after_is_honoured() -> None:
    with serve(scripted(BUSY, Reply())) as server, sync_client(server.url, max_retries=1) as client:
        started = time.monotonic()
        result = client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        elapsed = time.monotonic() - started
    assert result.asset == "USDT"
    assert len(server.requests) == 2
    assert 0.95 <= elapsed < 2.0


def test_retry_after_http_date_is_honoured() -> None:
    when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 2))
    busy = Reply(429, b"slow down", "text/plain", headers=[("Retry-After", when)])
    with serve(scripted(busy, Reply())) as server, sync_client(server.url, max_retries=1) as client:
        started = time.monotonic()
        client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        elapsed = time.monotonic() - started
    assert len(server.requests) == 2
    assert 0.5 <= elapsed < 3.0  # 1-2 s: an HTTP date has whole-second resolution


def test_retry_after_longer_than_max_retry_after_is_not_retried() -> None:
    long_wait = Reply(503, b"<html>down</html>", "text/html", headers=[("Retry-After", "120")])
    with (
        serve(scripted(long_wait, Reply())) as server,
        sync_client(server.url, max_retries=3, max_retry_after=5) as client,
    ):
        started = time.monotonic()
        with pytest.raises(errors.BinancePayError) as info:
            client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        elapsed = time.monotonic() - started
    assert_sdk_error(info.value, errors.APIStatusError)
    assert info.value.status_code == 503
    assert len(server.requests) == 1
    assert elapsed < 1.0


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_unknown_error_retried_then_raised(max_retries: int) -> None:
    recorder = Recorder()
    config = SandboxConfig(api_key=API_KEY, secret_key=CANARY_SECRET, inject_unknown_error=1.0)
    with (
        run_sandbox(config) as sb,
        sync_client(sb.url, recorder, max_retries=max_retries) as client,
        pytest.raises(errors.BinancePayError) as info,
    ):
        client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
    assert_sdk_error(info.value, errors.UnknownError)
    assert info.value.code == "400000"
    assert recorder.count == max_retries + 1
    assert len(set(recorder.nonces)) == max_retries + 1


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_async_unknown_error_retried_then_raised(backend: str) -> None:
    recorder = Recorder()
    config = SandboxConfig(api_key=API_KEY, secret_key=CANARY_SECRET, inject_unknown_error=1.0)
    with run_sandbox(config) as sb:

        async def main() -> BaseException:
            async with async_client(sb.url, backend, recorder, max_retries=2) as client:
                try:
                    await client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
                except Exception as exc:
                    return exc
            raise AssertionError("no exception")

        assert_sdk_error(asyncio.run(main()), errors.UnknownError)
    assert recorder.count == 3


def test_invalid_signature_never_retried() -> None:
    recorder = Recorder()
    config = SandboxConfig(api_key=API_KEY, secret_key="the-servers-secret")
    with (
        run_sandbox(config) as sb,
        sync_client(sb.url, recorder, max_retries=5) as client,
        pytest.raises(errors.BinancePayError) as info,
    ):
        client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
    assert_sdk_error(info.value, errors.InvalidSignatureError)
    assert recorder.count == 1


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("400001", errors.InvalidRequestError),
        ("400002", errors.InvalidSignatureError),
        ("400004", errors.InvalidApiKeyOrIpError),
        ("400005", errors.BadApiKeyFmtError),
        ("400102", errors.InvalidParamWrongValueError),
    ],
)
def test_non_retryable_result_codes_never_retried(code: str, expected: type[errors.BinancePayError]) -> None:
    # a 500 status must not make a documented non-retryable FAIL retryable
    with serve(scripted(fail_reply(code, status=500), Reply())) as server:
        with sync_client(server.url, max_retries=3) as client, pytest.raises(errors.BinancePayError) as info:
            client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        assert len(server.requests) == 1
    assert_sdk_error(info.value, expected)


def test_request_validation_error_never_sent_nor_retried() -> None:
    recorder = Recorder()
    with serve(scripted(Reply())) as server, sync_client(server.url, recorder, max_retries=3) as client:
        for currency in ("usdt", "", "X" * 21, "US-DT"):
            with pytest.raises(errors.RequestValidationError) as info:
                client.query_wallet_balance(wallet="SPOT_WALLET", currency=currency)
            assert_sdk_error(info.value, errors.RequestValidationError)
        with pytest.raises(errors.RequestValidationError):
            client.query_wallet_balance(wallet="CHEQUE_WALLET", currency="USDT")
        assert server.requests == []
    assert recorder.count == 0


def test_every_attempt_has_fresh_nonce_and_valid_signature() -> None:
    script = [Reply(503, b"x", "text/plain")] * 3 + [fail_reply("400000", status=500), Reply()]
    with serve(scripted(*script)) as server, sync_client(server.url, max_retries=4) as client:
        client.query_wallet_balance(wallet="FUNDING_WALLET", currency="BTC")
        sent = server.requests
    assert len(sent) == 5
    nonces = [r.headers[NONCE_HEADER.lower()] for r in sent]
    assert len(set(nonces)) == 5
    timestamps = [int(r.headers[TIMESTAMP_HEADER.lower()]) for r in sent]
    assert timestamps == sorted(timestamps)
    assert len(set(r.headers[SIGNATURE_HEADER.lower()] for r in sent)) == 5
    for r in sent:
        assert r.body == sent[0].body
        expected = independent_signature(
            CANARY_SECRET, r.headers[TIMESTAMP_HEADER.lower()], r.headers[NONCE_HEADER.lower()], r.body
        )
        assert r.headers[SIGNATURE_HEADER.lower()] == expected
        assert r.headers["binancepay-certificate-sn"] == API_KEY


# -- clock skew ---------------------------------------------------------------------------------


@pytest.mark.parametrize("offset_ms", [5000, -5000])
def test_clock_skew_learned_from_date_header(offset_ms: int) -> None:
    recorder = Recorder()
    config = SandboxConfig(api_key=API_KEY, secret_key=CANARY_SECRET, clock_offset_ms=offset_ms, recv_window_ms=1000)
    with run_sandbox(config) as sb, sync_client(sb.url, recorder, max_retries=0) as client:
        assert client.clock_offset_ms == 0
        first = client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        assert first.asset == "USDT"
        assert recorder.count == 2  # one rejected attempt, one automatic retry (even with max_retries=0)
        assert abs(client.clock_offset_ms - offset_ms) <= 1500, client.clock_offset_ms
        client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        assert recorder.count == 3  # the second call needs no retry


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_async_clock_skew_learned(backend: str) -> None:
    recorder = Recorder()
    config = SandboxConfig(api_key=API_KEY, secret_key=CANARY_SECRET, clock_offset_ms=5000, recv_window_ms=1000)
    with run_sandbox(config) as sb:

        async def main() -> int:
            async with async_client(sb.url, backend, recorder) as client:
                await client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
                assert recorder.count == 2
                await client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
                assert recorder.count == 3
                return client.clock_offset_ms

        assert abs(asyncio.run(main()) - 5000) <= 1500


def test_clock_skew_retried_only_once() -> None:
    """A server that keeps answering INVALID_TIMESTAMP gets exactly one clock-adjusted retry."""
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    stale = fail_reply("400003", "outside recvWindow")
    stale.headers = [("Date", date)]
    with serve(scripted(stale)) as server, sync_client(server.url, max_retries=3) as client:
        with pytest.raises(errors.BinancePayError) as info:
            client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        assert len(server.requests) == 2
    assert_sdk_error(info.value, errors.InvalidTimestampError)
    assert abs(client.clock_offset_ms - 60_000) <= 1500
