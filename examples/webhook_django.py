"""Binance Pay webhooks in Django, as one file: verify each notification, act on each event once, acknowledge.

    pip install django
    export BINANCE_PAY_API_KEY=... BINANCE_PAY_SECRET_KEY=...
    python examples/webhook_django.py                                   # runserver on HOST:PORT
    python examples/webhook_django.py runserver --noreload 127.0.0.1:8080  # any manage.py command

Environment: `BINANCE_PAY_API_KEY` and `BINANCE_PAY_SECRET_KEY` (the client fetches Binance's certificates with
them to check signatures), `BINANCE_PAY_BASE_URL` (default here: the local sandbox, `http://127.0.0.1:8000`;
production is `https://bpay.binanceapi.com`), `HOST` and `PORT` to listen on (default `127.0.0.1:8080`).
Give Binance `http://HOST:PORT/binance-pay/webhook` as the order's `webhookUrl` (or in the merchant portal).
In a Django project, the view, `handle_once` and `fulfil` go in an app's views.py and the path in urls.py.
"""

import logging
import os
import sys
import threading

from binance_pay import BinancePayClient
from binance_pay.models import WebhookPayData
from binance_pay.webhooks import WebhookEvent, WebhookVerificationError, reply
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

HOST = os.environ.get("HOST", "127.0.0.1")
PORT = os.environ.get("PORT", "8080")

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=[HOST, "localhost"],
    ROOT_URLCONF=__name__,
    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", os.urandom(32).hex()),  # no sessions or signed cookies here
    MIDDLEWARE=[],
)

log = logging.getLogger("webhooks")
client = BinancePayClient(base_url=os.environ.get("BINANCE_PAY_BASE_URL", "http://127.0.0.1:8000"))

# The events already handled, by `event.dedup_key`. In your app: a model with that key as its primary key,
# saved in the same transaction (`transaction.atomic()`) as the work the event causes.
handled: set[str] = set()
handled_lock = threading.Lock()


@csrf_exempt  # Binance signs its notifications; it has no CSRF token
@require_POST
def binance_pay_webhook(request: HttpRequest) -> HttpResponse:
    try:
        event = client.webhooks.verify(request.body, request.headers)  # the raw body, as received
    except WebhookVerificationError as exc:
        log.warning("webhook refused: %s", exc.reason)
        return HttpResponse(reply(success=False, message=exc.reason), status=400, content_type="application/json")
    handle_once(event)
    # {"returnCode":"SUCCESS","returnMessage":null}: Binance stops redelivering
    return HttpResponse(reply(), content_type="application/json")


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


urlpatterns = [path("binance-pay/webhook", binance_pay_webhook)]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    logging.basicConfig(level=logging.INFO)
    execute_from_command_line(sys.argv if len(sys.argv) > 1 else [sys.argv[0], "runserver", f"{HOST}:{PORT}"])
