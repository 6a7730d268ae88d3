# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`BinancePayClient` and `AsyncBinancePayClient`: a resource per tag of the spec, loaded on first use.

client.certificates.list(...)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._operation import SpecInfo
from ._spec import SPEC, WEBHOOKS

if TYPE_CHECKING:
    from .resources.certificates import AsyncCertificatesResource, CertificatesResource
    from .resources.collections import AsyncCollectionsResource, CollectionsResource
    from .resources.convert import AsyncConvertResource, ConvertResource
    from .resources.direct_debit import AsyncDirectDebitResource, DirectDebitResource
    from .resources.orders import AsyncOrdersResource, OrdersResource
    from .resources.payouts import AsyncPayoutsResource, PayoutsResource
    from .resources.profit_sharing import AsyncProfitSharingResource, ProfitSharingResource
    from .resources.refunds import AsyncRefundsResource, RefundsResource
    from .resources.reports import AsyncReportsResource, ReportsResource
    from .resources.service_provider import AsyncServiceProviderResource, ServiceProviderResource
    from .resources.share_info import AsyncShareInfoResource, ShareInfoResource
    from .resources.sub_merchants import AsyncSubMerchantsResource, SubMerchantsResource
    from .resources.transfers import AsyncTransfersResource, TransfersResource
    from .resources.wallet import AsyncWalletResource, WalletResource
    from .webhooks import AsyncWebhooks, Webhooks


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
    def certificates(self) -> CertificatesResource:
        """Binance's public keys, used to verify the signature of webhook notifications."""
        resource = self._resources.get("certificates")
        if resource is None:
            from .resources.certificates import CertificatesResource

            resource = self._resources["certificates"] = CertificatesResource(self)
        return resource

    @property
    def collections(self) -> CollectionsResource:
        """C2C collection orders (query only; creation is an OAuth API outside this spec)."""
        resource = self._resources.get("collections")
        if resource is None:
            from .resources.collections import CollectionsResource

            resource = self._resources["collections"] = CollectionsResource(self)
        return resource

    @property
    def convert(self) -> ConvertResource:
        """Convert one currency into another in the merchant's wallet (whitelisted merchants only)."""
        resource = self._resources.get("convert")
        if resource is None:
            from .resources.convert import ConvertResource

            resource = self._resources["convert"] = ConvertResource(self)
        return resource

    @property
    def direct_debit(self) -> DirectDebitResource:
        """Direct debit / pre-authorization: contracts a user signs, and the debits the merchant runs under them (whitelisted merchants only)."""
        resource = self._resources.get("direct_debit")
        if resource is None:
            from .resources.direct_debit import DirectDebitResource

            resource = self._resources["direct_debit"] = DirectDebitResource(self)
        return resource

    @property
    def orders(self) -> OrdersResource:
        """Acquiring orders (prepay orders) created, queried and closed by the merchant."""
        resource = self._resources.get("orders")
        if resource is None:
            from .resources.orders import OrdersResource

            resource = self._resources["orders"] = OrdersResource(self)
        return resource

    @property
    def payouts(self) -> PayoutsResource:
        """Batch payouts to Binance users (Binance ID) and to e-mail addresses."""
        resource = self._resources.get("payouts")
        if resource is None:
            from .resources.payouts import PayoutsResource

            resource = self._resources["payouts"] = PayoutsResource(self)
        return resource

    @property
    def profit_sharing(self) -> ProfitSharingResource:
        """Profit sharing: the receivers of a merchant and the splits of an order's payment between them (orders created with orderTags.ifProfitSharing = true)."""
        resource = self._resources.get("profit_sharing")
        if resource is None:
            from .resources.profit_sharing import ProfitSharingResource

            resource = self._resources["profit_sharing"] = ProfitSharingResource(self)
        return resource

    @property
    def refunds(self) -> RefundsResource:
        """Refunds of paid orders."""
        resource = self._resources.get("refunds")
        if resource is None:
            from .resources.refunds import RefundsResource

            resource = self._resources["refunds"] = RefundsResource(self)
        return resource

    @property
    def reports(self) -> ReportsResource:
        """Transaction, settlement and balance reports."""
        resource = self._resources.get("reports")
        if resource is None:
            from .resources.reports import ReportsResource

            resource = self._resources["reports"] = ReportsResource(self)
        return resource

    @property
    def service_provider(self) -> ServiceProviderResource:
        """Technical service providers (TSP only): authorization requests to merchants, their records and the scopes enabled for the provider."""
        resource = self._resources.get("service_provider")
        if resource is None:
            from .resources.service_provider import ServiceProviderResource

            resource = self._resources["service_provider"] = ServiceProviderResource(self)
        return resource

    @property
    def share_info(self) -> ShareInfoResource:
        """Requests asking a Binance user to share their Binance ID with the merchant."""
        resource = self._resources.get("share_info")
        if resource is None:
            from .resources.share_info import ShareInfoResource

            resource = self._resources["share_info"] = ShareInfoResource(self)
        return resource

    @property
    def sub_merchants(self) -> SubMerchantsResource:
        """Sub-merchants of a partner account (partners only)."""
        resource = self._resources.get("sub_merchants")
        if resource is None:
            from .resources.sub_merchants import SubMerchantsResource

            resource = self._resources["sub_merchants"] = SubMerchantsResource(self)
        return resource

    @property
    def transfers(self) -> TransfersResource:
        """Transfers of funds between the merchant's own wallets (funding and spot)."""
        resource = self._resources.get("transfers")
        if resource is None:
            from .resources.transfers import TransfersResource

            resource = self._resources["transfers"] = TransfersResource(self)
        return resource

    @property
    def wallet(self) -> WalletResource:
        """Balances of the merchant's wallets."""
        resource = self._resources.get("wallet")
        if resource is None:
            from .resources.wallet import WalletResource

            resource = self._resources["wallet"] = WalletResource(self)
        return resource

    @property
    def webhooks(self) -> Webhooks:
        """Verify webhook notifications: `client.webhooks.verify(raw_body, headers)`.

        One verifier for this client and every client derived from it with `with_options` (one
        certificate cache, one replay cache). Binance's certificates come from
        `client.certificates.list()`, on first use and again when a
        notification names an unknown serial (key rotation), at most once a minute. Its clock is
        this machine's plus `clock_offset_ms`, read at each verification.
        """
        webhooks: Webhooks | None = self._shared.get("webhooks")
        if webhooks is None:
            webhooks = self._shared.setdefault("webhooks", self._new_webhooks({}))  # of two threads, one wins
        return webhooks

    def configure_webhooks(self, **options: Any) -> Webhooks:
        """Replace `webhooks` with a verifier built with `options` (`replay_store=`, `tolerance=`,
        `refetch_interval=`, `failure_ttl=`, `fetch_wait=`, `max_nonces=`), for this client and every
        client derived from it; it keeps the client's certificate lookup and clock. For example,
        `client.configure_webhooks(replay_store=SQLiteReplayStore(path))` shares seen nonces between
        the workers of one host.
        """
        webhooks = self._shared["webhooks"] = self._new_webhooks(options)
        return webhooks

    def _new_webhooks(self, options: dict[str, Any]) -> Webhooks:
        import time

        from .webhooks import Webhooks

        assert WEBHOOKS is not None
        auth = self._options.auth
        return Webhooks(
            self.certificates.list,
            clock=lambda: time.time() + auth.clock_offset_ms / 1000,
            spec=WEBHOOKS,
            **options,
        )


