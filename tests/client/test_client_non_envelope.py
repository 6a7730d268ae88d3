"""Error bodies Binance sends outside the envelope (reference §1.4, FAQ) raise their code's error.

`{"status":"ERROR","type":"SYS","code":"100001001",...}` for a wrong method or an empty body,
`{"code":"400002","msg":...}` (the FAQ's shape of a signature error), `{"code":0,"msg":...}` from a
restricted location. Anything else that is not the envelope stays a `ResponseValidationError`.
"""

from __future__ import annotations

import json

import pytest
from binance_pay import BinancePayError, ResponseValidationError, errors
from client_helpers import Scripted


def _call(make_client, status: int, body: object) -> BaseException:
    client, _ = make_client(Scripted(status=status, body=json.dumps(body).encode()))
    with pytest.raises(BinancePayError) as info:
        client.wallet.balance(wallet="SPOT_WALLET", currency="USDT")
    return info.value


def test_faq_signature_error_is_the_signature_error(make_client) -> None:
    error = _call(make_client, 400, {"code": "400002", "msg": "Signature for this request is not valid."})
    assert type(error) is errors.InvalidSignatureError
    assert error.error_message == "Signature for this request is not valid."
    assert error.status_code == 400


def test_system_abnormality_keeps_its_code_and_text(make_client) -> None:
    body = {"status": "ERROR", "type": "SYS", "code": "100001001", "errorData": "System abnormality"}
    error = _call(make_client, 400, body)
    assert type(error) is BinancePayError
    assert (error.code, error.error_message) == ("100001001", "System abnormality")


def test_restricted_location_with_a_numeric_code(make_client) -> None:
    error = _call(make_client, 451, {"code": 0, "msg": "Service unavailable from a restricted location"})
    assert type(error) is BinancePayError
    assert error.code == "0" and error.status_code == 451
    assert "restricted location" in str(error)


def test_a_long_message_is_cut(make_client) -> None:
    error = _call(make_client, 400, {"code": "400002", "msg": "x" * 100_000})
    assert len(error.error_message) == 512


@pytest.mark.parametrize(
    "body",
    [
        {"code": True, "msg": "a boolean is no code"},
        {"code": "9" * 33, "msg": "too long to be a code"},
        {"code": 10**40, "msg": "too long to be a code"},
        {"code": "000000", "data": {}},
        {"msg": "no code at all"},
        {"status": "PENDING", "code": ["400000"]},
    ],
    ids=["boolean", "long-string", "long-number", "success-code", "no-code", "list-code"],
)
def test_other_shapes_are_schema_violations(make_client, body: object) -> None:
    assert type(_call(make_client, 200, body)) is ResponseValidationError


def _collection(make_client, order_id: object) -> object:
    body = {"status": "SUCCESS", "code": "000000", "data": {"orderId": order_id, "status": "PAID"}}
    client, _ = make_client(Scripted(body=json.dumps(body).encode()))
    return client.collections.query(order_id="123456789012345678901")


def test_an_id_sent_as_text_may_come_back_as_a_number(make_client) -> None:
    # The JSON type of a collection's orderId is unconfirmed: the echo check reads either form.
    assert _collection(make_client, 123456789012345678901).order_id == 123456789012345678901
    assert _collection(make_client, "123456789012345678901").order_id == "123456789012345678901"


@pytest.mark.parametrize("order_id", [123456789012345678902, "123456789012345678902", True, None])
def test_another_id_is_still_a_crossed_response(make_client, order_id: object) -> None:
    with pytest.raises(ResponseValidationError) as info:
        _collection(make_client, order_id)
    assert info.value.field == "data.orderId"
