"""`extra_body` / `extra_headers`: fields and headers the spec does not know yet, signed and sent as given,
on every method (sync and async, every wire path), per call and through `with_options`."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import pkgutil
from decimal import Decimal

import binance_pay.resources
import pytest
from binance_pay import AsyncBinancePayClient, BinancePayClient, RequestValidationError
from client_helpers import API_KEY, SECRET_KEY, Scripted, assert_signed, success_bytes

BALANCE = {"wallet": "SPOT_WALLET", "currency": "USDT"}


def _sent(received) -> dict:
    return json.loads(received.body, parse_float=Decimal)


@pytest.mark.parametrize("backend", ["stdlib", "httpx"])
def test_an_extra_field_and_header_are_signed_and_sent_over_http(live_server, backend) -> None:
    live_server.script(Scripted(body=success_bytes()))
    with BinancePayClient(
        API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend=backend, max_retries=0
    ) as client:
        client.wallet.balance(
            **BALANCE, extra_body={"newField": Decimal("0.10000000")}, extra_headers={"X-Trace": "t-1"}
        )
    (received,) = live_server.received
    assert received.body == b'{"wallet":"SPOT_WALLET","currency":"USDT","newField":0.10000000}'
    assert received.headers["X-Trace"] == "t-1"
    assert_signed(received.headers, received.body)


@pytest.mark.parametrize("backend", ["asyncio", "aiohttp", "httpx"])
def test_async_extras_are_signed_and_sent_over_http(live_server, backend) -> None:
    live_server.script(Scripted(body=success_bytes()))

    async def call() -> None:
        async with AsyncBinancePayClient(
            API_KEY, SECRET_KEY, base_url=live_server.base_url, http_backend=backend, max_retries=0
        ) as client:
            await client.wallet.balance(**BALANCE, extra_body={"nested": {"a": [1, "b"]}}, extra_headers={"X-A": "1"})

    asyncio.run(call())
    (received,) = live_server.received
    assert _sent(received) == {**BALANCE, "nested": {"a": [1, "b"]}}
    assert received.headers["X-A"] == "1"
    assert_signed(received.headers, received.body)


def test_with_options_extras_apply_to_every_call_and_a_calls_own_win(make_client) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    tagged = client.with_options(extra_body={"channel": "web", "tier": 1}, extra_headers={"X-Shop": "s1"})
    tagged.wallet.balance(**BALANCE, extra_body={"tier": 2}, extra_headers={"X-Call": "c"})
    body = json.loads(recorder.requests[-1].content)
    assert body == {**BALANCE, "channel": "web", "tier": 2}
    headers = recorder.requests[-1].headers
    assert (headers["X-Shop"], headers["X-Call"]) == ("s1", "c")
    client.wallet.balance(**BALANCE)  # the original client is unchanged
    assert json.loads(recorder.requests[-1].content) == BALANCE
    assert "X-Shop" not in recorder.requests[-1].headers


def test_a_field_the_method_already_sends_is_refused_naming_its_argument(make_client) -> None:
    client, recorder = make_client()
    with pytest.raises(RequestValidationError) as caught:
        client.wallet.balance(**BALANCE, extra_body={"currency": "BTC"})
    assert caught.value.field == "extra_body.currency"
    assert "pass it as the argument `currency`" in str(caught.value)
    with pytest.raises(RequestValidationError, match=r"extra_body\.wallet"):  # from with_options too
        client.with_options(extra_body={"wallet": "X"}).wallet.balance(**BALANCE)
    assert recorder.requests == []


def test_the_rest_of_the_request_is_still_validated(make_client) -> None:
    client, recorder = make_client()
    with pytest.raises(RequestValidationError) as caught:
        client.wallet.balance(wallet="NOT_A_WALLET", currency="USDT", extra_body={"x": 1})
    assert caught.value.field == "wallet"
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"amount": 0.1}, "extra_body.amount"),
        ({"deep": {"list": [Decimal("1"), 0.5]}}, "extra_body.deep.list[1]"),
        ({"inf": Decimal("Infinity")}, "extra_body.inf"),
        ({"obj": object()}, "extra_body.obj"),
    ],
)
def test_extra_values_json_cannot_hold_exactly_are_refused(make_client, extra, field) -> None:
    client, recorder = make_client()
    with pytest.raises(RequestValidationError) as caught:
        client.wallet.balance(**BALANCE, extra_body=extra)
    assert caught.value.field == field
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("headers", "field"),
    [
        ({"BinancePay-Signature": "x"}, "extra_headers.BinancePay-Signature"),
        ({"binancepay-nonce": "x"}, "extra_headers.binancepay-nonce"),
        ({"Content-Type": "text/plain"}, "extra_headers.Content-Type"),
        ({"Host": "evil"}, "extra_headers.Host"),
        ({"X-Split": "a\r\nInjected: 1"}, "extra_headers.X-Split"),
        ({"Bad Name": "x"}, "extra_headers"),
        ({"X-Number": 1}, "extra_headers.X-Number"),
    ],
)
def test_headers_the_client_owns_or_cannot_send_are_refused(make_client, headers, field) -> None:
    client, recorder = make_client()
    with pytest.raises(RequestValidationError) as caught:
        client.wallet.balance(**BALANCE, extra_headers=headers)
    assert caught.value.field == field
    with pytest.raises(RequestValidationError):
        client.with_options(extra_headers=headers)
    assert recorder.requests == []


def test_a_header_value_never_appears_in_the_error(make_client) -> None:
    client, _ = make_client()
    with pytest.raises(RequestValidationError) as caught:
        client.wallet.balance(**BALANCE, extra_headers={"Authorization": "Bearer sk-secret\n"})
    assert "sk-secret" not in str(caught.value) and "sk-secret" not in repr(caught.value)


def _operation_methods() -> list:
    methods = []
    for info in pkgutil.iter_modules(binance_pay.resources.__path__):
        module = importlib.import_module(f"binance_pay.resources.{info.name}")
        for _, resource in inspect.getmembers(module, inspect.isclass):
            if resource.__module__ == module.__name__ and not resource.__name__.endswith("WithRawResponse"):
                methods += [
                    m for _, m in inspect.getmembers(resource, inspect.isfunction) if not m.__name__.startswith("_")
                ]
    return [m for m in methods if "max_retries" in inspect.signature(m).parameters]


def test_every_method_sync_and_async_takes_the_escape_hatches() -> None:
    methods = _operation_methods()
    assert len(methods) == 2 * 41
    for method in methods:
        assert {"extra_body", "extra_headers"} <= inspect.signature(method).parameters.keys(), method.__qualname__


def test_raw_response_variants_pass_the_extras_through(make_client) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    raw = client.wallet.with_raw_response.balance(**BALANCE, extra_body={"x": "y"}, extra_headers={"X-R": "1"})
    assert raw.status_code == 200
    assert json.loads(recorder.requests[-1].content) == {**BALANCE, "x": "y"}
    assert recorder.requests[-1].headers["X-R"] == "1"


def test_a_string_amount_is_refused_with_the_exact_fix(make_client) -> None:
    client, recorder = make_client()
    with pytest.raises(RequestValidationError) as caught:
        client.transfers.create(request_id="t1", currency="USDT", amount="10.00", transfer_type="TO_MAIN")  # type: ignore[arg-type]
    assert caught.value.field == "amount"
    assert "pass Decimal('10.00')" in str(caught.value)
    assert recorder.requests == []
