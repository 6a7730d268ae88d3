"""pytest fixtures for a merchant's own tests (registered by the `sandbox` extra's `pytest11` entry point).

- `binance_pay_sandbox`: a sandbox running for the test (`SandboxFixture`): its URL and keys, the control surface
  (pay, cancel, expire, advance_clock, next_result, reset_results, resend, webhook_mode) and the webhooks it
  sent (`webhooks`, `wait_for_webhooks`). Webhooks without a `webhookUrl` go to a receiver the fixture runs,
  answering SUCCESS.
- `binance_pay_client`: a `binance_pay.BinancePayClient` bound to it.
- `binance_pay_sandbox_config`: the `SandboxConfig` it starts with; override it to change balances, expiry, ...

Nothing starts unless a test asks for one of these fixtures.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from ._config import SandboxConfig
from ._server import RunningSandbox, run_sandbox

if TYPE_CHECKING:
    from binance_pay import BinancePayClient

_SUCCESS = b'{"returnCode":"SUCCESS","returnMessage":null}'


class SandboxControlError(AssertionError):
    """The control surface refused the call: `code` and `message` are its FAIL's."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True)
class SandboxWebhook:
    """One webhook the sandbox sent: verify it with `client.webhooks.verify(webhook.body, webhook.headers)`."""

    delivery_id: int
    biz_type: str
    biz_status: str
    biz_id: int
    url: str
    state: str  # delivered, retrying or failed
    body: bytes
    headers: dict[str, str]  # the latest attempt's signed headers
    attempts: list[dict[str, Any]]
    duplicate_of: int | None = None  # the delivery this one repeats (`webhook_mode(duplicates=...)`)

    def data(self) -> dict[str, Any]:
        """The notification's `data` object (parsed from its JSON string)."""
        envelope = json.loads(self.body)
        parsed: dict[str, Any] = json.loads(envelope["data"])
        return parsed


