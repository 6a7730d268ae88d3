"""A real sandbox for the examples, and what a test needs to play the buyer and check the merchant's state."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from binance_pay import BinancePayClient
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox
from binance_pay_sandbox.pytest_plugin import SandboxFixture, SandboxWebhook

from tests.examples.processes import POLL_S

# A receiver that does not acknowledge is retried quickly (the examples acknowledge at once).
RETRY_DELAYS = (0.05, 0.05, 0.05, 0.05, 0.05, 0.05)


@pytest.fixture(scope="session")
def sandbox() -> Iterator[RunningSandbox]:
    with run_sandbox(SandboxConfig(webhook_retry_delays=RETRY_DELAYS)) as running:
        yield running


@pytest.fixture(scope="session")
def control(sandbox: RunningSandbox) -> Iterator[SandboxFixture]:
    """The sandbox's control surface: the buyer's side, the webhook mode and the record of deliveries."""
    fixture = SandboxFixture(sandbox, webhook_url="")
    yield fixture
    fixture.close()


@pytest.fixture(scope="session")
def client(sandbox: RunningSandbox) -> Iterator[BinancePayClient]:
    with BinancePayClient(sandbox.config.api_key, sandbox.config.secret_key, base_url=sandbox.url) as signed:
        yield signed


@pytest.fixture(scope="session")
def sandbox_env(sandbox: RunningSandbox) -> dict[str, str]:
    """The environment variables the examples read, pointing at the sandbox."""
    return {
        "BINANCE_PAY_BASE_URL": sandbox.url,
        "BINANCE_PAY_API_KEY": sandbox.config.api_key,
        "BINANCE_PAY_SECRET_KEY": sandbox.config.secret_key,
    }


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
