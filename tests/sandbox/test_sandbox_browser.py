"""The checkout page and the dashboard in real headless Chromium (Selenium): a developer clicks Pay, the SDK sees
the order PAID, the merchant's receiver verifies the webhook, the dashboard shows the delivery and resends it.

Without Chromium, chromedriver or selenium these tests skip (CI=true: they fail)."""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from binance_pay import BinancePayClient
from binance_pay.webhooks import WebhookEvent, WebhookVerificationError, reply
from binance_pay_sandbox import SandboxConfig, run_sandbox

INSTALL_HINT = (
    "needs Chromium, chromedriver and selenium: apt-get install -y chromium chromium-driver && pip install selenium"
)
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def _browser_paths() -> tuple[str, str] | None:
    browser = next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        webdriver = None
    paths = _browser_paths()
    if webdriver is None or paths is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: {INSTALL_HINT}")
        pytest.skip(INSTALL_HINT)
    options = webdriver.ChromeOptions()
    options.binary_location = paths[0]
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1600"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(paths[1]))  # explicit path: no driver download
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


class VerifyingReceiver:
    """The merchant's webhook endpoint: `client.webhooks.verify` on every POST, events kept."""

    def __init__(self) -> None:
        self.client: BinancePayClient | None = None
        self.events: list[WebhookEvent[Any]] = []
        self.rejected: list[str] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                assert receiver.client is not None
                try:
                    receiver.events.append(receiver.client.webhooks.verify(body, dict(self.headers)))
                    status, answer = 200, reply()
                except WebhookVerificationError as exc:
                    receiver.rejected.append(exc.reason)
                    status, answer = 400, reply(success=False, message=exc.reason)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/binance-pay/webhook"

    def wait(self, count: int, timeout: float = 10.0) -> list[WebhookEvent[Any]]:
        deadline = time.monotonic() + timeout
        while len(self.events) < count:
            assert time.monotonic() < deadline, f"expected {count} verified webhook(s): {self.events} {self.rejected}"
            time.sleep(0.02)
        return list(self.events)


@pytest.fixture
def shop() -> Iterator[tuple[BinancePayClient, VerifyingReceiver, str]]:
    receiver = VerifyingReceiver()
    with run_sandbox(SandboxConfig(webhook_url=receiver.url)) as sandbox:
        client = BinancePayClient(sandbox.config.api_key, sandbox.config.secret_key, base_url=sandbox.url)
        receiver.client = client
        with client:
            yield client, receiver, sandbox.url
    receiver.server.shutdown()
    receiver.server.server_close()


def _order(client: BinancePayClient, description: str) -> Any:
    return client.orders.create(
        env={"terminalType": "WEB"},
        merchant_trade_no=uuid.uuid4().hex,
        description=description,
        order_amount=Decimal("25.17"),
        currency="USDT",
        goods_details=[{"goodsType": "02", "goodsCategory": "Z000", "referenceGoodsId": "ice", "goodsName": "Ice"}],
        return_url="https://shop.example/thanks",
        cancel_url="https://shop.example/cart",
    )


def _dashboard_once_delivered(browser: Any, url: str, timeout: float = 10.0) -> str:
    """The dashboard's deliveries, reloaded until the sandbox has recorded the receiver's answer (it records it
    after the receiver has already seen the webhook)."""
    deadline = time.monotonic() + timeout
    while True:
        browser.get(url + "/")
        deliveries = _text(browser, "#deliveries")
        if "delivered" in deliveries or time.monotonic() > deadline:
            return deliveries
        time.sleep(0.1)


def _text(browser: Any, css: str, timeout: float = 10.0) -> str:
    """The element's text once it is present; found again if the page replaced it meanwhile (a form's POST and
    redirect can swap the page between finding the element and reading it)."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))
    [text] = wait.until(lambda page: [page.find_element(By.CSS_SELECTOR, css).text])  # a list: "" is an answer too
    return str(text)


def _click(browser: Any, css: str) -> None:
    from selenium.webdriver.common.by import By

    browser.find_element(By.CSS_SELECTOR, css).click()


def test_clicking_pay_pays_the_order_and_the_webhook_is_verified(
    browser: Any, shop: tuple[BinancePayClient, VerifyingReceiver, str]
) -> None:
    client, receiver, url = shop
    order = _order(client, "Ice cream <b>x2</b> \u202eevil")
    browser.get(order.checkout_url)
    assert _text(browser, "#description") == "Ice cream <b>x2</b> \u202eevil"  # shown as text, not markup
    assert _text(browser, "#amount") == "25.17000000 USDT"
    assert "left" in _text(browser, "#time-left")
    _click(browser, "button.pay")
    assert _text(browser, "#outcome") == "Payment complete"
    assert client.orders.query(prepay_id=order.prepay_id).status == "PAID"
    [event] = receiver.wait(1)
    assert (event.biz_type, event.biz_status, event.biz_id) == ("PAY", "PAY_SUCCESS", order.prepay_id)
    from selenium.webdriver.common.by import By

    assert (
        browser.find_element(By.LINK_TEXT, "Return to the merchant").get_attribute("href")
        == "https://shop.example/thanks"
    )

    deliveries = _dashboard_once_delivered(browser, url)
    assert "PAY PAY_SUCCESS" in deliveries and "delivered" in deliveries and "HTTP 200" in deliveries
    _click(browser, "#deliveries button")
    _text(browser, "#deliveries")
    assert [e.biz_status for e in receiver.wait(2)] == ["PAY_SUCCESS", "PAY_SUCCESS"]  # resent, verified again


def test_clicking_cancel_closes_the_order(browser: Any, shop: tuple[BinancePayClient, VerifyingReceiver, str]) -> None:
    client, receiver, _url = shop
    order = _order(client, "Changed my mind")
    browser.get(order.checkout_url)
    _click(browser, "button.cancel")
    assert _text(browser, "#outcome") == "Payment cancelled"
    assert client.orders.query(prepay_id=order.prepay_id).status == "CANCELED"
    assert receiver.wait(1)[0].biz_status == "PAY_CLOSED"
