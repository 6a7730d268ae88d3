"""Profit sharing: receivers added, listed and deleted; splits of a paid order paid out of the merchant's funding
wallet to registered receivers; returns taking part of a receiver's share back.

What the splits of an order pay, net of what was returned, never exceeds the order's amount less its refunds. The
order must be paid and created with `orderTags.ifProfitSharing`. Refusals: an unknown or unpaid order ->
ORDER_NOT_FOUND_OR_NOT_SUCCESS (Binance's Query Split code); an order not tagged for profit sharing, an
unregistered receiver, an amount over what the order (or, for a return, the receiver's share) allows, a split id
of another order, a funding wallet short of the split -> INVALID_PARAM_WRONG_VALUE (our choices). A repeated
`merchantRequestId` / `merchantReturnNo` answers the split / return made with it. Splits and returns finish at
once (status 2); no split webhook is sent (the reference documents none).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .._handler import Answer, Fail, HandlerFactory
from .._records import decoded_as, encoded
from .._state import FUNDING_WALLET, ZERO, MerchantState, Order, quantized
from .._stateful import StateHandler, ok

FINISHED = SUCCEEDED = 2
_PAID_STATES = frozenset({"PAID", "REFUNDING", "REFUNDED", "FULL_REFUNDED"})


@dataclass
class SplitPart:
    account: str
    amount: Decimal
    detail_id: str
    finish_time: int  # seconds
    returned: Decimal = ZERO


@dataclass
class Split:
    split_order_no: str
    merchant_request_id: str
    prepay_id: str
    parts: list[SplitPart]

    @property
    def net(self) -> Decimal:
        return sum((part.amount - part.returned for part in self.parts), ZERO)


@dataclass
class ProfitSharing:
    receivers: dict[str, None] = field(default_factory=dict)  # insertion-ordered set of accounts
    splits: dict[str, Split] = field(default_factory=dict)  # by merchantRequestId
    returns: dict[str, dict[str, Any]] = field(default_factory=dict)  # by merchantReturnNo: the answer's data

    def split_total(self, prepay_id: str) -> Decimal:
        return sum((split.net for split in self.splits.values() if split.prepay_id == prepay_id), ZERO)

    def to_record(self) -> Any:
        return encoded(self)

    @classmethod
    def from_record(cls, record: Any) -> ProfitSharing:
        return decoded_as(cls, record, Split, SplitPart)


class AddReceiverHandler(StateHandler):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        account = str(request["account"])
        with self.state.lock:
            self.state.store(ProfitSharing).receivers[account] = None
            return ok({"account": account})


class QueryReceiversHandler(StateHandler):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        page, size = int(request["pageNum"]), int(request["pageSize"])
        with self.state.lock:
            accounts = list(self.state.store(ProfitSharing).receivers)
        start = min((page - 1) * size, len(accounts))
        return ok(
            {
                "accountList": accounts[start : start + size],
                "totalPageNum": -(-len(accounts) // size),
                "totalRecordNum": len(accounts),
                "currentPageNum": page,
                "currentPageSize": size,
            }
        )


class DeleteReceiverHandler(StateHandler):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        account = str(request["account"])
        with self.state.lock:
            receivers = self.state.store(ProfitSharing).receivers
            if account not in receivers:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"account: {account[:32]} is no receiver")
            del receivers[account]
            return ok({"account": account})


def _paid_order(state: MerchantState, prepay_id: str) -> Order | Fail:
    order = state.find_order(prepay_id, None)
    if order is None or order.status not in _PAID_STATES:
        return Fail("ORDER_NOT_FOUND_OR_NOT_SUCCESS", f"prepayOrderId {prepay_id[:32]}: order not found or not paid")
    return order


def split_data(split: Split) -> dict[str, Any]:
    return {
        "splitOrderNo": split.split_order_no,
        "merchantRequestId": split.merchant_request_id,
        "prepayOrderId": split.prepay_id,
        "status": FINISHED,
        "receiverOrderDetails": [
            {
                "account": part.account,
                "amount": part.amount,
                "detailId": part.detail_id,
                "status": SUCCEEDED,
                "finishTime": part.finish_time,
            }
            for part in split.parts
        ],
    }


def _split_refusal(state: MerchantState, order: Order, receivers: list[Mapping[str, Any]]) -> Fail | None:
    registered = state.store(ProfitSharing).receivers
    unknown = next((str(item["account"]) for item in receivers if item["account"] not in registered), None)
    if not order.profit_sharing:
        return Fail("INVALID_PARAM_WRONG_VALUE", "prepayOrderId: the order was not created for profit sharing")
    if unknown is not None:
        return Fail("INVALID_PARAM_WRONG_VALUE", f"receiverList: {unknown[:32]} is no receiver (Add Receiver first)")
    total = sum((quantized(item["amount"]) for item in receivers), ZERO)
    left = order.amount - order.refunded - state.store(ProfitSharing).split_total(order.prepay_id)
    if total > left:
        return Fail("INVALID_PARAM_WRONG_VALUE", f"receiverList: {total} is more than the {left} left to split")
    if not state.wallets.can_move(FUNDING_WALLET, order.currency, -total):
        return Fail("INVALID_PARAM_WRONG_VALUE", f"receiverList: {FUNDING_WALLET} {order.currency} is short")
    return None


class SubmitSplitHandler(StateHandler):
    """submitProfitSharingSplit: every receiver paid out of the funding wallet at once."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        request_id, prepay_id = str(request["merchantRequestId"]), str(request["prepayOrderId"])
        with state.lock:
            store = state.store(ProfitSharing)
            order = _paid_order(state, prepay_id)
            if isinstance(order, Fail):
                return order
            existing = store.splits.get(request_id)
            if existing is not None:
                if existing.prepay_id != prepay_id:
                    return Fail("INVALID_PARAM_WRONG_VALUE", "merchantRequestId: used by a split of another order")
                return ok(split_data(existing))
            receivers = list(request["receiverList"])
            refusal = _split_refusal(state, order, receivers)
            if refusal is not None:
                return refusal
            seconds = state.now_ms() // 1000
            parts = [
                SplitPart(str(item["account"]), quantized(item["amount"]), str(state.next_biz_id()), seconds)
                for item in receivers
            ]
            split = Split(str(state.next_biz_id()), request_id, prepay_id, parts)
            for part in parts:
                state.wallets.move(FUNDING_WALLET, order.currency, -part.amount)
            store.splits[request_id] = split
            return ok(split_data(split))


