"""Orders for the receivers, and the sandbox's record of the webhooks it delivered."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from decimal import Decimal

import pytest
from binance_pay import BinancePayClient
from binance_pay_sandbox.pytest_plugin import SandboxFixture, SandboxWebhook

from tests.examples.processes import POLL_S


@dataclass(frozen=True)
class Order:
    trade_no: str
    prepay_id: str


def create_order(client: BinancePayClient, webhook_url: str) -> Order:
    """A new 3.21 USDT order whose webhooks go to `webhook_url`."""
    trade_no = uuid.uuid4().hex
    created = client.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=trade_no,
        description="Ice cream",
        order_amount=Decimal("3.21"),
        currency="USDT",
        goods_details=[{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "ice", "goodsName": "Ice"}],
        webhook_url=webhook_url,
    )
    return Order(trade_no, created.prepay_id)


def deliveries(control: SandboxFixture, biz_id: str, count: int, attempts: int = 0) -> list[SandboxWebhook]:
    """The order's webhooks once `count` were sent, with at least `attempts` attempts in all, and each was
    acknowledged (HTTP 200 and returnCode SUCCESS) on its latest attempt."""
    deadline = time.monotonic() + 20.0
    while True:
        webhooks = [webhook for webhook in control.webhooks if str(webhook.biz_id) == biz_id]
        made = sum(len(webhook.attempts) for webhook in webhooks)
        if len(webhooks) >= count and made >= attempts and all(webhook.state == "delivered" for webhook in webhooks):
            return webhooks
        if time.monotonic() > deadline:
            pytest.fail(f"expected {count} acknowledged webhook(s) for {biz_id}, got {webhooks}")
        time.sleep(POLL_S)
