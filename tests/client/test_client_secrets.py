"""Credentials: environment fallback, MissingCredentialsError, and no secret in any repr or message."""

from __future__ import annotations

import asyncio
import logging
import pickle
import traceback

import httpx
import pytest
from binance_pay import (
    AsyncBinancePayClient,
    BinancePayClient,
    BinancePayError,
    MissingCredentialsError,
    Secret,
)
from binance_pay.errors import RequestInfo
from client_helpers import API_KEY, HTML, SECRET_KEY, Scripted, assert_signed, fail_bytes, success_bytes


def test_keys_from_environment(monkeypatch) -> None:
    monkeypatch.setenv("BINANCE_PAY_API_KEY", "envApiKey123")
    monkeypatch.setenv("BINANCE_PAY_SECRET_KEY", "env-secret-456")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Content-Type": "application/json"}, content=success_bytes())

    with BinancePayClient(transport=httpx.MockTransport(handler)) as client:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert_signed(seen[0].headers, seen[0].read(), secret="env-secret-456", api_key="envApiKey123")


def test_explicit_keys_win_over_environment(monkeypatch, make_client) -> None:
    monkeypatch.setenv("BINANCE_PAY_API_KEY", "envApiKey123")
    monkeypatch.setenv("BINANCE_PAY_SECRET_KEY", "env-secret-456")
    client, recorder = make_client(Scripted(body=success_bytes()))
    client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert_signed(recorder.requests[0].headers, recorder.bodies[0])


@pytest.mark.parametrize("cls", [BinancePayClient, AsyncBinancePayClient])
@pytest.mark.parametrize(
    ("api_key", "secret_key", "env"),
    [
        (None, None, {}),
        ("key", None, {}),
        (None, "secret", {}),
        ("", "secret", {}),
        ("key", "", {}),
        (None, "secret", {"BINANCE_PAY_SECRET_KEY": "x"}),
        ("key", None, {"BINANCE_PAY_API_KEY": "x"}),
    ],
)
def test_missing_credentials(monkeypatch, cls, api_key, secret_key, env) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(MissingCredentialsError) as info:
        cls(api_key, secret_key)
    assert isinstance(info.value, BinancePayError)
    if secret_key:
        assert secret_key not in str(info.value)


def test_client_repr_hides_secret(make_client) -> None:
    client, _ = make_client()
    for text in (repr(client), str(client), repr(client._options.auth), repr(client._transport), repr(client.__dict__)):
        assert SECRET_KEY not in text
    assert API_KEY not in repr(client)  # only a prefix of the API key is shown

    async_client = AsyncBinancePayClient(API_KEY, SECRET_KEY)
    assert SECRET_KEY not in repr(async_client)
    asyncio.run(async_client.aclose())


def test_secret_type() -> None:
    secret = Secret(SECRET_KEY)
    assert SECRET_KEY not in repr(secret)
    assert SECRET_KEY not in str(secret)
    assert SECRET_KEY not in f"{secret}"
    assert secret.reveal() == SECRET_KEY
    with pytest.raises(TypeError):
        pickle.dumps(secret)


@pytest.mark.parametrize(
    "scripted",
    [
        Scripted(status=401, body=fail_bytes("400002", "bad signature")),
        Scripted(status=400, body=fail_bytes("499999", "mystery")),
        Scripted(status=502, body=b"<html>502</html>", headers=HTML),
        Scripted(body=success_bytes(balance="-1")),
        Scripted(body=b"[]"),
    ],
)
def test_errors_do_not_contain_secret(make_client, scripted, caplog) -> None:
    client, _ = make_client(scripted)
    caplog.set_level(logging.DEBUG, logger="binance_pay")
    with pytest.raises(BinancePayError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    error = info.value
    assert type(error.request) is RequestInfo and not hasattr(error.request, "headers")
    rendered = [str(error), repr(error), repr(error.request), repr(vars(error)), caplog.text]
    rendered.append("".join(traceback.format_exception(error)))
    for text in rendered:
        assert SECRET_KEY not in text


def test_debug_log_of_a_call_has_no_secret_or_signature(make_client, caplog) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    caplog.set_level(logging.DEBUG, logger="binance_pay")
    client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    raw = client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
    assert "POST https://bpay.test/binancepay/openapi/balance -> 200" in caplog.text
    for request in recorder.requests:
        assert request.headers["BinancePay-Signature"] not in caplog.text
        assert request.headers["BinancePay-Nonce"] not in caplog.text
    assert SECRET_KEY not in caplog.text
    assert SECRET_KEY not in repr(raw) and SECRET_KEY.encode() not in raw.content


def test_async_errors_do_not_contain_secret(make_async_client, caplog) -> None:
    client, _ = make_async_client(Scripted(status=401, body=fail_bytes("400002", "bad signature")))
    caplog.set_level(logging.DEBUG, logger="binance_pay")

    async def main() -> None:
        async with client:
            await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")

    with pytest.raises(BinancePayError) as info:
        asyncio.run(main())
    error = info.value
    for text in (str(error), repr(error), repr(vars(error)), caplog.text, "".join(traceback.format_exception(error))):
        assert SECRET_KEY not in text
    assert SECRET_KEY.encode() not in pickle.dumps(error)


@pytest.mark.parametrize(
    "scripted",
    [
        Scripted(status=401, body=fail_bytes("400002", "bad signature")),
        Scripted(status=502, body=b"<html>502</html>", headers=HTML),
        Scripted(body=success_bytes(balance="1.000000000")),
    ],
)
def test_pickled_errors_hold_no_secret_nor_headers(make_client, scripted) -> None:
    client, recorder = make_client(scripted)
    with pytest.raises(BinancePayError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    pickled = pickle.dumps(info.value)
    assert SECRET_KEY.encode() not in pickled
    assert recorder.requests[0].headers["BinancePay-Signature"].encode() not in pickled
    assert b"BinancePay-" not in pickled


def test_derived_and_closed_clients_hide_the_secret(make_client) -> None:
    client, _ = make_client()
    derived = client.with_options(max_retries=1)
    client.close()
    for obj in (client, derived, client._options, client._options.auth, client._transport):
        assert SECRET_KEY not in repr(obj)
        assert SECRET_KEY not in str(obj)
    for obj in (client, derived):
        with pytest.raises(TypeError):
            pickle.dumps(obj)
