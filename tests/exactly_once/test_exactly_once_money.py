"""Exactly-once for refunds, transfers and payouts: a lost answer never moves money twice, and an
id reused for a different transfer or payout is an `IdempotencyConflictError`, never someone
else's result.

Binance marks repeats differently per operation (the spec's `x-repeat-answer`): a refund repeat
says `duplicateRequest: "Y"` (and is returned as it is: its amount may differ legitimately), a
transfer repeat `status: REPEAT_REQ_SUCCESS` (checked against `x-idempotency-match`); a payout
repeat is undocumented, so a retry refused with any non-retryable code is looked up
(`x-query-operation`).
"""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest
from binance_pay import AsyncBinancePayClient, BinancePayClient
from binance_pay.errors import AccountRemainingAmountNotEnoughError, IdempotencyConflictError, OutcomeUnknownError
from binance_pay_sandbox import RunningSandbox
from lossy_proxy import DROP_REQUEST, DROP_RESPONSE, LossyProxy

GOODS = [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "g-1", "goodsName": "Ice cream"}]
FAST = {"max_retries": 2, "initial_retry_delay": 0.01, "max_retry_delay": 0.02}
REFUSAL = b'{"status":"FAIL","code":"400304","errorMessage":"balance is not enough"}'


def _client(url: str, sandbox: RunningSandbox, **options: Any) -> BinancePayClient:
    return BinancePayClient(sandbox.config.api_key, sandbox.config.secret_key, base_url=url, **options)


def _through(proxy: LossyProxy, sandbox: RunningSandbox) -> BinancePayClient:
    return _client(proxy.url, sandbox, **FAST)


def _paid_order(sandbox: RunningSandbox, client: BinancePayClient, amount: str) -> str:
    order = client.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=uuid.uuid4().hex,
        description="Ice cream",
        order_amount=Decimal(amount),
        currency="USDT",
        goods_details=GOODS,
    )
    paid = httpx.post(f"{sandbox.url}/sandbox/orders/{order.prepay_id}/pay", timeout=10, trust_env=False, verify=False)
    assert paid.json()["data"]["status"] == "PAID", paid.text
    return str(order.prepay_id)


def _spot_usdt(client: BinancePayClient) -> Decimal:
    return Decimal(client.wallet.balance(wallet="SPOT_WALLET", currency="USDT").balance)


def _transfer(client: BinancePayClient, request_id: str, amount: str) -> Any:
    return client.transfers.create(
        request_id=request_id, currency="USDT", amount=Decimal(amount), transfer_type="TO_MAIN"
    )


def _payout(client: BinancePayClient, request_id: str, amount: str) -> Any:
    return client.payouts.create(
        request_id=request_id,
        batch_name="rewards",
        currency="USDT",
        total_amount=Decimal(amount),
        total_number=1,
        transfer_detail_list=[
            {
                "merchantSendId": uuid.uuid4().hex[:32],
                "receiveType": "BINANCE_ID",
                "receiver": "1234567",
                "transferAmount": Decimal(amount),
                "transferMethod": "FUNDING_WALLET",
            }
        ],
    )


# ---- refunds: a repeat answers duplicateRequest "Y"


def test_refund_whose_answer_was_lost_is_made_once(sandbox: RunningSandbox, direct: BinancePayClient) -> None:
    prepay_id = _paid_order(sandbox, direct, "30")
    request_id = uuid.uuid4().hex
    proxy = LossyProxy(sandbox.url, DROP_RESPONSE)
    try:
        with _through(proxy, sandbox) as client:
            refund = client.refunds.create(
                refund_request_id=request_id, prepay_id=prepay_id, refund_amount=Decimal("12.5")
            )
    finally:
        proxy.close()
    assert refund.duplicate_request == "Y"  # the retry's answer: the refund the lost attempt made
    assert refund.refund_amount == Decimal("12.5")
    assert direct.orders.query(prepay_id=prepay_id).status == "REFUNDED"
    assert direct.refunds.query(refund_request_id=request_id).refunded_amount == Decimal("12.5")
    assert proxy.requests == 2


