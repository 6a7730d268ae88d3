"""Shared helpers for the reliability tests: credentials, error-tree checks, recording transports."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from typing import Any

import binance_pay
import httpx
from binance_pay import errors

API_KEY = "reliabilityApiKey0123456789abcdef"
CANARY_SECRET = "CANARY-SECRET-7f3e9a1b"
CANARY_API_KEY = "CanaryApiKey7f3e9a1b0c2d4e6f8a"
NONCE_HEADER = "BinancePay-Nonce"
TIMESTAMP_HEADER = "BinancePay-Timestamp"
SIGNATURE_HEADER = "BinancePay-Signature"


def assert_sdk_error(exc: BaseException, expected: type[BaseException]) -> None:
    """`exc` is exactly `expected` (a binance_pay class), and no raw httpx/json error escaped."""
    assert type(exc) is expected, f"{type(exc).__name__} is not {expected.__name__}: {exc}"
    assert isinstance(exc, binance_pay.BinancePayError)
    assert not isinstance(exc, (httpx.HTTPError, json.JSONDecodeError))
    assert type(exc).__module__ == errors.__name__


def independent_signature(secret: str, timestamp: str, nonce: str, body: bytes) -> str:
    payload = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
    return hmac.new(secret.encode(), payload, hashlib.sha512).hexdigest().upper()


class Recorder:
    """Thread-safe record of every request a client sent: signing headers and body."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent: list[tuple[dict[str, str], bytes]] = []

    def note(self, request: httpx.Request) -> None:
        headers = {name: request.headers.get(name, "") for name in (NONCE_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER)}
        with self.lock:
            self.sent.append((headers, request.content))

    @property
    def count(self) -> int:
        return len(self.sent)

    @property
    def nonces(self) -> list[str]:
        return [headers[NONCE_HEADER] for headers, _ in self.sent]

    @property
    def signatures(self) -> list[str]:
        return [headers[SIGNATURE_HEADER] for headers, _ in self.sent]


class RecordingTransport(httpx.BaseTransport):
    """Records each request, then sends it through a real `httpx.HTTPTransport` (or `inner`)."""

    def __init__(self, recorder: Recorder, inner: httpx.BaseTransport | None = None, **kwargs: Any) -> None:
        self.recorder = recorder
        self.inner = inner if inner is not None else httpx.HTTPTransport(**kwargs)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.note(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """Records each request, then sends it through `inner` (httpx's own, or the aiohttp transport)."""

    def __init__(self, recorder: Recorder, inner: httpx.AsyncBaseTransport) -> None:
        self.recorder = recorder
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.note(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def async_inner(backend: str) -> httpx.AsyncBaseTransport:
    if backend == "aiohttp":
        from binance_pay._aiohttp_transport import AiohttpTransport

        return AiohttpTransport(limit=100)
    return httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=100, max_keepalive_connections=20))


def sync_client(base_url: str, recorder: Recorder | None = None, **kwargs: Any) -> binance_pay.BinancePayClient:
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("initial_retry_delay", 0.01)
    kwargs.setdefault("max_retry_delay", 0.02)
    api_key = kwargs.pop("api_key", API_KEY)
    secret = kwargs.pop("secret_key", CANARY_SECRET)
    transport = RecordingTransport(recorder) if recorder is not None else None
    return binance_pay.BinancePayClient(api_key, secret, base_url=base_url, transport=transport, **kwargs)


def async_client(
    base_url: str, backend: str = "httpx", recorder: Recorder | None = None, **kwargs: Any
) -> binance_pay.AsyncBinancePayClient:
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("initial_retry_delay", 0.01)
    kwargs.setdefault("max_retry_delay", 0.02)
    api_key = kwargs.pop("api_key", API_KEY)
    secret = kwargs.pop("secret_key", CANARY_SECRET)
    transport = AsyncRecordingTransport(recorder, async_inner(backend)) if recorder is not None else None
    return binance_pay.AsyncBinancePayClient(
        api_key, secret, base_url=base_url, http_backend=backend, transport=transport, **kwargs
    )
