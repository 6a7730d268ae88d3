"""The stateful operations: orders, refunds, transfers, payouts and the webhook certificate.

Codes where the reference is silent (our choices): neither `currency` nor `fiatCurrency` (or an amount missing for
the one given), neither `prepayId` nor `merchantTradeNo` -> MANDATORY_PARAM_EMPTY_OR_MALFORMED; an amount above the
spec's maximum, a payout whose totals disagree with its details, an unknown refundRequestId / tranId / payout
requestId, a payout requestId already used -> INVALID_PARAM_WRONG_VALUE; refunding an unknown or unpaid order ->
INVALID_PREPAY_ID (the refund operation's own codes have nothing closer). A refundRequestId seen before is answered
with the refund made under it and `duplicateRequest: "Y"`, as Binance documents, even when this request names
another order: the client compares the order and reports the conflict. An order's `merchant.subMerchantId` or a
payout's `subMerchantId` that names no sub-merchant -> SUB_MERCHANT_INVALID.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ._handler import Answer, Fail
from ._origin import checkout_url
from ._schema import encode_plain
from ._state import (
    FUNDING_WALLET,
    MAX_AMOUNT,
    MAX_REFUNDS,
    MERCHANT_ID,
    SPOT_WALLET,
    ZERO,
    Goods,
    MerchantState,
    Order,
    Payout,
    PayoutDetail,
    Refund,
    Transfer,
    quantized,
    text,
)
from ._stateful import StateHandler as _StateHandler
from ._stateful import ok as _ok
from ._sub_merchants import sub_merchant_refusal

REPEAT_CODE = "000001"
DUPLICATE_PAYOUT_MESSAGE = "requestId: duplicated (Payout Query shows the batch made under it)"
_PAID_STATES = frozenset({"PAID", "REFUNDING", "REFUNDED", "FULL_REFUNDED"})
_MAX_PRODUCT_TYPE = 16
_MAX_PRODUCT_NAME = 256


def _repeat(data: Any) -> bytes:
    return f'{{"status":"REPEAT_REQ_SUCCESS","code":"{REPEAT_CODE}","data":{encode_plain(data)}}}'.encode()


# ---- orders


def qr_content(order: Order) -> str:
    return f"https://app.binance.com/qr/{order.token}"


def order_result(order: Order) -> dict[str, Any]:
    token = order.token
    checkout = checkout_url(order.prepay_id)
    universal = checkout + "?" + order.universal_url_attach if order.universal_url_attach else checkout
    data: dict[str, Any] = {
        "prepayId": order.prepay_id,
        "terminalType": order.terminal_type,
        "expireTime": order.expire_time,
        "qrcodeLink": f"https://public.bnbstatic.com/static/payment/sandbox/{token}.jpg",
        "qrContent": qr_content(order),
        "checkoutUrl": checkout,
        "deeplink": f"bnc://app.binance.com/payment/secpay?tempToken={token}",
        "universalUrl": universal,
        "currency": order.currency,
        "totalFee": quantized(order.amount),
    }
    if order.fiat_currency is not None and order.fiat_amount is not None:
        data["fiatCurrency"] = order.fiat_currency
        data["fiatAmount"] = quantized(order.fiat_amount)
    return data


def order_query_result(order: Order) -> dict[str, Any]:
    data: dict[str, Any] = {"merchantId": MERCHANT_ID, "prepayId": order.prepay_id}
    if order.transaction_id is not None:
        data["transactionId"] = order.transaction_id
    data.update(
        merchantTradeNo=order.merchant_trade_no,
        status=order.status,
        currency=order.currency,
        orderAmount=text(order.amount),
    )
    if order.open_user_id is not None:
        data["openUserId"] = order.open_user_id
    if order.pass_through_info is not None:
        data["passThroughInfo"] = order.pass_through_info
    if order.transact_time is not None:
        data["commission"] = text(ZERO)
        data["transactTime"] = order.transact_time
    data["createTime"] = order.create_time
    if order.payer_id is not None:
        data["paymentInfo"] = {
            "payerId": str(order.payer_id),
            "payMethod": "FUNDING",
            "paymentInstructions": [{"currency": order.currency, "amount": text(order.amount), "price": "1"}],
            "channel": "DEFAULT",
        }
    return data


class CreateOrderHandler(_StateHandler):
    """createOrderV2 / createOrderV3: a new INITIAL order with its links and expiry."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        trade_no = str(request["merchantTradeNo"])
        currency, amount = request.get("currency"), request.get("orderAmount")
        fiat_currency, fiat_amount = request.get("fiatCurrency"), request.get("fiatAmount")
        if currency is not None:
            if amount is None:
                return Fail("MANDATORY_PARAM_EMPTY_OR_MALFORMED", "orderAmount: is required when currency is set")
            fiat_currency = fiat_amount = None
        elif fiat_currency is not None:
            if fiat_amount is None:
                return Fail("MANDATORY_PARAM_EMPTY_OR_MALFORMED", "fiatAmount: is required when fiatCurrency is set")
            currency, amount = "USDT", fiat_amount  # the sandbox's market rate is 1
        else:
            return Fail("MANDATORY_PARAM_EMPTY_OR_MALFORMED", "currency or fiatCurrency: one of them is required")
        if not isinstance(amount, Decimal) or amount > MAX_AMOUNT:
            return Fail("INVALID_PARAM_WRONG_VALUE", f"orderAmount: must be <= {MAX_AMOUNT}")
        goods = request.get("goods") or next(iter(request.get("goodsDetails") or ()), None) or {}
        env = request["env"]
        terminal = str(env["terminalType"])
        sub_merchant_id = (request.get("merchant") or {}).get("subMerchantId")
        with state.lock:
            unknown_sub_merchant = sub_merchant_refusal(state, sub_merchant_id)
            if unknown_sub_merchant is not None:
                return unknown_sub_merchant
            existing = state.by_trade_no.get(trade_no)
            if existing is not None and "duplicate_trade_no" not in self.faults:
                return Fail("INVALID_MERCHANT_TRADE_NO", f"merchantTradeNo: {trade_no} is already used by an order")
            now = state.now_ms()
            expire = request.get("orderExpireTime")
            order = Order(
                prepay_id=state.next_prepay_id(),
                merchant_trade_no=trade_no,
                currency=str(currency),
                amount=quantized(amount),
                terminal_type=terminal,
                trade_type=terminal,
                product_type=str(goods.get("goodsType") or "OTHERS")[:_MAX_PRODUCT_TYPE],
                product_name=str(goods.get("goodsName") or request.get("description") or "")[:_MAX_PRODUCT_NAME],
                create_time=now,
                expire_time=int(expire) if expire is not None else now + state.config.order_expiry_ms,
                token=secrets.token_hex(16),
                webhook_url=request.get("webhookUrl"),
                pass_through_info=request.get("passThroughInfo"),
                fiat_currency=str(fiat_currency) if fiat_currency is not None else None,
                fiat_amount=fiat_amount,
                universal_url_attach=request.get("universalUrlAttach"),
                profit_sharing=(request.get("orderTags") or {}).get("ifProfitSharing") is True,
                sub_merchant_id=sub_merchant_id,
                description=str(request.get("description") or ""),
                goods=_goods(request),
                return_url=request.get("returnUrl") or None,
                cancel_url=request.get("cancelUrl") or None,
            )
            state.orders[order.prepay_id] = order
            state.by_trade_no[trade_no] = order.prepay_id
            state.notifier.ensure_sweeper(state.sweep)
            return _ok(order_result(order))