def test_refund_id_repeated_with_another_amount_returns_the_refund_made(
    sandbox: RunningSandbox, direct: BinancePayClient
) -> None:
    # Binance refunds the whole remainder on an order's last attempt, so a repeat's amount may
    # differ from the request's legitimately: the repeat is returned, marked, never refunded twice.
    prepay_id = _paid_order(sandbox, direct, "30")
    request_id = uuid.uuid4().hex
    direct.refunds.create(refund_request_id=request_id, prepay_id=prepay_id, refund_amount=Decimal("5"))
    again = direct.refunds.create(refund_request_id=request_id, prepay_id=prepay_id, refund_amount=Decimal("7"))
    assert (again.duplicate_request, again.refund_amount) == ("Y", Decimal("5"))
    assert direct.refunds.query(refund_request_id=request_id).refunded_amount == Decimal("5")


def test_refund_repeated_as_it_was_returns_the_refund(sandbox: RunningSandbox, direct: BinancePayClient) -> None:
    prepay_id = _paid_order(sandbox, direct, "30")
    request_id = uuid.uuid4().hex
    first = direct.refunds.create(refund_request_id=request_id, prepay_id=prepay_id, refund_amount=Decimal("5"))
    again = direct.refunds.create(refund_request_id=request_id, prepay_id=prepay_id, refund_amount=Decimal("5.00"))
    assert (first.duplicate_request, again.duplicate_request) == ("N", "Y")
    assert again.refund_id == first.refund_id


# ---- transfers: a repeat answers REPEAT_REQ_SUCCESS


def test_transfer_whose_answer_was_lost_moves_money_once(sandbox: RunningSandbox, direct: BinancePayClient) -> None:
    before = _spot_usdt(direct)
    request_id = uuid.uuid4().hex[:32]
    proxy = LossyProxy(sandbox.url, DROP_RESPONSE)
    try:
        with _through(proxy, sandbox) as client:
            transfer = _transfer(client, request_id, "3.25")
    finally:
        proxy.close()
    assert (transfer.tran_id, transfer.status, transfer.amount) == (request_id, "SUCCESS", Decimal("3.25"))
    assert _spot_usdt(direct) - before == Decimal("3.25")
    assert proxy.requests == 2


def test_transfer_id_reused_for_another_amount_is_a_conflict(direct: BinancePayClient) -> None:
    request_id = uuid.uuid4().hex[:32]
    _transfer(direct, request_id, "1")
    before = _spot_usdt(direct)
    with pytest.raises(IdempotencyConflictError) as info:
        _transfer(direct, request_id, "2")
    assert [field for field, _sent, _found in info.value.mismatches] == ["amount"]
    assert "amount: this request Decimal('2'), existing Decimal('1')" in str(info.value)
    assert _spot_usdt(direct) == before


def test_transfer_repeated_as_it_was_returns_the_transfer(direct: BinancePayClient) -> None:
    request_id = uuid.uuid4().hex[:32]
    before = _spot_usdt(direct)
    first, again = _transfer(direct, request_id, "1.5"), _transfer(direct, request_id, "1.50")
    assert first.tran_id == again.tran_id == request_id
    assert _spot_usdt(direct) - before == Decimal("1.5")


def test_async_transfer_whose_answer_was_lost_moves_money_once(
    sandbox: RunningSandbox, direct: BinancePayClient
) -> None:
    before = _spot_usdt(direct)
    request_id = uuid.uuid4().hex[:32]
    proxy = LossyProxy(sandbox.url, DROP_RESPONSE)

    async def transfer() -> Any:
        async with AsyncBinancePayClient(
            sandbox.config.api_key, sandbox.config.secret_key, base_url=proxy.url, **FAST
        ) as client:
            return await client.transfers.create(
                request_id=request_id, currency="USDT", amount=Decimal("0.75"), transfer_type="TO_MAIN"
            )

    try:
        result = asyncio.run(transfer())
    finally:
        proxy.close()
    assert result.tran_id == request_id
    assert _spot_usdt(direct) - before == Decimal("0.75")


# ---- payouts: no documented repeat answer; a refused retry is looked up


