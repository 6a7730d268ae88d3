"""The sandbox's control surface, on paths no Binance operation uses: what a buyer would do.

`POST /sandbox/orders/{prepayId}/pay` (unsigned, no body needed) pays an INITIAL order: it becomes PAID, the
merchant's funding wallet is credited and the PAY_SUCCESS webhook is sent. The answer is the order as Query Order
returns it, in the usual envelope; ORDER_NOT_FOUND for an unknown order, INVALID_ORDER_STATUS for one that is not
INITIAL (paid, closed or expired).
"""

from __future__ import annotations

from starlette.types import Receive, Scope, Send

from ._handler import success_body
from ._merchant_handlers import order_query_result
from ._responder import Responder
from ._schema import encode_plain
from ._state import FUNDING_WALLET, MerchantState


class PayEndpoint:
    PATH = "/sandbox/orders/{prepay_id}/pay"

    def __init__(self, state: MerchantState, responder: Responder) -> None:
        self._state = state
        self._responder = responder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] != "POST":
            await self._responder.fail(
                send,
                "BAD_HTTP_METHOD",
                f"{scope['method'][:16]}: method not supported, use POST",
                ((b"allow", b"POST"),),
            )
            return
        prepay_id = str(scope["path_params"]["prepay_id"])[:64]
        state = self._state
        with state.lock:
            order = state.find_order(prepay_id, None)
            if order is None:
                await self._responder.fail(send, "ORDER_NOT_FOUND", f"prepayId {prepay_id}: no such order")
                return
            if order.status != "INITIAL":
                await self._responder.fail(
                    send, "INVALID_ORDER_STATUS", f"prepayId {prepay_id}: the order is {order.status}, not INITIAL"
                )
                return
            if not state.wallets.can_move(FUNDING_WALLET, order.currency, order.amount):
                await self._responder.fail(
                    send, "INVALID_ORDER_STATUS", f"prepayId {prepay_id}: the wallet cannot hold that much more"
                )
                return
            state.pay(order)
            body = success_body(encode_plain(order_query_result(order)))
        await self._responder.send(send, 200, body)
