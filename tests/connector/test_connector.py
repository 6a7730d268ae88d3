"""Binance's official `binance-pay-connector` 1.0.0 against the sandbox: every method it has succeeds with valid input.

The connector sends `json.dumps(payload)` (default separators, floats as Python writes them) and returns the parsed
JSON dict; amounts come back as floats or strings, compared here through Decimal(str(x)).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from binance.pay.merchant import Merchant
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with run_sandbox(SandboxConfig(recv_window_ms=60_000)) as running:
        yield running


@pytest.fixture
def merchant(sandbox: RunningSandbox) -> Iterator[Merchant]:
    client = Merchant(sandbox.config.api_key, sandbox.config.secret_key, base_url=sandbox.url)
    yield client
    client.session.close()


def uid(prefix: str = "T") -> str:
    return prefix + secrets.token_hex(8)


def ok(answer: Any) -> dict[str, Any]:
    assert isinstance(answer, dict), answer
    assert answer["status"] == "SUCCESS", answer
    assert answer["code"] == "000000", answer
    return answer


def dec(value: Any) -> Decimal:
    return Decimal(str(value))


def new_order(merchant: Merchant, amount: float = 25.17, trade_no: str | None = None) -> tuple[str, dict[str, Any]]:
    trade_no = trade_no or uid()
    params = {
        "env": {"terminalType": "APP"},
        "merchantTradeNo": trade_no,
        "orderAmount": amount,
        "currency": "USDT",
        "goods": {
            "goodsType": "01",
            "goodsCategory": "D000",
            "referenceGoodsId": "7876763A3B",
            "goodsName": "Ice Cream",
            "goodsDetail": "Greentea ice cream cone",
        },
    }
    return trade_no, ok(merchant.new_order(params))


def pay(sandbox: RunningSandbox, prepay_id: str) -> dict[str, Any]:
    response = httpx.post(f"{sandbox.url}/sandbox/orders/{prepay_id}/pay")
    assert response.status_code == 200, response.text
    return ok(response.json())


def paid_order(sandbox: RunningSandbox, merchant: Merchant, amount: float = 25.17) -> str:
    _, created = new_order(merchant, amount)
    prepay_id: str = created["data"]["prepayId"]
    pay(sandbox, prepay_id)
    return prepay_id


def test_new_order(merchant: Merchant) -> None:
    _, answer = new_order(merchant, 25.17)
    data = answer["data"]
    assert data["prepayId"].isdigit()
    assert data["currency"] == "USDT"
    assert dec(data["totalFee"]) == Decimal("25.17")
    assert data["terminalType"] == "APP"
    assert data["checkoutUrl"] == f"{merchant.base_url}/checkout/{data['prepayId']}"  # the sandbox's own page


@pytest.mark.parametrize("by", ["prepayId", "merchantTradeNo"])
def test_get_order(merchant: Merchant, by: str) -> None:
    trade_no, created = new_order(merchant, 0.1)
    prepay_id = created["data"]["prepayId"]
    key = prepay_id if by == "prepayId" else trade_no
    data = ok(merchant.get_order(**{by: key}))["data"]
    assert data["prepayId"] == prepay_id
    assert data["merchantTradeNo"] == trade_no
    assert data["status"] == "INITIAL"
    assert dec(data["orderAmount"]) == Decimal("0.1")


def test_get_order_after_payment(sandbox: RunningSandbox, merchant: Merchant) -> None:
    prepay_id = paid_order(sandbox, merchant, 3.3)
    data = ok(merchant.get_order(prepayId=prepay_id))["data"]
    assert data["status"] == "PAID"
    assert data["transactionId"]
    assert dec(data["orderAmount"]) == Decimal("3.3")


@pytest.mark.parametrize("by", ["prepayId", "merchantTradeNo"])
def test_cancel_order(merchant: Merchant, by: str) -> None:
    trade_no, created = new_order(merchant)
    prepay_id = created["data"]["prepayId"]
    key = prepay_id if by == "prepayId" else trade_no
    assert ok(merchant.cancel_order(**{by: key}))["data"] is True
    assert ok(merchant.get_order(prepayId=prepay_id))["data"]["status"] == "CANCELED"


def test_refund_order_partial_then_rest(sandbox: RunningSandbox, merchant: Merchant) -> None:
    prepay_id = paid_order(sandbox, merchant, 25.17)
    first_id = uid("R")
    first = ok(merchant.refund_order(first_id, prepay_id, 10.07, refundReason="partial"))["data"]
    assert first["refundRequestId"] == first_id and first["prepayId"] == prepay_id
    assert dec(first["refundAmount"]) == Decimal("10.07")
    assert dec(first["refundedAmount"]) == Decimal("10.07")
    assert dec(first["orderAmount"]) == Decimal("25.17")
    assert first["duplicateRequest"] == "N"
    assert ok(merchant.get_order(prepayId=prepay_id))["data"]["status"] == "REFUNDED"
    rest = ok(merchant.refund_order(uid("R"), prepay_id, 15.1))["data"]
    assert dec(rest["refundedAmount"]) == Decimal("25.17")
    assert ok(merchant.get_order(prepayId=prepay_id))["data"]["status"] == "FULL_REFUNDED"
    again = ok(merchant.refund_order(first_id, prepay_id, 10.07))["data"]
    assert again["duplicateRequest"] == "Y" and again["refundId"] == first["refundId"]


def test_get_refund_order(sandbox: RunningSandbox, merchant: Merchant) -> None:
    prepay_id = paid_order(sandbox, merchant, 1.5)
    request_id = uid("R")
    ok(merchant.refund_order(request_id, prepay_id, 0.25))
    data = ok(merchant.get_refund_order(request_id))["data"]
    assert data["refundRequestId"] == request_id and data["prepayId"] == prepay_id
    assert dec(data["refundAmount"]) == Decimal("0.25")
    assert dec(data["refundedAmount"]) == Decimal("0.25")
    assert dec(data["orderAmount"]) == Decimal("1.5")
    assert data["refundStatus"] == "REFUND_SUCCESS"
    assert data["remainingAttempts"] == 9


@pytest.mark.parametrize("transfer_type", ["TO_MAIN", "TO_PAY"])
def test_transfer_fund_and_get_transfer_result(merchant: Merchant, transfer_type: str) -> None:
    request_id = uid("X")
    data = ok(merchant.transfer_fund(request_id, "USDT", "1.25", transfer_type))["data"]
    assert data["tranId"] == request_id and data["status"] == "SUCCESS"
    assert data["currency"] == "USDT" and dec(data["amount"]) == Decimal("1.25")
    assert data["transferType"] == transfer_type
    result = ok(merchant.get_transfer_result(request_id))["data"]
    assert result["tranId"] == request_id and result["status"] == "SUCCESS"
    assert dec(result["amount"]) == Decimal("1.25")


def test_transfer_moves_balance(merchant: Merchant) -> None:
    def balance(wallet: str) -> Decimal:
        return dec(ok(merchant.get_wallet_balance(wallet, "USDT"))["data"]["balance"])

    funding, spot = balance("FUNDING_WALLET"), balance("SPOT_WALLET")
    ok(merchant.transfer_fund(uid("X"), "USDT", "2.5", "TO_MAIN"))
    assert balance("FUNDING_WALLET") == funding - Decimal("2.5")
    assert balance("SPOT_WALLET") == spot + Decimal("2.5")


def test_batch_payout_and_get_payout(merchant: Merchant) -> None:
    request_id = uid("P")
    details = [
        {
            "merchantSendId": uid("S"),
            "receiveType": "BINANCE_ID",
            "receiver": "123456789",
            "transferAmount": 1.1,
            "transferMethod": "FUNDING_WALLET",
            "remark": "one",
        },
        {
            "merchantSendId": uid("S"),
            "receiveType": "EMAIL",
            "receiver": "someone@example.com",
            "transferAmount": 2.2,
            "transferMethod": "SPOT_WALLET",
            "remark": "two",
        },
    ]
    answer = ok(merchant.batch_payout(request_id, "batch1", "USDT", 3.3, 2, details, bizScene="SETTLEMENT"))
    assert answer["data"] == {"requestId": request_id, "status": "ACCEPTED"}
    data = ok(merchant.get_payout(request_id))["data"]
    assert data["requestId"] == request_id and data["batchStatus"] == "SUCCESS"
    assert data["currency"] == "USDT" and data["totalNumber"] == 2
    assert dec(data["totalAmount"]) == Decimal("3.3") and dec(data["totalPaidAmount"]) == Decimal("3.3")
    listed = data["transferDetailList"]
    assert [d["merchantSendId"] for d in listed] == [d["merchantSendId"] for d in details]
    assert [dec(d["amount"]) for d in listed] == [Decimal("1.1"), Decimal("2.2")]
    assert {d["status"] for d in listed} == {"SUCCESS"}
    only_success = ok(merchant.get_payout(request_id, detailStatus=["SUCCESS"]))["data"]
    assert len(only_success["transferDetailList"]) == 2


def test_new_sub_merchant(merchant: Merchant) -> None:
    answer = ok(
        merchant.new_sub_merchant(
            "Sub Merchant One",
            4,
            "5411",
            "SG,US",
            storeType=1,
            siteType=2,
            siteUrl="https://example.com",
            registrationCountry="SG",  # required since December 2024; the connector passes extra fields through
        )
    )
    assert isinstance(answer["data"], dict)
    assert str(answer["data"]["subMerchantId"]).isdigit()


@pytest.mark.parametrize("wallet", ["FUNDING_WALLET", "SPOT_WALLET"])
def test_get_wallet_balance(merchant: Merchant, wallet: str) -> None:
    data = ok(merchant.get_wallet_balance(wallet, "USDT"))["data"]
    assert data["asset"] == "USDT"
    assert dec(data["balance"]) >= 0
    assert dec(data["balance"]).as_tuple().exponent >= -8
