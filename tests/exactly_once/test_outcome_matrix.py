"""Three outcomes, never confused: every money operation, fault class and wire path.

A lossy proxy on 127.0.0.1 sits in front of a real sandbox, whose state is the ground truth. For each
row the call's reported outcome must agree with what happened:
- a result: the thing exists, once, and money moved once;
- `OutcomeUnknownError`: allowed either way (the caller reconciles), and `client.reconcile` then tells;
- any other error: nothing was carried out under the id, and no money moved.
Each fault class also names the outcome(s) it must lead to, so a row cannot pass by raising
`OutcomeUnknownError` for everything.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import pytest
from binance_pay import AsyncBinancePayClient, BinancePayClient, OutcomeUnknownError, recovered
from binance_pay.errors import BinancePayError, OrderNotFoundError
from binance_pay_sandbox import RunningSandbox
from lossy_proxy import (
    DROP_REQUEST,
    DROP_RESPONSE,
    LATE_RESPONSE,
    PARTIAL_RESPONSE,
    RESET_RESPONSE,
    Answer,
    LossyProxy,
    Step,
)

GOODS = [{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "g-1", "goodsName": "Ice cream"}]
PATHS = [("sync", "stdlib"), ("sync", "httpx"), ("async", "asyncio"), ("async", "aiohttp"), ("async", "httpx")]
OPTIONS = {"max_retries": 2, "initial_retry_delay": 0.01, "max_retry_delay": 0.02, "timeout": 0.6}

UNKNOWN_ERROR = Answer(500, b'{"status":"FAIL","code":"400000","errorMessage":"system busy"}')
TIMESTAMP_ERROR = Answer(400, b'{"status":"FAIL","code":"400003","errorMessage":"timestamp"}')
NOT_FOUND = Answer(400, b'{"status":"FAIL","code":"400202","errorMessage":"order not found"}')
REFUSAL = Answer(400, b'{"status":"FAIL","code":"400304","errorMessage":"balance is not enough"}')

RESULT, UNKNOWN, REFUSED = "result", "unknown", "refused"


@dataclass(frozen=True)
class Fault:
    """One fault class: what the proxy does, and the outcomes it may lead to (per operation where they differ)."""

    name: str
    script: tuple[Step, ...]
    expect: frozenset[str]
    then: Step = "forward"
    lookup: Step | None = None
    per_operation: dict[str, frozenset[str]] = field(default_factory=dict)

    def expected(self, operation: str) -> frozenset[str]:
        return self.per_operation.get(operation, self.expect)


ONLY_RESULT = frozenset({RESULT})
ONLY_UNKNOWN = frozenset({UNKNOWN})
FAULTS = [
    Fault("request_lost_before_the_server", (DROP_REQUEST,), ONLY_RESULT),
    Fault("answer_lost_after_execution", (DROP_RESPONSE,), ONLY_RESULT),
    Fault("connection_reset_after_execution", (RESET_RESPONSE,), ONLY_RESULT),
    Fault("answer_cut_short_after_execution", (PARTIAL_RESPONSE,), ONLY_RESULT),
    Fault("answer_later_than_the_timeout", (LATE_RESPONSE,), ONLY_RESULT),
    Fault("json_500_unknown_error_after_execution", (Answer(500, UNKNOWN_ERROR.body, after=True),), ONLY_RESULT),
    Fault(
        "json_502_from_a_gateway_after_execution", (Answer(502, b'{"message":"Bad Gateway"}', after=True),), ONLY_RESULT
    ),
    Fault("html_502_after_execution", (Answer(502, b"<html>Bad Gateway</html>", True, "text/html"),), ONLY_RESULT),
    Fault(
        "json_500_with_a_refusal_code_after_execution",
        (Answer(500, b'{"status":"FAIL","code":"400001","errorMessage":"x"}', after=True),),
        ONLY_RESULT,
    ),
    Fault("unknown_error_on_every_later_answer", (DROP_RESPONSE,), ONLY_UNKNOWN, then=UNKNOWN_ERROR),
    Fault(
        "lookup_fails_with_a_timestamp_error",
        (DROP_RESPONSE,),
        ONLY_RESULT,
        lookup=TIMESTAMP_ERROR,
        per_operation={"order": ONLY_UNKNOWN, "payout": frozenset({RESULT, UNKNOWN})},
    ),
    Fault(
        "lookup_answers_a_transient_not_found",
        (DROP_RESPONSE,),
        ONLY_RESULT,
        lookup=NOT_FOUND,
        per_operation={"order": ONLY_UNKNOWN, "payout": frozenset({RESULT, UNKNOWN})},
    ),
    Fault(
        "nothing_done_then_the_retry_refused",
        (DROP_REQUEST, REFUSAL),
        ONLY_UNKNOWN,
        per_operation={"order": frozenset({REFUSED})},  # Query Order's ORDER_NOT_FOUND proves nothing exists
    ),
]


# ---- the money operations: a call, and the ground truth in the sandbox ----------------------------------------------


class MoneyOperation:
    """One operation under test: `call` makes the request with `client`; `exists` and `moved` read the sandbox."""

    name = ""
    amount = Decimal("1.25")

    def prepare(self, sandbox: RunningSandbox, direct: BinancePayClient) -> None:
        self.id = uuid.uuid4().hex[:32]

    def call(self, client: Any) -> Any:
        raise NotImplementedError

    def exists(self, direct: BinancePayClient) -> bool:
        raise NotImplementedError

    def money(self, direct: BinancePayClient) -> Decimal:
        return Decimal(direct.wallet.balance(wallet="FUNDING_WALLET", currency="USDT").balance)


class CreateOrder(MoneyOperation):
    name = "order"

    def call(self, client: Any) -> Any:
        return client.orders.create(
            env={"terminalType": "WEB"},
            merchant_trade_no=self.id,
            description="Ice cream",
            order_amount=self.amount,
            currency="USDT",
            goods_details=GOODS,
        )

    def exists(self, direct: BinancePayClient) -> bool:
        try:
            direct.orders.query(merchant_trade_no=self.id)
        except OrderNotFoundError:
            return False
        return True

    def money(self, direct: BinancePayClient) -> Decimal:
        return Decimal(0)  # an order moves no money until it is paid


class Refund(MoneyOperation):
    name = "refund"

    def prepare(self, sandbox: RunningSandbox, direct: BinancePayClient) -> None:
        super().prepare(sandbox, direct)
        order = direct.orders.create(
            env={"terminalType": "WEB"},
            merchant_trade_no=uuid.uuid4().hex,
            description="Ice cream",
            order_amount=Decimal("10"),
            currency="USDT",
            goods_details=GOODS,
        )
        paid = httpx.post(
            f"{sandbox.url}/sandbox/orders/{order.prepay_id}/pay", timeout=10, trust_env=False, verify=False
        )
        assert paid.json()["data"]["status"] == "PAID", paid.text
        self.prepay_id = str(order.prepay_id)

    def call(self, client: Any) -> Any:
        return client.refunds.create(refund_request_id=self.id, prepay_id=self.prepay_id, refund_amount=self.amount)

    def exists(self, direct: BinancePayClient) -> bool:
        return _found(lambda: direct.refunds.query(refund_request_id=self.id))


class Transfer(MoneyOperation):
    name = "transfer"

    def call(self, client: Any) -> Any:
        return client.transfers.create(request_id=self.id, currency="USDT", amount=self.amount, transfer_type="TO_MAIN")

    def exists(self, direct: BinancePayClient) -> bool:
        return _found(lambda: direct.transfers.query(tran_id=self.id))


class Payout(MoneyOperation):
    name = "payout"

    def call(self, client: Any) -> Any:
        detail = {
            "merchantSendId": "s" + self.id[:20],
            "receiveType": "BINANCE_ID",
            "receiver": "1234567",
            "transferAmount": self.amount,
            "transferMethod": "FUNDING_WALLET",
        }
        return client.payouts.create(
            request_id=self.id,
            batch_name="rewards",
            currency="USDT",
            total_amount=self.amount,
            total_number=1,
            transfer_detail_list=[detail],
        )

    def exists(self, direct: BinancePayClient) -> bool:
        return _found(lambda: direct.payouts.query(request_id=self.id))


def _found(query: Callable[[], Any]) -> bool:
    try:
        query()
    except BinancePayError as error:
        if error.code == "400102":  # the sandbox's answer for an unknown id
            return False
        raise
    return True


OPERATIONS = [CreateOrder, Refund, Transfer, Payout]


# ---- the matrix -----------------------------------------------------------------------------------------------------


def _outcome(
    operation: MoneyOperation, client_path: tuple[str, str], url: str, sandbox: RunningSandbox
) -> tuple[str, Any]:
    kind, backend = client_path
    keys = (sandbox.config.api_key, sandbox.config.secret_key)
    try:
        if kind == "sync":
            with BinancePayClient(*keys, base_url=url, http_backend=backend, **OPTIONS) as client:  # type: ignore[arg-type]
                return RESULT, operation.call(client)

        async def call() -> Any:
            async with AsyncBinancePayClient(*keys, base_url=url, http_backend=backend, **OPTIONS) as client:  # type: ignore[arg-type]
                return await operation.call(client)

        return RESULT, asyncio.run(call())
    except OutcomeUnknownError as error:
        return UNKNOWN, error
    except BinancePayError as error:
        return REFUSED, error


@pytest.mark.parametrize("client_path", PATHS, ids=["-".join(path) for path in PATHS])
@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
@pytest.mark.parametrize("operation_class", OPERATIONS, ids=[cls.name for cls in OPERATIONS])
def test_reported_outcome_matches_what_happened(
    operation_class: type[MoneyOperation],
    fault: Fault,
    client_path: tuple[str, str],
    sandbox: RunningSandbox,
    direct: BinancePayClient,
) -> None:
    operation = operation_class()
    operation.prepare(sandbox, direct)
    before = operation.money(direct)
    proxy = LossyProxy(sandbox.url, script=fault.script, then=fault.then, lookup=fault.lookup, late_seconds=1.0)
    try:
        outcome, value = _outcome(operation, client_path, proxy.url, sandbox)
    finally:
        proxy.close()
    exists = operation.exists(direct)
    moved = before - operation.money(direct)
    assert moved in (Decimal(0), operation.amount), f"money moved {moved}: more than once"
    assert outcome in fault.expected(operation.name), f"{outcome}: {value!r}"
    if outcome == RESULT:
        assert exists, "a result was returned for something that does not exist"
        if operation.name != "order":
            assert moved == operation.amount
    elif outcome == REFUSED:
        assert not exists and moved == 0, f"reported as refused ({value!r}), yet it was carried out"
    else:
        assert value.id_value == operation.id
        _reconciled_agrees(operation, value, direct, exists)


def _reconciled_agrees(
    operation: MoneyOperation, error: OutcomeUnknownError, direct: BinancePayClient, exists: bool
) -> None:
    """An unknown outcome is settled by one call: `reconcile` says what exists, or raises when it cannot tell."""
    try:
        settled = direct.reconcile(error)
    except BinancePayError as lookup_error:
        assert not exists and lookup_error.code == "400102"  # a lookup without a documented not-found code
        return
    assert settled.exists is exists and settled.id_value == operation.id


def test_a_recovered_order_says_what_the_lookup_could_not_supply(
    sandbox: RunningSandbox, direct: BinancePayClient
) -> None:
    operation = CreateOrder()
    operation.prepare(sandbox, direct)
    proxy = LossyProxy(sandbox.url, script=(DROP_RESPONSE,))
    try:
        with BinancePayClient(
            sandbox.config.api_key, sandbox.config.secret_key, base_url=proxy.url, **OPTIONS
        ) as client:
            order = operation.call(client)
    finally:
        proxy.close()
    recovery = recovered(order)
    assert recovery is not None and recovery.lookup == "queryOrderV2"
    assert {"checkoutUrl", "qrcodeLink", "deeplink", "expireTime"} <= set(recovery.missing)
    assert recovery.found.status == "INITIAL" and recovery.found.merchant_trade_no == operation.id
    assert "recovered=Recovery(lookup='queryOrderV2'" in repr(order)
    fresh = CreateOrder()
    fresh.prepare(sandbox, direct)
    assert recovered(fresh.call(direct)) is None  # an answer that arrived is the call's own result