def test_payout_retry_refused_after_a_lost_answer_returns_the_payout(
    sandbox: RunningSandbox, direct: BinancePayClient
) -> None:
    request_id = uuid.uuid4().hex[:32]
    # the first attempt pays and its answer is lost; Binance refuses the repeat (here: for the
    # balance the first attempt spent); the lookup finds the batch this request made
    proxy = LossyProxy(sandbox.url, script=[DROP_RESPONSE, REFUSAL])
    try:
        with _through(proxy, sandbox) as client:
            payout = _payout(client, request_id, "4")
    finally:
        proxy.close()
    assert payout.request_id == request_id
    assert proxy.requests == 3 and proxy.paths[-1].endswith("/payout/query")
    assert direct.payouts.query(request_id=request_id).total_amount == Decimal("4")


def test_payout_refused_after_an_unknown_outcome_without_a_documented_not_found_is_unknown(
    sandbox: RunningSandbox,
) -> None:
    # Payout Query documents no "not found" code, so its failure cannot prove that nothing was paid:
    # the refusal of the retry may be caused by the lost first attempt (it spent the balance).
    request_id = uuid.uuid4().hex[:32]
    proxy = LossyProxy(sandbox.url, script=[DROP_REQUEST, REFUSAL])
    try:
        with _through(proxy, sandbox) as client, pytest.raises(OutcomeUnknownError) as info:
            _payout(client, request_id, "4")
    finally:
        proxy.close()
    assert proxy.requests == 3
    error = info.value
    assert (error.id_field, error.id_value) == ("requestId", request_id)
    assert isinstance(error.last_error, AccountRemainingAmountNotEnoughError)
    assert error.lookup_error is not None and error.lookup_error.code == "400102"


def test_payout_id_of_another_batch_is_a_conflict(sandbox: RunningSandbox, direct: BinancePayClient) -> None:
    request_id = uuid.uuid4().hex[:32]
    _payout(direct, request_id, "1")  # another batch under the same id
    proxy = LossyProxy(sandbox.url, script=[DROP_REQUEST, REFUSAL])
    try:
        with _through(proxy, sandbox) as client, pytest.raises(IdempotencyConflictError) as info:
            _payout(client, request_id, "4")
    finally:
        proxy.close()
    assert [field for field, _sent, _found in info.value.mismatches] == ["totalAmount", "transferDetailList"]


def test_payout_refusal_without_an_unknown_outcome_is_not_looked_up(sandbox: RunningSandbox) -> None:
    proxy = LossyProxy(sandbox.url, script=[REFUSAL])
    try:
        with _through(proxy, sandbox) as client, pytest.raises(AccountRemainingAmountNotEnoughError):
            _payout(client, uuid.uuid4().hex[:32], "4")
    finally:
        proxy.close()
    assert proxy.requests == 1


# ---- an id reused for another request: a conflict, with or without a lost answer


@pytest.mark.parametrize("fault", [None, DROP_RESPONSE, DROP_REQUEST], ids=["direct", "answer_lost", "request_lost"])
def test_refund_id_reused_for_another_order_is_a_conflict(
    sandbox: RunningSandbox, direct: BinancePayClient, fault: str | None
) -> None:
    order_a, order_b = _paid_order(sandbox, direct, "20"), _paid_order(sandbox, direct, "20")
    request_id = uuid.uuid4().hex
    direct.refunds.create(refund_request_id=request_id, prepay_id=order_a, refund_amount=Decimal("3"))
    proxy = LossyProxy(sandbox.url, fault or "forward")
    try:
        with _through(proxy, sandbox) as client, pytest.raises(IdempotencyConflictError) as info:
            client.refunds.create(refund_request_id=request_id, prepay_id=order_b, refund_amount=Decimal("3"))
    finally:
        proxy.close()
    assert [(field, sent) for field, sent, _found in info.value.mismatches] == [("prepayId", order_b)]
    assert direct.orders.query(prepay_id=order_b).status == "PAID"  # order B was refunded nothing


