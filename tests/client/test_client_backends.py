"""The wire paths: every `http_backend` gives the same result, and "auto" steps aside for proxies."""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import socket
import time

import pytest
from binance_pay import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncBinancePayClient,
    BinancePayClient,
    ClientClosedError,
    errors,
)
from binance_pay.errors import RequestInfo
from client_helpers import API_KEY, BALANCE_PATH, SECRET_KEY, Scripted, assert_signed, fail_bytes, success_bytes

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
        assert client.http_backend == ("stdlib" if backend == "auto" else backend)
        first = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
        second = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")  # a reused connection
    assert str(first.balance) == str(second.balance) == "999999999999999.99999999"
    assert len(live_server.received) == 2
    for received in live_server.received:
        assert_signed(received.headers, received.body)
        assert received.body == b'{"wallet":"SPOT_WALLET","currency":"USDT"}'


@pytest.mark.parametrize("backend", ["auto", "asyncio", "aiohttp", "httpx"])
def test_async_backends_agree(live_server, backend: str) -> None:
    live_server.script(Scripted(body=success_bytes(balance="0.00000001")))

    async def main() -> list[str]:
        async with AsyncBinancePayClient(
            API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend=backend
        ) as client:
            assert client.http_backend == ("asyncio" if backend == "auto" else backend)
            results = await asyncio.gather(
                *(client.wallet.balance(wallet="SPOT_WALLET", currency="USDT") for _ in range(4))
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
        assert client.http_backend == "httpx"
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert live_server.received == []
    # an explicit "stdlib" ignores proxy variables, says so, and reaches the server directly
    with pytest.warns(UserWarning, match="'stdlib' connects directly and ignores the proxy") as caught:
        client = BinancePayClient(API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend="stdlib")
    assert caught[0].filename == __file__
    with client:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert len(live_server.received) == 1


def test_an_explicit_asyncio_path_warns_that_it_ignores_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", _refused_url())
    with pytest.warns(UserWarning, match="'asyncio' connects directly and ignores the proxy") as caught:
        AsyncBinancePayClient(API_KEY, SECRET_KEY, http_backend="asyncio")
    assert caught[0].filename == __file__  # the warning points at the caller's line


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="http_backend"):
        BinancePayClient(API_KEY, SECRET_KEY, http_backend="curl")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="http_backend"):
        AsyncBinancePayClient(API_KEY, SECRET_KEY, http_backend="curl")  # type: ignore[arg-type]


SYNC_BACKENDS = ["stdlib", "httpx"]
ASYNC_BACKENDS = ["asyncio", "aiohttp", "httpx"]
TRANSPORT_CLASSES = {
    ("sync", "stdlib"): "StdlibTransport",
    ("sync", "httpx"): "HttpxTransport",
    ("async", "asyncio"): "AsyncioTransport",
    ("async", "aiohttp"): "AiohttpTransport",
    ("async", "httpx"): "AsyncHttpxTransport",
}


def _sync_call(server, backend: str, raw: bool = False, **kwargs):
    kwargs.setdefault("max_retries", 0)
    with BinancePayClient(API_KEY, SECRET_KEY, base_url=server.base_url, http_backend=backend, **kwargs) as client:
        assert client.http_backend == backend
        assert type(client._transport).__name__ == TRANSPORT_CLASSES["sync", backend]
        resource = client.wallet.with_raw_response if raw else client.wallet
        return resource.balance(wallet="SPOT_WALLET", currency="USDT")


def _async_call(server, backend: str, raw: bool = False, **kwargs):
    kwargs.setdefault("max_retries", 0)

    async def main():
        async with AsyncBinancePayClient(
            API_KEY, SECRET_KEY, base_url=server.base_url, http_backend=backend, **kwargs
        ) as client:
            assert client.http_backend == backend
            assert type(client._transport).__name__ == TRANSPORT_CLASSES["async", backend]
            resource = client.wallet.with_raw_response if raw else client.wallet
            return await resource.balance(wallet="SPOT_WALLET", currency="USDT")

    return asyncio.run(main())


