# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`BinancePayClient` and `AsyncBinancePayClient`: a resource per tag of the spec, loaded on first use.

client.wallet.balance(...)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._operation import SpecInfo
from ._spec import SPEC

if TYPE_CHECKING:
    from .resources.wallet import AsyncWalletResource, WalletResource


class BinancePayClient(SyncAPIClient):
    """Synchronous client for the Binance Pay Merchant API.

    Keys default to the BINANCE_PAY_API_KEY and BINANCE_PAY_SECRET_KEY environment variables;
    `base_url` to BINANCE_PAY_BASE_URL, then Binance Pay production. `timeout` (seconds, a `Timeout`
    or an `httpx.Timeout`) and `max_retries` can also be given per call, or for a derived client
    with `with_options(...)`. Use it as a context manager, or call `close()`, to release its
    connection pool.

    `http_backend`: "stdlib" sends over pooled `http.client` connections (a third of httpx's CPU
    per call); "httpx" through `httpx.Client`; "auto" (the default) picks stdlib unless a proxy
    is configured in the environment. A custom `transport` (an httpx transport) always goes through httpx.
    """

    _spec: ClassVar[SpecInfo] = SPEC

    @property
    def wallet(self) -> WalletResource:
        """Balances of the merchant's wallets."""
        resource = self._resources.get("wallet")
        if resource is None:
            from .resources.wallet import WalletResource

            resource = self._resources["wallet"] = WalletResource(self)
        return resource


class AsyncBinancePayClient(AsyncAPIClient):
    """Asynchronous client for the Binance Pay Merchant API: the same resources and arguments, awaited.

    `http_backend`: "aiohttp" sends straight through one aiohttp session; "httpx" through
    `httpx.AsyncClient`, whose pool slows down sharply at high concurrency; "auto" (the default)
    picks aiohttp when it is installed. A custom `transport` always goes through httpx.
    """

    _spec: ClassVar[SpecInfo] = SPEC

    @property
    def wallet(self) -> AsyncWalletResource:
        """Balances of the merchant's wallets."""
        resource = self._resources.get("wallet")
        if resource is None:
            from .resources.wallet import AsyncWalletResource

            resource = self._resources["wallet"] = AsyncWalletResource(self)
        return resource


__all__ = ["AsyncBinancePayClient", "BinancePayClient"]
