"""Clock-offset learning, Retry-After, response size limit, and exception pickling."""

from __future__ import annotations

import email.utils
import pickle
import time

import pytest
from binance_pay import APIStatusError, BinancePayError, ResponseTooLargeError, errors
from binance_pay.errors import RequestInfo
from client_helpers import BALANCE_PATH, HTML, Scripted, assert_signed, fail_bytes, success_bytes


def test_invalid_timestamp_adopts_server_clock_and_resends(make_client) -> None:
    server_now = time.time() + 3600
    date = email.utils.formatdate(server_now, usegmt=True)
    client, recorder = make_client(
        Scripted(status=401, body=fail_bytes("400003"), headers={"Content-Type": "application/json", "Date": date}),
        Scripted(body=success_bytes()),
        max_retries=0,
    )
    assert client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").asset == "USDT"
    assert recorder.calls == 2
    first, second = (int(r.headers["BinancePay-Timestamp"]) for r in recorder.requests)
    assert abs(second - first - 3_600_000) < 5_000
    assert 3_595_000 < client.clock_offset_ms < 3_605_000
    for request, body in zip(recorder.requests, recorder.bodies, strict=True):
        assert_signed(request.headers, body)


def test_retry_after_is_honoured_and_capped(make_client) -> None:
    headers = {**HTML, "Retry-After": "0"}
    client, recorder = make_client(
        Scripted(status=429, body=b"slow down", headers=headers), Scripted(body=success_bytes()), max_retries=1
    )
    assert client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").fiat == "USD"
    assert recorder.calls == 2

    client, recorder = make_client(
        Scripted(status=503, body=b"later", headers={**HTML, "Retry-After": "3600"}),
        Scripted(body=success_bytes()),
        max_retries=3,
    )
    started = time.monotonic()
    with pytest.raises(APIStatusError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert time.monotonic() - started < 5
    assert recorder.calls == 1


def test_response_too_large(make_client) -> None:
    client, _ = make_client(Scripted(body=success_bytes() + b" " * 5000), max_response_bytes=1024)
    with pytest.raises(ResponseTooLargeError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.status_code == 200
    assert len(info.value.body) <= 1024


PICKLABLE = [
    pytest.param(lambda: errors.InvalidSignatureError("bad", status_code=401), id="result-code"),
    pytest.param(
        lambda: BinancePayError("[499999] m (HTTP 400)", code="499999", error_message="m", status_code=400),
        id="undocumented",
    ),
    pytest.param(lambda: errors.ClientClosedError("The client is closed"), id="closed"),
    pytest.param(lambda: errors.APITimeoutError("slow", sent=False), id="timeout"),
    pytest.param(lambda: errors.APIConnectionError("down"), id="connection"),
]

UNPICKLABLE = [
    pytest.param(lambda: errors.RequestValidationError("currency", "must match ^[A-Z0-9]+$"), id="request-validation"),
    pytest.param(
        lambda: errors.ResponseValidationError("data.balance", "must be >= 0", body=b"{}", status_code=200),
        id="response-validation",
    ),
    pytest.param(lambda: errors.APIStatusError("Bad gateway", status_code=502, body=b"<html>"), id="api-status"),
]


@pytest.mark.parametrize("make", PICKLABLE)
def test_errors_survive_pickling(make) -> None:
    error = make()
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and copy.code == error.code
    assert vars(copy) == vars(error)


@pytest.mark.parametrize(
    "scripted",
    [
        Scripted(status=401, body=fail_bytes("400002", "bad signature")),
        Scripted(status=400, body=fail_bytes("499999", "mystery")),
        Scripted(status=502, body=b"<html>502</html>", headers=HTML),
        Scripted(body=success_bytes(balance="-1")),
    ],
)
def test_raised_errors_pickle_with_their_request(make_client, scripted) -> None:
    client, _ = make_client(scripted)
    with pytest.raises(BinancePayError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    error = info.value
    assert error.request == RequestInfo("POST", "https://bpay.test" + BALANCE_PATH)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)
    assert copy.request == error.request


@pytest.mark.parametrize("make", UNPICKLABLE)
def test_validation_and_status_errors_survive_pickling(make) -> None:
    error = make()
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)
    assert isinstance(copy, BinancePayError)
