"""Arguments that break the request schema raise RequestValidationError and send nothing."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

import binance_pay
import pytest
from binance_pay import BinancePayError, RequestValidationError, Wallet
from binance_pay._operation import Operation
from client_helpers import Scripted, assert_signed, envelope_bytes, success_bytes


@pytest.mark.parametrize(
    ("kwargs", "field", "rule_part"),
    [
        ({"wallet": "MARGIN_WALLET", "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": "spot_wallet", "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": "", "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": 1, "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": ["SPOT_WALLET"], "currency": "USDT"}, "wallet", "one of"),
        ({"wallet": "SPOT_WALLET", "currency": "usdt"}, "currency", "uppercase letters and digits only"),
        ({"wallet": "SPOT_WALLET", "currency": "Usdt"}, "currency", "uppercase letters and digits only"),
        ({"wallet": "SPOT_WALLET", "currency": "USDT\n"}, "currency", "uppercase letters and digits only"),
        ({"wallet": "SPOT_WALLET", "currency": "US DT"}, "currency", "uppercase letters and digits only"),
        ({"wallet": "SPOT_WALLET", "currency": ""}, "currency", "empty"),
        ({"wallet": "SPOT_WALLET", "currency": "A" * 21}, "currency", "at most 20"),
        ({"wallet": "SPOT_WALLET", "currency": 123}, "currency", "string"),
        ({"wallet": "SPOT_WALLET", "currency": b"USDT"}, "currency", "string"),
        ({"wallet": "SPOT_WALLET", "currency": True}, "currency", "string"),
        ({"wallet": None, "currency": "USDT"}, "wallet", "required"),
        ({"wallet": "SPOT_WALLET", "currency": None}, "currency", "required"),
    ],
)
def test_invalid_arguments_raise_and_send_nothing(make_client, kwargs, field, rule_part) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    with pytest.raises(RequestValidationError) as info:
        client.wallet.balance(**kwargs)
    error = info.value
    assert isinstance(error, BinancePayError)
    assert isinstance(error, ValueError)
    assert error.field == field
    assert rule_part in error.rule
    assert field in str(error)
    assert recorder.calls == 0


def test_async_invalid_arguments_send_nothing(make_async_client) -> None:
    client, recorder = make_async_client(Scripted(body=success_bytes()))

    async def main() -> None:
        async with client:
            with pytest.raises(RequestValidationError) as info:
                await client.wallet.balance(wallet="SPOT_WALLET", currency="usdt")
            assert info.value.field == "currency"

    asyncio.run(main())
    assert recorder.calls == 0


@pytest.mark.parametrize("wallet", [Wallet.SPOT_WALLET, Wallet.FUNDING_WALLET, "SPOT_WALLET", "FUNDING_WALLET"])
@pytest.mark.parametrize("currency", ["USDT", "BTC", "1INCH", "A" * 20, "X"])
def test_valid_arguments_are_sent(make_client, wallet, currency) -> None:
    client, recorder = make_client(Scripted(body=success_bytes(asset=currency)))
    assert client.wallet.balance(wallet=wallet, currency=currency).asset == currency
    assert recorder.calls == 1
    assert json.loads(recorder.bodies[0]) == {"wallet": str(wallet), "currency": currency}


def test_wallet_enum_matches_spec() -> None:
    from client_helpers import load_spec

    assert [w.value for w in binance_pay.Wallet] == load_spec()["components"]["schemas"]["Wallet"]["enum"]


# ---- wrong types: always RequestValidationError, never a raw TypeError --------------------------------------------


class _StrSubclass(str):
    pass


WRONG_TYPES = [
    1.5,
    float("nan"),
    Decimal("1.5"),
    0,
    b"USDT",
    bytearray(b"USDT"),
    ["USDT"],
    ("USDT",),
    {"USDT": 1},
    {"USDT"},
    object(),
    Wallet,
    _StrSubclass("USDT"),
]


@pytest.mark.parametrize("value", WRONG_TYPES, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize("argument", ["wallet", "currency"])
def test_wrong_types_raise_request_validation_error(make_client, argument, value) -> None:
    client, recorder = make_client(Scripted(body=success_bytes()))
    kwargs = {"wallet": "SPOT_WALLET", "currency": "USDT", argument: value}
    with pytest.raises(RequestValidationError) as info:
        client.wallet.balance(**kwargs)
    assert info.value.field == argument
    assert recorder.calls == 0
    with pytest.raises(RequestValidationError):
        client.wallet.with_raw_response.balance(**kwargs)
    assert recorder.calls == 0


def test_float_currency_names_the_type(make_client) -> None:
    client, _ = make_client()
    with pytest.raises(RequestValidationError, match=r"currency: must be a string, got float 1\.5"):
        client.wallet.balance(wallet="SPOT_WALLET", currency=1.5)


@pytest.mark.parametrize("value", [1.5, object(), b"x", [1]], ids=lambda v: type(v).__name__)
def test_async_wrong_types_raise_request_validation_error(make_async_client, value) -> None:
    client, recorder = make_async_client(Scripted(body=success_bytes()))

    async def main() -> None:
        async with client:
            with pytest.raises(RequestValidationError) as info:
                await client.wallet.balance(wallet="SPOT_WALLET", currency=value)
            assert info.value.field == "currency"
            with pytest.raises(RequestValidationError):
                await client.wallet.with_raw_response.balance(wallet=value, currency="USDT")

    asyncio.run(main())
    assert recorder.calls == 0


@pytest.mark.parametrize("argument", ["wallet", "currency"])
def test_huge_int_argument_is_a_request_validation_error(make_client, argument) -> None:
    client, recorder = make_client()
    kwargs = {"wallet": "SPOT_WALLET", "currency": "USDT", argument: 10**5000}
    with pytest.raises(RequestValidationError):
        client.wallet.balance(**kwargs)
    assert recorder.calls == 0


# ---- amounts: a request schema with a decimal field, through the client's request path -------------------------

AMOUNT_REQUEST = "TestAmountReq"
AMOUNT_OPERATION = Operation(
    operation_id="testAmount",
    method="POST",
    path="/binancepay/openapi/test-amount",
    request_schema=AMOUNT_REQUEST,
    response_schemas={200: "queryWalletBalance:200"},
    fail_schema="queryWalletBalance:fail",
    parse_data=lambda data: data,
    retry_safe=True,
    has_data=False,
)


@pytest.fixture
def amount_client(make_client, monkeypatch):
    """A client whose schemas also hold a request with an `amount` (the spec's `Amount`: a JSON number)."""
    client, recorder = make_client(Scripted(body=envelope_bytes()))
    options = client._options
    node = {
        "type": "object",
        "properties": {"amount": options.schema("Amount"), "note": {"type": "string", "maxLength": 8}},
        "required": ["amount"],
        "closed": True,
    }
    monkeypatch.setitem(options._schemas, AMOUNT_REQUEST, node)
    return client, recorder


@pytest.mark.parametrize(
    ("amount", "rule_part"),
    [
        (1.5, "Decimal (floats are not exact)"),
        (0.1, "float"),
        (float("inf"), "float"),
        ("1.5", "Decimal"),
        (True, "Decimal"),
        (None, "required"),  # None means omitted
        ([Decimal(1)], "Decimal"),
        (Decimal("NaN"), "finite"),
        (Decimal("sNaN"), "finite"),
        (Decimal("Infinity"), "finite"),
        (Decimal("-1"), "at least 0"),
        (Decimal("-0.00000001"), "at least 0"),
        (Decimal("1.123456789"), "8 decimal places"),
        (Decimal("1.000000000"), "8 decimal places"),
        (Decimal("1000000000000000"), "at most 999999999999999.99999999"),
        (Decimal("1E+999999999"), "40 digits"),
        (Decimal("1" * 41), "40 digits"),
        (10**41, "40 digits"),
    ],
    ids=repr,
)
def test_bad_amounts_raise_and_send_nothing(amount_client, amount, rule_part) -> None:
    client, recorder = amount_client
    with pytest.raises(RequestValidationError) as info:
        client._request(AMOUNT_OPERATION, {"amount": amount} if amount is not None else {})
    assert info.value.field == "amount"
    assert rule_part in info.value.rule
    assert isinstance(info.value, ValueError)
    assert recorder.calls == 0


@pytest.mark.parametrize(
    ("amount", "wire"),
    [
        (Decimal("1.50000000"), b'{"amount":1.50000000}'),
        (Decimal("999999999999999.99999999"), b'{"amount":999999999999999.99999999}'),
        (Decimal("0E-8"), b'{"amount":0.00000000}'),
        (Decimal("1E+2"), b'{"amount":100}'),
        (Decimal("0.00000001"), b'{"amount":0.00000001}'),
        (5, b'{"amount":5}'),
        (0, b'{"amount":0}'),
    ],
    ids=repr,
)
def test_amounts_are_sent_digit_for_digit(amount_client, amount, wire) -> None:
    client, recorder = amount_client
    assert client._request(AMOUNT_OPERATION, {"amount": amount}) is None
    assert recorder.bodies == [wire]
    assert recorder.requests[0].url.path == "/binancepay/openapi/test-amount"
    assert_signed(recorder.requests[0].headers, wire)


def test_unknown_and_nested_fields(amount_client) -> None:
    client, recorder = amount_client
    with pytest.raises(RequestValidationError) as info:
        client._request(AMOUNT_OPERATION, {"amount": Decimal(1), "extra": 1})
    assert (info.value.field, info.value.rule) == ("extra", "is not an allowed field")
    with pytest.raises(RequestValidationError) as info:
        client._request(AMOUNT_OPERATION, {"amount": Decimal(1), "note": "x" * 9})
    assert info.value.field == "note"
    assert "at most 8" in info.value.rule
    assert recorder.calls == 0