ALL_PATHS = [("sync", b) for b in SYNC_BACKENDS] + [("async", b) for b in ASYNC_BACKENDS]


def _call(server, path: tuple[str, str], **kwargs):
    kind, backend = path
    return (_sync_call if kind == "sync" else _async_call)(server, backend, **kwargs)


@pytest.mark.parametrize("path", ALL_PATHS, ids="-".join)
def test_raw_response_on_every_path(live_server, path) -> None:
    body = success_bytes(balance="999999999999999.99999999", availableBtcValuation="0E-8")
    live_server.script(Scripted(body=body, headers={"Content-Type": "application/json", "X-Trace-Id": "t-1"}))
    raw = _call(live_server, path, raw=True)
    assert raw.status_code == 200
    assert raw.content == body
    assert raw.headers.get("x-trace-id") == "t-1"
    assert raw.headers.get("X-TRACE-ID") == "t-1"
    assert int(raw.headers.get("content-length")) == len(body)
    result = raw.parse()
    assert str(result.balance) == "999999999999999.99999999"
    assert str(result.available_btc_valuation) == "0E-8"
    assert_signed(live_server.received[0].headers, live_server.received[0].body)


@pytest.mark.parametrize("path", ALL_PATHS, ids="-".join)
def test_raw_fail_on_every_path(live_server, path) -> None:
    body = fail_bytes("400002", "bad signature")
    live_server.script(Scripted(status=401, body=body))
    raw = _call(live_server, path, raw=True)
    assert (raw.status_code, raw.content) == (401, body)
    with pytest.raises(errors.InvalidSignatureError) as info:
        raw.parse()
    assert info.value.request == RequestInfo("POST", live_server.base_url + BALANCE_PATH)


@pytest.mark.parametrize("path", ALL_PATHS, ids="-".join)
@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "GZIP "])
def test_compressed_bodies_are_refused_on_every_path(live_server, path, encoding) -> None:
    compressed = gzip.compress(success_bytes())
    live_server.script(
        Scripted(body=compressed, headers={"Content-Type": "application/json", "Content-Encoding": encoding})
    )
    with pytest.raises(APIStatusError, match="encoded") as info:
        _call(live_server, path)
    assert type(info.value) is APIStatusError
    assert info.value.status_code == 200
    assert live_server.received[0].headers["Accept-Encoding"] == "identity"
    with pytest.raises(APIStatusError):  # raw access does not decompress either
        _call(live_server, path, raw=True)


@pytest.mark.parametrize("path", ALL_PATHS, ids="-".join)
def test_identity_encoding_is_fine_on_every_path(live_server, path) -> None:
    live_server.script(
        Scripted(body=success_bytes(), headers={"Content-Type": "application/json", "Content-Encoding": "identity"})
    )
    assert _call(live_server, path).asset == "USDT"


@pytest.mark.parametrize("path", ALL_PATHS, ids="-".join)
@pytest.mark.parametrize("length", ["12abc", "-5", "1e3", "99999999999999999999"])
def test_malformed_content_length_is_a_typed_error_on_every_path(live_server, path, length) -> None:
    live_server.script(
        Scripted(body=success_bytes(), headers={"Content-Type": "application/json", "Content-Length": length})
    )
    with pytest.raises((APIStatusError, APIConnectionError)) as info:
        _call(live_server, path, timeout=2)
    assert not isinstance(info.value, APITimeoutError)


def test_malformed_content_length_is_api_status_error_on_stdlib(live_server) -> None:
    live_server.script(
        Scripted(body=success_bytes(), headers={"Content-Type": "application/json", "Content-Length": "12abc"})
    )
    with pytest.raises(APIStatusError, match="Content-Length"):
        _sync_call(live_server, "stdlib")