def _goods(request: Mapping[str, Any]) -> tuple[Goods, ...]:
    """v2's `goods` object or v3's `goodsDetails` array, as the checkout page lists them."""
    items = [request["goods"]] if isinstance(request.get("goods"), Mapping) else list(request.get("goodsDetails") or ())
    listed = []
    for item in items:
        unit = item.get("goodsUnitAmount") or {}
        price = f"{unit.get('amount')} {unit.get('currency')}" if unit.get("amount") is not None else ""
        listed.append(
            Goods(
                name=str(item.get("goodsName") or ""),
                detail=str(item.get("goodsDetail") or ""),
                quantity=str(item.get("goodsQuantity") or ""),
                unit_amount=price,
            )
        )
    return tuple(listed)


def _order_ids(request: Mapping[str, Any]) -> tuple[str | None, str | None] | Fail:
    prepay_id, trade_no = request.get("prepayId"), request.get("merchantTradeNo")
    if prepay_id is None and trade_no is None:
        return Fail("MANDATORY_PARAM_EMPTY_OR_MALFORMED", "prepayId or merchantTradeNo: one of them is required")
    return prepay_id, trade_no


def _find(state: MerchantState, request: Mapping[str, Any]) -> Order | Fail:
    ids = _order_ids(request)
    if isinstance(ids, Fail):
        return ids
    prepay_id, trade_no = ids
    order = state.find_order(prepay_id, trade_no)
    name = f"prepayId {prepay_id}" if prepay_id is not None else f"merchantTradeNo {trade_no}"
    if order is None:
        return Fail("ORDER_NOT_FOUND", f"{name}: no such order")
    if prepay_id is not None and trade_no is not None and order.merchant_trade_no != trade_no:
        return Fail("ORDER_NOT_FOUND", f"{name}: its merchantTradeNo is not {trade_no}")
    return order


