"""The benchmarked clients: one small adapter per row, all doing a signed balance query.

Each adapter makes one call per ``call()`` and returns the balance it parsed. Manual rows sign
exactly like the SDK must (HMAC-SHA512 over ``timestamp\\nnonce\\nbody\\n``, uppercase hex) and
parse with ``json.loads(parse_float=Decimal)``.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol
from urllib.parse import urlsplit

from benchmarks.server import BALANCE_PATH

API_KEY = "benchApiKey0123456789abcdef"
SECRET_KEY = "bench-secret-key-0123456789abcdef"
WALLET = "SPOT_WALLET"
CURRENCY = "USDT"
EXPECTED_BALANCE = Decimal("990000.00000000")


class Unavailable(Exception):
    """Raised by a factory when its client cannot be built (e.g. package not installed)."""


class SyncBench(Protocol):
    def call(self) -> object: ...
    def close(self) -> None: ...


class AsyncBench(Protocol):
    async def call(self) -> object: ...
    async def aclose(self) -> None: ...


SyncFactory = Callable[[str], SyncBench]
AsyncFactory = Callable[[str], Awaitable[AsyncBench]]


@dataclass(frozen=True)
class Row:
    """One benchmark row: a client at a concurrency level."""

    key: str
    label: str
    concurrency: int
    sync_factory: SyncFactory | None = None
    async_factory: AsyncFactory | None = None

    @property
    def is_async(self) -> bool:
        return self.async_factory is not None


def check_balance(balance: object) -> None:
    if Decimal(str(balance)) != EXPECTED_BALANCE:
        raise AssertionError(f"unexpected balance {balance!r}")


# --- manual signing ----------------------------------------------------------------------


def balance_body(wallet: str = WALLET, currency: str = CURRENCY) -> bytes:
    return json.dumps({"wallet": wallet, "currency": currency}, separators=(",", ":")).encode()


def signed_headers(body: bytes, api_key: str = API_KEY, secret: str = SECRET_KEY) -> dict[str, str]:
    """The four BinancePay-* headers (fresh timestamp and nonce) plus Content-Type."""
    timestamp = str(time.time_ns() // 1_000_000)
    nonce = os.urandom(16).hex()  # 32 alphanumerics, like the official connector
    payload = b"%s\n%s\n%s\n" % (timestamp.encode(), nonce.encode(), body)
    signature = hmac.new(secret.encode(), payload, hashlib.sha512).hexdigest().upper()
    return {
        "Content-Type": "application/json",
        "BinancePay-Timestamp": timestamp,
        "BinancePay-Nonce": nonce,
        "BinancePay-Certificate-SN": api_key,
        "BinancePay-Signature": signature,
    }


def parse_balance(raw: bytes) -> Decimal:
    data: dict[str, Any] = json.loads(raw, parse_float=Decimal)
    balance: Decimal = data["data"]["balance"]
    return balance


# --- sync adapters -------------------------------------------------------------------------


class HttpClientBench:
    """The floor: ``http.client`` on one keep-alive connection."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        assert parts.hostname is not None
        self._conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)

    def call(self) -> object:
        body = balance_body()
        self._conn.request("POST", BALANCE_PATH, body, signed_headers(body))
        response = self._conn.getresponse()
        raw = response.read()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}")
        return parse_balance(raw)

    def close(self) -> None:
        self._conn.close()


class HttpxSyncBench:
    def __init__(self, base_url: str) -> None:
        import httpx

        self._client = httpx.Client(base_url=base_url)

    def call(self) -> object:
        body = balance_body()
        response = self._client.post(BALANCE_PATH, content=body, headers=signed_headers(body))
        response.raise_for_status()
        return parse_balance(response.content)

    def close(self) -> None:
        self._client.close()


class SdkSyncBench:
    def __init__(self, base_url: str) -> None:
        try:
            from binance_pay import BinancePayClient
        except ImportError as exc:
            raise Unavailable(f"`import binance_pay` failed: {exc}") from exc
        self._client = BinancePayClient(API_KEY, SECRET_KEY, base_url=base_url)

    def call(self) -> object:
        return self._client.wallet.balance(wallet=WALLET, currency=CURRENCY).balance

    def close(self) -> None:
        self._client.close()


class ConnectorBench:
    """The official ``binance-pay-connector`` (requests based; returns floats)."""

    def __init__(self, base_url: str) -> None:
        try:
            from binance.pay.merchant import Merchant
        except ImportError as exc:
            raise Unavailable(f"binance-pay-connector not installed: {exc}") from exc
        self._client = Merchant(API_KEY, SECRET_KEY, base_url=base_url)

    def call(self) -> object:
        result = self._client.get_wallet_balance(wallet=WALLET, currency=CURRENCY)
        return result["data"]["balance"]

    def close(self) -> None:
        self._client.session.close()


