"""Against the real sandbox, over real sockets: webhooks it signs and delivers (and redelivers) are
verified by `client.webhooks` in a merchant's `http.server` handler.

- redelivery: the same event under a new timestamp, nonce and signature has the same `dedup_key`;
  two partial refunds of one order (same bizType, bizId and bizStatus) do not;
- clock skew: a sandbox whose clock is 10 minutes behind signs timestamps 10 minutes old; once the
  client has learned the offset (INVALID_TIMESTAMP, then the Date header) its verifier accepts them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import httpx
import pytest
from binance_pay import BinancePayClient
from binance_pay.models import Certificate
from binance_pay.webhooks import WebhookVerificationError, WebhookVerifier
from binance_pay_sandbox import SandboxConfig, run_sandbox
from binance_pay_sandbox._webhooks import Notifier, WebhookKey

from .conftest import PAY_BODY, Signer
from .servers import Delivery, WebhookReceiver

pytestmark = pytest.mark.timeout(60)

FAST_RETRIES = (0.05, 0.05, 0.05)
GOODS = [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "sku1", "goodsName": "Ice Cream"}]


@contextmanager
def sandbox_with_receiver(fail_first: int = 0, **config: Any) -> Iterator[tuple[BinancePayClient, WebhookReceiver]]:
    client_box: list[BinancePayClient] = []
    receiver = WebhookReceiver(lambda body, headers: client_box[0].webhooks.verify(body, headers), fail_first)
    try:
        sandbox_config = SandboxConfig(webhook_url=receiver.url, webhook_retry_delays=FAST_RETRIES, **config)
        with run_sandbox(sandbox_config) as sandbox:
            client = BinancePayClient(sandbox.config.api_key, sandbox.config.secret_key, base_url=sandbox.url)
            client_box.append(client)
            with client:
                yield client, receiver
    finally:
        receiver.close()


def paid_order(client: BinancePayClient, amount: str) -> str:
    order = client.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no="T" + str(time.time_ns()),
        description="Ice cream",
        order_amount=Decimal(amount),
        currency="USDT",
        goods_details=GOODS,
    )
    paid = httpx.post(f"{client.base_url}/sandbox/orders/{order.prepay_id}/pay", timeout=10, trust_env=False)
    assert paid.status_code == 200, paid.text
    return order.prepay_id


def accepted(deliveries: list[Delivery]) -> list[Any]:
    assert all(delivery.reason is None for delivery in deliveries), [d.reason for d in deliveries]
    return [delivery.event for delivery in deliveries]


def test_redelivery_has_the_same_dedup_key_and_partial_refunds_differ() -> None:
    with sandbox_with_receiver(fail_first=1) as (client, receiver):
        prepay_id = paid_order(client, "10.00")
        first, redelivered = accepted(receiver.wait(2))  # the first answer was HTTP 500: Binance retries
        for number, amount in ((1, "3"), (2, "4")):
            client.refunds.create(
                refund_request_id=f"r{number}-{prepay_id}", prepay_id=prepay_id, refund_amount=Decimal(amount)
            )
        refunds = accepted(receiver.wait(4))[2:]
    assert first.nonce != redelivered.nonce and first.notification == redelivered.notification
    assert first.dedup_key == redelivered.dedup_key
    assert [(e.biz_type, e.biz_id, e.biz_status) for e in refunds] == [("PAY_REFUND", prepay_id, "REFUND_SUCCESS")] * 2
    assert refunds[0].dedup_key != refunds[1].dedup_key != first.dedup_key
    assert len(first.dedup_key) == 64 and int(first.dedup_key, 16) >= 0


def test_redelivery_signed_by_the_sandbox_sender_keeps_its_dedup_key() -> None:
    """The sandbox's own delivery path, attempt after attempt: a new timestamp, nonce and signature each time."""
    from binance_pay_sandbox._spec import parse_spec, read_spec_text

    key = WebhookKey(None)
    notifier = Notifier(SandboxConfig(), parse_spec(*read_spec_text(None)), key)
    serial, pem = key.public()
    verifier = WebhookVerifier(pem, serial)
    attempts = [notifier.signed(PAY_BODY) for _ in range(3)]
    events = [verifier.verify(body, headers) for headers, body in attempts]
    assert len({event.nonce for event in events}) == 3
    assert len({event.dedup_key for event in events}) == 1


