"""Refunds: partial or full, up to what is left of a paid order, at most 10 per order, idempotent by refundRequestId.

Refunding an unknown or unpaid order -> INVALID_PREPAY_ID (the operation's own codes have nothing closer); an
unknown refundRequestId -> INVALID_PARAM_WRONG_VALUE. A refundRequestId seen before is answered with the refund made
under it and `duplicateRequest: "Y"`, as Binance documents, even when this request names another order: the client
compares the order and reports the conflict.

The refunds are kept here (`Refunds`, one of `STORES`); each sends its PAY_REFUND webhook. The order refunded is the
shared state's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .._handler import Answer, Fail, HandlerFactory
from .._records import decoded_as, encoded
from .._state import (
    FUNDING_WALLET,
    ZERO,
    MerchantState,
    Order,
    quantized,
    text,
)
from .._stateful import StateHandler as _StateHandler
from .._stateful import ok as _ok
from .._webhooks import Notification

MAX_REFUNDS = 10
_PAID_STATES = frozenset({"PAID", "REFUNDING", "REFUNDED", "FULL_REFUNDED"})


@dataclass
class Refund:
    request_id: str
    prepay_id: str
    refund_id: int
    amount: Decimal
    refunded_after: Decimal  # the order's refunded total including this refund
    remaining_attempts: int
    status: str = "REFUND_SUCCESS"
    webhook_url: str | None = None


@dataclass
class Refunds:
    """The refunds made, by refundRequestId, oldest first."""

    by_request_id: dict[str, Refund] = field(default_factory=dict)

    def to_record(self) -> Any:
        return encoded(self)

    @classmethod
    def from_record(cls, record: Any) -> Refunds:
        return decoded_as(cls, record, Refund)


def notify_refund(state: MerchantState, order: Order, refund: Refund, info: Mapping[str, Any]) -> None:
    """The PAY_REFUND webhook of `refund` (REFUND_SUCCESS, or REFUND_REJECTED for any other status)."""
    data: dict[str, Any] = {
        "merchantTradeNo": order.merchant_trade_no,
        "productType": order.product_type,
        "productName": order.product_name,
        "tradeType": order.trade_type,
        "totalFee": quantized(order.amount),
        "currency": order.currency,
        "transactTime": state.now_ms(),
        "commission": ZERO,
        "refundInfo": dict(info),
    }
    if order.open_user_id is not None:
        data["openUserId"] = order.open_user_id
    biz_status = "REFUND_SUCCESS" if refund.status == "REFUND_SUCCESS" else "REFUND_REJECTED"
    state.notifier.notify(Notification("PAY_REFUND", int(order.prepay_id), biz_status, data, refund.webhook_url))


def refund_info(order: Order, refund: Refund, duplicate: str) -> dict[str, Any]:
    info: dict[str, Any] = {
        "refundRequestId": refund.request_id,
        "prepayId": refund.prepay_id,
        "orderAmount": text(order.amount),
        "refundedAmount": text(refund.refunded_after),
        "refundAmount": text(refund.amount),
        "remainingAttempts": refund.remaining_attempts,
    }
    if order.open_user_id is not None:
        info["payerOpenId"] = order.open_user_id
    info["duplicateRequest"] = duplicate
    return info


class RefundHandler(_StateHandler):
    """refundOrder: partial or full, up to what is left of the paid amount, at most 10 per order, idempotent."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        request_id, prepay_id = str(request["refundRequestId"]), str(request["prepayId"])
        amount: Decimal = request["refundAmount"]
        with state.lock:
            refunds = state.store(Refunds).by_request_id
            existing = refunds.get(request_id)
            if existing is not None:  # the refund already made under this id, whatever this request asks
                refunded = state.orders[existing.prepay_id]
                return _ok({"refundId": existing.refund_id, **refund_info(refunded, existing, "Y")})
            order = state.find_order(prepay_id, None)
            if order is None:
                return Fail("INVALID_PREPAY_ID", f"prepayId: {prepay_id} is no order")
            if order.status not in _PAID_STATES:
                return Fail(
                    "INVALID_PREPAY_ID", f"prepayId: the order is {order.status}; only a paid order is refunded"
                )
            if len(order.refund_ids) >= MAX_REFUNDS:
                return Fail("TOO_MANY_REFUND_ATTEMPTS", f"prepayId: the order already has {MAX_REFUNDS} refunds")
            over_paid = "refund_over_paid" in self.faults
            if MAX_REFUNDS - len(order.refund_ids) == 1 and order.remaining > ZERO and not over_paid:
                amount = order.remaining  # the last attempt refunds the whole remainder (documented)
            if amount > order.remaining and not over_paid:
                return Fail(
                    "INVALID_REFUND_AMOUNT",
                    f"refundAmount: {amount} is more than the {text(order.remaining)} {order.currency} left to refund",
                )
            if not state.wallets.can_move(FUNDING_WALLET, order.currency, -amount):
                return Fail("ACCOUNT_REMAINING_AMOUNT_NOT_ENOUGH", f"{FUNDING_WALLET} {order.currency}: not enough")
            state.wallets.move(FUNDING_WALLET, order.currency, -amount)
            order.refunded += amount
            order.refund_ids.append(request_id)
            order.status = "FULL_REFUNDED" if order.refunded >= order.amount else "REFUNDED"
            refund = Refund(
                request_id=request_id,
                prepay_id=prepay_id,
                refund_id=state.next_refund_id(),
                amount=quantized(amount),
                refunded_after=quantized(order.refunded),
                remaining_attempts=MAX_REFUNDS - len(order.refund_ids),
                webhook_url=request.get("webhookUrl"),
            )
            refunds[request_id] = refund
            info = refund_info(order, refund, "N")
            notify_refund(state, order, refund, info)
            return _ok({"refundId": refund.refund_id, **info})


class QueryRefundHandler(_StateHandler):
    """queryRefund: a refund by refundRequestId, with the order's refunded total now."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        request_id = str(request["refundRequestId"])
        with state.lock:
            refund = state.store(Refunds).by_request_id.get(request_id)
            if refund is None:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"refundRequestId: {request_id} is no refund")
            order = state.orders[refund.prepay_id]
            data: dict[str, Any] = {
                "refundRequestId": refund.request_id,
                "prepayId": refund.prepay_id,
                "orderAmount": text(order.amount),
                "refundedAmount": text(order.refunded),
                "refundAmount": text(refund.amount),
                "refundedCommission": text(ZERO),
                "refundCommission": text(ZERO),
                "remainingAttempts": MAX_REFUNDS - len(order.refund_ids),
            }
            if order.open_user_id is not None:
                data["payerOpenId"] = order.open_user_id
            data["refundStatus"] = refund.status
            return _ok(data)


HANDLERS: dict[str, HandlerFactory] = {
    "refundOrder": RefundHandler,
    "queryRefund": QueryRefundHandler,
}

STORES = (Refunds,)
