"""The dashboard at `/`: orders, refunds, transfers, payouts and webhook deliveries, newest first.

Each delivery lists its attempts (outcome, HTTP status, time) and has a Resend form posting to
`/dashboard/webhooks/{deliveryId}/resend` (same origin only, as the checkout page's forms).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from ._deliveries import Attempt, Delivery
from ._html import page, post_button, redirect, row, send_page, table, text, utc
from ._origin import cross_site_refusal
from ._state import MerchantState
from ._state import text as amount_text
from .resources.payouts import Payouts
from .resources.refunds import Refunds
from .resources.transfers import Transfers


def _orders(state: MerchantState) -> str:
    orders = sorted(state.orders.values(), key=lambda order: order.create_time, reverse=True)
    rows = [
        row(
            f'<a href="/checkout/{order.prepay_id}">{text(order.prepay_id)}</a>',
            text(order.merchant_trade_no),
            text(order.status),
            f"{text(amount_text(order.amount))} {text(order.currency)}",
            text(utc(order.create_time)),
            text(utc(order.expire_time)),
        )
        for order in orders
    ]
    headings = ("prepayId", "merchantTradeNo", "Status", "Amount", "Created", "Expires")
    return table(headings, rows, "No orders yet.")


def _refunds(state: MerchantState) -> str:
    rows = [
        row(
            text(refund.request_id),
            text(refund.prepay_id),
            text(refund.refund_id),
            text(amount_text(refund.amount)),
            text(refund.status),
        )
        for refund in reversed(state.store(Refunds).by_request_id.values())
    ]
    return table(("refundRequestId", "prepayId", "refundId", "Amount", "Status"), rows, "No refunds yet.")


def _transfers(state: MerchantState) -> str:
    rows = [
        row(text(t.request_id), text(t.transfer_type), f"{text(t.amount_text)} {text(t.currency)}", text(t.status))
        for t in reversed(state.store(Transfers).by_request_id.values())
    ]
    return table(("requestId", "Type", "Amount", "Status"), rows, "No transfers yet.")


def _payouts(state: MerchantState) -> str:
    rows = [
        row(
            text(p.request_id),
            text(p.payout_id),
            f"{text(amount_text(p.total_amount))} {text(p.currency)}",
            text(p.total_number),
            text(p.batch_status),
        )
        for p in reversed(state.store(Payouts).by_request_id.values())
    ]
    return table(("requestId", "Batch id", "Total", "Transfers", "Batch status"), rows, "No payouts yet.")


def _attempt(attempt: Attempt) -> str:
    # A failed attempt's outcome names its HTTP status when an answer came ("HTTP 503").
    what = f"delivered (HTTP {text(attempt.http_status)})" if attempt.delivered else text(attempt.outcome)
    return f"<li>{what} at {text(utc(attempt.at * 1000))}</li>"


def _delivery(delivery: Delivery) -> str:
    attempts = "".join(_attempt(attempt) for attempt in delivery.attempts)
    resend = (
        "" if delivery.in_flight else post_button(f"/dashboard/webhooks/{delivery.delivery_id}/resend", "Resend", "pay")
    )
    return row(
        text(delivery.delivery_id),
        f"{text(delivery.biz_type)} {text(delivery.biz_status)}<br>bizId {text(delivery.biz_id)}",
        text(delivery.url),
        text(delivery.state),
        f"<ul>{attempts}</ul>" if attempts else '<span class="muted">pending</span>',
        resend,
    )


def render_dashboard(state: MerchantState) -> bytes:
    with state.lock:
        sections = [
            ("Orders", _orders(state)),
            ("Refunds", _refunds(state)),
            ("Transfers", _transfers(state)),
            ("Payouts", _payouts(state)),
        ]
    deliveries = [_delivery(delivery) for delivery in state.notifier.log.newest_first()]
    headings = ("#", "Event", "URL", "State", "Attempts", "")
    sections.append(("Webhook deliveries", table(headings, deliveries, "No webhooks sent yet.")))
    body = f'<h1>Sandbox dashboard</h1><p class="muted">Sandbox clock: {text(utc(state.now_ms()))}</p>' + "".join(
        f'<div class="card" id="{title.split()[-1].lower()}"><h2>{text(title)}</h2>{content}</div>'
        for title, content in sections
    )
    return page("Binance Pay sandbox", body)


class Dashboard:
    """GET (HEAD) /; any other method goes to `fallback` (the JSON 404 every unknown request gets)."""

    def __init__(self, state: MerchantState, fallback: ASGIApp) -> None:
        self._state = state
        self._fallback = fallback

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] not in ("GET", "HEAD"):
            await self._fallback(scope, receive, send)
            return
        await send_page(send, 200, render_dashboard(self._state), head_only=scope["method"] == "HEAD")


class ResendAction:
    """POST /dashboard/webhooks/{deliveryId}/resend: the dashboard's Resend form, same origin only."""

    PATH = "/dashboard/webhooks/{delivery_id}/resend"

    def __init__(self, state: MerchantState) -> None:
        self._state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] != "POST":
            await send_page(send, 405, page("Method not allowed", "<p>Use the dashboard's Resend button.</p>"))
            return
        refusal = cross_site_refusal(scope)
        if refusal is not None:
            await send_page(send, 403, page("Refused", f"<p>{text(refusal)}</p>"))
            return
        delivery_id = str(scope["path_params"]["delivery_id"])
        log = self._state.notifier.log
        delivery = log.find(int(delivery_id)) if delivery_id.isdigit() and len(delivery_id) < 12 else None
        if delivery is None:
            await send_page(send, 404, page("Not found", f"<p>No delivery {text(delivery_id[:64])}.</p>"))
            return
        self._state.notifier.resend(delivery)
        await redirect(send, "/#deliveries")
