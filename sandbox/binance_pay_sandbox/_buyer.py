"""What a buyer (or time) does to an order, shared by the control surface and the checkout page's forms."""

from __future__ import annotations

from ._handler import Fail
from ._state import FUNDING_WALLET, MerchantState, Order


def _unpaid(state: MerchantState, prepay_id: str) -> Order | Fail:
    order = state.find_order(prepay_id, None)
    if order is None:
        return Fail("ORDER_NOT_FOUND", f"prepayId {prepay_id}: no such order")
    if order.status != "INITIAL":
        return Fail("INVALID_ORDER_STATUS", f"prepayId {prepay_id}: the order is {order.status}, not INITIAL")
    return order


def pay_order(state: MerchantState, prepay_id: str) -> Order | Fail:
    """INITIAL -> PAID: the funding wallet credited, the PAY_SUCCESS webhook sent."""
    with state.lock:
        order = _unpaid(state, prepay_id)
        if isinstance(order, Fail):
            return order
        if not state.wallets.can_move(FUNDING_WALLET, order.currency, order.amount):
            return Fail("INVALID_ORDER_STATUS", f"prepayId {prepay_id}: the wallet cannot hold that much more")
        state.pay(order)
        return order


def cancel_order(state: MerchantState, prepay_id: str) -> Order | Fail:
    """INITIAL -> CANCELED, as the buyer leaving the checkout: the PAY_CLOSED webhook sent."""
    with state.lock:
        order = _unpaid(state, prepay_id)
        if isinstance(order, Fail):
            return order
        state.cancel(order)
        return order


def expire_order(state: MerchantState, prepay_id: str) -> Order | Fail:
    """INITIAL -> EXPIRED now, as if its expiry time had come: the PAY_CLOSED webhook sent."""
    with state.lock:
        order = _unpaid(state, prepay_id)
        if isinstance(order, Fail):
            return order
        state.expire_now(order)
        return order
