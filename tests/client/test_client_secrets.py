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
from client_helpers import API_KEY, HTML, SECRET_KEY, Scripted, assert_signed, fail_bytes, success_bytes


def test_keys_from_environment(monkeypatch) -> None:
    monkeypatch.setenv("BINANCE_PAY_API_KEY", "env-api-key-123")
    monkeypatch.setenv("BINANCE_PAY_SECRET_KEY", "env-secret-456")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Content-Type": "application/json"}, content=success_bytes())

    with BinancePayClient(transport=httpx.MockTransport(handler)) as client:
        client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
    assert_signed(seen[0].headers, seen[0].read(), secret="env-secret-456", api_key="env-api-key-123")


def test_explicit_keys_win_over_environment(monkeypatch, make_client) -> None:
    monkeypatch.setenv("BINANCE_PAY_API_KEY", "env-api-key-123")
    monkeypatch.setenv("BINANCE_PAY_SECRET_KEY", "env-secret-456")
    client, recorder = make_client(Scripted(body=success_bytes()))
    client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
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
    for text in (repr(client), str(client), repr(client.openapi_client), repr(client.__dict__)):
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
        client.query_wallet_balance(wallet="SPOT_WALLET", currency="USDT")
    error = info.value
    rendered = [str(error), repr(error), repr(error.request), repr(vars(error)), caplog.text]
    rendered.append("".join(traceback.format_exception(error)))
    for text in rendered:
        assert SECRET_KEY not in text
