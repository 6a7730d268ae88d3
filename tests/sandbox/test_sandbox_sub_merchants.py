"""Sub-merchants through the SDK: created, modified, and checked wherever a request names one."""

from __future__ import annotations

import secrets
from decimal import Decimal

import pytest
from binance_pay import BinancePayClient
from binance_pay.errors import SubMerchantExistsError, SubMerchantInvalidError
from sdk_sandbox import GOODS, sdk_sandbox


def _create(client: BinancePayClient, name: str) -> str:
    created = client.sub_merchants.create(
        merchant_name=name, store_type=1, merchant_mcc="5511", registration_country="SG", address="1 Road"
    )
    return str(created.sub_merchant_id)


def test_a_sub_merchant_is_created_and_modified() -> None:
    with sdk_sandbox() as box:
        sub_merchant_id = _create(box.client, "Shop A")
        modified = box.client.sub_merchants.modify(
            sub_merchant_id=sub_merchant_id,
            merchant_name="Shop B",
            store_type=0,
            merchant_mcc="5511",
            site_url="https://b.example",
        )
        assert str(modified.sub_merchant_id) == sub_merchant_id
        assert _create(box.client, "Shop A") != sub_merchant_id  # the old name is free again


def test_a_name_already_used_is_refused() -> None:
    with sdk_sandbox() as box:
        first = _create(box.client, "Shop A")
        second = _create(box.client, "Shop B")
        with pytest.raises(SubMerchantExistsError):
            _create(box.client, "Shop A")
        with pytest.raises(SubMerchantExistsError):
            box.client.sub_merchants.modify(
                sub_merchant_id=second, merchant_name="Shop A", store_type=1, merchant_mcc="5511"
            )
        assert first != second


def test_an_unknown_sub_merchant_is_refused_wherever_it_is_named() -> None:
    with sdk_sandbox() as box:
        known = _create(box.client, "Shop A")
        order = {"env": {"terminalType": "WEB"}, "order_amount": Decimal(1), "currency": "USDT", "description": "x"}
        created = box.client.orders.create(
            merchant_trade_no="S1", goods_details=[GOODS], merchant={"subMerchantId": known}, **order
        )
        assert created.prepay_id
        with pytest.raises(SubMerchantInvalidError):
            box.client.orders.create(
                merchant_trade_no="S2", goods_details=[GOODS], merchant={"subMerchantId": "42"}, **order
            )
        with pytest.raises(SubMerchantInvalidError):
            box.client.sub_merchants.modify(sub_merchant_id="42", merchant_name="X", store_type=1, merchant_mcc="5511")
        with pytest.raises(SubMerchantInvalidError):
            box.client.payouts.create(
                request_id=secrets.token_hex(8),
                batch_name="batch",
                currency="USDT",
                total_amount=Decimal(1),
                total_number=1,
                transfer_detail_list=[
                    {"merchantSendId": "m1", "receiveType": "BINANCE_ID", "receiver": "1", "transferAmount": Decimal(1)}
                ],
                sub_merchant_id="42",
            )
        with pytest.raises(SubMerchantInvalidError):
            box.client.direct_debit.create_contract(
                merchant_contract_code="c1",
                service_name="s",
                scenario_code="Membership",
                single_upper_limit=Decimal(1),
                currency="USDT",
                periodic=False,
                sub_merchant_id="42",
            )
        assert box.balance("FUNDING_WALLET", "USDT") == Decimal("1250.50000000")