class _Receiver:
    """Answers every webhook SUCCESS (the sandbox records what it sent)."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length") or 0))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(_SUCCESS)))
                self.end_headers()
                self.wfile.write(_SUCCESS)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="binance-pay-sandbox-webhooks", daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/binance-pay/webhook"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class SandboxFixture:
    """A running sandbox and its control surface, for one test."""

    def __init__(self, running: RunningSandbox, webhook_url: str) -> None:
        self.running = running
        self.url = running.url
        self.config = running.config
        self.api_key = running.config.api_key
        self.secret_key = running.config.secret_key
        self.webhook_url = webhook_url  # the fixture's receiver: where webhooks without a webhookUrl go
        self._http = httpx.Client(base_url=running.url, timeout=10.0, trust_env=False)

    def close(self) -> None:
        self._http.close()

    def _control(self, path: str, body: dict[str, Any] | None = None) -> Any:
        answer = self._http.post(path, json=body or {})
        envelope = answer.json()
        if envelope.get("status") != "SUCCESS":
            raise SandboxControlError(str(envelope.get("code")), str(envelope.get("errorMessage")))
        return envelope["data"]

    def pay(self, prepay_id: str | int) -> dict[str, Any]:
        """The buyer pays: PAID, PAY_SUCCESS sent. The order as queryOrderV2 returns it."""
        data: dict[str, Any] = self._control(f"/sandbox/orders/{prepay_id}/pay")
        return data

    def cancel(self, prepay_id: str | int) -> dict[str, Any]:
        """The buyer cancels: CANCELED, PAY_CLOSED sent."""
        data: dict[str, Any] = self._control(f"/sandbox/orders/{prepay_id}/cancel")
        return data

    def expire(self, prepay_id: str | int) -> dict[str, Any]:
        """The order expires now: EXPIRED, PAY_CLOSED sent."""
        data: dict[str, Any] = self._control(f"/sandbox/orders/{prepay_id}/expire")
        return data

    def advance_clock(self, seconds: float) -> None:
        """Move the sandbox's business clock on; orders past their expiry expire."""
        self._control("/sandbox/clock/advance", {"seconds": seconds})

    def next_result(
        self, operation_id: str, code: str, times: int | None = None, *, rate: float | None = None, seed: int = 0
    ) -> None:
        """The next `times` (default 1) calls of `operation_id` answer result code `code` (name or number); or,
        with `rate`, that share of its calls (drawn by `random.Random(seed)`) until rate 0 or `reset_results`."""
        body: dict[str, Any] = {"code": code}
        if times is not None or rate is None:
            body["times"] = 1 if times is None else times
        if rate is not None:
            body.update(rate=rate, seed=seed)
        self._control(f"/sandbox/operations/{operation_id}/next-result", body)

    def reset_results(self, operation_id: str) -> None:
        """Forget what `next_result` scripted for `operation_id`."""
        self._control(f"/sandbox/operations/{operation_id}/reset")

    def webhook_mode(
        self,
        *,
        duplicates: int = 0,
        shuffle: bool = False,
        delay_seconds: float = 0.0,
        fail_first: int = 0,
        seed: int = 0,
    ) -> dict[str, Any]:
        """Deliver webhooks from now on as Binance may: each `duplicates` extra times, batches out of order
        (`shuffle`, drawn by `seed`), `delay_seconds` late, the first `fail_first` attempts failed. No arguments:
        the ordinary delivery again. The mode now in force."""
        body = {
            "duplicates": duplicates,
            "shuffle": shuffle,
            "delay_seconds": delay_seconds,
            "fail_first": fail_first,
            "seed": seed,
        }
        mode: dict[str, Any] = self._control("/sandbox/webhooks/mode", body)["mode"]
        return mode

    def resend(self, webhook: SandboxWebhook | int) -> None:
        delivery_id = webhook.delivery_id if isinstance(webhook, SandboxWebhook) else webhook
        self._control(f"/sandbox/webhooks/{delivery_id}/resend")

    @property
    def webhooks(self) -> list[SandboxWebhook]:
        """Every webhook sent so far, oldest first."""
        answer = self._http.get("/sandbox/webhooks").json()["data"]
        return [_webhook(item) for item in reversed(answer)]

    def wait_for_webhooks(self, count: int, *, delivered: bool = True, timeout: float = 10.0) -> list[SandboxWebhook]:
        """The webhooks once at least `count` were sent (and, by default, delivered); AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            webhooks = [w for w in self.webhooks if w.state == "delivered" or not delivered]
            if len(webhooks) >= count:
                return webhooks
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} webhook(s) within {timeout:g} s, got {len(webhooks)}")
            time.sleep(0.02)


def _webhook(item: dict[str, Any]) -> SandboxWebhook:
    return SandboxWebhook(
        delivery_id=int(item["deliveryId"]),
        biz_type=str(item["bizType"]),
        biz_status=str(item["bizStatus"]),
        biz_id=int(item["bizId"]),
        url=str(item["url"]),
        state=str(item["state"]),
        body=str(item["body"]).encode("utf-8"),
        headers=dict(item["headers"]),
        attempts=list(item["attempts"]),
        duplicate_of=item.get("duplicateOf"),
    )


@pytest.fixture
def binance_pay_sandbox_config() -> SandboxConfig:
    """The configuration `binance_pay_sandbox` starts with (override this fixture to change it)."""
    return SandboxConfig()


@pytest.fixture
def binance_pay_sandbox(binance_pay_sandbox_config: SandboxConfig) -> Iterator[SandboxFixture]:
    """A Binance Pay sandbox running for this test."""
    receiver = _Receiver()
    config = binance_pay_sandbox_config
    if config.webhook_url is None:
        config = dataclasses.replace(config, webhook_url=receiver.url)
    try:
        with run_sandbox(config) as running:
            fixture = SandboxFixture(running, receiver.url)
            try:
                yield fixture
            finally:
                fixture.close()
    finally:
        receiver.close()


@pytest.fixture
def binance_pay_client(binance_pay_sandbox: SandboxFixture) -> Iterator[BinancePayClient]:
    """A `BinancePayClient` bound to `binance_pay_sandbox`."""
    from binance_pay import BinancePayClient  # imported only when a test asks for a client

    with BinancePayClient(
        binance_pay_sandbox.api_key, binance_pay_sandbox.secret_key, base_url=binance_pay_sandbox.url
    ) as client:
        yield client
