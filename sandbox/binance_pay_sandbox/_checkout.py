"""The checkout page a developer clicks through: `GET /checkout/{prepayId}`, with Pay and Cancel forms.

The forms post to `/checkout/{prepayId}/pay` and `/checkout/{prepayId}/cancel` on the sandbox itself (form
posts, which the JSON-only control surface refuses); those check `Origin` and `Sec-Fetch-Site` as the control
surface does, act as its pay and cancel do, and redirect (303) back to the page, which then shows the outcome and
links to the order's `returnUrl` or `cancelUrl`.
"""

from __future__ import annotations

import segno
from starlette.types import Receive, Scope, Send

from ._buyer import cancel_order, pay_order
from ._handler import Fail
from ._html import link, page, post_button, redirect, row, send_page, table, text, utc
from ._origin import cross_site_refusal
from ._state import MERCHANT_ID, MerchantState, Order
from ._state import text as amount_text
from .resources.orders import qr_content

_OUTCOMES = {
    "PAID": ("Payment complete", "return_url", "Return to the merchant"),
    "CANCELED": ("Payment cancelled", "cancel_url", "Back to the merchant"),
    "EXPIRED": ("This order expired before it was paid", "cancel_url", "Back to the merchant"),
}


def time_left(order: Order, now_ms: int) -> str:
    seconds = max(0, (order.expire_time - now_ms) // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    shown = f"{hours} h {minutes} min {seconds} s" if hours else f"{minutes} min {seconds} s"
    return f"{shown} left (expires {utc(order.expire_time)})"


def _goods(order: Order) -> str:
    rows = [row(text(g.name), text(g.detail), text(g.quantity), text(g.unit_amount)) for g in order.goods]
    return table(("Goods", "Detail", "Quantity", "Unit price"), rows, "No goods listed.")


def _actions(order: Order, now_ms: int) -> str:
    if order.status == "INITIAL":
        base = f"/checkout/{order.prepay_id}"
        return (
            f'<p id="time-left">{text(time_left(order, now_ms))}</p>'
            + post_button(f"{base}/pay", "Pay", "pay")
            + post_button(f"{base}/cancel", "Cancel", "cancel")
        )
    headline, url_field, label = _OUTCOMES.get(order.status, (f"Order {order.status}", "return_url", "Back"))
    target = link(getattr(order, url_field), label)
    return f'<p class="outcome" id="outcome">{text(headline)}</p><p id="status">Status: {text(order.status)}</p>' + (
        f"<p>{target}</p>" if target else '<p class="muted">The merchant gave no URL to go back to.</p>'
    )


def render_checkout(order: Order, now_ms: int, notice: str = "") -> bytes:
    qr = segno.make(qr_content(order), error="m").svg_inline(scale=4, title="Scan with the Binance app")
    fiat = (
        f'<p class="muted">{text(amount_text(order.fiat_amount))} {text(order.fiat_currency)}</p>'
        if order.fiat_amount is not None
        else ""
    )
    body = (
        f'<div class="card"><h1>Pay merchant {text(MERCHANT_ID)}</h1>'
        f'<p id="description">{text(order.description or order.product_name)}</p>'
        f'<p class="amount" id="amount">{text(amount_text(order.amount))} {text(order.currency)}</p>{fiat}'
        f'<p class="muted">Order {text(order.merchant_trade_no)} (prepayId {text(order.prepay_id)})</p>'
        + (f'<p class="outcome" id="notice">{text(notice)}</p>' if notice else "")
        + _actions(order, now_ms)
        + f'</div><div class="card">{_goods(order)}</div>'
        f'<div class="card"><h2>QR code</h2>{qr}<p class="muted">{text(qr_content(order))}</p></div>'
    )
    return page(f"Checkout {order.prepay_id}", body)


def _not_found(prepay_id: str) -> bytes:
    return page("Order not found", f'<div class="card"><h1>No order {text(prepay_id)}</h1></div>')


class CheckoutPage:
    """GET (HEAD) /checkout/{prepayId}."""

    PATH = "/checkout/{prepay_id}"

    def __init__(self, state: MerchantState) -> None:
        self._state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        prepay_id = str(scope["path_params"]["prepay_id"])[:64]
        if scope["method"] not in ("GET", "HEAD"):
            await send_page(send, 405, page("Method not allowed", "<p>Use GET.</p>"))
            return
        with self._state.lock:
            order = self._state.find_order(prepay_id, None)
            body = _not_found(prepay_id) if order is None else render_checkout(order, self._state.now_ms())
        await send_page(send, 404 if order is None else 200, body, head_only=scope["method"] == "HEAD")


class CheckoutAction:
    """POST /checkout/{prepayId}/pay or /cancel: the page's own form, same origin only."""

    PATH = "/checkout/{prepay_id}/{action}"

    def __init__(self, state: MerchantState) -> None:
        self._state = state
        self._actions = {"pay": pay_order, "cancel": cancel_order}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        prepay_id = str(scope["path_params"]["prepay_id"])[:64]
        act = self._actions.get(str(scope["path_params"]["action"]))
        if act is None or scope["method"] != "POST":
            await send_page(send, 404 if act is None else 405, page("Not here", "<p>Use the checkout page.</p>"))
            return
        refusal = cross_site_refusal(scope)
        if refusal is not None:
            await send_page(send, 403, page("Refused", f"<p>{text(refusal)}</p>"))
            return
        result = act(self._state, prepay_id)
        if not isinstance(result, Fail):
            await redirect(send, f"/checkout/{result.prepay_id}")
            return
        with self._state.lock:
            order = self._state.find_order(prepay_id, None)
            body = (
                _not_found(prepay_id) if order is None else render_checkout(order, self._state.now_ms(), result.message)
            )
        await send_page(send, 404 if order is None else 409, body)
