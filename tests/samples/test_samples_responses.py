"""Answers shaped like Binance's own samples, where they differ from its field tables, are read exactly.

Read leniently what Binance sends: an id or a time documented as a number may come as a string of
digits, and reads as that `int`; amounts stay `Decimal`, never a float; an id or a time never becomes
a `Decimal`.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_pay.errors import ResponseValidationError
from samples_support import success

ORDER_NUMBERS = (
    '{"merchantId":4417738201,"prepayId":"504433221100998877","merchantTradeNo":"shop42order7",'
    '"status":"PAID","currency":"USDT","orderAmount":"31.41592600","transactTime":1767225600123,'
    '"createTime":1767225599000}'
)
ORDER_DIGIT_STRINGS = (
    '{"merchantId":"4417738201","prepayId":"504433221100998877","merchantTradeNo":"shop42order7",'
    '"status":"PAID","currency":"USDT","orderAmount":"31.41592600","transactTime":"1767225600123",'
    '"createTime":"1767225599000"}'
)


@pytest.mark.parametrize("data", [ORDER_NUMBERS, ORDER_DIGIT_STRINGS], ids=["numbers", "digit-strings"])
def test_an_order_query_reads_its_merchant_id_and_times_as_exact_ints_from_numbers_or_digit_strings(
    answered, data
) -> None:
    client, _ = answered(success(data))
    order = client.orders.query(merchant_trade_no="shop42order7")
    assert (order.merchant_id, order.transact_time, order.create_time) == (4417738201, 1767225600123, 1767225599000)
    assert all(type(value) is int for value in (order.merchant_id, order.transact_time, order.create_time))
    assert order.order_amount == Decimal("31.41592600") and str(order.order_amount) == "31.41592600"


def test_an_order_query_in_the_older_shape_reads_total_fee_exactly_and_no_order_amount(answered) -> None:
    data = (
        '{"merchantId":"4417738201","prepayId":"504433221100998877","merchantTradeNo":"shop42order7",'
        '"status":"PAID","currency":"USDT","totalFee":123456789012345.12345678,"productName":"Tea",'
        '"transactTime":"1767225600123","createTime":"1767225599000"}'
    )
    client, _ = answered(success(data))
    order = client.orders.query(prepay_id="504433221100998877")
    assert order.order_amount is None
    assert type(order.total_fee) is Decimal and str(order.total_fee) == "123456789012345.12345678"
    assert order.additional_properties == {"productName": "Tea"}


@pytest.mark.parametrize("merchant_id", ['"44177382O1"', '"-4417738201"', '"4417738201.0"', "4417738201.5", '""'])
def test_an_order_query_whose_merchant_id_is_no_integer_is_refused_naming_it(answered, merchant_id) -> None:
    client, _ = answered(success(ORDER_NUMBERS.replace('"merchantId":4417738201', f'"merchantId":{merchant_id}')))
    with pytest.raises(ResponseValidationError) as info:
        client.orders.query(merchant_trade_no="shop42order7")
    assert info.value.field == "data.merchantId"


def test_an_order_query_still_needs_its_ids_and_creation_time(answered) -> None:
    client, _ = answered(success(ORDER_NUMBERS.replace(',"createTime":1767225599000', "")))
    with pytest.raises(ResponseValidationError) as info:
        client.orders.query(merchant_trade_no="shop42order7")
    assert info.value.field == "data.createTime"


def test_a_refund_query_reads_its_status_and_commissions(answered) -> None:
    data = (
        '{"refundRequestId":"rf-2026-0001","prepayId":"504433221100998877","orderAmount":"80.00",'
        '"refundedAmount":"12.50","refundAmount":"12.50","refundedCommission":"0.01250000",'
        '"refundCommission":"0.0125","remainingAttempts":9,"payerOpenId":"c0ffee00c0ffee00c0ffee00c0ffee00",'
        '"refundStatus":"REFUND_PENDING"}'
    )
    client, _ = answered(success(data))
    refund = client.refunds.query(refund_request_id="rf-2026-0001")
    assert refund.refund_status == "REFUND_PENDING"
    assert type(refund.refund_commission) is Decimal and str(refund.refund_commission) == "0.0125"
    assert type(refund.refunded_commission) is Decimal and str(refund.refunded_commission) == "0.01250000"
    assert str(refund.refunded_amount) == "12.50"


def test_a_refund_status_the_spec_does_not_list_is_kept(answered) -> None:
    data = '{"refundRequestId":"rf-7","prepayId":"5044","refundStatus":"REFUND_ON_HOLD"}'
    client, _ = answered(success(data))
    assert client.refunds.query(refund_request_id="rf-7").refund_status == "REFUND_ON_HOLD"


@pytest.mark.parametrize("update_time", ["1767225600999", '"1767225600999"'], ids=["number", "string"])
def test_a_wallet_balance_v2_update_time_reads_as_an_int_from_a_number_or_a_string(answered, update_time) -> None:
    data = (
        '{"balance":[{"available":70.12345678,"freeze":0E-8,"asset":"BNB"}],"wallet":"SPOT_WALLET",'
        f'"updateTime":{update_time},"fiat":"EUR"}}'
    )
    client, _ = answered(success(data))
    result = client.wallet.balance_v2(wallet="SPOT_WALLET", currency="BNB")
    assert result.update_time == 1767225600999 and type(result.update_time) is int
    asset = result.balance[0]
    assert str(asset.available) == "70.12345678" and asset.freeze == 0 and type(asset.freeze) is Decimal


def test_a_query_balance_report_answer_without_the_envelope_is_refused_not_taken_for_a_success(answered) -> None:
    client, _ = answered(b'{"exist":true,"downloadUrl":"","status":"SUCCESS"}')
    with pytest.raises(ResponseValidationError) as info:
        client.reports.query_balance_report(download_id="8812")
    assert info.value.field == "code"


def test_a_query_balance_report_answer_in_the_envelope_reads(answered) -> None:
    client, _ = answered(success('{"exist":true,"downloadUrl":"https://files.example/r.csv","status":"SUCCESS"}'))
    report = client.reports.query_balance_report(download_id="8812")
    assert (report.exist, report.status, report.download_url) == (True, "SUCCESS", "https://files.example/r.csv")


def test_a_direct_debit_contract_id_and_time_read_as_ints_from_digit_strings(answered) -> None:
    data = (
        '{"bizStatus":"CONTRACT_TERMINATED","merchantContractCode":"gym2026","contractId":"7300000000000000123",'
        '"serviceName":"Gym membership","openUserId":"5eed5eed5eed5eed5eed5eed5eed5eed",'
        '"contractTerminationWay":0,"contractTerminationTime":"1767225600000","singleUpperLimit":9.99,'
        '"currency":"USDT"}'
    )
    client, _ = answered(success(data))
    contract = client.direct_debit.query_contract(contract_id=7300000000000000123)
    assert (contract.contract_id, contract.contract_termination_time) == (7300000000000000123, 1767225600000)
    assert type(contract.contract_id) is int and type(contract.single_upper_limit) is Decimal