def test_dedup_key_separates_events_and_ignores_the_delivery(signer: Signer) -> None:
    verifier = WebhookVerifier(signer.public_pem)
    refund = (
        b'{"bizType":"PAY_REFUND","bizIdStr":"5","bizId":5,"bizStatus":"REFUND_SUCCESS","data":"{\\"merchantTradeNo\\":'
        b'\\"t\\",\\"totalFee\\":1,\\"transactTime\\":1,\\"refundInfo\\":{\\"refundRequestId\\":\\"R\\"}}"}'
    )
    keys = [
        verifier.verify(refund.replace(b"R", rid), signer.headers(refund.replace(b"R", rid))).dedup_key
        for rid in (b"a", b"b")
    ]
    again = verifier.verify(refund.replace(b"R", b"a"), signer.headers(refund.replace(b"R", b"a"))).dedup_key
    assert keys[0] != keys[1] and again == keys[0]
    pay = verifier.verify(PAY_BODY, signer.headers(PAY_BODY))
    closed = PAY_BODY.replace(b"PAY_SUCCESS", b"PAY_CLOSED")
    assert verifier.verify(closed, signer.headers(closed)).dedup_key != pay.dedup_key
    nested = b'{"bizType":"X","bizIdStr":"1","bizStatus":"S","data":{"a":1.50,"b":"\\ud800"}}'
    nested_key = verifier.verify(nested, signer.headers(nested)).dedup_key
    assert nested_key == verifier.verify(nested, signer.headers(nested)).dedup_key
    other = nested.replace(b"1.50", b"1.5")
    assert verifier.verify(other, signer.headers(other)).dedup_key != nested_key


def test_clock_skew_learned_from_the_sandbox_applies_to_its_webhooks() -> None:
    with sandbox_with_receiver(clock_offset_ms=-600_000) as (client, receiver):
        assert client.clock_offset_ms == 0
        assert client.webhooks is not None  # made before the offset is learned: read at each verification
        paid_order(client, "5.00")  # INVALID_TIMESTAMP first; the client adopts the sandbox's clock
        assert -601_000 < client.clock_offset_ms < -599_000
        (delivery,) = receiver.wait(1)
        assert delivery.reason is None and delivery.event.biz_status == "PAY_SUCCESS"
        pem = client.certificates.list()[0].cert_public
    with pytest.raises(WebhookVerificationError) as info:  # the local clock alone refuses it
        WebhookVerifier(pem).verify(delivery.body, delivery.headers)
    assert info.value.reason == "timestamp_too_old"


@pytest.mark.parametrize(("offset_ms", "expected"), [(-600_000, "PAY"), (0, "timestamp_too_old")])
def test_clock_skew_offset_set_on_the_client(
    monkeypatch: pytest.MonkeyPatch, signer: Signer, offset_ms: int, expected: str
) -> None:
    """This host is 10 minutes fast: Binance's timestamps look 10 minutes old until the offset is known."""
    from binance_pay.resources.certificates import CertificatesResource

    certificates = [Certificate(cert_serial=signer.serial, cert_public=signer.public_pem)]
    monkeypatch.setattr(CertificatesResource, "list", lambda self, **kw: certificates)
    headers = signer.headers(PAY_BODY, timestamp=int((time.time() - 600) * 1000))
    with BinancePayClient(api_key="key", secret_key="secret") as client:
        webhooks = client.webhooks
        client.clock_offset_ms = offset_ms  # as the client would learn it, after the verifier was made
        try:
            result = webhooks.verify(PAY_BODY, headers).biz_type
        except WebhookVerificationError as exc:
            result = exc.reason
    assert result == expected
