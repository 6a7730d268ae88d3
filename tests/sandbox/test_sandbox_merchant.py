"""The stateful sandbox: orders, payment, close, expiry, refunds, transfers, payouts, balances, signed webhooks."""

from __future__ import annotations

import contextlib
import itertools
import secrets
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from binance_pay_sandbox import SandboxConfig, run_sandbox
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sandbox_helpers import SignedClient, decimal_json, exact_bytes
from webhook_receiver import Receiver, verify_webhook

V3 = "/binancepay/openapi/v3/order"
V2 = "/binancepay/openapi/v2/order"
QUERY = "/binancepay/openapi/v2/order/query"
CLOSE = "/binancepay/openapi/order/close"
REFUND = "/binancepay/openapi/order/refund"
REFUND_QUERY = "/binancepay/openapi/order/refund/query"
CERTS = "/binancepay/openapi/certificates"
TRANSFER = "/binancepay/openapi/wallet/transfer"
TRANSFER_QUERY = "/binancepay/openapi/wallet/transfer/query"
PAYOUT = "/binancepay/openapi/payout/transfer"
PAYOUT_QUERY = "/binancepay/openapi/payout/query"

FAST = (0.01, 0.02, 0.04, 0.04, 0.04, 0.04)


@contextlib.contextmanager
def merchant(receiver: Receiver | None = None, **config: Any) -> Iterator[SignedClient]:
    if receiver is not None:
        config.setdefault("webhook_url", receiver.url)
    config.setdefault("webhook_retry_delays", FAST)
    with run_sandbox(SandboxConfig(**config)) as running:
        client = SignedClient(running)
        try:
            yield client
        finally:
            client.close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    made = Receiver()
    yield made
    made.close()


def trade_no() -> str:
    return "T" + secrets.token_hex(8)


