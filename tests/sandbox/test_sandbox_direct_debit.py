"""Direct debit through the SDK: a contract's life cycle and webhooks, debits under it, and the refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from binance_pay.errors import InvalidParamWrongValueError, PaymentDirectDebitContractNotFoundError
from sdk_sandbox import sdk_sandbox

FUNDING = "FUNDING_WALLET"


def test_a_contract_is_created_signed_queried_and_terminated() -> None:
    with sdk_sandbox() as box:
        pre = box.client.direct_debit.create_contract(
            merchant_contract_code="c1",
            service_name="Membership",
            scenario_code="Membership",
            single_upper_limit=Decimal(50),
            currency="USDT",
            periodic=False,
        )
        assert box.client.direct_debit.query_contract(merchant_contract_code="c1").biz_status == "INITIAL"
        box.control(f"/sandbox/contracts/{pre.pre_contract_id}/sign")
        signed = box.webhook("DIRECT_DEBIT_CT", "CONTRACT_SIGNED")
        contract_id = signed.data()["contractId"]
        assert signed.notification()["bizIdStr"] == str(contract_id)
        assert signed.data()["singleUpperLimit"] == Decimal("50.00000000")
        queried = box.client.direct_debit.query_contract(contract_id=contract_id)
        assert (queried.biz_status, queried.merchant_contract_code) == ("CONTRACT_SIGNED", "c1")
        assert box.client.direct_debit.terminate_contract(merchant_contract_code="c1") is True
        terminated = box.client.direct_debit.query_contract(contract_id=contract_id)
        assert terminated.biz_status == "CONTRACT_TERMINATED"
        assert box.client.direct_debit.terminate_contract(contract_id=contract_id) is True
        assert len(box.receiver.wait(0)) == 1  # a merchant's termination is not notified


def test_a_users_termination_is_notified() -> None:
    with sdk_sandbox() as box:
        box.signed_contract("c1", Decimal(5))
        pre_id = box.client.direct_debit.create_contract(
            merchant_contract_code="c1",  # a repeated code answers the contract made with it
            service_name="Membership",
            scenario_code="Membership",
            single_upper_limit=Decimal(5),
            currency="USDT",
            periodic=False,
        ).pre_contract_id
        answer = box.control(f"/sandbox/contracts/{pre_id}/terminate")
        assert answer["data"]["bizStatus"] == "CONTRACT_TERMINATED"
        assert box.webhook("DIRECT_DEBIT_CT", "CONTRACT_TERMINATED").data()["contractTerminationWay"] == 0


def test_a_debit_under_a_signed_contract_pays_the_merchant_and_is_notified() -> None:
    with sdk_sandbox() as box:
        contract_id = box.signed_contract("c1", Decimal(50))
        notice = box.client.direct_debit.notify_payment(
            merchant_request_id="n1",
            trade_mode="DIRECT_DEBIT",
            biz_id=contract_id,
            estimated_amount=Decimal(6),
            currency="USDT",
        )
        again = box.client.direct_debit.notify_payment(
            merchant_request_id="n1",
            trade_mode="DIRECT_DEBIT",
            biz_id=contract_id,
            estimated_amount=Decimal(6),
            currency="USDT",
        )
        assert again.order_id == notice.order_id
        paid = box.client.direct_debit.pay(
            merchant_request_id="d1",
            trade_mode="DIRECT_DEBIT",
            biz_id=contract_id,
            pre_biz_id=int(notice.order_id),
            amount=Decimal("6.25"),
            currency="USDT",
            product_name="December",
        )
        assert paid.status == "SUCCESS"
        assert box.balance(FUNDING, "USDT") == box.balance_v2(FUNDING, "USDT") == Decimal("1256.75000000")
        webhook = box.webhook("PAY", "PAY_SUCCESS")
        assert webhook.notification()["bizIdStr"] == paid.prepay_id
        assert webhook.data()["totalFee"] == Decimal("6.25000000")
        assert box.client.orders.query(prepay_id=paid.prepay_id).status == "PAID"


def test_debits_that_break_the_contract_are_refused() -> None:
    with sdk_sandbox() as box:
        contract_id = box.signed_contract("c1", Decimal(5))
        debit = {"trade_mode": "DIRECT_DEBIT", "biz_id": contract_id, "currency": "USDT", "product_name": "p"}
        with pytest.raises(InvalidParamWrongValueError):
            box.client.direct_debit.pay(merchant_request_id="over", amount=Decimal("5.00000001"), **debit)
        with pytest.raises(InvalidParamWrongValueError):
            box.client.direct_debit.pay(merchant_request_id="cur", amount=Decimal(1), **{**debit, "currency": "BTC"})
        with pytest.raises(InvalidParamWrongValueError):
            box.client.direct_debit.pay(merchant_request_id="pre", amount=Decimal(1), pre_biz_id=1, **debit)
        box.client.direct_debit.pay(merchant_request_id="once", amount=Decimal(1), **debit)
        with pytest.raises(InvalidParamWrongValueError):
            box.client.direct_debit.pay(merchant_request_id="once", amount=Decimal(1), **debit)
        assert box.balance(FUNDING, "USDT") == Decimal("1251.50000000")


def test_debits_against_a_terminated_or_unknown_contract_are_refused() -> None:
    with sdk_sandbox() as box:
        contract_id = box.signed_contract("c1", Decimal(5))
        box.client.direct_debit.terminate_contract(contract_id=contract_id)
        for biz_id in (contract_id, 1):
            with pytest.raises(PaymentDirectDebitContractNotFoundError):
                box.client.direct_debit.pay(
                    merchant_request_id=f"d{biz_id}",
                    trade_mode="DIRECT_DEBIT",
                    biz_id=biz_id,
                    amount=Decimal(1),
                    currency="USDT",
                    product_name="p",
                )
            with pytest.raises(PaymentDirectDebitContractNotFoundError):
                box.client.direct_debit.notify_payment(
                    merchant_request_id=f"n{biz_id}",
                    trade_mode="DIRECT_DEBIT",
                    biz_id=biz_id,
                    estimated_amount=Decimal(1),
                    currency="USDT",
                )
        with pytest.raises(PaymentDirectDebitContractNotFoundError):
            box.client.direct_debit.query_contract(merchant_contract_code="nope")
        assert box.balance(FUNDING, "USDT") == Decimal("1250.50000000")
