"""Raw access: `with_raw_response` keeps the status, headers and exact body bytes; `.parse()` gives
what the plain call would return or raise. And `with_options`: derived clients share the transport,
keys and clock offset, but not the resource cache."""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import time
from decimal import Decimal

import httpx
import pytest
from binance_pay import (
    APIConnectionError,
    APIStatusError,
    AssetQueryResp,
    AsyncBinancePayClient,
    BinancePayClient,
    BinancePayError,
    ClientClosedError,
    RawResponse,
    RequestValidationError,
    ResponseValidationError,
    Timeout,
    errors,
)
from client_helpers import (
    API_KEY,
    HTML,
    SECRET_KEY,
    Scripted,
    assert_signed,
    envelope_bytes,
    fail_bytes,
    success_bytes,
)


def four(timeout: Timeout) -> tuple[float | None, ...]:
    return (timeout.connect, timeout.read, timeout.write, timeout.pool)


TRACED = {"Content-Type": "application/json", "X-Trace-Id": "trace-42"}
FAST = {"initial_retry_delay": 0.001, "max_retry_delay": 0.002}


def test_raw_success_keeps_status_headers_and_exact_bytes(make_client) -> None:
    body = success_bytes(balance="999999999999999.99999999", availableBtcValuation="0E-8")
    client, recorder = make_client(Scripted(body=body, headers=TRACED))
    raw = client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-trace-id"] == "trace-42"
    assert raw.headers.get("X-TRACE-ID") == "trace-42"
    assert raw.headers["content-type"] == "application/json"
    assert raw.content == body
    assert raw.text == body.decode()
    assert repr(raw) == f"<RawResponse [200] {len(body)} bytes>"
    result = raw.parse()
    assert isinstance(result, AssetQueryResp)
    assert str(result.balance) == "999999999999999.99999999"
    assert str(result.available_btc_valuation) == "0E-8"
    assert type(result.balance) is Decimal
    assert raw.parse() is result  # parsed once, at the call
    assert recorder.calls == 1
    assert_signed(recorder.requests[0].headers, recorder.bodies[0])
    assert recorder.bodies[0] == b'{"wallet":"SPOT_WALLET","currency":"USDT"}'


def test_raw_result_equals_the_plain_call(make_client) -> None:
    client, _ = make_client(Scripted(body=success_bytes()))
    plain = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    parsed = client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT").parse()
    assert parsed == plain
    assert parsed.to_dict() == plain.to_dict()


@pytest.mark.parametrize(
    ("scripted", "expected"),
    [
        pytest.param(
            Scripted(status=401, body=fail_bytes("400002", "bad sig")), errors.InvalidSignatureError, id="fail"
        ),
        pytest.param(Scripted(status=200, body=fail_bytes("400001", "bad")), errors.InvalidRequestError, id="fail-200"),
        pytest.param(Scripted(status=400, body=fail_bytes("499999", "new")), BinancePayError, id="undocumented"),
        pytest.param(Scripted(body=success_bytes(balance="-1")), ResponseValidationError, id="invalid"),
        pytest.param(Scripted(body=success_bytes(asset="BTC")), ResponseValidationError, id="crossed"),
        pytest.param(
            Scripted(status=502, body=b"<html>" + b"x" * 900 + b"</html>", headers=HTML), APIStatusError, id="html"
        ),
        pytest.param(Scripted(status=400, body=success_bytes()), APIStatusError, id="success-400"),
        pytest.param(Scripted(body=b"[]"), ResponseValidationError, id="not-object"),
    ],
)
def test_raw_parse_raises_what_the_plain_call_raises(make_client, scripted, expected) -> None:
    client, recorder = make_client(scripted)
    raw = client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
    assert raw.status_code == scripted.status
    assert raw.content == scripted.body  # the whole body, not an excerpt
    with pytest.raises(BinancePayError) as from_raw:
        raw.parse()
    with pytest.raises(BinancePayError) as from_plain:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert type(from_raw.value) is type(from_plain.value) is expected
    assert str(from_raw.value) == str(from_plain.value)
    assert from_raw.value.code == from_plain.value.code
    assert from_raw.value.request == from_plain.value.request
    assert recorder.calls == 2


def test_raw_fail_keeps_the_error_details(make_client) -> None:
    raw_body = fail_bytes("400003", "too old")
    client, _ = make_client(Scripted(status=401, body=raw_body))
    raw = client.wallet.with_raw_response.balance(wallet="FUNDING_WALLET", currency="BTC")
    assert (raw.status_code, raw.content) == (401, raw_body)
    with pytest.raises(errors.InvalidTimestampError) as info:
        raw.parse()
    assert info.value.code == "400003"
    assert info.value.error_message == "too old"
    assert info.value.status_code == 401


