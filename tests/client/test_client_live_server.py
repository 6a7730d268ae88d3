"""The key behaviours again, over real HTTP to a scripted server on 127.0.0.1 (sync and async)."""

from __future__ import annotations

import asyncio
import json

import pytest
from binance_pay import APIStatusError, AsyncBinancePayClient, BinancePayClient, BinancePayError, errors
from client_helpers import (
    API_KEY,
    BALANCE_PATH,
    HTML,
    SECRET_KEY,
    Scripted,
    assert_signed,
    fail_bytes,
    independent_signature,
    success_bytes,
)


def sync_client(server, **kwargs) -> BinancePayClient:
    kwargs.setdefault("max_retries", 0)
    return BinancePayClient(API_KEY, SECRET_KEY, base_url=server.base_url, **kwargs)


def test_success_decimals_over_http(live_server) -> None:
    live_server.script(Scripted(body=success_bytes(balance="999999999999999.99999999")))
    with sync_client(live_server) as client:
        result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert str(result.balance) == "999999999999999.99999999"
    assert str(result.available_fiat_valuation) == "989991.90516600"
    assert str(result.available_btc_valuation) == "22.98780000"


def test_server_verifies_signature_of_raw_bytes(live_server) -> None:
    live_server.script(Scripted(body=success_bytes(asset="BNB")), Scripted(body=success_bytes()))
    with sync_client(live_server) as client:
        client.wallet.balance(wallet="FUNDING_WALLET", currency="BNB")
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert len(live_server.received) == 2
    for received in live_server.received:
        assert received.method == "POST"
        assert received.path == BALANCE_PATH
        assert received.headers["Content-Type"].startswith("application/json")
        assert int(received.headers["Content-Length"]) == len(received.body)
        assert_signed(received.headers, received.body)
        # a server holding a different secret must reject it
        headers = received.headers
        other = independent_signature(
            "not-the-secret", headers["BinancePay-Timestamp"], headers["BinancePay-Nonce"], received.body
        )
        assert headers["BinancePay-Signature"] != other
    assert json.loads(live_server.received[0].body) == {"wallet": "FUNDING_WALLET", "currency": "BNB"}
    assert live_server.received[0].headers["BinancePay-Nonce"] != live_server.received[1].headers["BinancePay-Nonce"]


def test_fail_code_over_http(live_server) -> None:
    live_server.script(Scripted(status=401, body=fail_bytes("400002", "Signature for this request is not valid.")))
    with sync_client(live_server, max_retries=3) as client, pytest.raises(errors.InvalidSignatureError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.code == "400002"
    assert info.value.status_code == 401
    assert info.value.error_message == "Signature for this request is not valid."
    assert len(live_server.received) == 1  # never retried


def test_undocumented_code_over_http(live_server) -> None:
    live_server.script(Scripted(status=400, body=fail_bytes("499999", "new thing")))
    with sync_client(live_server) as client, pytest.raises(BinancePayError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert type(info.value) is BinancePayError
    assert info.value.code == "499999"


def test_html_502_over_http(live_server) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1>" + b"x" * 5000 + b"</body></html>"
    live_server.script(Scripted(status=502, body=page, headers=HTML))
    with sync_client(live_server) as client, pytest.raises(APIStatusError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert type(info.value) is APIStatusError
    assert info.value.status_code == 502
    assert page.startswith(info.value.body) and 0 < len(info.value.body) < len(page)


def test_retry_503_then_success_over_http(live_server) -> None:
    live_server.script(Scripted(status=503, body=b"<html>busy</html>", headers=HTML), Scripted(body=success_bytes()))
    with sync_client(live_server, max_retries=2, initial_retry_delay=0.001) as client:
        assert client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").asset == "USDT"
    assert len(live_server.received) == 2
    assert live_server.received[0].headers["BinancePay-Nonce"] != live_server.received[1].headers["BinancePay-Nonce"]
    for received in live_server.received:
        assert_signed(received.headers, received.body)


def test_request_validation_sends_nothing_over_http(live_server) -> None:
    with sync_client(live_server) as client, pytest.raises(errors.RequestValidationError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="usdt")
    assert live_server.received == []


def test_connection_refused_is_api_connection_error() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = BinancePayClient(API_KEY, SECRET_KEY, base_url=f"http://127.0.0.1:{port}", max_retries=0)
    with client, pytest.raises(errors.APIConnectionError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")


def test_async_success_and_fail_over_http(live_server) -> None:
    live_server.script(
        Scripted(body=success_bytes(balance="0E-8")),
        Scripted(status=400, body=fail_bytes("400001", "bad")),
    )

    async def main():
        async with AsyncBinancePayClient(API_KEY, SECRET_KEY, base_url=live_server.base_url, max_retries=0) as client:
            ok = await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
            with pytest.raises(errors.InvalidRequestError) as info:
                await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
            return ok, info.value

    ok, error = asyncio.run(main())
    assert str(ok.balance) == "0E-8"
    assert error.code == "400001" and error.status_code == 400
    assert len(live_server.received) == 2
    for received in live_server.received:
        assert_signed(received.headers, received.body)


def test_async_concurrent_requests_over_http(live_server) -> None:
    live_server.script(Scripted(body=success_bytes()))

    async def main():
        async with AsyncBinancePayClient(API_KEY, SECRET_KEY, base_url=live_server.base_url, max_retries=0) as client:
            return await asyncio.gather(
                *(client.wallet.balance(wallet="SPOT_WALLET", currency="USDT") for _ in range(10))
            )

    results = asyncio.run(main())
    assert all(str(r.balance) == "990000.00000000" for r in results)
    assert len(live_server.received) == 10
    assert len({r.headers["BinancePay-Nonce"] for r in live_server.received}) == 10
    for received in live_server.received:
        assert_signed(received.headers, received.body)
