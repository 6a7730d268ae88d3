"""Binance Pay webhooks in Flask: verify each notification, act on each event once, acknowledge it.

    pip install flask
    export BINANCE_PAY_API_KEY=... BINANCE_PAY_SECRET_KEY=...
    python examples/webhook_flask.py

Environment: `BINANCE_PAY_API_KEY` and `BINANCE_PAY_SECRET_KEY` (the client fetches Binance's certificates with
them to check signatures), `BINANCE_PAY_BASE_URL` (default here: the local sandbox, `http://127.0.0.1:8000`;
production is `https://bpay.binanceapi.com`), `HOST` and `PORT` to listen on (default `127.0.0.1:8080`).
Give Binance `http://HOST:PORT/binance-pay/webhook` as the order's `webhookUrl` (or in the merchant portal).
"""

import logging
import os
import threading

from binance_pay import BinancePayClient
from binance_pay.models import WebhookPayData
from binance_pay.webhooks import WebhookEvent, WebhookVerificationError, reply
from flask import Flask, request

log = logging.getLogger("webhooks")
app = Flask(__name__)
client = BinancePayClient(base_url=os.environ.get("BINANCE_PAY_BASE_URL", "http://127.0.0.1:8000"))
JSON = {"Content-Type": "application/json"}

# The events already handled, by `event.dedup_key`. In your app: a table with that key as its primary key,
# written in the same transaction as the work the event causes.
handled: set[str] = set()
handled_lock = threading.Lock()


@app.post("/binance-pay/webhook")
def binance_pay_webhook():
    try:
        event = client.webhooks.verify(request.get_data(), request.headers)  # the raw body, as received
    except WebhookVerificationError as exc:
        log.warning("webhook refused: %s", exc.reason)
        return reply(success=False, message=exc.reason), 400, JSON
    handle_once(event)
    return reply(), 200, JSON  # {"returnCode":"SUCCESS","returnMessage":null}: Binance stops redelivering


def handle_once(event: WebhookEvent) -> None:
    """Binance redelivers a notification until it is acknowledged, and may send it more than once."""
    with handled_lock:
        if event.dedup_key in handled:
            log.info("%s %s %s: already handled", event.biz_type, event.biz_status, event.biz_id)
            return
        if event.biz_type == "PAY" and event.biz_status == "PAY_SUCCESS":
            fulfil(event.data)
        handled.add(event.dedup_key)


def fulfil(paid: WebhookPayData) -> None:
    """Ship what was bought (here: a log line). Amounts are exact Decimals."""
    log.info("order %s paid: %s %s", paid.merchant_trade_no, paid.total_fee, paid.currency)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8080")))