class AsyncBinancePayClient(AsyncAPIClient):
    """Asynchronous client for the Binance Pay Merchant API: the same resources and arguments, awaited.

    `http_backend`: "asyncio" speaks HTTP/1.1 straight on asyncio (a keep-alive pool, responses
    parsed by httptools); "aiohttp" sends through one aiohttp session; "httpx" through
    `httpx.AsyncClient`, whose pool slows down sharply at high concurrency. "auto" (the default) is
    "asyncio", unless a proxy is configured in the environment: then aiohttp when it is installed,
    else httpx, which honour it. A custom `transport` always goes through httpx.
    """

    _spec: ClassVar[SpecInfo] = SPEC

    @property
    def certificates(self) -> AsyncCertificatesResource:
        """Binance's public keys, used to verify the signature of webhook notifications."""
        resource = self._resources.get("certificates")
        if resource is None:
            from .resources.certificates import AsyncCertificatesResource

            resource = self._resources["certificates"] = AsyncCertificatesResource(self)
        return resource

    @property
    def collections(self) -> AsyncCollectionsResource:
        """C2C collection orders (query only; creation is an OAuth API outside this spec)."""
        resource = self._resources.get("collections")
        if resource is None:
            from .resources.collections import AsyncCollectionsResource

            resource = self._resources["collections"] = AsyncCollectionsResource(self)
        return resource

    @property
    def convert(self) -> AsyncConvertResource:
        """Convert one currency into another in the merchant's wallet (whitelisted merchants only)."""
        resource = self._resources.get("convert")
        if resource is None:
            from .resources.convert import AsyncConvertResource

            resource = self._resources["convert"] = AsyncConvertResource(self)
        return resource

    @property
    def direct_debit(self) -> AsyncDirectDebitResource:
        """Direct debit / pre-authorization: contracts a user signs, and the debits the merchant runs under them (whitelisted merchants only)."""
        resource = self._resources.get("direct_debit")
        if resource is None:
            from .resources.direct_debit import AsyncDirectDebitResource

            resource = self._resources["direct_debit"] = AsyncDirectDebitResource(self)
        return resource

    @property
    def orders(self) -> AsyncOrdersResource:
        """Acquiring orders (prepay orders) created, queried and closed by the merchant."""
        resource = self._resources.get("orders")
        if resource is None:
            from .resources.orders import AsyncOrdersResource

            resource = self._resources["orders"] = AsyncOrdersResource(self)
        return resource

    @property
    def payouts(self) -> AsyncPayoutsResource:
        """Batch payouts to Binance users (Binance ID) and to e-mail addresses."""
        resource = self._resources.get("payouts")
        if resource is None:
            from .resources.payouts import AsyncPayoutsResource

            resource = self._resources["payouts"] = AsyncPayoutsResource(self)
        return resource

    @property
    def profit_sharing(self) -> AsyncProfitSharingResource:
        """Profit sharing: the receivers of a merchant and the splits of an order's payment between them (orders created with orderTags.ifProfitSharing = true)."""
        resource = self._resources.get("profit_sharing")
        if resource is None:
            from .resources.profit_sharing import AsyncProfitSharingResource

            resource = self._resources["profit_sharing"] = AsyncProfitSharingResource(self)
        return resource

    @property
    def refunds(self) -> AsyncRefundsResource:
        """Refunds of paid orders."""
        resource = self._resources.get("refunds")
        if resource is None:
            from .resources.refunds import AsyncRefundsResource

            resource = self._resources["refunds"] = AsyncRefundsResource(self)
        return resource

    @property
    def reports(self) -> AsyncReportsResource:
        """Transaction, settlement and balance reports."""
        resource = self._resources.get("reports")
        if resource is None:
            from .resources.reports import AsyncReportsResource

            resource = self._resources["reports"] = AsyncReportsResource(self)
        return resource

    @property
    def service_provider(self) -> AsyncServiceProviderResource:
        """Technical service providers (TSP only): authorization requests to merchants, their records and the scopes enabled for the provider."""
        resource = self._resources.get("service_provider")
        if resource is None:
            from .resources.service_provider import AsyncServiceProviderResource

            resource = self._resources["service_provider"] = AsyncServiceProviderResource(self)
        return resource

    @property
    def share_info(self) -> AsyncShareInfoResource:
        """Requests asking a Binance user to share their Binance ID with the merchant."""
        resource = self._resources.get("share_info")
        if resource is None:
            from .resources.share_info import AsyncShareInfoResource

            resource = self._resources["share_info"] = AsyncShareInfoResource(self)
        return resource

    @property
    def sub_merchants(self) -> AsyncSubMerchantsResource:
        """Sub-merchants of a partner account (partners only)."""
        resource = self._resources.get("sub_merchants")
        if resource is None:
            from .resources.sub_merchants import AsyncSubMerchantsResource

            resource = self._resources["sub_merchants"] = AsyncSubMerchantsResource(self)
        return resource

    @property
    def transfers(self) -> AsyncTransfersResource:
        """Transfers of funds between the merchant's own wallets (funding and spot)."""
        resource = self._resources.get("transfers")
        if resource is None:
            from .resources.transfers import AsyncTransfersResource

            resource = self._resources["transfers"] = AsyncTransfersResource(self)
        return resource

    @property
    def wallet(self) -> AsyncWalletResource:
        """Balances of the merchant's wallets."""
        resource = self._resources.get("wallet")
        if resource is None:
            from .resources.wallet import AsyncWalletResource

            resource = self._resources["wallet"] = AsyncWalletResource(self)
        return resource

    @property
    def webhooks(self) -> AsyncWebhooks:
        """Verify webhook notifications: `await client.webhooks.verify(raw_body, headers)`.

        One verifier for this client and every client derived from it with `with_options` (one
        certificate cache, one replay cache). Binance's certificates come from
        `client.certificates.list()`, awaited on first use and again when a
        notification names an unknown serial (key rotation), at most once a minute. Its clock is
        this machine's plus `clock_offset_ms`, read at each verification.
        """
        webhooks: AsyncWebhooks | None = self._shared.get("webhooks")
        if webhooks is None:
            webhooks = self._shared.setdefault("webhooks", self._new_webhooks({}))  # of two threads, one wins
        return webhooks

    def configure_webhooks(self, **options: Any) -> AsyncWebhooks:
        """Replace `webhooks` with a verifier built with `options` (`replay_store=`, `tolerance=`,
        `refetch_interval=`, `failure_ttl=`, `fetch_wait=`, `max_nonces=`), for this client and every
        client derived from it; it keeps the client's certificate lookup and clock. For example,
        `client.configure_webhooks(replay_store=SQLiteReplayStore(path))` shares seen nonces between
        the workers of one host.
        """
        webhooks = self._shared["webhooks"] = self._new_webhooks(options)
        return webhooks

    def _new_webhooks(self, options: dict[str, Any]) -> AsyncWebhooks:
        import time

        from .webhooks import AsyncWebhooks

        assert WEBHOOKS is not None
        auth = self._options.auth
        return AsyncWebhooks(
            self.certificates.list,
            clock=lambda: time.time() + auth.clock_offset_ms / 1000,
            spec=WEBHOOKS,
            **options,
        )


__all__ = ["AsyncBinancePayClient", "BinancePayClient"]