@pytest.mark.parametrize("backend", SYNC_BACKENDS)
def test_sync_client_closed_error(live_server, backend) -> None:
    live_server.script(Scripted(body=success_bytes()))
    client = BinancePayClient(API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend=backend)
    assert client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").asset == "USDT"
    client.close()
    for call in (client.wallet.balance, client.wallet.with_raw_response.balance):
        with pytest.raises(ClientClosedError) as info:
            call(wallet="SPOT_WALLET", currency="USDT")
        assert info.value.request == RequestInfo("POST", live_server.base_url + BALANCE_PATH)
        assert SECRET_KEY not in str(info.value)
    assert len(live_server.received) == 1  # nothing sent after close(), and not retried
    client.close()  # closing twice is harmless


@pytest.mark.parametrize("backend", SYNC_BACKENDS)
def test_sync_client_closed_before_any_call(live_server, backend) -> None:
    with BinancePayClient(API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend=backend) as client:
        pass
    with pytest.raises(ClientClosedError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert live_server.received == []


@pytest.mark.parametrize("backend", ASYNC_BACKENDS)
@pytest.mark.parametrize("call_first", [True, False])
def test_async_client_closed_error(live_server, backend, call_first) -> None:
    live_server.script(Scripted(body=success_bytes()))

    async def main() -> None:
        client = AsyncBinancePayClient(
            API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend=backend, max_retries=3
        )
        if call_first:
            assert (await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")).asset == "USDT"
        await client.aclose()
        for call in (client.wallet.balance, client.wallet.with_raw_response.balance):
            with pytest.raises(ClientClosedError) as info:
                await call(wallet="SPOT_WALLET", currency="USDT")
            assert info.value.request == RequestInfo("POST", live_server.base_url + BALANCE_PATH)
        await client.aclose()

    asyncio.run(main())
    assert len(live_server.received) == (1 if call_first else 0)


def test_sync_mock_transport_client_closed_error(make_client) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()), max_retries=2)
    assert client.http_backend == "httpx"
    client.close()
    with pytest.raises(ClientClosedError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert recorder.calls == 0


@pytest.mark.parametrize("path", ALL_PATHS, ids="-".join)
def test_retry_then_success_on_every_path(live_server, path) -> None:
    live_server.script(
        Scripted(status=503, body=b"<html>busy</html>", headers={"Content-Type": "text/html"}),
        Scripted(status=500, body=fail_bytes("400000")),
        Scripted(body=success_bytes(balance="0.00000001")),
    )
    result = _call(live_server, path, max_retries=2, initial_retry_delay=0.001, max_retry_delay=0.002)
    assert format(result.balance, "f") == "0.00000001"
    assert len(live_server.received) == 3
    assert len({received.headers["BinancePay-Nonce"] for received in live_server.received}) == 3
    for received in live_server.received:
        assert_signed(received.headers, received.body)


@pytest.mark.parametrize("path", ALL_PATHS, ids="-".join)
def test_clock_skew_is_learned_on_every_path(live_server, path) -> None:
    date = email.utils.formatdate(time.time() + 3600, usegmt=True)
    live_server.script(
        Scripted(status=401, body=fail_bytes("400003"), headers={"Content-Type": "application/json", "Date": date}),
        Scripted(body=success_bytes()),
    )
    assert _call(live_server, path).asset == "USDT"  # max_retries=0: the clock retry is extra
    first, second = (int(received.headers["BinancePay-Timestamp"]) for received in live_server.received)
    assert abs(second - first - 3_600_000) < 5_000
    for received in live_server.received:
        assert_signed(received.headers, received.body)


@pytest.mark.parametrize("path", ALL_PATHS, ids="-".join)
def test_response_too_large_on_every_path(live_server, path) -> None:
    live_server.script(Scripted(body=success_bytes() + b" " * 5000))
    with pytest.raises(errors.ResponseTooLargeError) as info:
        _call(live_server, path, max_response_bytes=1024)
    assert info.value.status_code == 200
    assert len(info.value.body) <= 1024
