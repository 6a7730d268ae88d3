"""Real HTTP servers on 127.0.0.1 for the webhook tests: a certificate endpoint whose answers the test
controls (slow, failing, counted), and a merchant's webhook receiver verifying in its handler."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from binance_pay.webhooks import WebhookVerificationError, reply

from .conftest import Signer

CERTIFICATES_PATH = "/binancepay/openapi/certificates"


class CertificateServer:
    """Answers queryCertificates with the signers' keys as Binance would (`SUCCESS`, `data` a list).

    `failing`: answer HTTP 503 instead. `gate`: when set (an Event), each answer waits until it is set.
    `calls` counts the requests; `in_flight` the ones being answered.
    """

    def __init__(self, *signers: Signer) -> None:
        self.signers = list(signers)
        self.failing = False
        self.gate: threading.Event | None = None
        self.calls = 0
        self.in_flight = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length") or 0))
                server._answer(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}"
        self._thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self._thread.start()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.calls += 1
            self.in_flight += 1
        try:
            gate = self.gate
            if gate is not None:
                gate.wait(30)
            if handler.path != CERTIFICATES_PATH or self.failing:
                body, status = b'{"status":"FAIL","code":"000001","errorMessage":"unavailable"}', 503
            else:
                data = [{"certSerial": s.serial, "certPublic": s.public_pem} for s in self.signers]
                body, status = json.dumps({"status": "SUCCESS", "code": "000000", "data": data}).encode(), 200
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        finally:
            with self._lock:
                self.in_flight -= 1

    def close(self) -> None:
        if self.gate is not None:
            self.gate.set()
        self.http.shutdown()
        self.http.server_close()


@dataclass
class Delivery:
    body: bytes
    headers: dict[str, str]
    event: Any = None
    reason: str | None = None


@dataclass
class WebhookReceiver:
    """A merchant's endpoint: `verify(body, self.headers)` in the handler (an `http.client.HTTPMessage`),
    then `reply()`; the first `fail_first` deliveries are answered HTTP 500 whatever the outcome."""

    verify: Callable[[bytes, Any], Any]
    fail_first: int = 0
    deliveries: list[Delivery] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                delivery = Delivery(body, dict(self.headers.items()))
                try:
                    delivery.event = receiver.verify(body, self.headers)
                except WebhookVerificationError as exc:
                    delivery.reason = exc.reason
                with receiver._cond:
                    receiver.deliveries.append(delivery)
                    failed = len(receiver.deliveries) <= receiver.fail_first
                    receiver._cond.notify_all()
                status, answer = (500, reply(success=False)) if failed or delivery.reason else (200, reply())
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/webhook"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def wait(self, count: int, timeout: float = 15.0) -> list[Delivery]:
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.deliveries) >= count, timeout):
                raise AssertionError(f"expected {count} deliveries, got {len(self.deliveries)}")
            return list(self.deliveries)

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()
