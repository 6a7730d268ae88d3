"""A webhook receiver on 127.0.0.1 for the sandbox tests, and webhook signature checks written from the docs.

The receiver records every request (headers, raw body, arrival time) and answers from a script of replies
(default: HTTP 200 {"returnCode":"SUCCESS","returnMessage":null}); `hang_s` makes it sleep before answering.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

SUCCESS_REPLY = (200, b'{"returnCode":"SUCCESS","returnMessage":null}')


@dataclass(frozen=True)
class Received:
    headers: dict[str, str]
    body: bytes
    at: float

    def header(self, name: str) -> str:
        return self.headers[name.lower()]

    def notification(self) -> dict[str, Any]:
        envelope: dict[str, Any] = json.loads(self.body, parse_float=Decimal)
        return envelope

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.notification()["data"], parse_float=Decimal)
        return data


class Receiver:
    def __init__(self, replies: list[tuple[int, bytes]] | None = None, hang_s: float = 0.0) -> None:
        self.received: list[Received] = []
        self.replies = list(replies or [])
        self.hang_s = hang_s
        self._cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                with receiver._cond:
                    receiver.received.append(
                        Received({k.lower(): v for k, v in self.headers.items()}, body, time.monotonic())
                    )
                    receiver._cond.notify_all()
                    status, reply = receiver.replies.pop(0) if receiver.replies else SUCCESS_REPLY
                if receiver.hang_s:
                    time.sleep(receiver.hang_s)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(reply)))
                    self.end_headers()
                    self.wfile.write(reply)
                except OSError:
                    pass

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/webhook"

    def wait(self, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"expected {count} webhook(s), got {len(self.received)}")
                self._cond.wait(left)
            return list(self.received)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def verify_webhook(cert_pem: str, received: Received) -> bool:
    """RSA PKCS#1 v1.5 SHA-256 over timestamp \\n nonce \\n raw body \\n, base64 signature (Binance's scheme)."""
    key = serialization.load_pem_public_key(cert_pem.encode("ascii"))
    assert isinstance(key, rsa.RSAPublicKey)
    payload = (
        received.header("BinancePay-Timestamp").encode()
        + b"\n"
        + received.header("BinancePay-Nonce").encode()
        + b"\n"
        + received.body
        + b"\n"
    )
    try:
        key.verify(
            base64.b64decode(received.header("BinancePay-Signature")), payload, padding.PKCS1v15(), hashes.SHA256()
        )
    except InvalidSignature:
        return False
    return True
