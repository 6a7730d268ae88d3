"""The SDK client against a running sandbox whose webhooks go to a local receiver, and the buyer's actions."""

from __future__ import annotations

import contextlib
import json
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
from binance_pay import BinancePayClient
from binance_pay_sandbox import RunningSandbox, SandboxConfig, run_sandbox
from webhook_receiver import Received, Receiver, verify_webhook

GOODS = {"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "sku1", "goodsName": "Tea"}


@dataclass
class SdkSandbox:
    sandbox: RunningSandbox
    client: BinancePayClient
    receiver: Receiver

    def control(self, path: str) -> Any:
        """POST to the sandbox's control surface (what a buyer or user does); the decoded envelope."""
        answer = httpx.post(self.sandbox.url + path, timeout=10.0, trust_env=False, verify=False)
        return json.loads(answer.text, parse_float=Decimal)

    def order(self, amount: Decimal, *, profit_sharing: bool = False, paid: bool = True) -> str:
        """A new USDT order (paid by the buyer unless `paid` is False); its prepayId."""
        created = self.client.orders.create(
            env={"terminalType": "WEB"},
            merchant_trade_no="T" + secrets.token_hex(10),
            order_amount=amount,
            currency="USDT",
            description="Sandbox test order",
            goods_details=[GOODS],
            order_tags={"ifProfitSharing": profit_sharing},
        )
        if paid:
            assert self.control(f"/sandbox/orders/{created.prepay_id}/pay")["status"] == "SUCCESS"
        return str(created.prepay_id)

    def signed_contract(self, code: str, limit: Decimal, *, currency: str = "USDT") -> int:
        """A direct debit contract created and signed by its user; its contractId."""
        pre = self.client.direct_debit.create_contract(
            merchant_contract_code=code,
            service_name="Membership",
            scenario_code="Membership",
            single_upper_limit=limit,
            currency=currency,
            periodic=False,
        )
        signed = self.control(f"/sandbox/contracts/{pre.pre_contract_id}/sign")
        assert signed["status"] == "SUCCESS", signed
        return int(signed["data"]["contractId"])

    def balance(self, wallet: str, currency: str) -> Decimal:
        """The balance as Wallet Balance V1 shows it."""
        return self.client.wallet.balance(wallet=wallet, currency=currency).balance

    def balance_v2(self, wallet: str, currency: str) -> Decimal:
        """The balance as Wallet Balance V2 shows it (one currency)."""
        assets = self.client.wallet.balance_v2(wallet=wallet, currency=currency).balance
        assert len(assets) == 1 and assets[0].asset == currency
        return assets[0].available

    def webhook(self, biz_type: str, biz_status: str, timeout: float = 10.0) -> Received:
        """The first webhook of this type and status (its signature verified against queryCertificates)."""
        deadline = time.monotonic() + timeout
        while True:
            found = [
                received
                for received in self.receiver.wait(0)
                if received.notification()["bizType"] == biz_type and received.notification()["bizStatus"] == biz_status
            ]
            if found:
                certificate = self.client.certificates.list()[0].cert_public
                assert verify_webhook(certificate, found[0])
                return found[0]
            if time.monotonic() > deadline:
                raise AssertionError(f"no {biz_type} {biz_status} webhook arrived")
            time.sleep(0.01)


@contextlib.contextmanager
def sdk_sandbox(**config: Any) -> Iterator[SdkSandbox]:
    receiver = Receiver()
    try:
        with (
            run_sandbox(SandboxConfig(webhook_url=receiver.url, **config)) as running,
            BinancePayClient(running.config.api_key, running.config.secret_key, base_url=running.url) as client,
        ):
            yield SdkSandbox(running, client, receiver)
    finally:
        receiver.close()
