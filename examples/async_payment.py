"""Take a payment with the async client: create an order, send the buyer to checkout, wait for it, refund part.

    binance-pay sandbox &   # the local sandbox at http://127.0.0.1:8000, with the demo keys below
    export BINANCE_PAY_API_KEY=sandboxDemoApiKey0123456789abcdef BINANCE_PAY_SECRET_KEY=sandbox-demo-secret-key
    python examples/async_payment.py   # then click Pay on the checkout page (or: binance-pay sandbox pay PREPAY_ID)

Environment: the keys, `BINANCE_PAY_BASE_URL` (default here: the local sandbox, `http://127.0.0.1:8000`) and
`POLL_SECONDS`, how often the order is queried while the buyer pays (default 5).
"""

import asyncio
import os
import sys
import uuid
from decimal import Decimal

from binance_pay import AsyncBinancePayClient


async def main() -> None:
    base_url = os.environ.get("BINANCE_PAY_BASE_URL", "http://127.0.0.1:8000")
    async with AsyncBinancePayClient(base_url=base_url) as client:
        order = await client.orders.create(
            env={"terminalType": "WEB"},
            merchant_trade_no=uuid.uuid4().hex,  # your order id: letters and digits, unique
            description="Ice cream",
            order_amount=Decimal("25.17"),
            currency="USDT",
            goods_details=[
                {"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "ice-1", "goodsName": "Ice cream"}
            ],
        )
        print("pay here:", order.checkout_url, flush=True)

        # Webhooks tell you first (see webhook_*.py); polling is the fallback that never misses a payment.
        paid = await client.orders.wait(
            prepay_id=order.prepay_id, timeout=600, interval=float(os.environ.get("POLL_SECONDS", "5"))
        )
        print("order:", paid.status, paid.order_amount, paid.currency)
        if paid.status != "PAID":
            sys.exit(f"order {order.prepay_id} not paid: {paid.status}")

        refund = await client.refunds.create(
            refund_request_id=uuid.uuid4().hex,  # keep it when you retry: a repeat refunds nothing twice
            prepay_id=order.prepay_id,
            refund_amount=Decimal("5.17"),
        )
        print(f"refunded: {refund.refund_amount} of {refund.order_amount} (refund {refund.refund_request_id})")
        print("order now:", (await client.orders.query(prepay_id=order.prepay_id)).status)


if __name__ == "__main__":
    asyncio.run(main())
