"""Acquiring orders: create (v2, v3), query and close; the order's checkout links point at this sandbox.

Codes where the reference is silent (our choices): neither `currency` nor `fiatCurrency` (or an amount missing for
the one given), neither `prepayId` nor `merchantTradeNo` -> MANDATORY_PARAM_EMPTY_OR_MALFORMED; an amount above the
spec's maximum -> INVALID_PARAM_WRONG_VALUE; an order's `merchant.subMerchantId` that names no sub-merchant ->
SUB_MERCHANT_INVALID.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._handler import Answer, Fail, HandlerFactory
from .._origin import checkout_url
from .._state import (
    MAX_AMOUNT,
    MERCHANT_ID,
    ZERO,
    Goods,
    MerchantState,
    Order,
    quantized,
    text,
)
from .._stateful import StateHandler as _StateHandler
from .._stateful import ok as _ok
from .sub_merchants import sub_merchant_refusal

_MAX_PRODUCT_TYPE = 16
_MAX_PRODUCT_NAME = 256


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


HANDLERS: dict[str, HandlerFactory] = {
    "createOrderV2": CreateOrderHandler,
    "createOrderV3": CreateOrderHandler,
    "queryOrderV2": QueryOrderHandler,
    "closeOrder": CloseOrderHandler,
}
