"""Notifications shaped like Binance's own samples verify and read exactly: ids and times as ints, amounts as Decimal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_pay.models import WebhookMerchantQrCodeData
from binance_pay.webhooks import WebhookVerificationError
from samples_support import notification


def test_a_qr_code_scan_with_an_amount_the_user_entered_reads_amount_and_currency(notifier) -> None:
    data = {
        "qrContent": "https://pay.shop.example/qr/77",
        "referId": "412000000000000077",
        "qrCodeType": "USER_INPUT_AMOUNT",
        "amount": "15.05",
        "currency": "BTC",
    }
    body = notification("MERCHANT_QR_CODE", 412000000000000077, "MERCHANT_QR_CODE_SCANED", data)
    event = notifier.verifier().verify(body, notifier.headers(body))
    assert isinstance(event.data, WebhookMerchantQrCodeData)
    assert event.data.qr_code_type == "USER_INPUT_AMOUNT" and event.data.currency == "BTC"
    assert type(event.data.amount) is Decimal and str(event.data.amount) == "15.05"
    assert event.data.additional_properties == {}


def test_a_qr_code_scan_in_the_older_shape_without_a_type_or_amount_reads(notifier) -> None:
    data = {"qrContent": "https://pay.shop.example/qr/78", "referId": "412000000000000078"}
    body = notification("MERCHANT_QR_CODE", 412000000000000078, "MERCHANT_QR_CODE_SCANED", data)
    event = notifier.verifier().verify(body, notifier.headers(body))
    assert event.data.refer_id == "412000000000000078" == event.biz_id
    assert (event.data.qr_code_type, event.data.amount, event.data.currency) == (None, None, None)


def test_a_qr_code_amount_that_is_not_a_decimal_is_refused(notifier) -> None:
    data = {"qrContent": "q", "referId": "9", "qrCodeType": "USER_INPUT_AMOUNT", "amount": "15,05", "currency": "BTC"}
    body = notification("MERCHANT_QR_CODE", 9, "MERCHANT_QR_CODE_SCANED", data)
    with pytest.raises(WebhookVerificationError) as info:
        notifier.verifier().verify(body, notifier.headers(body))
    assert info.value.reason == "invalid_body" and "data.amount" in str(info.value)


@pytest.mark.parametrize("transact_time", ["1767225600123", '\\"1767225600123\\"'], ids=["number", "string"])
def test_a_payment_notification_reads_its_time_and_payer_id_as_ints_and_its_amounts_exactly(
    notifier, transact_time
) -> None:
    data = (
        '{"merchantTradeNo":"shop42order8","productType":"Drinks","productName":"Lemonade","tradeType":"WEB",'
        f'"totalFee":0.30000000,"currency":"USDT","commission":0.00030000,"transactTime":{transact_time},'
        '"paymentInfo":{"payerId":"350000111","payMethod":"funding","paymentInstructions":[]}}'
    )
    body = notification("PAY", 504433221100998878, "PAY_SUCCESS", data.replace('\\"', '"'))
    event = notifier.verifier().verify(body, notifier.headers(body))
    assert event.data.transact_time == 1767225600123 and type(event.data.transact_time) is int
    assert event.data.payment_info.payer_id == 350000111
    assert str(event.data.total_fee) == "0.30000000" and str(event.data.commission) == "0.00030000"


def test_a_payout_notification_reads_a_merchant_id_sent_as_digits_and_its_total_exactly(notifier) -> None:
    data = '{"requestId":"batch-9","batchStatus":"SUCCESS","merchantId":"4417738201","currency":"USDT","totalAmount":7.5,"totalNumber":3}'
    body = notification("PAYOUT", 88000000000000000001, "SUCCESS", data)
    event = notifier.verifier().verify(body, notifier.headers(body))
    assert event.data.merchant_id == 4417738201 and type(event.data.merchant_id) is int
    assert str(event.data.total_amount) == "7.5"
    assert event.biz_id == "88000000000000000001"
