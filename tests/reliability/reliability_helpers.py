"""Shared helpers for the reliability tests: credentials, error-tree checks, the five wire paths, recorders.

The five wire paths are the sync client on `http.client` ("sync-stdlib") and on httpx
("sync-httpx"), and the async client straight on asyncio ("async-asyncio"), on aiohttp
("async-aiohttp") and on httpx ("async-httpx").
`Recorder.attach(client)` records what any of them sends, without replacing its transport: it
wraps the client's signer (every signed attempt: headers and exact body) and its transport's
`send` (every attempt, including those that never got as far as signing).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import binance_pay
import httpx
import pytest
from binance_pay import errors

API_KEY = "reliabilityApiKey0123456789abcdef"
CANARY_SECRET = "CANARY-SECRET-7f3e9a1b"
CANARY_API_KEY = "CanaryApiKey7f3e9a1b0c2d4e6f8a"
NONCE_HEADER = "BinancePay-Nonce"
TIMESTAMP_HEADER = "BinancePay-Timestamp"
SIGNATURE_HEADER = "BinancePay-Signature"

Client = binance_pay.BinancePayClient | binance_pay.AsyncBinancePayClient


@dataclass(frozen=True)
class WirePath:
    name: str
    is_async: bool
    backend: str

    def __str__(self) -> str:
        return self.name


SYNC_STDLIB = WirePath("sync-stdlib", False, "stdlib")
SYNC_HTTPX = WirePath("sync-httpx", False, "httpx")
ASYNC_ASYNCIO = WirePath("async-asyncio", True, "asyncio")
ASYNC_AIOHTTP = WirePath("async-aiohttp", True, "aiohttp")
ASYNC_HTTPX = WirePath("async-httpx", True, "httpx")
WIRE_PATHS = [SYNC_STDLIB, SYNC_HTTPX, ASYNC_ASYNCIO, ASYNC_AIOHTTP, ASYNC_HTTPX]
SYNC_PATHS = [SYNC_STDLIB, SYNC_HTTPX]
ASYNC_PATHS = [ASYNC_ASYNCIO, ASYNC_AIOHTTP, ASYNC_HTTPX]

all_wire_paths = pytest.mark.parametrize("wire", WIRE_PATHS, ids=str)


def assert_sdk_error(exc: BaseException | None, expected: type[BaseException]) -> None:
    """`exc` is exactly `expected` (a binance_pay class), and no raw httpx/aiohttp/json error escaped."""
    assert exc is not None, f"no exception, expected {expected.__name__}"
    assert type(exc) is expected, f"{type(exc).__name__} is not {expected.__name__}: {exc}"
    assert_typed(exc)


def assert_typed(exc: BaseException) -> None:
    assert isinstance(exc, binance_pay.BinancePayError), f"raw {type(exc).__module__}.{type(exc).__name__}: {exc}"
    assert not isinstance(exc, (httpx.HTTPError, json.JSONDecodeError))
    assert type(exc).__module__.startswith("binance_pay."), type(exc).__module__
    assert getattr(errors, type(exc).__name__, None) is type(exc), "not exported from binance_pay.errors"
    if not isinstance(exc, errors.RequestValidationError):  # raised before there is a request
        assert exc.request is not None, "no .request on the error"


def independent_signature(secret: str, timestamp: str, nonce: str, body: bytes) -> str:
    payload = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
    return hmac.new(secret.encode(), payload, hashlib.sha512).hexdigest().upper()


class Recorder:
    """Thread-safe record of every attempt a client made and every request it signed."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.sent: list[tuple[dict[str, str], bytes]] = []
        self.attempts = 0

    def note(self, headers: Mapping[str, str], body: bytes) -> None:
        picked = {name: headers.get(name, "") for name in (NONCE_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER)}
        with self.lock:
            self.sent.append((picked, body))

    def _attempt(self) -> None:
        with self.lock:
            self.attempts += 1

    def attach(self, client: Client) -> None:
        """Record `client`'s signing and attempts (also those of clients made from it with `with_options`)."""
        auth = client._options.auth
        sign = auth.signed_headers

        def signed_headers(body: bytes) -> dict[str, str]:
            headers = sign(body)
            self.note(headers, body)
            return headers

        auth.signed_headers = signed_headers  # type: ignore[method-assign]
        transport: Any = client._transport
        send = transport.send
        if isinstance(client, binance_pay.AsyncBinancePayClient):

            async def asend(*args: Any, **kwargs: Any) -> Any:
                self._attempt()
                return await send(*args, **kwargs)

            transport.send = asend
        else:

            def ssend(*args: Any, **kwargs: Any) -> Any:
                self._attempt()
                return send(*args, **kwargs)

            transport.send = ssend

    @property
    def count(self) -> int:
        """Attempts made (each retry is one more)."""
        return self.attempts

    @property
    def signed(self) -> int:
        return len(self.sent)

    @property
    def nonces(self) -> list[str]:
        return [headers[NONCE_HEADER] for headers, _ in self.sent]

    @property
    def signatures(self) -> list[str]:
        return [headers[SIGNATURE_HEADER] for headers, _ in self.sent]


