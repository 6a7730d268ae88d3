"""Successful responses parse to exact decimals; responses that break the spec raise ResponseValidationError."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_pay import APIStatusError, AssetQueryResp, ResponseValidationError
from binance_pay.errors import RequestInfo
from client_helpers import DROP, HTML, Scripted, envelope_bytes, fail_bytes, success_bytes


def test_sample_response_is_exact(make_client) -> None:
    client, _ = make_client(Scripted(body=success_bytes()))
    result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert isinstance(result, AssetQueryResp)
    assert result.balance == Decimal("990000.00000000")
    assert str(result.balance) == "990000.00000000"
    assert type(result.balance) is Decimal
    assert str(result.available_fiat_valuation) == "989991.90516600"
    assert str(result.available_btc_valuation) == "22.98780000"
    assert result.asset == "USDT"
    assert result.fiat == "USD"
    assert result.additional_properties == {}


def test_maximum_is_exact(make_client) -> None:
    client, _ = make_client(Scripted(body=success_bytes(balance="999999999999999.99999999")))
    result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert str(result.balance) == "999999999999999.99999999"
    assert result.balance == Decimal("999999999999999.99999999")
    assert float(result.balance) == 1e15  # what a float-based client would have got instead


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        ("0E-8", Decimal("0E-8")),
        ("0", Decimal(0)),
        ("0.0", Decimal("0.0")),
        ("9.9E+5", Decimal("990000")),
        ("9.9e5", Decimal("990000")),
        ("0.00000001", Decimal("0.00000001")),
        ("1", Decimal(1)),
        ("12345678.12345678", Decimal("12345678.12345678")),
        ('"1.5"', Decimal("1.5")),  # an amount sent as a JSON string is read as a Decimal too
        ('"0.00000001"', Decimal("0.00000001")),
    ],
)
def test_valid_amounts(make_client, literal, expected) -> None:
    client, _ = make_client(Scripted(body=success_bytes(balance=literal, availableBtcValuation=literal)))
    result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert type(result.balance) is Decimal
    assert result.balance == expected
    assert result.available_btc_valuation == expected
    assert result.balance >= 0


def test_zero_keeps_its_spelling(make_client) -> None:
    client, _ = make_client(Scripted(body=success_bytes(balance="0E-8")))
    assert str(client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").balance) == "0E-8"


def test_unknown_fields_are_kept(make_client) -> None:
    body = envelope_bytes(
        '{"balance":1.5,"asset":"USDT","fiat":"USD","availableFiatValuation":2,'
        '"availableBtcValuation":0.1,"frozen":"3.25","extra":{"a":[1,2]}}',
        traceId="abc",
    )
    client, _ = make_client(Scripted(body=body))
    result = client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert result.additional_properties == {"frozen": "3.25", "extra": {"a": [1, 2]}}
    assert result.available_fiat_valuation == Decimal(2)
    assert type(result.available_fiat_valuation) is Decimal


def test_success_with_error_message_is_still_success(make_client) -> None:
    client, _ = make_client(
        Scripted(
            body=envelope_bytes(
                '{"balance":1,"asset":"USDT","fiat":"USD","availableFiatValuation":1,"availableBtcValuation":1}',
                errorMessage="",
            )
        )
    )
    assert client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").balance == 1


INVALID = [
    pytest.param(success_bytes(balance=DROP), "data.balance", "required", id="missing-balance"),
    pytest.param(success_bytes(asset=DROP), "data.asset", "required", id="missing-asset"),
    pytest.param(success_bytes(fiat=DROP), "data.fiat", "required", id="missing-fiat"),
    pytest.param(
        success_bytes(availableFiatValuation=DROP),
        "data.availableFiatValuation",
        "required",
        id="missing-fiat-valuation",
    ),
    pytest.param(
        success_bytes(availableBtcValuation=DROP), "data.availableBtcValuation", "required", id="missing-btc-valuation"
    ),
    pytest.param(success_bytes(asset=5), "data.asset", "string", id="asset-number"),
    pytest.param(success_bytes(fiat=None), "data.fiat", "null", id="fiat-null"),
    pytest.param(success_bytes(balance="1.123456789"), "data.balance", "8 decimal places", id="nine-places"),
    pytest.param(
        success_bytes(availableBtcValuation="0.000000001"),
        "data.availableBtcValuation",
        "8 decimal places",
        id="nine-places-tiny",
    ),
    pytest.param(success_bytes(balance="1000000000000000"), "data.balance", "at most", id="above-max-int"),
    pytest.param(success_bytes(balance="1000000000000000.00000000"), "data.balance", "at most", id="above-max"),
    pytest.param(
        success_bytes(availableFiatValuation="999999999999999.99999999001"),
        "data.availableFiatValuation",
        None,
        id="just-above-max",
    ),
    pytest.param(success_bytes(balance="-1"), "data.balance", "at least 0", id="negative-int"),
    pytest.param(success_bytes(balance="-0.00000001"), "data.balance", "at least 0", id="negative-small"),
    pytest.param(success_bytes(balance="1.500000000"), "data.balance", "8 decimal places", id="nine-written-places"),
    pytest.param(success_bytes(balance='"1.5e3"'), "data.balance", "decimal number", id="string-amount-exponent"),
    pytest.param(success_bytes(balance='" 1.5"'), "data.balance", "decimal number", id="string-amount-space"),
    pytest.param(success_bytes(balance='"-1"'), "data.balance", "at least 0", id="string-amount-negative"),
    pytest.param(success_bytes(balance="1" * 41), "data.balance", "40 digits", id="too-many-digits"),
    pytest.param(success_bytes(balance="1E+999999999"), "data.balance", "40 digits", id="huge-exponent"),
    pytest.param(success_bytes(asset="BTC"), "data.asset", "currency", id="crossed-response"),
    pytest.param(success_bytes(balance="true"), "data.balance", "boolean", id="boolean"),
    pytest.param(success_bytes(balance="null"), "data.balance", "null", id="null-amount"),
    pytest.param(success_bytes(balance="[1]"), "data.balance", None, id="array-amount"),
    pytest.param(envelope_bytes("[]"), "data", "object", id="data-array"),
    pytest.param(envelope_bytes(status="PENDING", code="000000"), "status", "one of", id="unknown-status"),
    pytest.param(envelope_bytes(status="success", code="000000"), "status", "one of", id="lowercase-status"),
    pytest.param(b'{"code":"000000"}', "status", "required", id="missing-status"),
    pytest.param(b'{"status":"SUCCESS"}', "code", "required", id="missing-code"),
    pytest.param(envelope_bytes(code="0"), "code", None, id="short-code"),
    pytest.param(b'{"status":"FAIL","code":400002}', "code", "string", id="numeric-code"),
    pytest.param(envelope_bytes(status="SUCCESS", code="000000"), "data", "required", id="success-without-data"),
    pytest.param(
        envelope_bytes(status="FAIL", code="400001", errorMessage=7),
        "errorMessage",
        "string",
        id="error-message-number",
    ),
]


@pytest.mark.parametrize(("body", "field", "rule_part"), INVALID)
def test_invalid_response_raises(make_client, body, field, rule_part) -> None:
    client, recorder = make_client(Scripted(body=body))
    with pytest.raises(ResponseValidationError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    error = info.value
    assert error.field == field
    if rule_part is not None:
        assert rule_part in error.rule
    assert error.body == body
    assert error.status_code == 200
    assert error.request == RequestInfo("POST", str(recorder.requests[0].url))
    assert type(error.request) is RequestInfo
    assert recorder.calls == 1


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(make_client, constant: str) -> None:
    # Python's json reads them (as floats); RFC 8259 has no such numbers: the body is not JSON.
    client, _ = make_client(Scripted(body=success_bytes(balance=constant)))
    with pytest.raises(APIStatusError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert "not valid JSON" in str(info.value)


@pytest.mark.parametrize("length", [256, 257, 5000])
def test_error_message_of_any_length_is_kept(make_client, length) -> None:
    """Binance documents at most 256 characters, but a longer message is what it sent: kept, not refused."""
    from binance_pay.errors import InvalidRequestError

    client, _ = make_client(Scripted(status=400, body=fail_bytes("400001", "é" * length)))
    with pytest.raises(InvalidRequestError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.error_message == "é" * length


@pytest.mark.parametrize("body", [b"[]", b"[1,2]", b'"SUCCESS"', b"null", b"1.5", b"true"], ids=repr)
def test_json_that_is_not_an_object(make_client, body) -> None:
    client, _ = make_client(Scripted(body=body))
    with pytest.raises(ResponseValidationError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.field == "body"
    assert info.value.body == body


@pytest.mark.parametrize(
    ("scripted", "status"),
    [
        (Scripted(body=b"not json at all"), 200),
        (Scripted(body=b'{"status":"SUCCESS",'), 200),
        (Scripted(body=b"\xff\xfe garbage"), 200),
        (Scripted(body=b"<html>ok</html>", headers=HTML), 200),
        (Scripted(body=b"", headers={}), 200),
        (Scripted(status=404, body=b"<h1>Not Found</h1>", headers=HTML), 404),
    ],
)
def test_non_json_response_is_api_status_error(make_client, scripted, status) -> None:
    client, _ = make_client(scripted)
    with pytest.raises(APIStatusError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.status_code == status
    assert not isinstance(info.value, ResponseValidationError)


def test_success_envelope_with_error_status_is_not_returned(make_client) -> None:
    client, _ = make_client(Scripted(status=400, body=success_bytes()))
    with pytest.raises(APIStatusError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    assert info.value.status_code == 400
