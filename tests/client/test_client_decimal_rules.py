"""Every rule of a decimal holds both ways: a decimal string's pattern in responses as in requests, and
every amount we send has its documented maximum."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_pay.errors import OutcomeUnknownError, RequestValidationError, ResponseValidationError
from client_helpers import Scripted

GOODS = [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "g-1", "goodsName": "Ice cream"}]
TRANSFER = (
    b'{"status":"SUCCESS","code":"000000","data":{"tranId":"t1","status":"SUCCESS","currency":"USDT","amount":%s}}'
)


def _transfer(client):
    return client.transfers.query(tran_id="t1")


@pytest.mark.parametrize("amount", [b'"-1.00"', b'"1.123456789"', b'"1e3"', b'" 1"', b'"1234567890123456"'])
def test_a_decimal_string_in_a_response_that_breaks_its_pattern_is_refused(make_client, amount) -> None:
    client, _ = make_client(Scripted(body=TRANSFER % amount))
    with pytest.raises(ResponseValidationError) as info:
        _transfer(client)
    assert info.value.field == "data.amount"


def test_a_money_movement_answered_with_a_broken_decimal_has_an_unknown_outcome(make_client) -> None:
    client, _ = make_client(Scripted(body=TRANSFER % b'"-1.00"'))
    with pytest.raises(OutcomeUnknownError) as info:  # a 2xx that breaks the spec: it may have been carried out
        client.transfers.create(request_id="t1", currency="USDT", amount=Decimal("1"), transfer_type="TO_MAIN")
    assert isinstance(info.value.last_error, ResponseValidationError)


def test_a_decimal_string_that_keeps_its_pattern_is_read_exactly(make_client) -> None:
    client, _ = make_client(Scripted(body=TRANSFER % b'"999999999999999.12345678"'))
    assert _transfer(client).amount == Decimal("999999999999999.12345678")


@pytest.mark.parametrize("amount", ["1e16", "1000000000000000", "999999999999999.999999999"])
def test_an_order_amount_past_the_documented_maximum_is_never_sent(make_client, amount) -> None:
    client, recorder = make_client()
    with pytest.raises(RequestValidationError) as info:
        client.orders.create(
            env={"terminalType": "WEB"},
            merchant_trade_no="abc",
            description="x",
            order_amount=Decimal(amount),
            currency="USDT",
            goods_details=GOODS,
        )
    assert info.value.field == "orderAmount" and recorder.calls == 0


def test_a_refund_amount_past_the_documented_maximum_is_never_sent(make_client) -> None:
    client, recorder = make_client()
    with pytest.raises(RequestValidationError) as info:
        client.refunds.create(refund_request_id="r1", prepay_id="1", refund_amount=Decimal("1e16"))
    assert info.value.field == "refundAmount" and recorder.calls == 0
