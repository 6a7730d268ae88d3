"""`--log-requests`: one log line per request the sandbox answers (method, path, result, time taken).

Never a header, a query string or a body: the signature, the API key and the request's fields stay out of the
log. The result is the answer's HTTP status and, for a Binance envelope, its `status` and `code`.
"""

from __future__ import annotations

import logging
import re
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("binance_pay_sandbox.requests")

_SNIFFED_BYTES = 512
"""The envelope's `status` and `code` come first in every answer the sandbox writes; no more is read for them."""
_STATUS = re.compile(rb'"status"\s*:\s*"([A-Z_]{1,40})"')
_CODE = re.compile(rb'"code"\s*:\s*"([0-9A-Za-z_]{1,40})"')


def result_of(status: int, head: bytes) -> str:
    """`HTTP 200 SUCCESS 000000`; just `HTTP 404` when the answer is no envelope."""
    parts = [f"HTTP {status}"]
    for pattern in (_STATUS, _CODE):
        found = pattern.search(head)
        if found is not None:
            parts.append(found.group(1).decode("ascii"))
    return " ".join(parts)


class RequestLog:
    """ASGI middleware: logs each HTTP request once it is answered, at INFO on `binance_pay_sandbox.requests`."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        head = b""

        async def logging_send(message: Message) -> None:
            nonlocal status, head
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body" and len(head) < _SNIFFED_BYTES:
                head += bytes(message.get("body", b""))[: _SNIFFED_BYTES - len(head)]
            await send(message)

        try:
            await self._app(scope, receive, logging_send)
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            result = result_of(status, head) if status else "no answer"
            logger.info("%s %s -> %s in %.1f ms", scope["method"], scope["path"], result, elapsed_ms)