class QueryOrderHandler(_StateHandler):
    """queryOrderV2: the order as it is now (an expired one becomes EXPIRED here)."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        with self.state.lock:
            order = _find(self.state, request)
            return order if isinstance(order, Fail) else _ok(order_query_result(order))


class CloseOrderHandler(_StateHandler):
    """closeOrder: an unpaid order becomes CANCELED (PAY_CLOSED webhook); closing it again is accepted again."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        with state.lock:
            order = _find(state, request)
            if isinstance(order, Fail):
                return order
            if order.status == "INITIAL":
                state.cancel(order)
            elif order.status != "CANCELED":
                return Fail("INVALID_ORDER_STATUS", f"prepayId {order.prepay_id}: the order is {order.status}")
            return _ok(True)


# ---- refunds


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
            existing = state.refunds.get(request_id)
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
            state.refunds[request_id] = refund
            info = refund_info(order, refund, "N")
            state.notify_refund(order, refund, info)
            return _ok({"refundId": refund.refund_id, **info})


class QueryRefundHandler(_StateHandler):
    """queryRefund: a refund by refundRequestId, with the order's refunded total now."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        request_id = str(request["refundRequestId"])
        with state.lock:
            refund = state.refunds.get(request_id)
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


# ---- transfers


def _transfer_data(transfer: Transfer) -> dict[str, Any]:
    return {
        "tranId": transfer.request_id,
        "status": transfer.status,
        "currency": transfer.currency,
        "amount": transfer.amount_text,
        "transferType": transfer.transfer_type,
    }


class TransferHandler(_StateHandler):
    """createTransfer: funding <-> spot; FAILURE when the source wallet is short; a repeat is REPEAT_REQ_SUCCESS."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        state = self.state
        request_id = str(request["requestId"])
        with state.lock:
            existing = state.transfers.get(request_id)
            if existing is not None:
                return _repeat(_transfer_data(existing))
            currency, amount_text = str(request["currency"]), str(request["amount"])
            transfer_type = str(request["transferType"])
            amount = Decimal(amount_text)
            source, target = (
                (FUNDING_WALLET, SPOT_WALLET) if transfer_type == "TO_MAIN" else (SPOT_WALLET, FUNDING_WALLET)
            )
            wallets = state.wallets
            status = "FAILURE"
            if wallets.can_move(source, currency, -amount) and wallets.can_move(target, currency, amount):
                wallets.move(source, currency, -amount)
                wallets.move(target, currency, amount)
                status = "SUCCESS"
            transfer = Transfer(request_id, currency, amount_text, transfer_type, status)
            state.transfers[request_id] = transfer
            return _ok(_transfer_data(transfer))


class QueryTransferHandler(_StateHandler):
    def answer(self, request: Mapping[str, Any]) -> Answer:
        tran_id = str(request["tranId"])
        with self.state.lock:
            transfer = self.state.transfers.get(tran_id)
            if transfer is None:
                return Fail("INVALID_PARAM_WRONG_VALUE", f"tranId: {tran_id} is no transfer")
            return _ok(
                {
                    "tranId": transfer.request_id,
                    "status": transfer.status,
                    "currency": transfer.currency,
                    "amount": transfer.amount_text,
                }
            )


# ---- payouts


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
            if request_id in state.payouts:
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
            state.payouts[request_id] = payout
            state.notify_payout(payout)
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
            payout = self.state.payouts.get(request_id)
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


# ---- certificates


class CertificatesHandler(_StateHandler):
    """queryCertificates: the public half of the key the sandbox signs webhooks with, and its serial."""

    def answer(self, request: Mapping[str, Any]) -> Answer:
        serial, pem = self.state.notifier.key.public()
        return _ok([{"certSerial": serial, "certPublic": pem}])
