"""AsyncBinancePayClient through httpx.MockTransport."""

from __future__ import annotations

import asyncio

import pytest
from binance_pay import APIStatusError, AsyncBinancePayClient, BinancePayError, errors
from client_helpers import HTML, Scripted, assert_signed, fail_bytes, success_bytes


def test_async_success(make_async_client) -> None:
    client, recorder = make_async_client(Scripted(body=success_bytes(balance="999999999999999.99999999")))

    async def main():
        async with client:
            return await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")

    result = asyncio.run(main())
    assert str(result.balance) == "999999999999999.99999999"
    assert str(result.available_fiat_valuation) == "989991.90516600"
    assert recorder.calls == 1
    assert_signed(recorder.requests[0].headers, recorder.bodies[0])


def test_async_fail(make_async_client) -> None:
    client, recorder = make_async_client(Scripted(status=401, body=fail_bytes("400003", "too old")), max_retries=3)

    async def main() -> None:
        async with client:
            await client.wallet.balance(wallet="FUNDING_WALLET", currency="BTC")

    with pytest.raises(errors.InvalidTimestampError) as info:
        asyncio.run(main())
    assert info.value.code == "400003"
    assert info.value.status_code == 401
    assert info.value.error_message == "too old"
    assert info.value.solution == "Sync server clock"
    assert recorder.calls == 1  # no Date header: nothing to learn, and not retryable


def test_async_undocumented_code(make_async_client) -> None:
    client, _ = make_async_client(Scripted(status=400, body=fail_bytes("499999", "?")))

    async def main() -> None:
        async with client:
            await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")

    with pytest.raises(BinancePayError) as info:
        asyncio.run(main())
    assert type(info.value) is BinancePayError
    assert info.value.code == "499999"


def test_async_retry_503_then_success(make_async_client) -> None:
    client, recorder = make_async_client(
        Scripted(status=503, body=b"<html>down</html>", headers=HTML),
        Scripted(body=success_bytes()),
        max_retries=1,
        initial_retry_delay=0.001,
    )

    async def main():
        async with client:
            return await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")

    assert asyncio.run(main()).asset == "USDT"
    assert recorder.calls == 2
    assert recorder.requests[0].headers["BinancePay-Nonce"] != recorder.requests[1].headers["BinancePay-Nonce"]
    for request, body in zip(recorder.requests, recorder.bodies, strict=True):
        assert_signed(request.headers, body)


def test_async_html_502(make_async_client) -> None:
    client, _ = make_async_client(Scripted(status=502, body=b"<html>bad gateway</html>", headers=HTML))

    async def main() -> None:
        async with client:
            await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")

    with pytest.raises(APIStatusError) as info:
        asyncio.run(main())
    assert info.value.status_code == 502


def test_async_bad_backend_rejected() -> None:
    with pytest.raises(ValueError):
        AsyncBinancePayClient("k" * 8, "s" * 8, http_backend="requests")  # type: ignore[arg-type]
