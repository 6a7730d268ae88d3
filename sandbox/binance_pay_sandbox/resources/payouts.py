"""Batch payouts: each transfer paid from its wallet if the money is there, then the PAYOUT webhook.

A payout whose totals disagree with its details, an unknown or an already used requestId ->
INVALID_PARAM_WRONG_VALUE (Payout Query shows the batch made under a used one); a `subMerchantId` that names no
sub-merchant -> SUB_MERCHANT_INVALID. The batches are kept here (`Payouts`, one of `STORES`).
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
    MERCHANT_ID,
    ZERO,
    MerchantState,
    quantized,
    text,
)
from .._stateful import StateHandler as _StateHandler
from .._stateful import ok as _ok
from .._webhooks import Notification
from .sub_merchants import sub_merchant_refusal

DUPLICATE_PAYOUT_MESSAGE = "requestId: duplicated (Payout Query shows the batch made under it)"


@dataclass
class PayoutDetail:
    order_id: int
    merchant_send_id: str
    amount: Decimal
    receive_type: str | None
    receiver: str
    transfer_method: str
    status: str
    remark: str | None


@dataclass
class Payout:
    request_id: str
    payout_id: int
    currency: str
    total_amount: Decimal
    total_number: int
    batch_status: str
    details: list[PayoutDetail]
    webhook_url: str | None


@dataclass
class Payouts:
    """The batches made, by requestId, oldest first."""

    by_request_id: dict[str, Payout] = field(default_factory=dict)

    def to_record(self) -> Any:
        return encoded(self)

    @classmethod
    def from_record(cls, record: Any) -> Payouts:
        return decoded_as(cls, record, Payout, PayoutDetail)


def notify_payout(state: MerchantState, payout: Payout) -> None:
    """The PAYOUT webhook of a batch, its status as bizStatus."""
    data = {
        "requestId": payout.request_id,
        "batchStatus": payout.batch_status,
        "merchantId": MERCHANT_ID,
        "currency": payout.currency,
        "totalAmount": quantized(payout.total_amount),
        "totalNumber": payout.total_number,
    }
    state.notifier.notify(Notification("PAYOUT", payout.payout_id, payout.batch_status, data, payout.webhook_url))


class PayoutHandler(_StateHandler):
    """createPayout: each transfer paid from its wallet if the money is there; ACCEPTED, then the PAYOUT webhook.

    A used requestId is refused whatever the repeat's body (Binance documents no repeat answer): an ACCEPTED
    would tell a client that sent other receivers or amounts that its batch was made. Payout Query shows the
    batch that was made, for the client to compare.
    """

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        request_id = str(request["requestId"])
        with state.lock:
            payouts = state.store(Payouts).by_request_id
            if request_id in payouts:
                return Fail("INVALID_PARAM_WRONG_VALUE", DUPLICATE_PAYOUT_MESSAGE)
            unknown_sub_merchant = sub_merchant_refusal(state, request.get("subMerchantId"))
            if unknown_sub_merchant is not None:
                return unknown_sub_merchant
            items = list(request["transferDetailList"])
            total: Decimal = request["totalAmount"]
            if int(request["totalNumber"]) != len(items):
                return Fail("INVALID_PARAM_WRONG_VALUE", f"totalNumber: must equal the {len(items)} transfers listed")
            listed = sum((Decimal(item["transferAmount"]) for item in items), ZERO)
            if listed != total:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"totalAmount: must equal the transfers' sum {text(listed)}")
            currency = str(request["currency"])
            details = []
            for item in items:
                method = str(item.get("transferMethod") or FUNDING_WALLET)
                amount = Decimal(item["transferAmount"])
                status = "FAIL"
                if state.wallets.can_move(method, currency, -amount):
                    state.wallets.move(method, currency, -amount)
                    status = "SUCCESS"
                details.append(
                    PayoutDetail(
                        order_id=state.next_payout_id(),
                        merchant_send_id=str(item["merchantSendId"]),
                        amount=quantized(amount),
                        receive_type=item.get("receiveType"),
                        receiver=str(item["receiver"]),
                        transfer_method=method,
                        status=status,
                        remark=item.get("remark"),
                    )
                )
            paid = sum(detail.status == "SUCCESS" for detail in details)
            batch = "SUCCESS" if paid == len(details) else "FAILED" if paid == 0 else "PART_SUCCESS"
            payout = Payout(
                request_id=request_id,
                payout_id=state.next_payout_id(),
                currency=currency,
                total_amount=quantized(total),
                total_number=len(details),
                batch_status=batch,
                details=details,
                webhook_url=request.get("webhookUrl"),
            )
            payouts[request_id] = payout
            notify_payout(state, payout)
            return _ok({"requestId": request_id, "status": "ACCEPTED"})


def _detail(detail: PayoutDetail) -> dict[str, Any]:
    data: dict[str, Any] = {
        "orderId": detail.order_id,
        "merchantSendId": detail.merchant_send_id,
        "payerId": MERCHANT_ID,
        "amount": text(detail.amount),
    }
    if detail.receive_type is not None:
        data["receiveType"] = detail.receive_type
    data["receiver"] = detail.receiver
    receiver = detail.receiver
    if detail.receive_type == "BINANCE_ID" and receiver.isascii() and receiver.isdigit() and int(receiver) < 2**63:
        data["payeeId"] = int(receiver)
    data["transferMethod"] = detail.transfer_method
    data["status"] = detail.status
    if detail.remark is not None:
        data["remark"] = detail.remark
    return data


class QueryPayoutHandler(_StateHandler):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        request_id = str(request["requestId"])
        wanted = set(request.get("detailStatus") or ("ALL",))
        with self.state.lock:
            payout = self.state.store(Payouts).by_request_id.get(request_id)
            if payout is None:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"requestId: {request_id} is no payout")
            listed = [d for d in payout.details if "ALL" in wanted or d.status in wanted]
            paid = sum((d.amount for d in payout.details if d.status == "SUCCESS"), ZERO)
            return _ok(
                {
                    "requestId": payout.request_id,
                    "batchStatus": payout.batch_status,
                    "merchantId": MERCHANT_ID,
                    "currency": payout.currency,
                    "totalAmount": payout.total_amount,
                    "totalPaidAmount": quantized(paid),
                    "totalPayoutFee": ZERO,
                    "totalNumber": payout.total_number,
                    "transferDetailList": [_detail(d) for d in listed],
                }
            )


HANDLERS: dict[str, HandlerFactory] = {
    "createPayout": PayoutHandler,
    "queryPayout": QueryPayoutHandler,
}

STORES = (Payouts,)
