"""Binance Pay webhooks in FastAPI (async client): verify each notification, act on each event once, acknowledge.

    pip install fastapi uvicorn
    export BINANCE_PAY_API_KEY=... BINANCE_PAY_SECRET_KEY=...
    python examples/webhook_fastapi.py      # or: uvicorn webhook_fastapi:app --app-dir examples --port 8080

Environment: `BINANCE_PAY_API_KEY` and `BINANCE_PAY_SECRET_KEY` (the client fetches Binance's certificates with
them to check signatures), `BINANCE_PAY_BASE_URL` (default here: the local sandbox, `http://127.0.0.1:8000`;
production is `https://bpay.binanceapi.com`), `HOST` and `PORT` to listen on (default `127.0.0.1:8080`).
Give Binance `http://HOST:PORT/binance-pay/webhook` as the order's `webhookUrl` (or in the merchant portal).
"""

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from binance_pay import AsyncBinancePayClient
from binance_pay.models import WebhookPayData
from binance_pay.webhooks import WebhookEvent, WebhookVerificationError, reply
from fastapi import FastAPI, Request, Response

log = logging.getLogger("webhooks")
client = AsyncBinancePayClient(base_url=os.environ.get("BINANCE_PAY_BASE_URL", "http://127.0.0.1:8000"))

# The events already handled, by `event.dedup_key`. In your app: a table with that key as its primary key,
# written in the same transaction as the work the event causes.
handled: set[str] = set()
handled_lock = asyncio.Lock()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    await client.aclose()


app = FastAPI(lifespan=lifespan)


@app.post("/binance-pay/webhook")
async def binance_pay_webhook(request: Request) -> Response:
    try:
        event = await client.webhooks.verify(await request.body(), request.headers)  # the raw body, as received
    except WebhookVerificationError as exc:
        log.warning("webhook refused: %s", exc.reason)
        return Response(reply(success=False, message=exc.reason), status_code=400, media_type="application/json")
    await handle_once(event)
    # {"returnCode":"SUCCESS","returnMessage":null}: Binance stops redelivering
    return Response(reply(), media_type="application/json")


async def handle_once(event: WebhookEvent) -> None:
    """Binance redelivers a notification until it is acknowledged, and may send it more than once."""
    async with handled_lock:
        if event.dedup_key in handled:
            log.info("%s %s %s: already handled", event.biz_type, event.biz_status, event.biz_id)
            return
        if event.biz_type == "PAY" and event.biz_status == "PAY_SUCCESS":
            await fulfil(event.data)
        handled.add(event.dedup_key)


async def fulfil(paid: WebhookPayData) -> None:
    """Ship what was bought (here: a log line). Amounts are exact Decimals."""
    log.info("order %s paid: %s %s", paid.merchant_trade_no, paid.total_fee, paid.currency)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    uvicorn.run(app, host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8080")))