def _defaults(kwargs: dict[str, Any]) -> tuple[str, str]:
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("initial_retry_delay", 0.01)
    kwargs.setdefault("max_retry_delay", 0.02)
    return kwargs.pop("api_key", API_KEY), kwargs.pop("secret_key", CANARY_SECRET)


def sync_client(
    base_url: str, recorder: Recorder | None = None, *, http_backend: str = "stdlib", **kwargs: Any
) -> binance_pay.BinancePayClient:
    api_key, secret = _defaults(kwargs)
    client = binance_pay.BinancePayClient(api_key, secret, base_url=base_url, http_backend=http_backend, **kwargs)
    assert client.http_backend == http_backend
    if recorder is not None:
        recorder.attach(client)
    return client


def async_client(
    base_url: str, backend: str = "asyncio", recorder: Recorder | None = None, **kwargs: Any
) -> binance_pay.AsyncBinancePayClient:
    api_key, secret = _defaults(kwargs)
    client = binance_pay.AsyncBinancePayClient(api_key, secret, base_url=base_url, http_backend=backend, **kwargs)
    assert client.http_backend == backend
    if recorder is not None:
        recorder.attach(client)
    return client


def make_client(wire: WirePath, base_url: str, recorder: Recorder | None = None, **kwargs: Any) -> Client:
    if wire.is_async:
        return async_client(base_url, wire.backend, recorder, **kwargs)
    return sync_client(base_url, recorder, http_backend=wire.backend, **kwargs)


@dataclass
class Outcome:
    """What one call did: its result or its exception, and how long it took."""

    result: Any = None
    error: BaseException | None = None
    elapsed: float = 0.0


@dataclass
class Session:
    """Calls made on one client of one wire path (see `run_calls`)."""

    client: Any = None
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def last(self) -> Outcome:
        return self.outcomes[-1]


def run_calls(
    wire: WirePath,
    base_url: str,
    calls: list[dict[str, Any]] | None = None,
    *,
    recorder: Recorder | None = None,
    close_first: bool = False,
    between: Callable[[Any], None] | None = None,
    **client_kwargs: Any,
) -> Session:
    """Make `calls` (keyword arguments of `wallet.balance`) one after another on one client of `wire`.

    Exceptions are caught (BaseException: a raw error must reach the assertions, not kill the test)
    and recorded. `between(client)` runs after each call; `close_first` closes the client first.
    """
    calls = calls if calls is not None else [{}]
    session = Session()

    def args(extra: dict[str, Any]) -> dict[str, Any]:
        return {"wallet": "SPOT_WALLET", "currency": "USDT", **extra}

    if not wire.is_async:
        with make_client(wire, base_url, recorder, **client_kwargs) as client:
            session.client = client
            if close_first:
                client.close()
            for extra in calls:
                started = time.monotonic()
                outcome = Outcome()
                try:
                    outcome.result = client.wallet.balance(**args(extra))
                except Exception as exc:
                    outcome.error = exc
                outcome.elapsed = time.monotonic() - started
                session.outcomes.append(outcome)
                if between is not None:
                    between(client)
        return session

    async def main() -> None:
        async with make_client(wire, base_url, recorder, **client_kwargs) as client:
            session.client = client
            if close_first:
                await client.aclose()
            for extra in calls:
                started = time.monotonic()
                outcome = Outcome()
                try:
                    outcome.result = await client.wallet.balance(**args(extra))
                except Exception as exc:
                    outcome.error = exc
                outcome.elapsed = time.monotonic() - started
                session.outcomes.append(outcome)
                if between is not None:
                    between(client)

    asyncio.run(main())
    return session
