"""The wire paths: every `http_backend` gives the same result, and "auto" steps aside for proxies."""

from __future__ import annotations

import asyncio
import socket

import pytest
from binance_pay import APIConnectionError, AsyncBinancePayClient, BinancePayClient
from client_helpers import API_KEY, SECRET_KEY, Scripted, assert_signed, success_bytes

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def _refused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("backend", ["auto", "stdlib", "httpx"])
def test_sync_backends_agree(live_server, backend: str) -> None:
    live_server.script(Scripted(body=success_bytes(balance="999999999999999.99999999")))
    with BinancePayClient(API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend=backend) as client:
        first = client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
        second = client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")  # a reused connection
    assert str(first.balance) == str(second.balance) == "999999999999999.99999999"
    assert len(live_server.received) == 2
    for received in live_server.received:
        assert_signed(received.headers, received.body)
        assert received.body == b'{"wallet":"SPOT_WALLET","currency":"USDT"}'


@pytest.mark.parametrize("backend", ["auto", "aiohttp", "httpx"])
def test_async_backends_agree(live_server, backend: str) -> None:
    live_server.script(Scripted(body=success_bytes(balance="0.00000001")))

    async def main() -> list[str]:
        async with AsyncBinancePayClient(
            API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend=backend
        ) as client:
            results = await asyncio.gather(
                *(client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT") for _ in range(4))
            )
        return [format(result.balance, "f") for result in results]

    assert asyncio.run(main()) == ["0.00000001"] * 4
    for received in live_server.received:
        assert_signed(received.headers, received.body)
        assert received.body == b'{"wallet":"SPOT_WALLET","currency":"USDT"}'


def test_auto_uses_the_configured_proxy(live_server, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a proxy variable set, "auto" goes through httpx, which honours it; here the proxy is down."""
    monkeypatch.setenv("HTTP_PROXY", _refused_url())
    live_server.script(Scripted(body=success_bytes()))
    with (
        BinancePayClient(API_KEY, SECRET_KEY, base_url=live_server.base_url, max_retries=0) as client,
        pytest.raises(APIConnectionError),
    ):
        client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
    assert live_server.received == []
    # an explicit "stdlib" ignores proxy variables and reaches the server directly
    with BinancePayClient(API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend="stdlib") as client:
        client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
    assert len(live_server.received) == 1


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="http_backend"):
        BinancePayClient(API_KEY, SECRET_KEY, http_backend="curl")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="http_backend"):
        AsyncBinancePayClient(API_KEY, SECRET_KEY, http_backend="curl")  # type: ignore[arg-type]
