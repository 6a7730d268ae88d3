"""Exactly-once money movement: an order whose first attempt's answer is lost is not created twice.

A lossy proxy on 127.0.0.1 sits between the SDK and a real sandbox. It loses the answer to the first
request (after the sandbox has created the order) or the request itself; the SDK retries with the
same `merchantTradeNo`, the sandbox refuses the repeat as INVALID_MERCHANT_TRADE_NO, and the SDK looks
the id up (`x-query-operation`) and returns what exists when it matches the request, or raises
`IdempotencyConflictError` naming the mismatch.
"""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal
from typing import Any

import pytest
from binance_pay import AsyncBinancePayClient, BinancePayClient
from binance_pay.errors import IdempotencyConflictError, InvalidMerchantTradeNoError
from binance_pay_sandbox import RunningSandbox
from lossy_proxy import LossyProxy

GOODS = [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "g-1", "goodsName": "Ice cream"}]
FAST = {"max_retries": 2, "initial_retry_delay": 0.01, "max_retry_delay": 0.02}


def _client(url: str, sandbox: RunningSandbox, **options: Any) -> BinancePayClient:
    return BinancePayClient(sandbox.config.api_key, sandbox.config.secret_key, base_url=url, **options)


def _order(client: Any, trade_no: str, amount: str) -> Any:
    return client.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=trade_no,
        description="Ice cream",
        order_amount=Decimal(amount),
        currency="USDT",
        goods_details=GOODS,
    )


def test_lost_answer_returns_the_order_created_once(sandbox: RunningSandbox) -> None:
    proxy = LossyProxy(sandbox.url, "drop_response")
    trade_no = uuid.uuid4().hex
    try:
        with _client(proxy.url, sandbox, **FAST) as client:
            order = _order(client, trade_no, "25.17")
        with _client(sandbox.url, sandbox) as direct:
            existing = direct.orders.query(merchant_trade_no=trade_no)
    finally:
        proxy.close()
    assert order.prepay_id == existing.prepay_id  # the one order the first attempt created
    assert existing.order_amount == Decimal("25.17000000")
    assert proxy.requests == 3  # the lost create, the refused repeat, the lookup


def test_id_already_used_by_another_request_is_a_conflict(sandbox: RunningSandbox) -> None:
    trade_no = uuid.uuid4().hex
    with _client(sandbox.url, sandbox) as direct:
        _order(direct, trade_no, "10")  # someone else's order under the same id
    proxy = LossyProxy(sandbox.url, "drop_request")
    try:
        with _client(proxy.url, sandbox, **FAST) as client, pytest.raises(IdempotencyConflictError) as info:
            _order(client, trade_no, "25.17")
    finally:
        proxy.close()
    error = info.value
    assert error.id_field == "merchantTradeNo" and error.id_value == trade_no
    assert [(field, str(sent)) for field, sent, _found in error.mismatches] == [("orderAmount", "25.17")]
    assert "orderAmount: this request Decimal('25.17'), existing Decimal('10.00000000')" in str(error)


def test_a_duplicate_without_an_unknown_outcome_is_the_merchants_error(sandbox: RunningSandbox) -> None:
    trade_no = uuid.uuid4().hex
    with _client(sandbox.url, sandbox) as client:
        _order(client, trade_no, "1")
        with pytest.raises(InvalidMerchantTradeNoError):
            _order(client, trade_no, "1")  # no lost answer: reusing an id is a bug to report, not to hide


def test_async_client_recovers_the_same_way(sandbox: RunningSandbox) -> None:
    proxy = LossyProxy(sandbox.url, "drop_response")
    trade_no = uuid.uuid4().hex

    async def create() -> Any:
        async with AsyncBinancePayClient(
            sandbox.config.api_key, sandbox.config.secret_key, base_url=proxy.url, **FAST
        ) as client:
            return await _order_async(client, trade_no)

    try:
        order = asyncio.run(create())
        with _client(sandbox.url, sandbox) as direct:
            existing = direct.orders.query(merchant_trade_no=trade_no)
    finally:
        proxy.close()
    assert order.prepay_id == existing.prepay_id


async def _order_async(client: AsyncBinancePayClient, trade_no: str) -> Any:
    return await client.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=trade_no,
        description="Ice cream",
        order_amount=Decimal("25.17"),
        currency="USDT",
        goods_details=GOODS,
    )