def test_raw_retries_and_returns_the_last_attempt(make_client) -> None:
    client, recorder = make_client(
        Scripted(status=503, body=b"<html>busy</html>", headers=HTML),
        Scripted(body=success_bytes(), headers=TRACED),
        max_retries=1,
        **FAST,
    )
    raw = client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
    assert raw.status_code == 200
    assert raw.headers["X-Trace-Id"] == "trace-42"
    assert raw.parse().asset == "USDT"
    assert recorder.calls == 2

    client, recorder = make_client(Scripted(status=503, body=b"<html>busy</html>", headers=HTML), max_retries=2, **FAST)
    raw = client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
    assert (raw.status_code, raw.content) == (503, b"<html>busy</html>")
    with pytest.raises(APIStatusError):
        raw.parse()
    assert recorder.calls == 3


def test_raw_per_call_max_retries(make_client) -> None:
    client, recorder = make_client(Scripted(status=503, body=b"down", headers=HTML), max_retries=0, **FAST)
    raw = client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT", max_retries=1)
    assert raw.status_code == 503
    assert recorder.calls == 2


def test_raw_adopts_the_server_clock(make_client) -> None:
    date = email.utils.formatdate(time.time() + 7200, usegmt=True)
    client, recorder = make_client(
        Scripted(status=401, body=fail_bytes("400003"), headers={"Content-Type": "application/json", "Date": date}),
        Scripted(body=success_bytes()),
    )
    raw = client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
    assert raw.status_code == 200
    assert raw.parse().asset == "USDT"
    assert recorder.calls == 2
    assert 7_195_000 < client.clock_offset_ms < 7_205_000


def test_raw_transport_errors_still_raise() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        BinancePayClient(API_KEY, SECRET_KEY, transport=httpx.MockTransport(handler), max_retries=0) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.sent is False


def test_raw_too_large_and_encoded_bodies_still_raise(make_client) -> None:
    client, _ = make_client(Scripted(body=success_bytes() + b" " * 4096), max_response_bytes=1024)
    with pytest.raises(errors.ResponseTooLargeError):
        client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
    gzip_headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    client, _ = make_client(Scripted(body=gzip.compress(success_bytes()), headers=gzip_headers))
    with pytest.raises(APIStatusError, match="gzip"):
        client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")


def test_raw_request_validation_sends_nothing(make_client) -> None:
    client, recorder = make_client()
    with pytest.raises(RequestValidationError) as info:
        client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="usdt")
    assert info.value.field == "currency"
    assert recorder.calls == 0


def test_raw_resource_is_cached_per_resource(make_client) -> None:
    client, _ = make_client()
    assert client.wallet is client.wallet
    assert client.wallet.with_raw_response is client.wallet.with_raw_response


def test_async_raw_response(make_async_client) -> None:
    body = success_bytes(balance="0.00000001")
    client, recorder = make_async_client(
        Scripted(body=body, headers=TRACED), Scripted(status=401, body=fail_bytes("400002", "bad"))
    )

    async def main():
        async with client:
            ok = await client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
            fail = await client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
            return ok, fail

    ok, fail = asyncio.run(main())
    assert (ok.status_code, ok.content, ok.headers["x-trace-id"]) == (200, body, "trace-42")
    assert format(ok.parse().balance, "f") == "0.00000001"
    assert (fail.status_code, fail.content) == (401, fail_bytes("400002", "bad"))
    with pytest.raises(errors.InvalidSignatureError):
        fail.parse()
    assert recorder.calls == 2
    for request, sent in zip(recorder.requests, recorder.bodies, strict=True):
        assert_signed(request.headers, sent)


# ---- with_options ------------------------------------------------------------------------------------------------


def test_with_options_shares_the_transport_but_not_the_resources(make_client) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    wallet = client.wallet
    derived = client.with_options(max_retries=3)
    assert type(derived) is BinancePayClient
    assert derived._transport is client._transport
    assert derived._options.auth is client._options.auth
    assert derived.wallet is not wallet
    assert derived.wallet._client is derived
    assert client.wallet is wallet and wallet._client is client
    assert derived.wallet.with_raw_response is not wallet.with_raw_response
    assert derived.wallet.with_raw_response.balance.__wrapped__.__self__ is derived.wallet
    assert derived.wallet.balance(wallet="SPOT_WALLET", currency="USDT").asset == "USDT"
    assert client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").asset == "USDT"
    assert recorder.calls == 2  # both went through the one transport
    for request, body in zip(recorder.requests, recorder.bodies, strict=True):
        assert_signed(request.headers, body)