@pytest.mark.parametrize("fault", [None, DROP_REQUEST], ids=["direct", "request_lost"])
def test_transfer_id_reused_for_the_other_direction_is_a_conflict(
    direct: BinancePayClient, sandbox: RunningSandbox, fault: str | None
) -> None:
    request_id = uuid.uuid4().hex[:32]
    _transfer(direct, request_id, "1")  # TO_MAIN
    before = _spot_usdt(direct)
    proxy = LossyProxy(sandbox.url, fault or "forward")
    try:
        with _through(proxy, sandbox) as client, pytest.raises(IdempotencyConflictError) as info:
            client.transfers.create(request_id=request_id, currency="USDT", amount=Decimal("1"), transfer_type="TO_PAY")
    finally:
        proxy.close()
    assert [field for field, _sent, _found in info.value.mismatches] == ["transferType"]
    assert _spot_usdt(direct) == before


def test_payout_id_reused_for_another_receiver_is_a_conflict(sandbox: RunningSandbox, direct: BinancePayClient) -> None:
    request_id = uuid.uuid4().hex[:32]
    _payout(direct, request_id, "2")
    proxy = LossyProxy(sandbox.url, script=[DROP_REQUEST, REFUSAL])
    try:
        with _through(proxy, sandbox) as client, pytest.raises(IdempotencyConflictError) as info:
            _payout(client, request_id, "2")  # same total, another merchantSendId: another batch
    finally:
        proxy.close()
    assert [field for field, _sent, _found in info.value.mismatches] == ["transferDetailList"]


# ---- resolving an unknown outcome is one call


def test_reconcile_by_method_and_id(sandbox: RunningSandbox, direct: BinancePayClient) -> None:
    request_id = uuid.uuid4().hex[:32]
    made = _payout(direct, request_id, "1.5")
    found = direct.reconcile(direct.payouts.create, request_id)
    assert (found.exists, found.id_field, found.id_value) == (True, "requestId", made.request_id)
    assert found.result.total_amount == Decimal("1.5")
    trade_no = uuid.uuid4().hex
    assert direct.reconcile(direct.orders.create, trade_no).exists is False  # ORDER_NOT_FOUND: nothing exists
    with pytest.raises(TypeError, match="carries a merchant's id"):
        direct.reconcile(direct.wallet.balance, "x")


def test_reconcile_checks_the_request_it_is_given(direct: BinancePayClient) -> None:
    request_id = uuid.uuid4().hex[:32]
    _transfer(direct, request_id, "1")
    with pytest.raises(IdempotencyConflictError):
        direct.reconcile(direct.transfers.create, request_id, request={"amount": Decimal("2")})


def test_async_reconcile(sandbox: RunningSandbox, direct: BinancePayClient) -> None:
    request_id = uuid.uuid4().hex[:32]
    _transfer(direct, request_id, "0.5")

    async def reconcile() -> Any:
        async with AsyncBinancePayClient(
            sandbox.config.api_key, sandbox.config.secret_key, base_url=sandbox.url
        ) as client:
            return await client.reconcile(client.transfers.create, request_id)

    found = asyncio.run(reconcile())
    assert found.exists and found.result.tran_id == request_id


# ---- waiting for an order's final state


def test_wait_returns_once_the_order_is_paid(sandbox: RunningSandbox, direct: BinancePayClient) -> None:
    import threading

    order = direct.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=uuid.uuid4().hex,
        description="Ice cream",
        order_amount=Decimal("2"),
        currency="USDT",
        goods_details=GOODS,
    )
    timer = threading.Timer(
        0.3,
        lambda: httpx.post(
            f"{sandbox.url}/sandbox/orders/{order.prepay_id}/pay", timeout=10, trust_env=False, verify=False
        ),
    )
    timer.start()
    try:
        final = direct.orders.wait(prepay_id=order.prepay_id, timeout=10, interval=0.05)
    finally:
        timer.join()
    assert final.status == "PAID"


def test_wait_returns_the_last_result_when_time_runs_out(direct: BinancePayClient) -> None:
    order = direct.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=uuid.uuid4().hex,
        description="Ice cream",
        order_amount=Decimal("2"),
        currency="USDT",
        goods_details=GOODS,
    )
    assert direct.orders.wait(prepay_id=order.prepay_id, timeout=0.2, interval=0.05).status == "INITIAL"
    with pytest.raises(ValueError, match="interval"):
        direct.orders.wait(prepay_id=order.prepay_id, timeout=1, interval=0)
