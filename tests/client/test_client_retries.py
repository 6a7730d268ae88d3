"""Retries: transient failures are retried with fresh nonces and valid signatures; others are not."""

from __future__ import annotations

import traceback

import httpx
import pytest
from binance_pay import APIConnectionError, APIStatusError, BinancePayClient, errors
from binance_pay._retry import backoff_delay, parse_retry_after
from client_helpers import HTML, Scripted, assert_signed, fail_bytes, success_bytes

FAST = {"initial_retry_delay": 0.001, "max_retry_delay": 0.002}


def test_503_then_success(make_client) -> None:
    client, recorder = make_client(
        Scripted(status=503, body=b"<html>Service Unavailable</html>", headers=HTML),
        Scripted(body=success_bytes()),
        max_retries=2,
        **FAST,
    )
    result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert str(result.balance) == "990000.00000000"
    assert recorder.calls == 2
    nonces = {r.headers["BinancePay-Nonce"] for r in recorder.requests}
    assert len(nonces) == 2
    for request, body in zip(recorder.requests, recorder.bodies, strict=True):
        assert_signed(request.headers, body)
    assert recorder.bodies[0] == recorder.bodies[1]


def test_unknown_error_is_retried_until_budget(make_client) -> None:
    client, recorder = make_client(Scripted(status=500, body=fail_bytes("400000")), max_retries=2, **FAST)
    with pytest.raises(errors.UnknownError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert recorder.calls == 3
    assert len({r.headers["BinancePay-Nonce"] for r in recorder.requests}) == 3
    for request, body in zip(recorder.requests, recorder.bodies, strict=True):
        assert_signed(request.headers, body)


def test_unknown_error_then_success(make_client) -> None:
    client, recorder = make_client(
        Scripted(status=500, body=fail_bytes("400000")), Scripted(body=success_bytes()), max_retries=1, **FAST
    )
    assert client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").asset == "USDT"
    assert recorder.calls == 2


@pytest.mark.parametrize("status", [401, 200, 503])
def test_invalid_signature_is_never_retried(make_client, status) -> None:
    client, recorder = make_client(
        Scripted(status=status, body=fail_bytes("400002", "Incorrect signature")),
        Scripted(body=success_bytes()),
        max_retries=5,
        **FAST,
    )
    with pytest.raises(errors.InvalidSignatureError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert recorder.calls == 1


@pytest.mark.parametrize("code", ["400001", "400004", "400100", "400104"])
def test_client_errors_are_not_retried(make_client, code) -> None:
    client, recorder = make_client(Scripted(status=400, body=fail_bytes(code)), max_retries=3, **FAST)
    with pytest.raises(errors.RESULT_CODE_ERRORS[code]):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert recorder.calls == 1


def test_response_validation_error_is_not_retried(make_client) -> None:
    client, recorder = make_client(Scripted(body=success_bytes(balance="-1")), max_retries=3, **FAST)
    with pytest.raises(errors.ResponseValidationError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert recorder.calls == 1


def test_max_retries_zero_does_not_retry_503(make_client) -> None:
    client, recorder = make_client(Scripted(status=503, body=b"down", headers=HTML), max_retries=0, **FAST)
    with pytest.raises(APIStatusError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.status_code == 503
    assert recorder.calls == 1


def test_per_call_max_retries(make_client) -> None:
    client, recorder = make_client(Scripted(status=503, body=b"down", headers=HTML), max_retries=0, **FAST)
    with pytest.raises(APIStatusError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT", max_retries=2)
    assert recorder.calls == 3


def test_connection_error_is_retried_then_raised() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError("refused", request=request)

    client = BinancePayClient("k" * 8, "s" * 8, transport=httpx.MockTransport(handler), max_retries=2, **FAST)
    with client, pytest.raises(APIConnectionError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert len(calls) == 3
    error = info.value
    assert error.sent is False  # a connect failure: the request provably never left
    assert "ConnectError" in str(error)
    # httpx's error holds the signed request: it is neither the cause nor the context
    assert error.__cause__ is None and error.__context__ is None
    shown = "".join(traceback.format_exception(error))
    assert calls[-1].headers["BinancePay-Signature"] not in shown
    assert "BinancePay-Signature" not in shown


def test_connection_error_then_success() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ReadError("reset", request=request)
        return httpx.Response(200, headers={"Content-Type": "application/json"}, content=success_bytes())

    with BinancePayClient("k" * 8, "s" * 8, transport=httpx.MockTransport(handler), max_retries=1, **FAST) as client:
        assert client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").fiat == "USD"
    assert len(calls) == 2
    assert calls[0].headers["BinancePay-Nonce"] != calls[1].headers["BinancePay-Nonce"]


def test_timeout_maps_to_api_timeout_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    client = BinancePayClient("k" * 8, "s" * 8, transport=httpx.MockTransport(handler), max_retries=0)
    with client, pytest.raises(errors.APITimeoutError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")


def test_backoff_and_retry_after_helpers() -> None:
    for n in range(6):
        delay = backoff_delay(n, 0.5, 8.0)
        ceiling = min(8.0, 0.5 * 2**n)
        assert ceiling / 2 <= delay <= ceiling
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None


def test_negative_max_retries_rejected() -> None:
    with pytest.raises(ValueError):
        BinancePayClient("k" * 8, "s" * 8, max_retries=-1)