# --- async adapters ------------------------------------------------------------------------


class SdkAsyncBench:
    def __init__(self, client: Any) -> None:
        self._client = client

    @classmethod
    async def create(cls, base_url: str, http_backend: str | None) -> SdkAsyncBench:
        try:
            from binance_pay import AsyncBinancePayClient
        except ImportError as exc:
            raise Unavailable(f"`import binance_pay` failed: {exc}") from exc
        kwargs: dict[str, Any] = {"base_url": base_url}
        if http_backend is not None:
            kwargs["http_backend"] = http_backend
        try:
            client = AsyncBinancePayClient(API_KEY, SECRET_KEY, **kwargs)
        except TypeError as exc:
            raise Unavailable(f"AsyncBinancePayClient rejected {kwargs}: {exc}") from exc
        return cls(client)

    async def call(self) -> object:
        result = await self._client.wallet.balance(wallet=WALLET, currency=CURRENCY)
        return result.balance

    async def aclose(self) -> None:
        await self._client.aclose()


class HttpxAsyncBench:
    """``httpx.AsyncClient`` with manual signing."""

    def __init__(self, base_url: str) -> None:
        import httpx

        self._client = httpx.AsyncClient(base_url=base_url)

    async def call(self) -> object:
        body = balance_body()
        response = await self._client.post(BALANCE_PATH, content=body, headers=signed_headers(body))
        response.raise_for_status()
        return parse_balance(response.content)

    async def aclose(self) -> None:
        await self._client.aclose()


class AiohttpBench:
    """Raw ``aiohttp.ClientSession`` with manual signing: the async ceiling."""

    def __init__(self, base_url: str) -> None:
        import aiohttp

        self._url = base_url + BALANCE_PATH
        self._session = aiohttp.ClientSession()

    async def call(self) -> object:
        body = balance_body()
        async with self._session.post(self._url, data=body, headers=signed_headers(body)) as resp:
            raw = await resp.read()
            if resp.status != 200:
                raise RuntimeError(f"HTTP {resp.status}")
        return parse_balance(raw)

    async def aclose(self) -> None:
        await self._session.close()


async def _sdk_async(base_url: str, backend: str | None) -> AsyncBench:
    return await SdkAsyncBench.create(base_url, backend)


async def _httpx_async(base_url: str) -> AsyncBench:
    return HttpxAsyncBench(base_url)


async def _aiohttp(base_url: str) -> AsyncBench:
    return AiohttpBench(base_url)


def _sdk_async_factory(backend: str | None) -> AsyncFactory:
    async def factory(base_url: str) -> AsyncBench:
        return await _sdk_async(base_url, backend)

    return factory


ROWS: tuple[Row, ...] = (
    Row("http_client", "http.client + manual signing (floor)", 1, sync_factory=HttpClientBench),
    Row("httpx_sync", "httpx.Client + manual signing", 1, sync_factory=HttpxSyncBench),
    Row("sdk_sync", "BinancePayClient", 1, sync_factory=SdkSyncBench),
    Row("connector", "official binance-pay-connector", 1, sync_factory=ConnectorBench),
    Row(
        "sdk_async_1",
        "AsyncBinancePayClient (default: asyncio)",
        1,
        async_factory=_sdk_async_factory(None),
    ),
    Row(
        "sdk_async_16",
        "AsyncBinancePayClient (default: asyncio)",
        16,
        async_factory=_sdk_async_factory(None),
    ),
    Row(
        "sdk_async_64",
        "AsyncBinancePayClient (default: asyncio)",
        64,
        async_factory=_sdk_async_factory(None),
    ),
    Row(
        "sdk_async_aiohttp_64",
        "AsyncBinancePayClient (http_backend='aiohttp')",
        64,
        async_factory=_sdk_async_factory("aiohttp"),
    ),
    Row(
        "sdk_async_httpx_64",
        "AsyncBinancePayClient (http_backend='httpx')",
        64,
        async_factory=_sdk_async_factory("httpx"),
    ),
    Row("httpx_async_64", "httpx.AsyncClient + manual signing", 64, async_factory=_httpx_async),
    Row("aiohttp_16", "aiohttp + manual signing", 16, async_factory=_aiohttp),
    Row("aiohttp_64", "aiohttp + manual signing", 64, async_factory=_aiohttp),
)
