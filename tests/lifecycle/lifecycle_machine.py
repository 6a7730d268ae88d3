"""A Hypothesis state machine for the order life cycle, driven through the SDK against a running sandbox.

The model keeps each order's amount, status and refunds as exact Decimals and predicts every answer; the invariants:
successful refunds never sum past the paid amount, statuses move only along the transitions the sandbox implements
(the reference lists the statuses but documents no transitions, see binance-pay-api.md §2.3), a query shows the
latest state, amounts stay exact, a merchantTradeNo names one order, and every webhook the sandbox sends verifies with
the SDK (`client.webhooks.verify`, keys from `client.certificates.list()`) and matches what the model expects.

`bind(sandbox, receiver)` makes the machine class for one running sandbox (the class, not an instance, is what
`run_state_machine_as_test` and `TestCase` want).
"""

from __future__ import annotations

import functools
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from binance_pay import BinancePayClient
from binance_pay.errors import (
    InvalidMerchantTradeNoError,
    InvalidOrderStatusError,
    InvalidPrepayIdError,
    InvalidRefundAmountError,
    TooManyRefundAttemptsError,
)
from binance_pay.webhooks import WebhookVerificationError
from binance_pay_sandbox import RunningSandbox
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

STEP = Decimal("0.00000001")
MAX_REFUNDS = 10
EXPIRY_MS = 250  # SandboxConfig.order_expiry_ms for the machine's sandboxes
SWEEP_S = 0.02  # SandboxConfig.expiry_sweep_s
MARGIN_S = 0.08  # slack either side of an expiry time, for clocks read a moment apart
PAID_STATES = frozenset({"PAID", "REFUNDED", "FULL_REFUNDED"})
WEBHOOK_WAIT_S = 15.0  # a webhook arrives in milliseconds; the margin is for a loaded machine (xdist, CI)

# What the sandbox implements (sandbox/binance_pay_sandbox/_state.py, resources/orders.py): each status and the
# statuses it may be seen in next (itself included). PENDING, ERROR and REFUNDING are documented but never entered.
NEXT: dict[str, frozenset[str]] = {
    "INITIAL": frozenset({"INITIAL", "PAID", "CANCELED", "EXPIRED", "REFUNDED", "FULL_REFUNDED"}),
    "PAID": frozenset({"PAID", "REFUNDED", "FULL_REFUNDED"}),
    "REFUNDED": frozenset({"REFUNDED", "FULL_REFUNDED"}),
    "FULL_REFUNDED": frozenset({"FULL_REFUNDED"}),
    "CANCELED": frozenset({"CANCELED"}),
    "EXPIRED": frozenset({"EXPIRED"}),
}
SUCCESS_REPLY = b'{"returnCode":"SUCCESS","returnMessage":null}'


# ---- the webhook receiver


@dataclass(frozen=True)
class Received:
    headers: dict[str, str]
    body: bytes