def create(client: SignedClient, amount: str = "10.00", path: str = V3, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"env": {"terminalType": "WEB"}, "merchantTradeNo": trade_no()}
    body.update(orderAmount=Decimal(amount), currency="USDT")
    goods = {"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "sku1", "goodsName": "Ice Cream"}
    if path == V3:
        body.update(description="Test order", goodsDetails=[goods])
    else:
        body["goods"] = goods
    body.update(changes)
    response = client.post(exact_bytes(body), path=path)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = decimal_json(response)["data"]
    data["merchantTradeNo"] = body["merchantTradeNo"]
    return data


def call(client: SignedClient, path: str, body: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = decimal_json(client.post(exact_bytes(body), path=path))
    return answer


def pay(client: SignedClient, prepay_id: str) -> httpx.Response:
    return client.http.post(f"/sandbox/orders/{prepay_id}/pay")


def cert(client: SignedClient) -> tuple[str, str]:
    [entry] = call(client, CERTS, {})["data"]
    return entry["certSerial"], entry["certPublic"]


def funding(client: SignedClient, currency: str = "USDT", wallet: str = "FUNDING_WALLET") -> Decimal:
    balance: Decimal = decimal_json(client.balance(wallet, currency))["data"]["balance"]
    return balance


def refund(client: SignedClient, prepay_id: str, amount: str, request_id: str | None = None) -> dict[str, Any]:
    body = {
        "refundRequestId": request_id or secrets.token_hex(8),
        "prepayId": prepay_id,
        "refundAmount": Decimal(amount),
    }
    return call(client, REFUND, body)


# ---- orders and payment


def test_create_query_pay_sends_a_signed_pay_success_webhook(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        before = funding(client)
        order = create(client, "10.00")
        prepay_id = order["prepayId"]
        assert prepay_id.isdigit() and len(prepay_id) <= 19
        assert order["checkoutUrl"] == f"{client.sandbox.url}/checkout/{prepay_id}"
        assert order["universalUrl"] == order["checkoutUrl"] and order["qrContent"] and order["qrcodeLink"]
        assert order["totalFee"] == Decimal("10.00000000") and order["currency"] == "USDT"
        assert order["expireTime"] > time.time() * 1000 + 3_500_000  # default: one hour
        by_id = call(client, QUERY, {"prepayId": prepay_id})["data"]
        by_trade_no = call(client, QUERY, {"merchantTradeNo": order["merchantTradeNo"]})["data"]
        assert by_id == by_trade_no
        assert by_id["status"] == "INITIAL" and by_id["orderAmount"] == "10.00000000"

        paid = pay(client, prepay_id)
        assert paid.status_code == 200 and paid.json()["data"]["status"] == "PAID"
        data = call(client, QUERY, {"prepayId": prepay_id})["data"]
        assert data["status"] == "PAID" and data["transactionId"] and data["paymentInfo"]["payerId"]
        assert funding(client) == before + Decimal("10")

        [webhook] = receiver.wait(1)
        serial, pem = cert(client)
        assert webhook.header("BinancePay-Certificate-SN") == serial
        assert len(webhook.header("BinancePay-Nonce")) == 32
        assert verify_webhook(pem, webhook)
        note = webhook.notification()
        assert (note["bizType"], note["bizStatus"]) == ("PAY", "PAY_SUCCESS")
        assert note["bizId"] == int(prepay_id) and note["bizIdStr"] == prepay_id
        assert f'"bizId":{prepay_id},' in webhook.body.decode()  # a JSON number
        pay_data = webhook.data()
        assert pay_data["merchantTradeNo"] == order["merchantTradeNo"]
        assert pay_data["totalFee"] == Decimal("10.00000000") and pay_data["tradeType"] == "WEB"
        assert pay_data["productName"] == "Ice Cream"
        # paying twice is refused
        assert pay(client, prepay_id).json()["code"] == "400204"


def test_v2_orders_and_order_webhook_url(receiver: Receiver) -> None:
    other = Receiver()
    try:
        with merchant(receiver) as client:
            order = create(client, "1.5", path=V2, webhookUrl=other.url, passThroughInfo="abc")
            assert order["totalFee"] == Decimal("1.50000000")
            pay(client, order["prepayId"])
            [webhook] = other.wait(1)
            assert webhook.data()["passThroughInfo"] == "abc"
            assert receiver.received == []
    finally:
        other.close()


def test_duplicate_trade_no_and_unknown_orders(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        order = create(client)
        body = exact_bytes(
            {
                "env": {"terminalType": "APP"},
                "merchantTradeNo": order["merchantTradeNo"],
                "orderAmount": Decimal("1"),
                "currency": "USDT",
                "description": "again",
                "goodsDetails": [
                    {"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "sku1", "goodsName": "Ice Cream"}
                ],
            }
        )
        answer = client.post(body, path=V3)
        assert (answer.status_code, answer.json()["code"]) == (400, "400201")
        assert call(client, QUERY, {"prepayId": "123"})["code"] == "400202"
        assert call(client, QUERY, {"merchantTradeNo": "nope"})["code"] == "400202"
        assert call(client, QUERY, {})["code"] == "400100"
        assert call(client, CLOSE, {"prepayId": "123"})["code"] == "400202"
        assert pay(client, "123").json()["code"] == "400202"


def test_close_unpaid_then_close_paid_is_refused(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        order = create(client)
        assert call(client, CLOSE, {"merchantTradeNo": order["merchantTradeNo"]}) == {
            "status": "SUCCESS",
            "code": "000000",
            "data": True,
        }
        assert call(client, QUERY, {"prepayId": order["prepayId"]})["data"]["status"] == "CANCELED"
        [webhook] = receiver.wait(1)
        assert verify_webhook(cert(client)[1], webhook)
        assert webhook.notification()["bizStatus"] == "PAY_CLOSED"
        assert call(client, CLOSE, {"prepayId": order["prepayId"]})["data"] is True  # again: accepted, no webhook
        assert pay(client, order["prepayId"]).json()["code"] == "400204"

        paid = create(client)
        pay(client, paid["prepayId"])
        refused = client.post({"prepayId": paid["prepayId"]}, path=CLOSE)
        assert (refused.status_code, refused.json()["code"]) == (400, "400204")
        time.sleep(0.2)
        assert [r.notification()["bizStatus"] for r in receiver.received] == ["PAY_CLOSED", "PAY_SUCCESS"]


def test_expiry_sends_the_webhook_from_the_background_sweep(receiver: Receiver) -> None:
    with merchant(receiver, expiry_sweep_s=0.05) as client:
        order = create(client, orderExpireTime=int(time.time() * 1000) + 300)
        [webhook] = receiver.wait(1, timeout=5)  # nobody asked: the sweep found it
        assert webhook.notification()["bizStatus"] == "PAY_CLOSED"
        assert webhook.notification()["bizIdStr"] == order["prepayId"]
        assert call(client, QUERY, {"prepayId": order["prepayId"]})["data"]["status"] == "EXPIRED"
        assert pay(client, order["prepayId"]).json()["code"] == "400204"


def test_expiry_is_also_evaluated_on_access(receiver: Receiver) -> None:
    with merchant(receiver, expiry_sweep_s=3600) as client:
        order = create(client, orderExpireTime=int(time.time() * 1000) + 100)
        time.sleep(0.2)
        assert call(client, QUERY, {"prepayId": order["prepayId"]})["data"]["status"] == "EXPIRED"
        assert receiver.wait(1)[0].notification()["bizStatus"] == "PAY_CLOSED"
        assert call(client, CLOSE, {"prepayId": order["prepayId"]})["code"] == "400204"


# ---- refunds


def test_partial_full_over_and_duplicate_refunds(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        order = create(client, "10")
        prepay_id = order["prepayId"]
        unpaid = refund(client, prepay_id, "1")
        assert unpaid["code"] == "400301"  # refunding an unpaid order: INVALID_PREPAY_ID
        pay(client, prepay_id)
        start = funding(client)

        first = refund(client, prepay_id, "3", "refund1")
        assert first["status"] == "SUCCESS"
        data = first["data"]
        assert (data["refundAmount"], data["refundedAmount"], data["orderAmount"]) == (
            "3.00000000",
            "3.00000000",
            "10.00000000",
        )
        assert (data["remainingAttempts"], data["duplicateRequest"]) == (9, "N")
        assert call(client, QUERY, {"prepayId": prepay_id})["data"]["status"] == "REFUNDED"
        assert funding(client) == start - 3

        over = client.post(
            exact_bytes({"refundRequestId": "r2", "prepayId": prepay_id, "refundAmount": Decimal("7.01")}), path=REFUND
        )
        assert (over.status_code, over.json()["code"]) == (400, "400303")

        again = refund(client, prepay_id, "3", "refund1")
        assert again["data"]["duplicateRequest"] == "Y" and again["data"]["refundId"] == data["refundId"]
        assert funding(client) == start - 3  # not refunded twice

        full = refund(client, prepay_id, "7", "refund2")["data"]
        assert (full["refundedAmount"], full["remainingAttempts"]) == ("10.00000000", 8)
        assert call(client, QUERY, {"prepayId": prepay_id})["data"]["status"] == "FULL_REFUNDED"
        assert refund(client, prepay_id, "0.00000001")["code"] == "400303"
        assert funding(client) == start - 10

        queried = call(client, REFUND_QUERY, {"refundRequestId": "refund1"})["data"]
        assert queried["refundStatus"] == "REFUND_SUCCESS" and queried["refundAmount"] == "3.00000000"
        assert queried["refundedAmount"] == "10.00000000"
        assert call(client, REFUND_QUERY, {"refundRequestId": "nope"})["code"] == "400102"

        webhooks = receiver.wait(3)
        pem = cert(client)[1]
        time.sleep(0.1)
        refunds = [w for w in receiver.received if w.notification()["bizType"] == "PAY_REFUND"]
        assert len(refunds) == 2 and all(verify_webhook(pem, w) for w in webhooks)
        assert refunds[0].notification()["bizStatus"] == "REFUND_SUCCESS"
        info = refunds[0].data()["refundInfo"]
        assert (info["refundRequestId"], info["refundAmount"], info["duplicateRequest"]) == (
            "refund1",
            "3.00000000",
            "N",
        )


def test_eleventh_refund_is_refused() -> None:
    with merchant() as client:
        order = create(client, "100")
        pay(client, order["prepayId"])
        for attempt in range(1, 10):
            assert refund(client, order["prepayId"], "1")["data"]["remainingAttempts"] == 10 - attempt
        last = refund(client, order["prepayId"], "1")["data"]  # the 10th refunds the whole remainder
        assert (last["refundAmount"], last["refundedAmount"], last["remainingAttempts"]) == (
            "91.00000000",
            "100.00000000",
            0,
        )
        assert refund(client, order["prepayId"], "1")["code"] == "400302"


# ---- transfers and payouts, balances


def test_transfers_move_balances_and_are_idempotent() -> None:
    with merchant() as client:
        spot, fund = funding(client, wallet="SPOT_WALLET"), funding(client)
        body = {"requestId": "tr1", "currency": "USDT", "amount": "100.5", "transferType": "TO_MAIN"}
        first = call(client, TRANSFER, body)
        assert first == {
            "status": "SUCCESS",
            "code": "000000",
            "data": {
                "tranId": "tr1",
                "status": "SUCCESS",
                "currency": "USDT",
                "amount": "100.5",
                "transferType": "TO_MAIN",
            },
        }
        assert funding(client) == fund - Decimal("100.5")
        assert funding(client, wallet="SPOT_WALLET") == spot + Decimal("100.5")
        repeat = call(client, TRANSFER, body)
        assert (repeat["status"], repeat["code"], repeat["data"]) == ("REPEAT_REQ_SUCCESS", "000001", first["data"])
        assert funding(client) == fund - Decimal("100.5")
        assert call(client, TRANSFER_QUERY, {"tranId": "tr1"})["data"] == {
            "tranId": "tr1",
            "status": "SUCCESS",
            "currency": "USDT",
            "amount": "100.5",
        }
        short = call(client, TRANSFER, {**body, "requestId": "tr2", "amount": "5000"})
        assert short["data"]["status"] == "FAILURE"
        assert call(client, TRANSFER_QUERY, {"tranId": "tr2"})["data"]["status"] == "FAILURE"
        assert call(client, TRANSFER_QUERY, {"tranId": "nope"})["code"] == "400102"
        back = call(client, TRANSFER, {**body, "requestId": "tr3", "transferType": "TO_PAY"})
        assert back["data"]["status"] == "SUCCESS" and funding(client) == fund
        text = client.balance("FUNDING_WALLET").text
        assert '"balance":1250.50000000,' in text  # 8 places, exact


def test_payouts_move_balances_send_webhooks_and_are_idempotent(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        fund, spot = funding(client), funding(client, wallet="SPOT_WALLET")
        body = {
            "requestId": "batch1",
            "batchName": "sample",
            "currency": "USDT",
            "totalAmount": Decimal("200.4"),
            "totalNumber": 2,
            "transferDetailList": [
                {
                    "merchantSendId": "s1",
                    "transferAmount": Decimal("110.3"),
                    "receiveType": "BINANCE_ID",
                    "transferMethod": "SPOT_WALLET",
                    "receiver": "354205155",
                    "remark": "r1",
                },
                {
                    "merchantSendId": "s2",
                    "transferAmount": Decimal("90.1"),
                    "receiveType": "EMAIL",
                    "receiver": "payee@example.com",
                },
            ],
        }
        created = call(client, PAYOUT, body)
        assert created["data"] == {"requestId": "batch1", "status": "ACCEPTED"}
        assert funding(client) == fund - Decimal("90.1")
        assert funding(client, wallet="SPOT_WALLET") == spot - Decimal("110.3")
        repeat = call(client, PAYOUT, body)  # a repeat is refused and pays nothing again
        assert (repeat["status"], repeat["code"]) == ("FAIL", "400102")
        assert funding(client) == fund - Decimal("90.1")
        queried = call(client, PAYOUT_QUERY, {"requestId": "batch1"})["data"]
        assert queried["batchStatus"] == "SUCCESS" and queried["totalAmount"] == Decimal("200.40000000")
        assert queried["totalPaidAmount"] == Decimal("200.40000000") and queried["totalNumber"] == 2
        assert [d["merchantSendId"] for d in queried["transferDetailList"]] == ["s1", "s2"]
        assert queried["transferDetailList"][0]["payeeId"] == 354205155
        failed_only = call(client, PAYOUT_QUERY, {"requestId": "batch1", "detailStatus": ["FAIL"]})["data"]
        assert failed_only["transferDetailList"] == []
        wrong = call(client, PAYOUT, {**body, "requestId": "batch2", "totalAmount": Decimal("1")})
        assert wrong["code"] == "400102"
        assert call(client, PAYOUT_QUERY, {"requestId": "nope"})["code"] == "400102"
        [webhook] = receiver.wait(1)
        assert verify_webhook(cert(client)[1], webhook)
        assert (webhook.notification()["bizType"], webhook.notification()["bizStatus"]) == ("PAYOUT", "SUCCESS")
        assert webhook.data()["totalAmount"] == Decimal("200.40000000")


# ---- webhook delivery


def test_failing_receiver_is_retried_until_success() -> None:
    receiver = Receiver(replies=[(500, b"oops"), (200, b'{"returnCode":"FAIL"}'), (404, b"")])
    try:
        with merchant(receiver) as client:
            pay(client, create(client)["prepayId"])
            attempts = receiver.wait(4)
            time.sleep(0.2)
            assert len(receiver.received) == 4  # delivered on the 4th, then no more
            pem = cert(client)[1]
            assert all(verify_webhook(pem, a) for a in attempts)
            assert len({a.header("BinancePay-Nonce") for a in attempts}) == 4  # fresh nonce per attempt
            assert len({a.body for a in attempts}) == 1
            gaps = [b.at - a.at for a, b in itertools.pairwise(attempts)]
            assert all(gap >= 0.009 for gap in gaps), gaps
    finally:
        receiver.close()


def test_gives_up_after_six_retries() -> None:
    receiver = Receiver(replies=[(503, b"")] * 20)
    try:
        with merchant(receiver) as client:
            pay(client, create(client)["prepayId"])
            receiver.wait(7)
            time.sleep(0.3)
            assert len(receiver.received) == 7
    finally:
        receiver.close()


def test_api_stays_fast_while_the_receiver_hangs() -> None:
    receiver = Receiver(hang_s=2.0)
    try:
        with merchant(receiver, webhook_timeout_s=10.0) as client:
            orders = [create(client) for _ in range(3)]
            started = time.monotonic()
            for order in orders:
                assert pay(client, order["prepayId"]).status_code == 200
            for _ in range(5):
                assert client.balance().status_code == 200
            assert time.monotonic() - started < 1.0
            receiver.wait(3)  # all three in flight at once
    finally:
        receiver.close()


def test_configured_key_is_the_certificate() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with merchant(webhook_key_pem=pem) as client:
        serial, cert_pem = cert(client)
        assert cert_pem.strip() == public.decode().strip()
        assert len(serial) == 32 and int(serial, 16) >= 0
    bad = b"-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n"
    with pytest.raises(ValueError, match=r"not an unencrypted PEM private key"), merchant(webhook_key_pem=bad):
        pass


def test_no_webhook_url_means_nothing_is_sent() -> None:
    with merchant() as client:
        order = create(client)
        assert pay(client, order["prepayId"]).status_code == 200


def test_pay_control_is_unsigned_and_post_only() -> None:
    with merchant() as client:
        order = create(client)
        assert client.http.get(f"/sandbox/orders/{order['prepayId']}/pay").status_code == 405
        assert pay(client, order["prepayId"]).json()["data"]["status"] == "PAID"


# ---- planted faults


def test_fault_refund_over_paid() -> None:
    with merchant(faults=frozenset({"refund_over_paid"})) as client:
        order = create(client, "1")
        pay(client, order["prepayId"])
        answer = refund(client, order["prepayId"], "5")
        assert answer["status"] == "SUCCESS" and answer["data"]["refundedAmount"] == "5.00000000"


def test_fault_duplicate_trade_no() -> None:
    with merchant(faults=frozenset({"duplicate_trade_no"})) as client:
        first = create(client)
        second = create(client, merchantTradeNo=first["merchantTradeNo"])
        assert second["prepayId"] != first["prepayId"]


@pytest.mark.parametrize("fault", ["webhook_wrong_key", "webhook_body_changed"])
def test_fault_webhook_signature_does_not_verify(fault: str, receiver: Receiver) -> None:
    with merchant(receiver, faults=frozenset({fault})) as client:
        pay(client, create(client)["prepayId"])
        [webhook] = receiver.wait(1)
        serial, pem = cert(client)
        assert webhook.header("BinancePay-Certificate-SN") == serial
        assert webhook.notification()["bizStatus"] == "PAY_SUCCESS"  # still a valid notification
        assert not verify_webhook(pem, webhook)


def test_clean_webhooks_verify(receiver: Receiver) -> None:
    with merchant(receiver) as client:
        pay(client, create(client)["prepayId"])
        assert verify_webhook(cert(client)[1], receiver.wait(1)[0])
