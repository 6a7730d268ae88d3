"""What the client sends is written strictly, as the current field tables say, whatever older samples show."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_pay.errors import RequestValidationError
from samples_support import success

SUB_MERCHANT = {"merchant_name": "Corner Bakery", "store_type": 1, "merchant_mcc": "5462", "address": "3 Mill Lane"}
DEBIT = {
    "merchant_request_id": "debit2026x1",
    "trade_mode": "DIRECT_DEBIT",
    "biz_id": 7300000000000000123,
    "amount": Decimal("19.90"),
    "currency": "USDT",
    "product_name": "Gym, January",
}
DEBIT_ANSWER = success(
    '{"orderId":"7311","prepayId":"504433221100998879","merchantRequestId":"debit2026x1",'
    '"appliedTime":"1767225600000","status":"PROCESSING"}'
)


def test_a_sub_merchant_is_created_with_its_registration_country(answered) -> None:
    client, wire = answered(success('{"subMerchantId":"77001"}'))
    client.sub_merchants.create(**SUB_MERCHANT, registration_country="PT")
    assert wire.sent_json() == {
        "merchantName": "Corner Bakery",
        "storeType": 1,
        "merchantMcc": "5462",
        "address": "3 Mill Lane",
        "registrationCountry": "PT",
    }


@pytest.mark.parametrize(
    ("country", "rule"),
    [(None, "is required"), ("pt", "must be 2 uppercase letters"), ("PRT", "must be 2 uppercase letters")],
)
def test_a_sub_merchant_without_a_valid_registration_country_is_refused_before_sending(answered, country, rule) -> None:
    client, wire = answered(success('{"subMerchantId":"77001"}'))
    with pytest.raises(RequestValidationError) as info:
        client.sub_merchants.create(**SUB_MERCHANT, registration_country=country)
    assert info.value.field == "registrationCountry" and info.value.rule.startswith(rule)
    assert wire.sent == []


def test_a_debit_sends_the_announced_order_id_as_a_json_number_every_digit_kept(answered) -> None:
    client, wire = answered(DEBIT_ANSWER)
    paid = client.direct_debit.pay(**DEBIT, pre_biz_id=7300000000000000999)
    sent = wire.sent_json()
    assert sent["preBizId"] == 7300000000000000999 and type(sent["preBizId"]) is int
    assert b'"preBizId":7300000000000000999' in wire.sent[0]
    assert b'"amount":19.90' in wire.sent[0]  # a JSON number, the amount's digits as given
    assert paid.applied_time == 1767225600000 and type(paid.applied_time) is int


@pytest.mark.parametrize("pre_biz_id", ["7300000000000000999", Decimal(7300000000000000999), 0])
def test_a_debit_whose_announced_order_id_is_no_positive_int_is_refused_before_sending(answered, pre_biz_id) -> None:
    client, wire = answered(DEBIT_ANSWER)
    with pytest.raises(RequestValidationError) as info:
        client.direct_debit.pay(**DEBIT, pre_biz_id=pre_biz_id)
    assert info.value.field == "preBizId"
    assert wire.sent == []
