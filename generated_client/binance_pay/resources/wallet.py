# Generated from openapi/binance-pay.yaml (Binance Pay Merchant API 1.0.0) by `python -m generator`.
# Do not edit: change the spec or generator/templates and regenerate.
"""`client.wallet`: Balances of the merchant's wallets."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal

from .._base_client import TimeoutArg, async_to_raw_response_wrapper, to_raw_response_wrapper
from .._operation import Operation
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.asset_query_resp import AssetQueryResp
from ..models.wallet import Wallet
from ..models.wallet_balance_v2 import WalletBalanceV2

_BALANCE: Operation = Operation(
    operation_id="queryWalletBalance",
    method="POST",
    path="/binancepay/openapi/balance",
    request_schema="AssetQueryReq",
    response_schemas={200: "queryWalletBalance:200"},
    fail_schema="queryWalletBalance:fail",
    parse_data=AssetQueryResp.from_dict,
    retry_safe=True,
    echo={"asset": "currency"},
)

_BALANCE_V2: Operation = Operation(
    operation_id="queryWalletBalanceV2",
    method="POST",
    path="/binancepay/openapi/v2/balance",
    request_schema="WalletBalanceV2Request",
    response_schemas={200: "queryWalletBalanceV2:200"},
    fail_schema="queryWalletBalanceV2:fail",
    parse_data=WalletBalanceV2.from_dict,
    retry_safe=True,
)


class WalletResource(SyncAPIResource):
    """Balances of the merchant's wallets."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> WalletResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return WalletResourceWithRawResponse(self)

    def balance(
        self,
        *,
        wallet: Wallet | str,
        currency: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AssetQueryResp:
        """Wallet Balance Query: Query the balance of one currency in one of the merchant's wallets.

        `POST /binancepay/openapi/balance`; safe to retry.

        Args:
            wallet: Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET.
            currency: Currency to query, uppercase, for example "USDT".
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_BALANCE, locals())  # type: ignore[no-any-return]

    def balance_v2(
        self,
        *,
        wallet: Wallet | str,
        currency: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletBalanceV2:
        """Wallet Balance Query V2: Query the balances of one wallet: one currency, or every asset of the wallet when `currency` is
        omitted.

        `POST /binancepay/openapi/v2/balance`; safe to retry.

        Args:
            wallet: Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET.
            currency: Currency to query, uppercase, for example "USDT". Omitted, every asset of the wallet. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return self._client._invoke(_BALANCE_V2, locals())  # type: ignore[no-any-return]


class WalletResourceWithRawResponse:
    """`client.wallet.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: WalletResource) -> None:
        self.balance = to_raw_response_wrapper(resource.balance)
        self.balance_v2 = to_raw_response_wrapper(resource.balance_v2)


class AsyncWalletResource(AsyncAPIResource):
    """Balances of the merchant's wallets."""

    __slots__ = ("__dict__",)

    @cached_property
    def with_raw_response(self) -> AsyncWalletResourceWithRawResponse:
        """The same operations, returning the raw HTTP response (`RawResponse`) instead of the parsed result."""
        return AsyncWalletResourceWithRawResponse(self)

    async def balance(
        self,
        *,
        wallet: Wallet | str,
        currency: str,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AssetQueryResp:
        """Wallet Balance Query: Query the balance of one currency in one of the merchant's wallets.

        `POST /binancepay/openapi/balance`; safe to retry.

        Args:
            wallet: Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET.
            currency: Currency to query, uppercase, for example "USDT".
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_BALANCE, locals())  # type: ignore[no-any-return]

    async def balance_v2(
        self,
        *,
        wallet: Wallet | str,
        currency: str | None = None,
        timeout: TimeoutArg | Literal["default"] = "default",
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletBalanceV2:
        """Wallet Balance Query V2: Query the balances of one wallet: one currency, or every asset of the wallet when `currency` is
        omitted.

        `POST /binancepay/openapi/v2/balance`; safe to retry.

        Args:
            wallet: Binance wallet to query. One of FUNDING_WALLET, SPOT_WALLET.
            currency: Currency to query, uppercase, for example "USDT". Omitted, every asset of the wallet. Optional.
            timeout, max_retries: this call's timeout and retry budget, instead of the client's.
            extra_body, extra_headers: fields and headers the spec does not know yet, signed and sent as given.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            BinancePayError: any other failure (all in `binance_pay.errors`); nothing was carried out.
        """
        # locals() is exactly the arguments: the runtime maps them to the request's JSON names
        return await self._client._invoke(_BALANCE_V2, locals())  # type: ignore[no-any-return]


class AsyncWalletResourceWithRawResponse:
    """`client.wallet.with_raw_response`: the same methods, each returning its `RawResponse`
    (HTTP status, headers and exact body; `.parse()` gives what the plain method returns)."""

    def __init__(self, resource: AsyncWalletResource) -> None:
        self.balance = async_to_raw_response_wrapper(resource.balance)
        self.balance_v2 = async_to_raw_response_wrapper(resource.balance_v2)


__all__ = [
    "AsyncWalletResource",
    "AsyncWalletResourceWithRawResponse",
    "WalletResource",
    "WalletResourceWithRawResponse",
]