def test_with_options_changes_only_the_derived_client(make_client) -> None:
    client, recorder = make_client(Scripted(status=503, body=b"down", headers=HTML), max_retries=0, **FAST)
    derived = client.with_options(max_retries=2, timeout=Timeout(1.0, 2.0, 3.0, 4.0))
    assert derived._options.max_retries == 2 and client._options.max_retries == 0
    assert four(derived._options.timeout) == (1.0, 2.0, 3.0, 4.0)
    assert client._options.timeout != derived._options.timeout
    with pytest.raises(APIStatusError):
        derived.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert recorder.calls == 3
    with pytest.raises(APIStatusError):
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert recorder.calls == 4
    assert recorder.requests[0].extensions["timeout"] == {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}
    assert recorder.requests[3].extensions["timeout"] == {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}


def test_with_options_keeps_unchanged_options(make_client) -> None:
    client, _ = make_client(max_retries=1, timeout=7.0)
    assert client.with_options()._options.max_retries == 1
    assert four(client.with_options(max_retries=0)._options.timeout) == (7.0, 7.0, 7.0, 7.0)
    assert client.with_options(timeout=2.5)._options.max_retries == 1
    assert four(client.with_options(timeout=httpx.Timeout(3.0))._options.timeout) == (3.0, 3.0, 3.0, 3.0)
    assert four(client._options.timeout) == (7.0, 7.0, 7.0, 7.0)
    assert client.with_options(max_retries=0).base_url == client.base_url


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"max_retries": True}, {"max_retries": 1.5}, {"timeout": -1}, {"timeout": float("inf")}],
    ids=repr,
)
def test_with_options_checks_its_arguments(make_client, kwargs) -> None:
    client, _ = make_client()
    with pytest.raises(ValueError):
        client.with_options(**kwargs)


def test_with_options_shares_the_clock_offset(make_client) -> None:
    date = email.utils.formatdate(time.time() - 3600, usegmt=True)
    client, recorder = make_client(
        Scripted(status=401, body=fail_bytes("400003"), headers={"Content-Type": "application/json", "Date": date}),
        Scripted(body=success_bytes()),
    )
    derived = client.with_options(max_retries=0)
    derived.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert -3_605_000 < client.clock_offset_ms < -3_595_000  # learned by the derived client, used by both
    assert client.clock_offset_ms == derived.clock_offset_ms
    before = time.time_ns() // 1_000_000
    client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert int(recorder.requests[-1].headers["BinancePay-Timestamp"]) < before - 3_590_000
    client.clock_offset_ms = 1234
    assert derived.clock_offset_ms == 1234


def test_with_options_shares_the_pool_so_close_closes_both(make_client) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    derived = client.with_options(max_retries=1)
    derived.close()
    for closed in (client, derived):
        with pytest.raises(ClientClosedError):
            closed.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert recorder.calls == 0


def test_with_options_repr_hides_the_secret(make_client) -> None:
    client, _ = make_client()
    derived = client.with_options(timeout=3)
    assert SECRET_KEY not in repr(derived)
    assert repr(derived) == repr(client)


def test_async_with_options(make_async_client) -> None:
    client, recorder = make_async_client(Scripted(status=503, body=b"down", headers=HTML), max_retries=0, **FAST)
    derived = client.with_options(max_retries=1)
    assert type(derived) is AsyncBinancePayClient
    assert derived._transport is client._transport
    assert derived.wallet is not client.wallet and derived.wallet._client is derived

    async def main() -> None:
        async with client:
            with pytest.raises(APIStatusError):
                await derived.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
            assert recorder.calls == 2
            with pytest.raises(APIStatusError):
                await client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
            assert recorder.calls == 3
        with pytest.raises(ClientClosedError):
            await derived.wallet.balance(wallet="SPOT_WALLET", currency="USDT")

    asyncio.run(main())
    derived.clock_offset_ms = -500
    assert client.clock_offset_ms == -500


def test_result_model_parses_raw_content(make_client) -> None:
    """The raw bytes are enough to rebuild the typed result with the generated models."""
    from binance_pay import AssetQueryResp
    from binance_pay._json import DECODER

    body = envelope_bytes(
        '{"balance":1.5,"asset":"USDT","fiat":"USD","availableFiatValuation":2,"availableBtcValuation":0.10000000}'
    )
    client, _ = make_client(Scripted(body=body))
    raw = client.wallet.with_raw_response.balance(wallet="SPOT_WALLET", currency="USDT")
    envelope = DECODER.decode(raw.content.decode())
    assert envelope["status"] == "SUCCESS"
    data = AssetQueryResp.from_dict(envelope["data"])
    assert str(data.available_btc_valuation) == "0.10000000"
    assert data == raw.parse()