class QuerySplitHandler(StateHandler):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        request_id, prepay_id = str(request["merchantRequestId"]), str(request["prepayOrderId"])
        with self.state.lock:
            order = _paid_order(self.state, prepay_id)
            if isinstance(order, Fail):
                return order
            split = self.state.store(ProfitSharing).splits.get(request_id)
            if split is None or split.prepay_id != prepay_id:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"merchantRequestId: {request_id} is no split of this order")
            return ok(split_data(split))


def _returned_part(store: ProfitSharing, request: Mapping[str, Any]) -> tuple[Split, SplitPart] | Fail:
    """The split the return names (splitOrderNo wins) and the part of its `transferOutAccount`."""
    number = request.get("splitOrderNo")
    if number is not None:
        split = next((found for found in store.splits.values() if found.split_order_no == number), None)
    else:
        split = store.splits.get(str(request.get("originMerchantRequestId")))
    if split is None or split.prepay_id != request["prepayOrderId"]:
        return Fail("INVALID_PARAM_WRONG_VALUE", "splitOrderNo / originMerchantRequestId: no split of this order")
    account = str(request["transferOutAccount"])
    part = next((found for found in split.parts if found.account == account and found.returned < found.amount), None)
    if part is None:
        return Fail("INVALID_PARAM_WRONG_VALUE", f"transferOutAccount: {account[:32]} holds nothing of this split")
    return split, part


class ReturnSplitHandler(StateHandler):
    """returnProfitSharingSplit: part of a receiver's share back into the funding wallet."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        return_no = str(request["merchantReturnNo"])
        with state.lock:
            store = state.store(ProfitSharing)
            if return_no in store.returns:
                return ok(store.returns[return_no])
            order = _paid_order(state, str(request["prepayOrderId"]))
            if isinstance(order, Fail):
                return order
            found = _returned_part(store, request)
            if isinstance(found, Fail):
                return found
            split, part = found
            amount = quantized(request["returnAmount"])
            if amount > part.amount - part.returned or not state.wallets.can_move(
                FUNDING_WALLET, order.currency, amount
            ):
                return Fail(
                    "INVALID_PARAM_WRONG_VALUE", f"returnAmount: more than the {part.amount - part.returned} left"
                )
            state.wallets.move(FUNDING_WALLET, order.currency, amount)
            part.returned += amount
            data = {
                "prepayOrderId": split.prepay_id,
                "splitOrderNo": split.split_order_no,
                "originMerchantRequestId": split.merchant_request_id,
                "merchantReturnNo": return_no,
                "transferOutAccount": part.account,
                "returnAmount": amount,
                "returnOrderNo": str(state.next_biz_id()),
                "status": FINISHED,
                "finishTime": state.now_ms() // 1000,
            }
            store.returns[return_no] = data
            return ok(data)


HANDLERS: dict[str, HandlerFactory] = {
    "addProfitSharingReceiver": AddReceiverHandler,
    "queryProfitSharingReceivers": QueryReceiversHandler,
    "deleteProfitSharingReceiver": DeleteReceiverHandler,
    "submitProfitSharingSplit": SubmitSplitHandler,
    "queryProfitSharingSplit": QuerySplitHandler,
    "returnProfitSharingSplit": ReturnSplitHandler,
}

STORES = (ProfitSharing,)
"""The records this resource keeps in the shared state (saved with `--state`)."""