class Receiver:
    """Records every POST on 127.0.0.1 and answers 200 {"returnCode":"SUCCESS","returnMessage":null}."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                with receiver.cond:
                    receiver.received.append(Received({k.lower(): v for k, v in self.headers.items()}, body))
                    receiver.cond.notify_all()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(SUCCESS_REPLY)))
                self.end_headers()
                self.wfile.write(SUCCESS_REPLY)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/webhook"

    def since(self, start: int) -> list[Received]:
        with self.cond:
            return self.received[start:]

    def count(self) -> int:
        with self.cond:
            return len(self.received)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# ---- the model


@dataclass
class ModelOrder:
    prepay_id: str
    trade_no: str
    amount: Decimal
    expire_s: float  # the sandbox's expireTime, in seconds since the epoch
    status: str = "INITIAL"
    refunded: Decimal = Decimal(0)
    refunds: list[str] = field(default_factory=list)
    seen: str = "INITIAL"  # the last status a query showed

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.refunded


@dataclass
class ModelRefund:
    request_id: str
    prepay_id: str
    amount: Decimal


def exact(value: Any, expected: Decimal, what: str) -> None:
    assert isinstance(value, Decimal), f"{what}: {value!r} is not a Decimal"
    assert value == expected, f"{what}: {value} != {expected}"
    assert value.as_tuple().exponent >= -8, f"{what}: {value} has more than 8 decimal places"


def guarded(method: Callable[..., None]) -> Callable[..., None]:
    """Marks the machine broken while a step or invariant runs, so that teardown (run after a failure too) adds
    no second failure of its own that would hide the first."""

    @functools.wraps(method)
    def run(self: OrderLifecycle, *args: Any, **kwargs: Any) -> None:
        self.broken = True
        method(self, *args, **kwargs)
        self.broken = False

    return run


amounts = st.decimals(min_value=Decimal("0.00000001"), max_value=Decimal("5000"), places=8, allow_nan=False)


class OrderLifecycle(RuleBasedStateMachine):
    """Set by `bind`: the running sandbox, its webhook receiver, and an SDK client for it."""

    sandbox: RunningSandbox
    receiver: Receiver
    client: BinancePayClient

    def __init__(self) -> None:
        super().__init__()
        self.broken = False
        self.orders: dict[str, ModelOrder] = {}
        self.refunds: dict[str, ModelRefund] = {}
        self.expected: Counter[tuple[str, str, str]] = Counter()  # (bizType, bizId, bizStatus) the model expects
        self.first_webhook = self.receiver.count()
        self.checked = self.first_webhook
        self.events: Counter[tuple[str, str, str]] = Counter()

    # ---- helpers

    def settle_expiry(self, order: ModelOrder) -> None:
        """Apply expiry to the model: wait out the uncertain moment around expireTime, then EXPIRED if past it."""
        if order.status != "INITIAL":
            return
        now = time.time()
        if order.expire_s - MARGIN_S <= now < order.expire_s + MARGIN_S:
            time.sleep(order.expire_s + MARGIN_S - now)
            now = time.time()
        if now >= order.expire_s:
            order.status = "EXPIRED"
            self.expect_webhook("PAY", order.prepay_id, "PAY_CLOSED")

    def expect_webhook(self, biz_type: str, biz_id: str, biz_status: str) -> None:
        """The model expects this notification: wait for it (so a bad one fails this very step), verifying all."""
        key = (biz_type, biz_id, biz_status)
        self.expected[key] += 1
        deadline = time.monotonic() + WEBHOOK_WAIT_S
        while True:
            self.webhooks_verify()
            if self.events[key] >= self.expected[key]:
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"webhook {key} never arrived")
            time.sleep(0.003)

    def pick(self, data: st.DataObject, statuses: frozenset[str] | None = None) -> ModelOrder:
        for order in self.orders.values():
            self.settle_expiry(order)
        # in the order they were made, not sorted: the ids are random, and a replay must pick the same order
        choices = [p for p, o in self.orders.items() if statuses is None or o.status in statuses]
        if not choices:
            choices = list(self.orders)
        # An index with fixed bounds, not sampled_from(choices): which orders qualify depends on the wall clock
        # (expiry), and a draw whose bounds change between Hypothesis's replays is a FlakyStrategyDefinition.
        return self.orders[choices[data.draw(st.integers(0, 63), label="order") % len(choices)]]

    def has_paid(self) -> bool:
        return any(o.status in PAID_STATES for o in self.orders.values())

    def new_trade_no(self) -> str:
        return "L" + secrets.token_hex(10)

    def create_order(self, trade_no: str, amount: Decimal, version: str, expiring: bool) -> Any:
        goods = {"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "sku1", "goodsName": "Tea"}
        common: dict[str, Any] = {
            "env": {"terminalType": "WEB"},
            "merchant_trade_no": trade_no,
            "order_amount": amount,
            "currency": "USDT",
        }
        if not expiring:
            common["order_expire_time"] = int(time.time() * 1000) + 1_800_000
        if version == "v3":
            return self.client.orders.create(description="Lifecycle order", goods_details=[goods], **common)
        return self.client.orders.create_v2(goods=goods, **common)

    # ---- rules

    @initialize(amount=amounts, version=st.sampled_from(["v2", "v3"]))
    @guarded
    def paid_order(self, amount: Decimal, version: str) -> None:
        """Every run starts with one paid order, so the refund rules are open from the first step."""
        self.pay_order(self.new_order(amount, version, False))

    @initialize(amount=amounts, expiring=st.booleans())
    @guarded
    def unpaid_order(self, amount: Decimal, expiring: bool) -> None:
        """And one unpaid order, for pay, close and expiry from the first step."""
        self.new_order(amount, "v3", expiring)

    @rule(
        amount=amounts,
        version=st.sampled_from(["v2", "v3"]),
        expiring=st.booleans(),
    )
    @guarded
    def create(self, amount: Decimal, version: str, expiring: bool) -> None:
        self.new_order(amount, version, expiring)

    def new_order(self, amount: Decimal, version: str, expiring: bool) -> ModelOrder:
        trade_no = self.new_trade_no()
        result = self.create_order(trade_no, amount, version, expiring)
        assert result.prepay_id not in self.orders, f"prepayId {result.prepay_id} given twice"
        exact(result.total_fee, amount, "create totalFee")
        assert result.currency == "USDT"
        expire_ms = result.expire_time  # an int, whether Binance sends it as a number or a string of digits
        assert type(expire_ms) is int, result.expire_time
        if expiring:
            assert abs(expire_ms - time.time() * 1000 - EXPIRY_MS) < 1000, result.expire_time
        order = ModelOrder(result.prepay_id, trade_no, amount, expire_ms / 1000)
        self.orders[result.prepay_id] = order
        return order

    @precondition(lambda self: self.orders)
    @rule(data=st.data(), amount=amounts)
    @guarded
    def create_with_used_trade_no(self, data: st.DataObject, amount: Decimal) -> None:
        order = self.pick(data)
        try:
            result = self.create_order(order.trade_no, amount, "v3", False)
        except InvalidMerchantTradeNoError:
            return
        raise AssertionError(f"merchantTradeNo {order.trade_no} made a second order {result.prepay_id}")

    @precondition(lambda self: self.orders)
    @rule(data=st.data())
    @guarded
    def pay(self, data: st.DataObject) -> None:
        self.pay_order(self.pick(data, frozenset({"INITIAL"})))

    def pay_order(self, order: ModelOrder) -> None:
        answer = httpx.post(f"{self.sandbox.url}/sandbox/orders/{order.prepay_id}/pay", timeout=10, verify=False).json()
        if order.status == "INITIAL":
            assert answer["status"] == "SUCCESS", answer
            assert answer["data"]["status"] == "PAID", answer
            assert Decimal(answer["data"]["orderAmount"]) == order.amount, answer
            order.status = "PAID"
            self.expect_webhook("PAY", order.prepay_id, "PAY_SUCCESS")
        else:
            assert answer["status"] == "FAIL" and answer["code"] == "400204", (order.status, answer)

    @precondition(lambda self: self.orders)
    @rule(data=st.data())
    @guarded
    def close(self, data: st.DataObject) -> None:
        order = self.pick(data, frozenset({"INITIAL", "CANCELED"}))
        if order.status in ("INITIAL", "CANCELED"):
            assert self.client.orders.close(prepay_id=order.prepay_id) is True
            if order.status == "INITIAL":
                order.status = "CANCELED"
                self.expect_webhook("PAY", order.prepay_id, "PAY_CLOSED")
        else:
            try:
                self.client.orders.close(prepay_id=order.prepay_id)
            except InvalidOrderStatusError:
                return
            raise AssertionError(f"closing a {order.status} order succeeded")

    @precondition(lambda self: self.orders)  # not the clock: a precondition must hold the same on every replay
    @rule()
    @guarded
    def wait_for_expiry(self) -> None:
        due = [o for o in self.orders.values() if o.status == "INITIAL" and o.expire_s < time.time() + 5]
        if not due:
            return
        time.sleep(max(0.0, max(o.expire_s for o in due) + MARGIN_S - time.time()))
        for order in due:
            self.settle_expiry(order)

    @precondition(lambda self: self.has_paid())
    @rule(data=st.data(), fraction=st.integers(1, 99))
    @guarded
    def refund_partial(self, data: st.DataObject, fraction: int) -> None:
        self.refund(data, "partial", fraction)

    @precondition(lambda self: self.has_paid())
    @rule(data=st.data())
    @guarded
    def refund_full(self, data: st.DataObject) -> None:
        self.refund(data, "full", 1)

    @precondition(lambda self: self.has_paid())
    @rule(data=st.data(), fraction=st.integers(1, 99))
    @guarded
    def refund_over(self, data: st.DataObject, fraction: int) -> None:
        self.refund(data, "over", fraction)

    def refund(self, data: st.DataObject, kind: str, fraction: int) -> None:
        order = self.pick(data, PAID_STATES)
        remaining = order.remaining
        if kind == "partial" and remaining > STEP:
            amount = max(STEP, (remaining * fraction / 100).quantize(STEP))
        elif kind == "full" and remaining > 0:
            amount = remaining
        else:
            amount = remaining + (Decimal(fraction) * STEP if fraction % 2 else Decimal(fraction))
        request_id = "R" + secrets.token_hex(10)
        expect: type[Exception] | None = None
        if order.status not in PAID_STATES:
            expect = InvalidPrepayIdError
        elif len(order.refunds) >= MAX_REFUNDS:
            expect = TooManyRefundAttemptsError
        else:
            if len(order.refunds) == MAX_REFUNDS - 1 and remaining > 0:
                amount = remaining  # the last attempt refunds the whole remainder (documented)
            if amount > remaining:
                expect = InvalidRefundAmountError
        if expect is not None:
            try:
                result = self.client.refunds.create(
                    refund_request_id=request_id, prepay_id=order.prepay_id, refund_amount=amount
                )
            except expect:
                return
            raise AssertionError(
                f"refund of {amount} accepted on a {order.status} order of {order.amount} with {remaining} left "
                f"(refundedAmount now {result.refunded_amount})"
            )
        result = self.client.refunds.create(
            refund_request_id=request_id, prepay_id=order.prepay_id, refund_amount=amount
        )
        order.refunded += amount
        order.refunds.append(request_id)
        order.status = "FULL_REFUNDED" if order.refunded == order.amount else "REFUNDED"
        self.refunds[request_id] = ModelRefund(request_id, order.prepay_id, amount)
        self.expect_webhook("PAY_REFUND", order.prepay_id, "REFUND_SUCCESS")
        assert result.refund_request_id == request_id and result.prepay_id == order.prepay_id
        assert result.duplicate_request == "N"
        exact(result.refund_amount, amount, "refundAmount")
        exact(result.refunded_amount, order.refunded, "refundedAmount")
        exact(result.order_amount, order.amount, "orderAmount")
        assert result.remaining_attempts == MAX_REFUNDS - len(order.refunds)

    @precondition(lambda self: self.refunds)
    @rule(data=st.data())
    @guarded
    def repeat_refund(self, data: st.DataObject) -> None:
        refund = self.refunds[data.draw(st.sampled_from(list(self.refunds)), label="refundRequestId")]
        result = self.client.refunds.create(
            refund_request_id=refund.request_id, prepay_id=refund.prepay_id, refund_amount=refund.amount
        )
        assert result.duplicate_request == "Y"
        exact(result.refund_amount, refund.amount, "repeated refundAmount")

    @precondition(lambda self: self.refunds)
    @rule(data=st.data())
    @guarded
    def query_refund(self, data: st.DataObject) -> None:
        refund = self.refunds[data.draw(st.sampled_from(list(self.refunds)), label="refundRequestId")]
        order = self.orders[refund.prepay_id]
        result = self.client.refunds.query(refund_request_id=refund.request_id)
        assert result.prepay_id == order.prepay_id and result.refund_status == "REFUND_SUCCESS"
        exact(result.refund_amount, refund.amount, "query refundAmount")
        exact(result.refunded_amount, order.refunded, "query refundedAmount")
        exact(result.order_amount, order.amount, "query orderAmount")
        assert result.remaining_attempts == MAX_REFUNDS - len(order.refunds)

    @precondition(lambda self: self.orders)
    @rule(data=st.data(), by_trade_no=st.booleans())
    @guarded
    def query(self, data: st.DataObject, by_trade_no: bool) -> None:
        order = self.pick(data)
        if by_trade_no:
            result = self.client.orders.query(merchant_trade_no=order.trade_no)
        else:
            result = self.client.orders.query(prepay_id=order.prepay_id)
        assert result.prepay_id == order.prepay_id, f"{order.trade_no} names {result.prepay_id}, not {order.prepay_id}"
        assert result.merchant_trade_no == order.trade_no
        assert result.status == order.status, f"{order.prepay_id}: query says {result.status}, model {order.status}"
        assert result.status in NEXT[order.seen], f"{order.prepay_id}: {order.seen} -> {result.status}"
        order.seen = result.status
        exact(result.order_amount, order.amount, "query orderAmount")
        assert result.currency == "USDT"

    # ---- invariants

    @invariant()
    @guarded
    def refunds_within_paid(self) -> None:
        for order in self.orders.values():
            total = sum((r.amount for r in self.refunds.values() if r.prepay_id == order.prepay_id), Decimal(0))
            assert total == order.refunded <= order.amount, f"{order.prepay_id}: refunded {total} of {order.amount}"
            if order.refunded:
                assert order.status in ("REFUNDED", "FULL_REFUNDED")

    @invariant()
    @guarded
    def webhooks_verify(self) -> None:
        for received in self.receiver.since(self.checked):
            self.checked += 1
            try:
                event = self.client.webhooks.verify(received.body, received.headers)
            except WebhookVerificationError as exc:
                raise AssertionError(f"a sandbox webhook does not verify: {exc.reason}") from exc
            if event.biz_id not in self.orders:
                continue  # another machine's, or an order this one has not recorded yet
            order = self.orders[event.biz_id]
            self.events[(event.biz_type, event.biz_id, event.biz_status)] += 1
            exact(event.data.total_fee, order.amount, "webhook totalFee")
            assert event.data.merchant_trade_no == order.trade_no

    def teardown(self) -> None:
        if self.broken:
            return  # a step failed: that failure is the one to report
        deadline = time.monotonic() + 5.0
        for order in self.orders.values():
            if order.status == "INITIAL" and order.expire_s < time.time() + 1:
                self.settle_expiry(order)  # (an order still INITIAL when it expires sends PAY_CLOSED)
        while True:
            self.webhooks_verify()
            if +self.events == +self.expected or time.monotonic() > deadline:
                break
            time.sleep(0.02)
        # Orders that expired without the model looking may add PAY_CLOSED; everything else must match exactly.
        extra = self.events - self.expected
        missing = self.expected - self.events
        assert not missing, f"webhooks never sent: {dict(missing)}"
        unexplained = {
            key: n
            for key, n in extra.items()
            if not (key[2] == "PAY_CLOSED" and self.orders[key[1]].status == "INITIAL" and n == 1)
        }
        assert not unexplained, f"webhooks the model did not expect: {unexplained}"


def bind(sandbox: RunningSandbox, receiver: Receiver, client: BinancePayClient) -> type[OrderLifecycle]:
    """The machine class for this sandbox."""
    return type(
        "OrderLifecycleBound",
        (OrderLifecycle,),
        {"sandbox": sandbox, "receiver": receiver, "client": client},
    )
